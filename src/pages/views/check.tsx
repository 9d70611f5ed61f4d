import type { CheckResult, Verdict } from "../../check/check";
import { MAX_CHECK_TEXT } from "../../check/mentions";
import { ClaimList, ConfidenceBadge } from "../components";
import { pagePath } from "../site";

export interface CheckPageData {
  text?: string;
  result: CheckResult | null;
  labels: Map<string, string>;
}

const VERDICT_LABEL: Record<Verdict, string> = {
  supported: "Supported",
  refuted: "Refuted",
  contested: "Contested",
  unverified: "Unverified",
  "no-match": "No match",
};

export function CheckView(props: CheckPageData) {
  const { result } = props;
  const same = result?.matches.filter((m) => m.alignment.match === "same-assertion") ?? [];
  const agrees = same.filter((m) => m.alignment.polarity.value === "agrees").map((m) => m.claim);
  const opposes = same.filter((m) => m.alignment.polarity.value === "opposes").map((m) => m.claim);
  const related = result?.matches.filter((m) => m.alignment.match === "related").map((m) => m.claim) ?? [];
  return (
    <>
      <h1>Check a sentence</h1>
      <p class="lede">
        Paste a sentence to see which stored claims it asserts or is about, how well each is backed, and what that means
        for the sentence.
      </p>
      <form class="search" method="get" action="/check" aria-label="Check a sentence">
        <label for="text">Sentence</label>
        <span class="hint" id="text-hint">
          Up to {MAX_CHECK_TEXT} characters.
        </span>
        <textarea id="text" name="text" maxlength={MAX_CHECK_TEXT} required aria-describedby="text-hint">
          {props.text ?? ""}
        </textarea>
        <div class="actions">
          <button type="submit">Check</button>
        </div>
      </form>
      {result ? (
        <section aria-labelledby="check-results">
          <h2 id="check-results">What the claims say</h2>
          <p role="status" class="verdict">
            <strong>Verdict: {VERDICT_LABEL[result.verdict]}.</strong> {result.explanation}
          </p>
          {result.relations.length ? (
            <section aria-labelledby="check-relations">
              <h3 id="check-relations">How other claims bear on it</h3>
              <ul>
                {result.relations.map((relation) => (
                  <li>
                    {relation.type === "contradicts"
                      ? "Contradicted by: "
                      : relation.direction === "incoming"
                        ? "Superseded by the newer account: "
                        : "Supersedes the earlier account: "}
                    <a href={pagePath.claim(relation.claimId)}>{relation.statement}</a>{" "}
                    <ConfidenceBadge confidence={relation.confidence} small />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <p class="notice">
            The verdict reports what this store's references say about the claims your sentence matches — not whether
            the sentence is true. Matching reads names, the kind of assertion and negation, not meaning: weigh each
            claim by its confidence and its references.
          </p>
          <h3 id="names">Names found</h3>
          {result.mentions.length === 0 ? (
            <p>No name of a known entity was found in the text.</p>
          ) : (
            <ul>
              {result.mentions.map((mention) => (
                <li>
                  “{mention.text}” —{" "}
                  <a href={pagePath.entity(mention.entityId)}>
                    {props.labels.get(mention.entityId) ?? mention.entityId}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {agrees.length ? (
            <section aria-labelledby="claims-same">
              <h3 id="claims-same">Claims your sentence asserts ({agrees.length})</h3>
              <ClaimList claims={agrees} labels={props.labels} />
            </section>
          ) : null}
          {opposes.length ? (
            <section aria-labelledby="claims-opposite">
              <h3 id="claims-opposite">Claims your sentence denies ({opposes.length})</h3>
              <ClaimList claims={opposes} labels={props.labels} />
            </section>
          ) : null}
          {related.length ? (
            <section aria-labelledby="claims-related">
              <h3 id="claims-related">Related claims ({related.length})</h3>
              <ClaimList claims={related} labels={props.labels} />
            </section>
          ) : null}
          {result.matches.length === 0 ? <p>No stored claim is about what this sentence says.</p> : null}
        </section>
      ) : null}
    </>
  );
}

import type { CheckResult } from "../check";
import { MAX_CHECK_TEXT } from "../check";
import { ClaimList } from "../components";
import { pagePath } from "../site";

export interface CheckPageData {
  text?: string;
  result: CheckResult | null;
  labels: Map<string, string>;
}

export function CheckView(props: CheckPageData) {
  const { result } = props;
  const both = result?.claims.filter((checked) => checked.named.length === 2).map((checked) => checked.claim) ?? [];
  const one = result?.claims.filter((checked) => checked.named.length < 2).map((checked) => checked.claim) ?? [];
  return (
    <>
      <h1>Check a sentence</h1>
      <p class="lede">
        Paste a sentence to see what the stored claims say about the things it names, with how well each claim is
        backed.
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
          <p class="notice">
            This check finds the names of entities in your text (such as tianeptine, Stablon or SERT) and lists the
            claims about them. It reads names, not meaning, and gives no verdict: weigh each claim by its confidence and
            its references.
          </p>
          <h3 id="names">Names found</h3>
          {result.mentions.length === 0 ? (
            <p role="status">No name of a known entity was found in the text.</p>
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
          {result.mentions.length ? (
            <>
              <h3 id="claims">Claims about them</h3>
              <p role="status">
                {result.claims.length} published claim{result.claims.length === 1 ? "" : "s"}
                {result.more ? " (the first ones)" : ""}.
              </p>
              {both.length ? (
                <section aria-labelledby="claims-both">
                  <h4 id="claims-both">Naming both its subject and its object ({both.length})</h4>
                  <ClaimList claims={both} labels={props.labels} />
                </section>
              ) : null}
              {one.length ? (
                <section aria-labelledby="claims-one">
                  <h4 id="claims-one">Naming its subject or its object ({one.length})</h4>
                  <ClaimList claims={one} labels={props.labels} />
                </section>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

import type { z } from "@hono/zod-openapi";
import type { Verdict } from "../../check/check";
import { MAX_CHECK_TEXT } from "../../check/mentions";
import type { CheckResultSchema } from "../../check/routes";
import type { Stance } from "../../db/schema";
import { ConfidenceBadge, EvidenceShort } from "../components";
import { STANCE_TEXT } from "../confidence-text";
import { pagePath } from "../site";

/** What `/v1/check` answers (checkBody): the page shows the same data the API gives a bot. */
export type CheckAnswer = z.infer<typeof CheckResultSchema>;
type CheckMatch = CheckAnswer["matches"][number];

/** Most matches the page shows. */
export const CHECK_PAGE_LIMIT = 10;

export interface CheckPageData {
  text?: string;
  answer: CheckAnswer | null;
  labels: Map<string, string>;
}

/** Each verdict as a badge says it: a word and what it means. */
const VERDICT_TEXT: Record<Verdict, { label: string; meaning: string }> = {
  supported: { label: "Supported", meaning: "the store's references back what the sentence says" },
  refuted: { label: "Refuted", meaning: "the store's references go against what the sentence says" },
  contested: { label: "Contested", meaning: "the store's references disagree" },
  unverified: { label: "Unverified", meaning: "nothing in the store settles it either way" },
  "no-match": { label: "No match", meaning: "the store holds nothing about this sentence" },
};

const STANCES: Stance[] = ["supports", "contradicts", "mentions"];

/** The verdict as a badge that says it in words, coloured by outcome (never by colour alone). */
function VerdictBadge(props: { verdict: Verdict }) {
  const text = VERDICT_TEXT[props.verdict];
  return (
    <p class={`verdict-badge v-${props.verdict}`}>
      <span class="verdict-label">Verdict</span> <strong>{text.label}</strong>
      <span class="verdict-meaning">: {text.meaning}</span>
    </p>
  );
}

/** Why the verdict is what it is: the check's explanation and how sure it is. */
function Why(props: { answer: CheckAnswer }) {
  return (
    <div class="why">
      <h3 id="why">Why</h3>
      <p>{props.answer.explanation}</p>
      <p class="muted">Confidence of this answer: {Math.round(props.answer.confidence * 100)}%.</p>
    </div>
  );
}

/**
 * What aligned between the sentence and one claim, and what did not: subject, predicate and object,
 * each with the sentence's words that carried it, and the polarity with its reasons.
 */
function Alignment(props: { match: CheckMatch }) {
  const { subject, predicate, object, polarity, swapped, reading } = props.match.alignment;
  const mark = (aligned: boolean) => (aligned ? "aligned" : "not aligned");
  return (
    <dl class="alignment" aria-label={`How the sentence met: ${props.match.statement}`}>
      <dt>Subject</dt>
      <dd>
        {mark(subject.aligned)}
        {subject.words
          ? ` — “${subject.words}”${subject.via === "member" ? ` (a member of ${subject.entityId})` : ""}`
          : ""}
      </dd>
      <dt>Predicate</dt>
      <dd>
        {mark(predicate.aligned)}
        {predicate.words ? ` — “${predicate.words}”` : ""}
        {predicate.phrasing ? ` ${predicate.opposite ? "against" : "for"} “${predicate.phrasing}”` : ""}
      </dd>
      <dt>Object</dt>
      <dd>
        {mark(object.aligned && object.via === "name")}
        {object.words ? ` — “${object.words}”` : ""}
      </dd>
      <dt>Polarity</dt>
      <dd>
        {polarity.value === "agrees" ? "agrees" : "says the opposite"}
        {polarity.reasons.length ? ` (${polarity.reasons.join("; ")})` : ""}
        {swapped ? "; subject and object the other way round" : ""}
      </dd>
      <dt>Matched</dt>
      <dd>{reading.source === "wording" ? `the curated wording “${reading.text}”` : "the claim's statement"}</dd>
    </dl>
  );
}

/** A matched claim's citations, inline: each reference with its stance, where it says so, and a link to read it. */
function MatchCitations(props: { match: CheckMatch }) {
  const { citations } = props.match;
  if (citations.length === 0) return <p class="muted">No reference is cited for this claim yet.</p>;
  const ordered = STANCES.flatMap((stance) => citations.filter((citation) => citation.stance === stance));
  return (
    <ul class="match-citations" aria-label={`References cited for: ${props.match.statement}`}>
      {ordered.map((citation) => (
        <li class={`cites-${citation.stance}`}>
          <span class="stance-word">{STANCE_TEXT[citation.stance].heading}:</span>{" "}
          <a href={pagePath.reference(citation.referenceId)}>{citation.title ?? citation.referenceId}</a>
          {citation.locator ? <span class="muted"> at {citation.locator}</span> : null}
          {citation.retracted ? <strong> [Retracted]</strong> : null}
          {citation.url ? (
            <>
              {" "}
              · <a href={citation.url}>{readLabel(citation)}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The name of a citation's outside link: by DOI, PubMed or the web. */
function readLabel(citation: CheckMatch["citations"][number]): string {
  if (citation.doi) return `DOI ${citation.doi}`;
  if (citation.pmid) return `PubMed ${citation.pmid}`;
  return "Read it";
}

function MatchList(props: { matches: CheckMatch[] }) {
  return (
    <ul class="claims matches">
      {props.matches.map((match) => (
        <li>
          <a class="statement" href={pagePath.claim(match.claimId)}>
            {match.statement}
          </a>
          <p>
            <ConfidenceBadge confidence={match.confidence} small /> <EvidenceShort evidence={match.evidence} />
          </p>
          {match.supportRetracted ? (
            <p>
              <strong>Warning:</strong> every supporting reference is retracted.
            </p>
          ) : null}
          <Alignment match={match} />
          <MatchCitations match={match} />
        </li>
      ))}
    </ul>
  );
}

export function CheckView(props: CheckPageData) {
  const { answer } = props;
  const same = answer?.matches.filter((m) => m.match === "same-assertion") ?? [];
  const agrees = same.filter((m) => m.polarity === "agrees");
  const opposes = same.filter((m) => m.polarity === "opposes");
  const related = answer?.matches.filter((m) => m.match === "related") ?? [];
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
      {answer ? (
        <section aria-labelledby="check-results">
          <h2 id="check-results">What the claims say</h2>
          <div role="status" class={`verdict v-${answer.verdict}`}>
            <VerdictBadge verdict={answer.verdict} />
            <Why answer={answer} />
          </div>
          {answer.relations.length ? (
            <section aria-labelledby="check-relations">
              <h3 id="check-relations">How other claims bear on it</h3>
              <ul>
                {answer.relations.map((relation) => (
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
          <p class="muted">
            The verdict reports what this store's references say about the claims your sentence matches — not whether
            the sentence is true. Matching reads names, the kind of assertion and negation, not meaning: weigh each
            claim by its confidence and its references, cited under it.
          </p>
          {agrees.length ? (
            <section aria-labelledby="claims-same">
              <h3 id="claims-same">Claims your sentence asserts ({agrees.length})</h3>
              <MatchList matches={agrees} />
            </section>
          ) : null}
          {opposes.length ? (
            <section aria-labelledby="claims-opposite">
              <h3 id="claims-opposite">Claims your sentence denies ({opposes.length})</h3>
              <MatchList matches={opposes} />
            </section>
          ) : null}
          {related.length ? (
            <section aria-labelledby="claims-related">
              <h3 id="claims-related">Related claims ({related.length})</h3>
              <MatchList matches={related} />
            </section>
          ) : null}
          {answer.matches.length === 0 ? <p>No stored claim is about what this sentence says.</p> : null}
          <h3 id="names">Names found</h3>
          {answer.entities.length === 0 ? (
            <p>No name of a known entity was found in the text.</p>
          ) : (
            <ul>
              {answer.entities.map((mention) => (
                <li>
                  “{mention.text}” —{" "}
                  <a href={pagePath.entity(mention.entityId)}>
                    {props.labels.get(mention.entityId) ?? mention.entityId}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <p>
            The same answer as JSON, for a bot:{" "}
            <a
              href={`/v1/check?${new URLSearchParams({ text: answer.text, limit: String(CHECK_PAGE_LIMIT) })}`}
              type="application/json"
            >
              /v1/check
            </a>
            .
          </p>
        </section>
      ) : null}
    </>
  );
}

import type { Stance } from "../../db/schema";
import { DESIGN_TEXT, TIER_TEXT } from "../../domain/tiers";
import type { Claim } from "../../routes/claims/claims.schemas";
import type { Reference } from "../../routes/references/references.schemas";
import { ClaimList, Formats, Pager, referenceTitle, TierBadge } from "../components";
import { STANCE_TEXT } from "../confidence-text";
import type { FormatLink } from "../formats";
import { pagePath } from "../site";

export interface ReferencePageData {
  reference: Reference;
  claims: Claim[];
  labels: Map<string, string>;
  cursor?: string;
  nextCursor: string | null;
  formats: FormatLink[];
}

const STANCES: Stance[] = ["supports", "contradicts", "mentions"];

const TYPE_TEXT: Record<Reference["type"], string> = {
  "article-journal": "Journal article",
  review: "Review",
  patent: "Patent",
  book: "Book",
  chapter: "Book chapter",
  webpage: "Web page",
  "entry-encyclopedia": "Encyclopedia entry",
  report: "Report",
  thesis: "Thesis",
  dataset: "Dataset",
};

export function ReferenceView(props: ReferencePageData) {
  const r = props.reference;
  const stanceOf = (claim: Claim) => claim.citations.find((citation) => citation.referenceId === r.id)?.stance;
  const facts: [string, string | null][] = [
    ["Published in", r.containerTitle],
    ["Issued", r.issued],
    ["Volume", r.volume],
    ["Issue", r.issue],
    ["Pages", r.pages],
    ["ISBN", r.isbn],
    ["Patent", r.patentNumber],
  ];
  return (
    <article>
      <p class="kicker">
        Reference · {TYPE_TEXT[r.type]} · <TierBadge tier={r.tier} design={r.design} />
      </p>
      <h1>{referenceTitle(r)}</h1>
      {r.authors.length ? <p class="lede">{r.authors.join(", ")}</p> : <p class="lede">Authors not recorded.</p>}
      {r.retracted ? (
        <div class="notice danger">
          <p>
            <strong>Retracted</strong>
            {r.retractedAt ? (
              <>
                {" "}
                on <time datetime={r.retractedAt}>{r.retractedAt}</time>
              </>
            ) : null}
            .
          </p>
          {r.retractionNotice ? <p>Notice: {r.retractionNotice}</p> : null}
        </div>
      ) : null}
      <dl class="facts">
        <dt>Kind of source</dt>
        <dd>
          {r.tier
            ? `${TIER_TEXT[r.tier].label}: ${TIER_TEXT[r.tier].meaning}${r.design ? ` (${DESIGN_TEXT[r.design]})` : ""}.`
            : "Not recorded: no curator has said whether it is original research, a review or a reference work."}
        </dd>
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </>
          ))}
        {r.doi ? (
          <>
            <dt>DOI</dt>
            <dd>
              <a href={r.links.doi}>{r.doi}</a>
            </dd>
          </>
        ) : null}
        {r.pmid ? (
          <>
            <dt>PubMed</dt>
            <dd>
              <a href={r.links.pubmed}>{r.pmid}</a>
            </dd>
          </>
        ) : null}
        {r.pmcid ? (
          <>
            <dt>PubMed Central</dt>
            <dd>
              <a href={r.links.pmc}>{r.pmcid}</a>
            </dd>
          </>
        ) : null}
        {r.url ? (
          <>
            <dt>URL</dt>
            <dd>
              <a href={r.url}>{r.url}</a>
            </dd>
          </>
        ) : null}
        <dt>Identifier</dt>
        <dd>
          <code>{r.id}</code>
        </dd>
      </dl>
      {r.note ? <p class="muted">Curator’s note: {r.note}</p> : null}
      {r.seenAt.length ? (
        <details>
          <summary>Where this record’s details were seen ({r.seenAt.length})</summary>
          <ul>
            {r.seenAt.map((url) => (
              <li>
                <a href={url}>{url}</a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <h2 id="claims">Claims citing it</h2>
      {props.claims.length === 0 ? <p>No published claim cites this reference.</p> : null}
      {STANCES.map((stance) => {
        const claims = props.claims.filter((claim) => stanceOf(claim) === stance);
        if (claims.length === 0) return null;
        return (
          <section class={`stance ${stance}`} aria-labelledby={`cited-${stance}`}>
            <h3 id={`cited-${stance}`}>
              It {STANCE_TEXT[stance].verb} ({claims.length})
            </h3>
            <ClaimList claims={claims} labels={props.labels} />
          </section>
        );
      })}
      <Pager path={pagePath.reference(r.id)} query={{}} cursor={props.cursor} nextCursor={props.nextCursor} />

      <h2 id="formats">Data and formats</h2>
      <Formats formats={props.formats} />
    </article>
  );
}

import type { Confidence, Stance } from "../../db/schema";
import { confidenceBasis } from "../../domain/confidence";
import { RELATION_TEXT } from "../../domain/relations";
import type { Change, Claim } from "../../routes/claims/claims.schemas";
import type { Reference } from "../../routes/references/references.schemas";
import type { ClaimReviewDocument } from "../claim-review";
import {
  ConfidenceBadge,
  EvidenceBar,
  Formats,
  ReferenceCitation,
  ReferenceLinks,
  referenceShortName,
  TierBadge,
  Triple,
} from "../components";
import { STANCE_TEXT } from "../confidence-text";
import type { FormatLink } from "../formats";
import { pagePath } from "../site";

export interface ClaimPageData {
  claim: Claim;
  references: Map<string, Reference>;
  /** The claims it is related to: their statement and confidence. */
  related: Map<string, { statement: string; confidence: Confidence }>;
  labels: Map<string, string>;
  history: { items: Change[]; more: boolean };
  review: ClaimReviewDocument;
  formats: FormatLink[];
}

const STANCES: Stance[] = ["supports", "contradicts", "mentions"];

/** What a change did, in a few words. */
function changeSummary(change: Change): string {
  const before = (change.before ?? {}) as Partial<Claim>;
  const after = (change.after ?? {}) as Partial<Claim>;
  const cited = (claim: Partial<Claim>) => new Set((claim.citations ?? []).map((citation) => citation.referenceId));
  switch (change.action) {
    case "create":
      return "Created";
    case "import":
      return "Imported";
    case "retract":
      return "Retracted";
    case "cite":
    case "uncite": {
      const [was, is] = [cited(before), cited(after)];
      const moved =
        change.action === "cite" ? [...is].filter((id) => !was.has(id)) : [...was].filter((id) => !is.has(id));
      return `${change.action === "cite" ? "Cited" : "Removed citation of"} ${moved.join(", ") || "a reference"}`;
    }
    case "support-retracted":
      return "Every supporting reference is now retracted";
    case "support-restored":
      return "A supporting reference is no longer retracted";
    case "relate":
    case "unrelate": {
      const key = (r: Claim["relations"][number]) => `${r.from} ${r.type} ${r.to}`;
      const [was, is] = [new Set((before.relations ?? []).map(key)), new Set((after.relations ?? []).map(key))];
      const moved =
        change.action === "relate" ? [...is].filter((k) => !was.has(k)) : [...was].filter((k) => !is.has(k));
      return `${change.action === "relate" ? "Related" : "Removed the relation"}: ${moved.join(", ") || "a relation"}`;
    }
    case "reference-updated":
      return before.confidence !== after.confidence
        ? `A cited reference changed: confidence ${before.confidence} → ${after.confidence}`
        : "A cited reference changed";
    default: {
      const fields = (["statement", "confidence", "status", "context", "subject", "predicate", "object"] as const)
        .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        .map((field) =>
          field === "confidence" || field === "status" ? `${field} ${before[field]} → ${after[field]}` : field,
        );
      return fields.length ? `Changed ${fields.join(", ")}` : "Updated";
    }
  }
}

const day = (timestamp: string) => timestamp.slice(0, 10);

function Citations(props: { claim: Claim; references: Map<string, Reference> }) {
  const { claim } = props;
  if (claim.citations.length === 0) return <p>No reference is cited yet.</p>;
  return (
    <>
      {STANCES.map((stance) => {
        const cited = claim.citations.filter((citation) => citation.stance === stance);
        if (cited.length === 0) return null;
        return (
          <section class={`stance ${stance}`} aria-labelledby={`stance-${stance}`}>
            <h3 id={`stance-${stance}`}>
              {STANCE_TEXT[stance].heading} ({cited.length})
            </h3>
            <ol class="citations">
              {cited.map((citation) => {
                const reference = props.references.get(citation.referenceId);
                return (
                  <li>
                    {reference ? (
                      <ReferenceCitation reference={reference} />
                    ) : (
                      <a href={pagePath.reference(citation.referenceId)}>{citation.referenceId}</a>
                    )}{" "}
                    <TierBadge tier={reference?.tier ?? null} design={reference?.design} />
                    {reference ? <ReferenceLinks reference={reference} /> : null}
                    {citation.locator ? (
                      <p>
                        Location in the source: <span>{citation.locator}</span>
                      </p>
                    ) : null}
                    {citation.quote ? (
                      <blockquote cite={reference?.links.doi ?? reference?.links.url}>
                        <p>“{citation.quote}”</p>
                      </blockquote>
                    ) : null}
                    {citation.note ? <p class="muted">Curator’s note: {citation.note}</p> : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </>
  );
}

/** The relations of the claim, both ways: what it states of other claims, and what they state of it. */
function Relations(props: ClaimPageData) {
  const { claim } = props;
  if (claim.relations.length === 0) return <p>No relation to another claim is recorded.</p>;
  return (
    <ul class="relations">
      {claim.relations.map((relation) => {
        const outgoing = relation.from === claim.id;
        const otherId = outgoing ? relation.to : relation.from;
        const other = props.related.get(otherId);
        const text = RELATION_TEXT[relation.type];
        return (
          <li>
            <p>
              This claim {outgoing ? text.outgoing : text.incoming}:{" "}
              <a href={pagePath.claim(otherId)}>{other?.statement ?? otherId}</a>
              {other ? (
                <>
                  {" "}
                  <ConfidenceBadge confidence={other.confidence} small />
                </>
              ) : null}
            </p>
            {relation.note ? <p class="muted">Curator’s note: {relation.note}</p> : null}
            {relation.citations.map((citation) => {
              const reference = props.references.get(citation.referenceId);
              return (
                <p>
                  Source:{" "}
                  <a href={pagePath.reference(citation.referenceId)}>
                    {reference ? referenceShortName(reference) : citation.referenceId}
                  </a>
                  {citation.locator ? ` ${citation.locator}` : ""}
                  {citation.quote ? <> — “{citation.quote}”</> : null}
                  {citation.note ? <span class="muted"> ({citation.note})</span> : null}
                </p>
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}

export function ClaimView(props: ClaimPageData) {
  const { claim } = props;
  const basis = confidenceBasis(
    claim.confidence,
    claim.citations.map((citation) => ({
      referenceId: citation.referenceId,
      stance: citation.stance,
      tier: props.references.get(citation.referenceId)?.tier ?? null,
    })),
    (id) => {
      const reference = props.references.get(id);
      return reference ? referenceShortName(reference) : id;
    },
  );
  return (
    <article>
      <p class="kicker">
        Claim · <Triple claim={claim} labels={props.labels} />
      </p>
      <h1>{claim.statement}</h1>
      {claim.context ? <p class="lede">Context: {claim.context}</p> : null}
      {claim.status === "retracted" ? (
        <p class="notice danger">
          <strong>Retracted.</strong> This claim was withdrawn by its curators; it is kept here with its history.
        </p>
      ) : null}
      {claim.status === "deprecated" ? (
        <p class="notice warning">
          <strong>Deprecated.</strong>{" "}
          {claim.replacedBy ? (
            <>
              Replaced by <a href={pagePath.claim(claim.replacedBy)}>{claim.replacedBy}</a>.
            </>
          ) : null}
        </p>
      ) : null}
      {claim.status === "draft" ? (
        <p class="notice">
          <strong>Draft.</strong> Not yet published.
        </p>
      ) : null}
      {claim.supportRetracted ? (
        <p class="notice danger">
          <strong>Warning: every supporting reference of this claim is retracted.</strong>
        </p>
      ) : null}
      <p>
        Confidence: <ConfidenceBadge confidence={claim.confidence} />
      </p>
      <p id="basis">Why: {basis.summary}</p>
      <EvidenceBar evidence={claim.evidence} />

      <h2 id="evidence">Evidence</h2>
      <Citations claim={claim} references={props.references} />

      <h2 id="relations">Related claims</h2>
      <Relations {...props} />

      <h2 id="about">About this claim</h2>
      <dl class="facts">
        <dt>Subject</dt>
        <dd>
          <a href={pagePath.entity(claim.subject)}>{props.labels.get(claim.subject) ?? claim.subject}</a>
        </dd>
        <dt>Predicate</dt>
        <dd>
          <code>{claim.predicate}</code>
        </dd>
        <dt>Object</dt>
        <dd>
          <a href={pagePath.entity(claim.object)}>{props.labels.get(claim.object) ?? claim.object}</a>
        </dd>
        <dt>Status</dt>
        <dd>{claim.status}</dd>
        <dt>Revision</dt>
        <dd>
          {claim.revision}, last changed <time datetime={claim.updatedAt}>{day(claim.updatedAt)}</time>
        </dd>
        <dt>Identifier</dt>
        <dd>
          <code>{claim.id}</code>
        </dd>
      </dl>

      <h2 id="history">History</h2>
      {props.history.items.length === 0 ? (
        <p>
          No change recorded since it was added on <time datetime={claim.createdAt}>{day(claim.createdAt)}</time>.
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="muted">Changes, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Change</th>
                <th scope="col">By</th>
                <th scope="col">Reason</th>
                <th scope="col">Revision</th>
              </tr>
            </thead>
            <tbody>
              {props.history.items.map((change) => (
                <tr>
                  <td>
                    <time datetime={change.createdAt}>{day(change.createdAt)}</time>
                  </td>
                  <td>{changeSummary(change)}</td>
                  <td>{change.actor}</td>
                  <td>{change.reason ?? "—"}</td>
                  <td>{change.revision}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.history.more ? (
        <p>
          Older pages of the history are in <a href={`/v1/claims/${encodeURIComponent(claim.id)}/history`}>its JSON</a>.
        </p>
      ) : null}

      <h2 id="formats">Data and formats</h2>
      <Formats formats={props.formats} />
      <details id="claim-review">
        <summary>ClaimReview JSON-LD</summary>
        <pre>
          <code>{JSON.stringify(props.review, null, 2)}</code>
        </pre>
      </details>
    </article>
  );
}

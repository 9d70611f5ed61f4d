import { CONFIDENCE, type Confidence } from "../../db/schema";
import { CONFIDENCE_RULES } from "../../domain/confidence";
import type { Claim } from "../../routes/claims/claims.schemas";
import { ClaimList, Pager } from "../components";
import { CONFIDENCE_TEXT } from "../confidence-text";
import { SEARCH_HINT } from "../search";

export interface HomeQuery {
  q?: string;
  entity?: string;
  confidence?: Confidence;
  predicate?: string;
  cursor?: string;
}

export interface HomePageData {
  query: HomeQuery;
  /** Published claims per confidence: the count the page opens with and the legend's. */
  counts: Record<Confidence, number>;
  claims: Claim[];
  nextCursor: string | null;
  unknownNames: string[];
  labels: Map<string, string>;
  predicates: string[];
  /** Entity names offered as suggestions in the entity field. */
  entityNames: string[];
}

/** Whether the reader searched or filtered (the page then lists results, not everything). */
export function isFiltered(query: HomeQuery): boolean {
  return Boolean(query.q || query.entity || query.confidence || query.predicate);
}

function ResultSummary(props: { query: HomeQuery; count: number; more: boolean }) {
  const { query } = props;
  const parts: string[] = [];
  if (query.q) parts.push(`matching “${query.q}”`);
  if (query.entity) parts.push(`about “${query.entity}”`);
  if (query.confidence) parts.push(`whose confidence is ${query.confidence}`);
  if (query.predicate) parts.push(`with predicate ${query.predicate}`);
  const counted = `${props.count} published claim${props.count === 1 ? "" : "s"}`;
  return (
    <p role="status">
      {props.count === 0 ? "No published claim" : counted}
      {parts.length ? ` ${parts.join(", ")}` : ""}
      {props.more ? " on this page; more on the next." : "."}
      {query.q && props.count > 0 ? " The words it matched are marked." : ""}
    </p>
  );
}

/**
 * The confidence values with their meaning and how many published claims hold each, best backed
 * first (the list's order), each a link to those claims; the rules in a disclosure under it.
 */
function ConfidenceLegend(props: { counts: Record<Confidence, number> }) {
  return (
    <section class="legend-box" aria-labelledby="confidence-values">
      <h2 id="confidence-values">Confidence, as the references earn it</h2>
      <ul class="confidence-legend">
        {CONFIDENCE.map((value) => (
          <li>
            <a href={`/?confidence=${value}`} class={`badge small c-${value}`}>
              <strong>{CONFIDENCE_TEXT[value].label}</strong>: {props.counts[value]} claim
              {props.counts[value] === 1 ? "" : "s"}
            </a>{" "}
            <span class="muted">{CONFIDENCE_TEXT[value].meaning}</span>
          </li>
        ))}
      </ul>
      <details>
        <summary>The rule each confidence must meet</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Confidence</th>
                <th scope="col">The rule its references must meet</th>
              </tr>
            </thead>
            <tbody>
              {CONFIDENCE.map((value) => (
                <tr>
                  <td>{CONFIDENCE_TEXT[value].label}</td>
                  <td>{CONFIDENCE_RULES[value].rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

export function HomeView(props: HomePageData) {
  const { query } = props;
  const total = CONFIDENCE.reduce((sum, value) => sum + props.counts[value], 0);
  const filters = Boolean(query.entity || query.confidence || query.predicate);
  return (
    <>
      <h1>Citation-backed claims</h1>
      <p class="lede">
        Cited holds <strong>{total} published claims</strong>. Each is one statement with the references that support,
        contradict or mention it, and a confidence those references have to earn.
      </p>
      <search>
        <form class="search" aria-label="Search the claims" method="get" action="/">
          <label for="q">Search</label>
          <span class="hint" id="q-hint">
            {SEARCH_HINT}
          </span>
          <div class="search-row">
            <input type="search" id="q" name="q" value={query.q ?? ""} maxlength={500} aria-describedby="q-hint" />
            <button type="submit">Search</button>
          </div>
          <details class="filters" open={filters}>
            <summary>Filter by entity, confidence or predicate</summary>
            <div class="fields">
              <div>
                <label for="entity">Entity</label>
                <span class="hint" id="entity-hint">
                  name, alias or id
                </span>
                <input
                  type="text"
                  id="entity"
                  name="entity"
                  value={query.entity ?? ""}
                  list="entity-names"
                  aria-describedby="entity-hint"
                  maxlength={200}
                  autocomplete="off"
                />
                <datalist id="entity-names">
                  {props.entityNames.map((name) => (
                    <option value={name} />
                  ))}
                </datalist>
              </div>
              <div>
                <label for="confidence">Confidence</label>
                <span class="hint" id="confidence-hint">
                  how well it is backed
                </span>
                <select id="confidence" name="confidence" aria-describedby="confidence-hint">
                  <option value="">Any</option>
                  {CONFIDENCE.map((value) => (
                    <option value={value} selected={query.confidence === value}>
                      {CONFIDENCE_TEXT[value].label}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label for="predicate">Predicate</label>
                <span class="hint" id="predicate-hint">
                  what the claim says
                </span>
                <select id="predicate" name="predicate" aria-describedby="predicate-hint">
                  <option value="">Any</option>
                  {props.predicates.map((predicate) => (
                    <option value={predicate} selected={query.predicate === predicate}>
                      {predicate.replaceAll("-", " ")}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div class="actions">
              <button type="submit">Apply the filters</button>
            </div>
          </details>
          {isFiltered(query) ? (
            <p class="actions">
              <a href="/">Clear the search</a>
            </p>
          ) : null}
        </form>
      </search>

      <ConfidenceLegend counts={props.counts} />

      <h2 id="claims">{isFiltered(query) ? "Results" : "Published claims, best backed first"}</h2>
      {isFiltered(query) ? null : (
        <p class="muted">
          In confidence order — established, supported, speculative, contested, refuted, then unsourced — and the most
          recently changed first within each.
        </p>
      )}
      {props.unknownNames.length ? (
        <p class="notice warning">
          No entity is named {props.unknownNames.map((name) => `“${name}”`).join(" or ")}. The entity filter matches the
          names and aliases of entities.
        </p>
      ) : null}
      <ResultSummary query={query} count={props.claims.length} more={props.nextCursor !== null} />
      <ClaimList claims={props.claims} labels={props.labels} />
      <Pager
        path="/"
        query={{ q: query.q, entity: query.entity, confidence: query.confidence, predicate: query.predicate }}
        cursor={query.cursor}
        nextCursor={props.nextCursor}
      />
    </>
  );
}

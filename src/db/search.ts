/**
 * Full-text search over claims (the `claims_fts` FTS5 table of migration 0002_fts), the same on
 * better-sqlite3 and D1.
 *
 * User text is never FTS5 query syntax: it is split into words here (letters, digits and combining
 * marks, as FTS5's unicode61 tokenizer splits), and each word is quoted as an FTS5 string, so quotes,
 * `*`, `^`, `NEAR(`, `AND`/`OR`/`NOT` and parentheses are at most words. A claim matches when it
 * contains every word (stemmed by porter) in its statement or in its subject's or object's names.
 */
import { type SQL, sql } from "drizzle-orm";
import { OverBudget } from "../lib/budget";

/** Longest `q` accepted, in characters. */
export const MAX_QUERY_LENGTH = 500;
/** Most distinct words in one query. */
export const MAX_QUERY_WORDS = 16;

/**
 * Relevance is ranked within windows of this many matches, newest (highest `seq`) first: a query whose
 * matches fit one window is ranked exactly; beyond it, each next-older window follows the previous one.
 * It bounds the work of a search whatever the word (a frequent word matches most of a large corpus).
 */
export const RELEVANCE_WINDOW = 64;

/** The words of `q`, lower-cased, deduplicated, in order. */
export function searchWords(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return [...new Set(words)];
}

/** The FTS5 MATCH expression for `words`: each a quoted string, all required (implicit AND). */
export function matchExpression(words: string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(" ");
}

/**
 * The markers highlight() puts around matched words: fresh random strings per search, so that no
 * stored text can contain them — a statement holding U+0002 or `<mark>` can neither forge a match
 * (ranking) nor an unbalanced tag (snippets). Letters and digits only: HTML escaping leaves them be.
 */
export interface Highlight {
  open: string;
  close: string;
}

/** Markers for one search (see Highlight). */
export function newHighlight(): Highlight {
  const nonce = [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { open: `\uE000${nonce}o`, close: `\uE000${nonce}c` };
}

/**
 * The relevance score of a matching row of `claims_fts`, from the row alone: a BM25 term-frequency
 * saturation (k1 = 1.2, b = 0.75) per column, normalised by the column's length against a fixed
 * typical length (80 characters for a statement, 40 for the entity names), the statement weighing
 * twice the entity names. Matched words are counted from what highlight() added to each column —
 * (highlighted length − stored length) / marker length — so text in the column cannot pass for a
 * match. No corpus-wide statistic (IDF, average length) enters it: every hit contains every word, so
 * IDF would only weigh the words against each other — and a score that other rows cannot change is
 * what keeps a relevance cursor exact while claims are written. (FTS5's bm25() also reads every match
 * of every word to count them, which on a large corpus costs tens of milliseconds per frequent word.)
 * Rounded to 6 decimals so both runtimes agree to the bit.
 *
 * `hits` must select `seq`, `h0` (the statement highlighted with both markers), `s0` (the statement),
 * `h1` (the entity names highlighted with the opening marker) and `s1` (the entity names). The CTEs are
 * MATERIALIZED so that SQLite computes each highlight once instead of inlining it at every use. Each
 * row comes out with its `score` and `h0`, the snippet.
 */
function scored(hits: SQL, highlight: Highlight, before?: SQL): SQL {
  const part = (m: string, l: string, typical: number, weight: number) =>
    `${weight} * ${m} * 2.2 / (${m} + 1.2 * (0.25 + 0.75 * ${l} / ${typical}.0))`;
  const both = highlight.open.length + highlight.close.length;
  const open = highlight.open.length;
  return sql`WITH ${before ? sql`${before}, ` : sql``}hits AS MATERIALIZED (${hits}),
counted AS MATERIALIZED (SELECT seq, h0, (length(h0) - length(s0)) / ${sql.raw(String(both))} AS m0, length(s0) AS l0,
  (length(h1) - length(s1)) / ${sql.raw(String(open))} AS m1, length(s1) AS l1
  FROM hits)
SELECT seq, round(${sql.raw(part("m0", "l0", 80, 2))} + ${sql.raw(part("m1", "l1", 40, 1))}, 6) AS score, h0 AS snippet
FROM counted`;
}

/** The highlighted columns and their stored text, for `scored`. */
function highlights(highlight: Highlight): SQL {
  return sql`highlight(claims_fts, 0, ${highlight.open}, ${highlight.close}) AS h0, claims_fts.statement AS s0, highlight(claims_fts, 1, ${highlight.open}, '') AS h1, claims_fts.entities AS s1`;
}

/**
 * How a search finds its candidates (SQLite keeps no statistics to choose for us, so the caller
 * counts and chooses):
 * - `index`: walk the full-text matches newest first and check the other filters on each — cheap
 *   unless the filters reject most matches;
 * - `claims`: take the claims the filters select through their own indexes (an entity, a reference)
 *   and test each against the full-text index — cheap when they select few.
 */
export type SearchDrive = "index" | "claims";

/**
 * Candidates of a relevance search, each with its score and snippet: the matches passing `filter` (a
 * condition on `claims`) with `lo` ≤ `seq` ≤ `hi` — a window a cursor named — or, without `lo`, the
 * RELEVANCE_WINDOW newest with `seq` ≤ `hi`.
 */
export function relevanceWindowQuery(options: {
  match: string;
  filter: SQL | undefined;
  lo?: number;
  hi: number;
  drive: SearchDrive;
  highlight: Highlight;
}): SQL {
  const filter = options.filter ? sql` AND ${options.filter}` : sql``;
  // The bounds go on the table that drives: a rowid range FTS5 seeks to, or the claims' primary key.
  const column = options.drive === "claims" ? sql`claims.seq` : sql`claims_fts.rowid`;
  const lo = options.lo === undefined ? sql`` : sql` AND ${column} >= ${options.lo}`;
  // A named window held RELEVANCE_WINDOW rows when it was made; the cap only bounds the work if edits
  // have since made many more of its rows match.
  const cap = options.lo === undefined ? RELEVANCE_WINDOW : RELEVANCE_WINDOW * 4;
  if (options.drive === "claims") {
    // CROSS JOIN keeps `scope` the outer loop: each of its claims is one rowid lookup in the index.
    return scored(
      sql`SELECT claims_fts.rowid AS seq, ${highlights(options.highlight)}
  FROM scope CROSS JOIN claims_fts ON claims_fts.rowid = scope.seq
  WHERE claims_fts MATCH ${options.match} ORDER BY scope.seq DESC LIMIT ${cap}`,
      options.highlight,
      sql`scope AS MATERIALIZED (SELECT claims.seq AS seq FROM claims WHERE claims.seq <= ${options.hi}${lo}${filter})`,
    );
  }
  return scored(
    sql`SELECT claims_fts.rowid AS seq, ${highlights(options.highlight)}
  FROM claims_fts JOIN claims ON claims.seq = claims_fts.rowid
  WHERE claims_fts MATCH ${options.match} AND claims_fts.rowid <= ${options.hi}${lo}${filter}
  ORDER BY claims_fts.rowid DESC LIMIT ${cap}`,
    options.highlight,
  );
}

/** Score and snippet of the given matching rows (a page served in another order than relevance). */
export function hitDetailsQuery(options: { match: string; seqs: number[]; highlight: Highlight }): SQL {
  // Inlined (they are integers from the database): D1 binds at most 100 parameters per statement.
  const seqs = options.seqs.map((seq) => Math.trunc(Number(seq)));
  // FTS5 takes the rowid range as a constraint; the IN list alone would be checked on every match.
  return scored(
    sql`SELECT claims_fts.rowid AS seq, ${highlights(options.highlight)}
  FROM claims_fts WHERE claims_fts MATCH ${options.match}
  AND claims_fts.rowid BETWEEN ${sql.raw(String(Math.min(...seqs)))} AND ${sql.raw(String(Math.max(...seqs)))}
  AND claims_fts.rowid IN (${sql.raw(seqs.join(", "))})`,
    options.highlight,
  );
}

/**
 * `claims.seq` matches `match`: by collecting every match first (`index`: cheap for a rare word), or
 * by looking each claim up in the index (`claims`: cheap when the claims come in an indexed order and
 * a frequent word soon fills the page).
 */
export function matchesCondition(match: string, drive: SearchDrive): SQL {
  return drive === "index"
    ? sql`claims.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ${match})`
    : sql`EXISTS (SELECT 1 FROM claims_fts WHERE claims_fts MATCH ${match} AND claims_fts.rowid = claims.seq)`;
}

/** How many rows `from` (a FROM … WHERE clause) holds, counting no further than `limit` + 1. */
export function boundedCountQuery(from: SQL, limit: number): SQL {
  return sql`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${limit + 1})`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A snippet as served: the statement, HTML-escaped, with each matched word in `<mark>…</mark>` (a
 * statement is one sentence, so it is served whole). Safe to insert as HTML whatever the statement
 * holds: only the search's own markers become tags, and FTS5 sets them in pairs.
 */
export function snippetHtml(raw: string, highlight: Highlight): string {
  return raw
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch)
    .replaceAll(highlight.open, "<mark>")
    .replaceAll(highlight.close, "</mark>");
}

/**
 * Runs a read-only search query and returns its rows (objects keyed by column name). `admitted`: the
 * request already had a query run, so admission control must not turn this one away (see node-work.ts);
 * `signal`: aborts when the client goes away, and then a query still waiting to run is dropped.
 */
export type SearchRunner = (
  query: SQL,
  options?: { admitted?: boolean; signal?: AbortSignal },
) => Promise<Record<string, unknown>[]>;

/** A search that ran over its time budget (answered 503). */
export class SearchTimeout extends OverBudget {
  constructor(budgetMs: number) {
    super(
      "search-timeout",
      "Search took too long",
      `The search ran over its time budget of ${budgetMs} ms.`,
      "Add words or filters to narrow it, or retry.",
    );
    this.name = "SearchTimeout";
  }
}

/**
 * D1 as production enforces it, around the local D1 binding (which enforces none of this): at most
 * 100 bound parameters and 100 KB of SQL per statement, and a number of queries per Worker invocation
 * — 50 on the Free plan, 1,000 on Paid — where every statement of a batch counts as one
 * (https://developers.cloudflare.com/d1/platform/limits/). A statement or request over a limit throws,
 * as D1 would, so the request fails the test that made it.
 */

/** D1's production limits; `queriesPerInvocation` is the Free plan's. */
export const D1_LIMITS = { boundParameters: 100, statementBytes: 100_000, queriesPerInvocation: 50 };
export const D1_PAID_QUERIES_PER_INVOCATION = 1_000;

/** What one invocation asked of D1. */
export interface D1Usage {
  /** Queries run, each statement of a batch counted. */
  queries: number;
  /** The most parameters any statement bound. */
  maxBoundParameters: number;
  /** The limit this invocation runs under. */
  queryLimit: number;
  /** The database is at its size limit: D1 refuses writes (as it does at 500 MB, Free, or 10 GB) and serves reads. */
  full?: boolean;
}

export function newUsage(queryLimit = D1_LIMITS.queriesPerInvocation, options: { full?: boolean } = {}): D1Usage {
  return { queries: 0, maxBoundParameters: 0, queryLimit, ...options };
}

/** D1's answer to a write into a database at its size limit. */
export const D1_FULL_ERROR = "D1_ERROR: Exceeded maximum DB size. SQLITE_FULL";

function refuseIfFull(usage: D1Usage, sql: string) {
  if (usage.full && !/^\s*(SELECT|PRAGMA|WITH)\b/i.test(sql)) throw new Error(D1_FULL_ERROR);
}

const REAL = Symbol("real statement");
const SQL_TEXT = Symbol("statement text");
type Guarded = D1PreparedStatement & { [REAL]: D1PreparedStatement; [SQL_TEXT]: string };
const encoder = new TextEncoder();

function count(usage: D1Usage, queries: number) {
  usage.queries += queries;
  if (usage.queries > usage.queryLimit)
    throw new Error(
      `D1 guard: Too many API requests by single worker invocation (${usage.queries} queries > ${usage.queryLimit})`,
    );
}

function guardStatement(real: D1PreparedStatement, sql: string, usage: D1Usage): Guarded {
  return {
    [REAL]: real,
    [SQL_TEXT]: sql,
    bind(...values: unknown[]) {
      if (values.length > D1_LIMITS.boundParameters)
        throw new Error(
          `D1 guard: too many SQL variables (${values.length} > ${D1_LIMITS.boundParameters}) in: ${sql.slice(0, 200)}`,
        );
      usage.maxBoundParameters = Math.max(usage.maxBoundParameters, values.length);
      return guardStatement(real.bind(...values), sql, usage);
    },
    first(...args: unknown[]) {
      count(usage, 1);
      return (real.first as (...a: unknown[]) => Promise<unknown>)(...args);
    },
    all(...args: unknown[]) {
      count(usage, 1);
      return (real.all as (...a: unknown[]) => Promise<unknown>)(...args);
    },
    raw(...args: unknown[]) {
      count(usage, 1);
      return (real.raw as (...a: unknown[]) => Promise<unknown>)(...args);
    },
    run(...args: unknown[]) {
      count(usage, 1);
      refuseIfFull(usage, sql);
      return (real.run as (...a: unknown[]) => Promise<unknown>)(...args);
    },
  } as unknown as Guarded;
}

function prepare(target: { prepare(sql: string): D1PreparedStatement }, sql: string, usage: D1Usage) {
  const bytes = encoder.encode(sql).length;
  if (bytes > D1_LIMITS.statementBytes)
    throw new Error(`D1 guard: statement too long (${bytes} bytes > ${D1_LIMITS.statementBytes})`);
  return guardStatement(target.prepare(sql), sql, usage);
}

function batch(target: { batch(statements: D1PreparedStatement[]): Promise<unknown> }, usage: D1Usage) {
  return (statements: D1PreparedStatement[]) => {
    count(usage, statements.length);
    for (const statement of statements) refuseIfFull(usage, (statement as Guarded)[SQL_TEXT] ?? "");
    return target.batch(statements.map((statement) => (statement as Guarded)[REAL] ?? statement));
  };
}

/** `binding` with D1's production limits enforced and its use counted in `usage`. */
export function guardD1(binding: D1Database, usage: D1Usage): D1Database {
  return {
    prepare: (sql: string) => prepare(binding, sql, usage),
    batch: batch(binding, usage),
    exec: (sql: string) => {
      count(usage, 1);
      return binding.exec(sql);
    },
    dump: () => binding.dump(),
    withSession: (constraint?: string) => {
      const session = binding.withSession(constraint as never);
      return {
        prepare: (sql: string) => prepare(session, sql, usage),
        batch: batch(session, usage),
        getBookmark: () => session.getBookmark(),
      } as unknown as D1DatabaseSession;
    },
  } as unknown as D1Database;
}

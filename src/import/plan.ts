/**
 * The import planner: read → decide → write. Every line is parsed and checked by the same rules as
 * the write API (schema, identifier syntax and uniqueness, unique aliases, existing entities and
 * references, the confidence table); records may refer to records anywhere in the same import; a
 * record already stored identically is skipped, one stored differently is an error.
 *
 * The number of statements does not grow with the number of records (D1 counts every statement of a
 * request, batches included: 50 on the Free plan, 1,000 on Paid): each kind reads what it needs in a
 * statement or two per MB of the import's ids, and writes each table in one statement per MB of rows.
 */
import type { Db, WriteStatement } from "../db/client";
import { ruleOfIssue } from "../lib/rules";
import { textFaults } from "../lib/text";
import { claimKind } from "./claim";
import { entityKind } from "./entity";
import type { ImportError, ImportRecords, ImportStamp, RecordKind } from "./kinds";
import { predicateKind } from "./predicate";
import { ImportRecordSchema } from "./records";
import { referenceKind } from "./reference";
import { relationKind } from "./relation";

export type { ImportError } from "./kinds";

/**
 * Every kind of record, in dependency order: a kind's rows are written after those of the kinds before
 * it (claims after the entities and references they name).
 */
// biome-ignore lint/suspicious/noExplicitAny: each kind has its own stored data and rows.
export const KINDS: RecordKind<any, any, any>[] = [entityKind, referenceKind, predicateKind, claimKind, relationKind];

export interface ImportCounts {
  entities: number;
  references: number;
  predicates: number;
  claims: number;
  relations: number;
}

/** The rows one kind creates. */
export interface KindRows {
  kind: (typeof KINDS)[number];
  rows: unknown[];
}

/** What an import would do: its errors, or what it creates. */
export interface ImportPlan {
  errors: ImportError[];
  created: ImportCounts;
  /** Records already stored exactly as given, skipped. */
  unchanged: ImportCounts;
  /** What to create, kind by kind in dependency order, each in the order of the import's lines. */
  creates: KindRows[];
}

/**
 * The lines of an NDJSON body given as UTF-8 bytes, one at a time, each decoded on its own (a line
 * break is one byte in UTF-8, never part of another character): a large import never holds its body
 * as one string beside its lines. Lines end at LF, a CR before it dropped; a byte-order mark is read
 * only at the start of the body; bytes that are not UTF-8 become U+FFFD, as a whole-body decode would
 * make them.
 */
export function* ndjsonLines(body: Uint8Array): Generator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  for (let start = bom; start <= body.length; ) {
    let end = body.indexOf(0x0a, start);
    if (end < 0) end = body.length;
    const cut = end > start && body[end - 1] === 0x0d ? end - 1 : end;
    yield decoder.decode(body.subarray(start, cut));
    start = end + 1;
  }
}

/** The import's lines parsed into records by kind, and the lines that are not records. */
export function parseImport(lines: Iterable<string>): { records: ImportRecords; errors: ImportError[] } {
  const records: ImportRecords = { entity: [], reference: [], predicate: [], claim: [], relation: [] };
  const errors: ImportError[] = [];
  let line = 0;
  for (const text of lines) {
    line++;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      errors.push({ line, field: "(line)", rule: "json", message: "not a JSON object" });
      continue;
    }
    // Every string of the line is text (src/lib/text.ts), whatever its field.
    const faults = textFaults(value);
    if (faults.length) {
      for (const fault of faults) errors.push({ line, ...fault });
      continue;
    }
    const parsed = ImportRecordSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          line,
          field: issue.path.map(String).join(".") || "(root)",
          rule: ruleOfIssue(issue),
          message: issue.message,
        });
      continue;
    }
    const record = parsed.data;
    (records[record.record] as { line: number; record: typeof record }[]).push({ line, record });
  }
  return { records, errors };
}

/** Plans an import of NDJSON `lines` against the stored data: reads, then decides; writes nothing. */
export async function planImport(db: Db, lines: Iterable<string>, stamp: ImportStamp): Promise<ImportPlan> {
  const { records, errors } = parseImport(lines);
  const stored: unknown[] = [];
  for (const kind of KINDS) stored.push(await kind.read(db, records));
  const created = { entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 };
  const unchanged = { entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 };
  const creates: KindRows[] = KINDS.map((kind, index) => {
    const decision = kind.decide(records, stored[index], stamp);
    errors.push(...decision.errors);
    created[kind.plural] = decision.created ?? decision.rows.length;
    unchanged[kind.plural] = decision.unchanged;
    return { kind, rows: decision.rows };
  });
  errors.sort((a, b) => a.line - b.line);
  return { errors, created, unchanged, creates };
}

/** The statements that write `creates` (in their order) with their change-log rows. */
export function importStatements(db: Db, creates: KindRows[], stamp: ImportStamp): WriteStatement[] {
  return creates.flatMap(({ kind, rows }) => (rows.length ? kind.write(db, rows, stamp) : []));
}

/** `creates` cut into runs of at most `size` records, in order: units of work for a long import. */
export function importBatches(creates: KindRows[], size: number): KindRows[][] {
  const batches: KindRows[][] = [];
  let batch: KindRows[] = [];
  let count = 0;
  for (const { kind, rows } of creates) {
    for (let start = 0; start < rows.length; ) {
      const taken = rows.slice(start, start + size - count);
      batch.push({ kind, rows: taken });
      start += taken.length;
      count += taken.length;
      if (count === size) {
        batches.push(batch);
        batch = [];
        count = 0;
      }
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** How many records `creates` holds. */
export function recordCount(creates: KindRows[]): number {
  return creates.reduce((sum, { rows }) => sum + rows.length, 0);
}

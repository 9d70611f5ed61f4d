/**
 * The shape every kind of import record takes: one reader, one decider, one writer. An import reads
 * what it needs in a few batched statements per kind (D1 runs at most 50 queries per Worker invocation
 * on the Free plan, 1,000 on Paid, and binds at most 100 parameters per statement), decides on plain
 * data without the database, and writes each kind in a bounded number of statements. A new kind of
 * record is a new RecordKind in KINDS (src/import/plan.ts), after the kinds it refers to.
 */
import { insertRows } from "../db/bulk";
import type { Db, WriteStatement } from "../db/client";
import { changes, type ResourceType } from "../db/schema";
import type { ImportRecord } from "./records";

/** A record with the line of the import it came from. */
export interface Lined<T> {
  line: number;
  record: T;
}

/** A problem with one line of an import. */
export interface ImportError {
  line: number;
  field: string;
  rule: string;
  message: string;
}

/** Every record of the import by its `record` tag, whatever its kind: what records may refer to. */
export type ImportRecords = { [Tag in ImportRecord["record"]]: Lined<Extract<ImportRecord, { record: Tag }>>[] };

/** What one kind decided about its records. */
export interface Decision<Row> {
  errors: ImportError[];
  /** What to create, in the order of the import's lines. */
  rows: Row[];
  /** How many records are stored exactly as given (skipped). */
  unchanged: number;
  /** How many records `rows` create, when rows are not one per record (default: their number). */
  created?: number;
}

/** Who imports, and when. */
export interface ImportStamp {
  actor: string;
  now: string;
}

export interface RecordKind<Tag extends ImportRecord["record"], Stored, Row> {
  /** The `record` tag of its lines. */
  tag: Tag;
  /** Its name in the import's report (`created`, `unchanged`). */
  plural: "entities" | "references" | "predicates" | "claims" | "relations";
  /** Reads what deciding needs about the import's records, in a few statements whatever their number. */
  read(db: Db, records: ImportRecords): Promise<Stored>;
  /** Decides on plain data: the errors of each line, the rows to create, how many are unchanged. */
  decide(records: ImportRecords, stored: Stored, stamp: ImportStamp): Decision<Row>;
  /** The statements that create `rows` and log them in the change feed, in their order. */
  write(db: Db, rows: Row[], stamp: ImportStamp): WriteStatement[];
}

/** Whether two values serialise to the same JSON: how "stored exactly as given" is judged. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The change-log rows of what an import creates — revision 1, action `import`, nothing before — in a
 * bounded number of statements, whatever their number.
 */
export function importChangeStatements(
  db: Db,
  resourceType: ResourceType,
  created: readonly { id: string; after: unknown }[],
  stamp: ImportStamp,
): WriteStatement[] {
  return insertRows(
    db,
    changes,
    created.map(({ id, after }) => ({
      resourceType,
      resourceId: id,
      revision: 1,
      action: "import",
      actor: stamp.actor,
      reason: null,
      before: null,
      after,
      createdAt: stamp.now,
    })),
  );
}

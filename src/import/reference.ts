/** Reference records of an import: new ids and identifiers, unique across the store and the import. */
import { inList, insertRows, jsonChunks } from "../db/bulk";
import type { Db } from "../db/client";
import { type ReferenceRow, references } from "../db/schema";
import { retractionComplete } from "../domain/evidence";
import { tierViolations } from "../domain/tiers";
import { newReferenceRow } from "../routes/references/references.mutations";
import { toReference } from "../routes/references/references.queries";
import { type Decision, type ImportError, importChangeStatements, type RecordKind, sameJson } from "./kinds";
import type { ReferenceRecord } from "./records";

const IDENTIFIERS = ["doi", "pmid", "pmcid"] as const;

interface StoredReferences {
  /** Stored references with the ids of the import's records. */
  byId: Map<string, ReferenceRow>;
  /** Stored references holding one of the records' identifiers. */
  owners: Pick<ReferenceRow, "id" | "doi" | "pmid" | "pmcid">[];
}

/** A reference record as the row it would be stored as. */
export function referenceRowOf(record: ReferenceRecord, now: string): ReferenceRow {
  const { record: _tag, retracted, retractedAt, retractionNotice, ...input } = record;
  return {
    ...newReferenceRow(record.id, input, now),
    retracted: retracted ?? false,
    retractedAt: retractedAt ?? null,
    retractionNotice: retractionNotice ?? null,
  };
}

/** The fields an import compares with what is stored: everything but bookkeeping. */
const content = (row: ReferenceRow) => ({ ...toReference(row), revision: 0, createdAt: "", updatedAt: "" });

/** Decides on reference records: errors by line, the references to create, how many are stored as given. */
export function decideReferences(
  records: { line: number; record: ReferenceRecord }[],
  stored: StoredReferences,
  now: string,
): Decision<ReferenceRow> {
  const decision: Decision<ReferenceRow> = { errors: [], rows: [], unchanged: 0 };
  const fail = (line: number, error: Omit<ImportError, "line">) => decision.errors.push({ line, ...error });
  const seen = new Set<string>();
  // Who holds each identifier: the store, then the records before this one.
  const owner = new Map<string, string>();
  for (const row of stored.owners)
    for (const field of IDENTIFIERS) if (row[field]) owner.set(`${field}:${row[field]}`, row.id);
  for (const { line, record } of records) {
    const row = referenceRowOf(record, now);
    if (seen.has(row.id)) {
      fail(line, {
        field: "id",
        rule: "unique-identifier",
        message: `reference '${row.id}' appears twice in the import`,
      });
      continue;
    }
    seen.add(row.id);
    const existing = stored.byId.get(row.id);
    if (existing) {
      if (sameJson(content(existing), content(row))) decision.unchanged += 1;
      else
        fail(line, {
          field: "id",
          rule: "unique-identifier",
          message: `reference '${row.id}' exists with other content: change it with PATCH`,
        });
      continue;
    }
    let clash = false;
    for (const field of IDENTIFIERS) {
      const value = row[field];
      if (!value) continue;
      const other = owner.get(`${field}:${value}`);
      if (other && other !== row.id) {
        fail(line, {
          field,
          rule: "unique-identifier",
          message: `${field} ${value} already belongs to reference '${other}'`,
        });
        clash = true;
      }
      owner.set(`${field}:${value}`, row.id);
    }
    if (!retractionComplete(row)) {
      fail(line, {
        field: "retractedAt",
        rule: "retraction-needs-date-and-notice",
        message: "a retracted reference needs retractedAt and retractionNotice",
      });
      clash = true;
    }
    for (const violation of tierViolations(row)) {
      fail(line, violation);
      clash = true;
    }
    if (!clash) decision.rows.push(row);
  }
  return decision;
}

async function readStored(db: Db, records: ReferenceRecord[]): Promise<StoredReferences> {
  const stored: StoredReferences = { byId: new Map(), owners: [] };
  for (const ids of jsonChunks(records.map((record) => record.id))) {
    for (const row of await db.select().from(references).where(inList(references.id, ids)))
      stored.byId.set(row.id, row);
  }
  const rows = records.map((record) => referenceRowOf(record, ""));
  for (const field of IDENTIFIERS) {
    for (const values of jsonChunks(rows.flatMap((row) => (row[field] ? [row[field]] : [])))) {
      stored.owners.push(
        ...(await db
          .select({ id: references.id, doi: references.doi, pmid: references.pmid, pmcid: references.pmcid })
          .from(references)
          .where(inList(references[field], values))),
      );
    }
  }
  return stored;
}

export const referenceKind: RecordKind<"reference", StoredReferences, ReferenceRow> = {
  tag: "reference",
  plural: "references",
  read: (db, records) =>
    readStored(
      db,
      records.reference.map(({ record }) => record),
    ),
  decide: (records, stored, stamp) => decideReferences(records.reference, stored, stamp.now),
  write(db, created, stamp) {
    return [
      ...insertRows(db, references, created),
      ...importChangeStatements(
        db,
        "reference",
        created.map((row) => ({ id: row.id, after: toReference(row) })),
        stamp,
      ),
    ];
  },
};

/**
 * Predicate records of an import: the vocabulary rows of a domain (phrasings, opposites, grammar),
 * checked by the same rules as `POST /v1/predicates`. A record may name as its opposite (or as the
 * predicate it denies) another record of the import, a stored row, or a predicate the store's or the
 * import's claims use.
 */
import { sql } from "drizzle-orm";
import { insertRows } from "../db/bulk";
import type { Db } from "../db/client";
import { type PredicateRow, predicates } from "../db/schema";
import { predicateViolations } from "../domain/vocabulary";
import { knownPredicates, toPredicate } from "../routes/predicates/predicates.queries";
import { type Decision, type ImportError, importChangeStatements, type RecordKind, sameJson } from "./kinds";

interface StoredPredicates {
  /** Stored rows with the ids of the import's records. */
  byId: Map<string, PredicateRow>;
  /** Predicates the store knows among those the records name as opposite or denied. */
  known: Set<string>;
}

const named = (records: { record: { opposite?: string | null; negationOf?: string | null } }[]) =>
  records.flatMap(({ record }) => [record.opposite, record.negationOf].filter((id): id is string => !!id));

export const predicateKind: RecordKind<"predicate", StoredPredicates, PredicateRow> = {
  tag: "predicate",
  plural: "predicates",
  async read(db: Db, records) {
    const ids = records.predicate.map(({ record }) => record.id);
    const rows = ids.length
      ? await db
          .select()
          .from(predicates)
          .where(sql`${predicates.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`)
      : [];
    return {
      byId: new Map(rows.map((row) => [row.id, row])),
      known: await knownPredicates(db, named(records.predicate)),
    };
  },
  decide(records, stored, stamp): Decision<PredicateRow> {
    const decision: Decision<PredicateRow> = { errors: [], rows: [], unchanged: 0 };
    const fail = (line: number, error: Omit<ImportError, "line">) => decision.errors.push({ line, ...error });
    const known = new Set([
      ...stored.known,
      ...records.predicate.map(({ record }) => record.id),
      ...records.claim.map(({ record }) => record.predicate),
    ]);
    const seen = new Set<string>();
    for (const { line, record } of records.predicate) {
      if (seen.has(record.id)) {
        fail(line, { field: "id", rule: "unique-identifier", message: `predicate '${record.id}' appears twice` });
        continue;
      }
      seen.add(record.id);
      const row: PredicateRow = {
        id: record.id,
        label: record.label,
        phrasings: record.phrasings ?? [],
        opposite: record.opposite ?? null,
        negationOf: record.negationOf ?? null,
        symmetric: record.symmetric ?? false,
        membership: record.membership ?? false,
        description: record.description ?? null,
        revision: 1,
        createdAt: stamp.now,
        updatedAt: stamp.now,
      };
      const existing = stored.byId.get(record.id);
      if (existing) {
        const fields = (r: PredicateRow) => [
          r.label,
          r.phrasings,
          r.opposite,
          r.negationOf,
          r.symmetric,
          r.membership,
          r.description,
        ];
        if (sameJson(fields(existing), fields(row))) decision.unchanged += 1;
        else
          fail(line, {
            field: "id",
            rule: "unique-identifier",
            message: `predicate '${record.id}' exists with other content: change it with PATCH`,
          });
        continue;
      }
      const violations = predicateViolations(row, known);
      for (const violation of violations) fail(line, violation);
      if (violations.length === 0) decision.rows.push(row);
    }
    return decision;
  },
  write(db, rows, stamp) {
    return [
      ...insertRows(db, predicates, rows),
      ...importChangeStatements(
        db,
        "predicate",
        rows.map((row) => ({ id: row.id, after: toPredicate(row.id, row, 0) })),
        stamp,
      ),
    ];
  },
};

/** Entity records of an import: new ids, and names that identify one entity across the store and the import. */
import { insertRows } from "../db/bulk";
import { type EntityRow, entities, entityAliases } from "../db/schema";
import { aliasViolations, nameKey, namesToCheck, type TakenNames } from "../domain/names";
import { getEntitiesByIds, takenNames } from "../routes/entities/entities.queries";
import type { Entity } from "../routes/entities/entities.schemas";
import { type Decision, type ImportError, importChangeStatements, type RecordKind, sameJson } from "./kinds";
import type { EntityRecord } from "./records";

interface StoredEntities {
  /** Stored entities with the ids of the import's records. */
  byId: Map<string, Entity>;
  /** What the store holds under the names the records give. */
  taken: TakenNames;
}

export interface NewEntity {
  row: EntityRow;
  aliases: string[];
}

function entityOf(record: EntityRecord) {
  return { id: record.id, label: record.label, aliases: record.aliases ?? [] };
}

/** Decides on entity records: errors by line, the entities to create, how many are stored as given. */
export function decideEntities(
  records: { line: number; record: EntityRecord }[],
  stored: StoredEntities,
  now: string,
): Decision<NewEntity> {
  const decision: Decision<NewEntity> = { errors: [], rows: [], unchanged: 0 };
  const fail = (line: number, error: Omit<ImportError, "line">) => decision.errors.push({ line, ...error });
  const seen = new Set<string>();
  // Names taken by the store, and by the records before this one: each names one entity.
  const taken: TakenNames = { aliases: [...stored.taken.aliases], entities: [...stored.taken.entities] };
  for (const { line, record } of records) {
    if (seen.has(record.id)) {
      fail(line, {
        field: "id",
        rule: "unique-identifier",
        message: `entity '${record.id}' appears twice in the import`,
      });
      continue;
    }
    seen.add(record.id);
    const entity = entityOf(record);
    const existing = stored.byId.get(record.id);
    if (existing) {
      const same = sameJson(
        [existing.label, existing.kind, existing.description, existing.aliases],
        [record.label, record.kind, record.description ?? null, entity.aliases],
      );
      if (same) decision.unchanged += 1;
      else
        fail(line, {
          field: "id",
          rule: "unique-identifier",
          message: `entity '${record.id}' exists with other content: change it with PATCH`,
        });
      continue;
    }
    const violations = aliasViolations(entity, taken);
    for (const key of entity.aliases.map(nameKey)) taken.aliases.push({ key, entityId: entity.id });
    taken.entities.push({ id: entity.id, label: entity.label });
    if (violations.length) {
      for (const violation of violations) fail(line, violation);
      continue;
    }
    decision.rows.push({
      row: {
        id: record.id,
        label: record.label,
        kind: record.kind,
        description: record.description ?? null,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      },
      aliases: entity.aliases,
    });
  }
  return decision;
}

export const entityKind: RecordKind<"entity", StoredEntities, NewEntity> = {
  tag: "entity",
  plural: "entities",
  async read(db, records) {
    const entityRecords = records.entity.map(({ record }) => record);
    return {
      byId: await getEntitiesByIds(
        db,
        entityRecords.map((record) => record.id),
      ),
      taken: await takenNames(
        db,
        entityRecords.flatMap((record) => namesToCheck(entityOf(record))),
      ),
    };
  },
  decide: (records, stored, stamp) => decideEntities(records.entity, stored, stamp.now),
  write(db, created, stamp) {
    return [
      ...insertRows(
        db,
        entities,
        created.map(({ row }) => row),
      ),
      ...insertRows(
        db,
        entityAliases,
        created.flatMap(({ row, aliases }) =>
          aliases.map((alias, position) => ({ entityId: row.id, alias, key: nameKey(alias), position })),
        ),
      ),
      ...importChangeStatements(
        db,
        "entity",
        created.map(({ row, aliases }) => ({ id: row.id, after: { ...row, aliases } })),
        stamp,
      ),
    ];
  },
};

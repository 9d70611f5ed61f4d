import { and, eq } from "drizzle-orm";
import { changeStatement } from "../../db/changes";
import { chunked, type Db, type WriteStatement } from "../../db/client";
import { type EntityRow, entities, entityAliases } from "../../db/schema";
import { aliasViolations, type EntityNames, namesToCheck } from "../../domain/names";
import { refused, type Violation, type WriteOutcome } from "../../lib/violations";
import { commit, type Writer } from "../claims/claims.mutations";
import { getEntity, nameKey, takenNames } from "./entities.queries";
import type { Entity, EntityInput, EntityPatch } from "./entities.schemas";

/** Each alias must name one entity only (see aliasViolations in src/domain/names.ts). */
async function aliasViolationsOf(db: Db, entity: EntityNames): Promise<Violation[]> {
  return aliasViolations(entity, await takenNames(db, namesToCheck(entity)));
}

function aliasRows(entityId: string, aliases: string[]) {
  return aliases.map((alias, position) => ({ entityId, alias, key: nameKey(alias), position }));
}

/** Creates an entity with its aliases. */
export async function createEntity(writer: Writer, input: EntityInput): Promise<WriteOutcome<Entity>> {
  const { db, now } = writer;
  if (await getEntity(db, input.id)) return refused.conflict(`An entity with id '${input.id}' exists.`);
  const aliases = input.aliases ?? [];
  const violations = await aliasViolationsOf(db, { id: input.id, label: input.label, aliases });
  if (violations.length) return refused.violations(violations);
  const row: EntityRow = {
    id: input.id,
    label: input.label,
    kind: input.kind,
    description: input.description ?? null,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  const entity: Entity = { ...row, aliases };
  const statements: WriteStatement[] = [
    db.insert(entities).values(row),
    ...chunked(aliasRows(row.id, aliases), (rows) => db.insert(entityAliases).values(rows)),
    changeStatement(db, {
      resourceType: "entity",
      resourceId: row.id,
      revision: 1,
      action: "create",
      actor: writer.actor,
      after: entity,
      at: now,
    }),
  ];
  return commit(writer, statements, entity);
}

/** Applies a JSON merge patch to an entity; `aliases` replaces the list. */
export async function patchEntity(
  writer: Writer,
  current: Entity,
  patch: EntityPatch,
  reason: string | null,
): Promise<WriteOutcome<Entity>> {
  const { db, now } = writer;
  const next: Entity = {
    ...current,
    label: patch.label ?? current.label,
    kind: patch.kind ?? current.kind,
    description: patch.description === undefined ? current.description : patch.description,
    aliases: patch.aliases ?? current.aliases,
    revision: current.revision + 1,
    updatedAt: now,
  };
  const violations = await aliasViolationsOf(db, next);
  if (violations.length) return refused.violations(violations);
  const statements: WriteStatement[] = [
    db
      .update(entities)
      .set({
        label: next.label,
        kind: next.kind,
        description: next.description,
        revision: next.revision,
        updatedAt: now,
      })
      .where(and(eq(entities.id, next.id), eq(entities.revision, current.revision))),
    changeStatement(
      db,
      {
        resourceType: "entity",
        resourceId: next.id,
        revision: next.revision,
        action: "update",
        actor: writer.actor,
        reason,
        before: current,
        after: next,
        at: now,
      },
      { guard: true },
    ),
  ];
  if (patch.aliases) {
    statements.push(db.delete(entityAliases).where(eq(entityAliases.entityId, next.id)));
    statements.push(...chunked(aliasRows(next.id, next.aliases), (rows) => db.insert(entityAliases).values(rows)));
  }
  return commit(writer, statements, next);
}

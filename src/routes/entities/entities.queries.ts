import { and, asc, eq, gt, or, sql } from "drizzle-orm";
import { inList, jsonChunks } from "../../db/bulk";
import type { Db } from "../../db/client";
import { type EntityKind, type EntityRow, entities, entityAliases } from "../../db/schema";
import { nameKey, type TakenNames } from "../../domain/names";
import type { Entity } from "./entities.schemas";

export { nameKey };

/**
 * The id of the entity named `name` — by id, label or any alias, case-insensitively — or null.
 */
export async function resolveEntityId(db: Db, name: string): Promise<string | null> {
  const key = nameKey(name);
  const [byAlias] = await db
    .select({ id: entityAliases.entityId })
    .from(entityAliases)
    .where(eq(entityAliases.key, key))
    .limit(1);
  if (byAlias) return byAlias.id;
  const [byName] = await db
    .select({ id: entities.id })
    .from(entities)
    .where(or(eq(entities.id, name), sql`lower(${entities.id}) = ${key}`, sql`lower(${entities.label}) = ${key}`))
    .limit(1);
  return byName?.id ?? null;
}

/**
 * The ids of the entities these names name — by alias, id or label, case-insensitively, as
 * resolveEntityId does — in two statements however many names; a name that names none is absent.
 */
export async function resolveEntityIds(db: Db, names: string[]): Promise<Map<string, string>> {
  const keys = [...new Set(names.map(nameKey))];
  const byAlias = new Map(
    (
      await db
        .select({ key: entityAliases.key, id: entityAliases.entityId })
        .from(entityAliases)
        .where(inList(entityAliases.key, keys))
    ).map((row) => [row.key, row.id]),
  );
  const byName = await db
    .select({ id: entities.id, label: entities.label })
    .from(entities)
    .where(
      or(
        inList(entities.id, names),
        inList(sql`lower(${entities.id})`, keys),
        inList(sql`lower(${entities.label})`, keys),
      ),
    );
  const out = new Map<string, string>();
  for (const name of names) {
    const key = nameKey(name);
    const id =
      byAlias.get(key) ??
      byName.find((row) => row.id === name)?.id ??
      byName.find((row) => row.id.toLowerCase() === key || row.label.toLowerCase() === key)?.id;
    if (id) out.set(name, id);
  }
  return out;
}

/** The aliases of the entities with these ids (a page of them at most), in their curated order. */
async function aliasesOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select()
    .from(entityAliases)
    .where(inList(entityAliases.entityId, ids))
    .orderBy(asc(entityAliases.entityId), asc(entityAliases.position));
  for (const row of rows) {
    const list = out.get(row.entityId) ?? [];
    list.push(row.alias);
    out.set(row.entityId, list);
  }
  return out;
}

function toEntity(row: EntityRow, aliases: string[]): Entity {
  return {
    id: row.id,
    label: row.label,
    kind: row.kind,
    description: row.description,
    aliases,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function getEntity(db: Db, id: string): Promise<Entity | null> {
  const [row] = await db.select().from(entities).where(eq(entities.id, id)).limit(1);
  if (!row) return null;
  const aliases = await aliasesOf(db, [row.id]);
  return toEntity(row, aliases.get(row.id) ?? []);
}

export interface EntityListFilter {
  kind?: EntityKind;
  afterId?: string;
  limit: number;
}

/** One page of entities in id order, plus whether more follow. */
export async function listEntities(db: Db, filter: EntityListFilter): Promise<{ items: Entity[]; more: boolean }> {
  const conditions = [];
  if (filter.kind) conditions.push(eq(entities.kind, filter.kind));
  if (filter.afterId !== undefined) conditions.push(gt(entities.id, filter.afterId));
  const rows = await db
    .select()
    .from(entities)
    .where(and(...conditions))
    .orderBy(asc(entities.id))
    .limit(filter.limit + 1);
  const more = rows.length > filter.limit;
  const page = rows.slice(0, filter.limit);
  const aliases = await aliasesOf(
    db,
    page.map((row) => row.id),
  );
  return { items: page.map((row) => toEntity(row, aliases.get(row.id) ?? [])), more };
}

/** What the store holds under any of `names` (keys): aliases, and entities by id or lower-cased label. */
export async function takenNames(db: Db, names: string[]): Promise<TakenNames> {
  const taken: TakenNames = { aliases: [], entities: [] };
  for (const chunk of jsonChunks([...new Set(names)])) {
    taken.aliases.push(
      ...(await db
        .select({ entityId: entityAliases.entityId, key: entityAliases.key })
        .from(entityAliases)
        .where(inList(entityAliases.key, chunk))),
    );
    taken.entities.push(
      ...(await db
        .select({ id: entities.id, label: entities.label })
        .from(entities)
        .where(or(inList(entities.id, chunk), inList(sql`lower(${entities.label})`, chunk)))),
    );
  }
  return taken;
}

/** The entities with these ids, with their aliases (unknown ids are absent). */
export async function getEntitiesByIds(db: Db, ids: string[]): Promise<Map<string, Entity>> {
  const out = new Map<string, Entity>();
  for (const chunk of jsonChunks([...new Set(ids)])) {
    const rows = await db.select().from(entities).where(inList(entities.id, chunk));
    const aliases = await aliasesOf(
      db,
      rows.map((row) => row.id),
    );
    for (const row of rows) out.set(row.id, toEntity(row, aliases.get(row.id) ?? []));
  }
  return out;
}

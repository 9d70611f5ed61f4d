/**
 * The names of entities in a sentence — what `/v1/check` and the /check page start from.
 */
import { or, sql } from "drizzle-orm";
import { inList } from "../db/bulk";
import type { Db } from "../db/client";
import { entities, entityAliases } from "../db/schema";

/** Longest text the check reads, in characters: a sentence or two. */
export const MAX_CHECK_TEXT = 2000;
/** Longest name looked up, in words ("selective serotonin reuptake enhancer" is 4). */
const MAX_NAME_WORDS = 5;

/** A name found in the text and the entity it names. */
export interface EntityMention {
  /** The words as written in the text. */
  text: string;
  entityId: string;
}

/** The words of `text` with their spelling kept, stripped of surrounding punctuation. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
}

/** Lookup keys a run of words may stand for: as written, and without a plural or possessive ending. */
function keysOf(words: string[]): string[] {
  const key = words.join(" ").toLowerCase();
  const keys = [key];
  const bare = key.replace(/['’]s$/, "");
  if (bare !== key) keys.push(bare);
  else if (key.length > 3 && key.endsWith("s")) keys.push(key.slice(0, -1));
  return keys;
}

/**
 * The entity each key names, by alias, label or id (case-insensitive): two statements however many
 * keys (each list bound as one JSON parameter — D1 binds at most 100 parameters per statement and runs
 * at most 50 queries per request on the Free plan; a text of 2,000 characters has thousands of keys).
 */
async function entitiesNamed(db: Db, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const row of await db
    .select({ key: entityAliases.key, id: entityAliases.entityId })
    .from(entityAliases)
    .where(inList(entityAliases.key, keys)))
    out.set(row.key, row.id);
  const byName = await db
    .select({ id: entities.id, label: entities.label })
    .from(entities)
    .where(or(inList(entities.id, keys), inList(sql`lower(${entities.label})`, keys)));
  for (const row of byName) {
    out.set(row.label.toLowerCase(), row.id);
    out.set(row.id, row.id);
  }
  return out;
}

/**
 * The names of entities in `text` — ids, labels and aliases, longest first, so "serotonin
 * transporter" is one name and not "serotonin" — each with the entity it names.
 */
export async function findEntityMentions(db: Db, text: string): Promise<EntityMention[]> {
  const words = wordsOf(text.slice(0, MAX_CHECK_TEXT));
  const runs: { start: number; length: number; keys: string[] }[] = [];
  for (let start = 0; start < words.length; start++)
    for (let length = Math.min(MAX_NAME_WORDS, words.length - start); length >= 1; length--)
      runs.push({ start, length, keys: keysOf(words.slice(start, start + length)) });
  const named = await entitiesNamed(db, [...new Set(runs.flatMap((run) => run.keys))]);
  const mentions: EntityMention[] = [];
  let covered = 0;
  for (const run of runs) {
    if (run.start < covered) continue;
    const key = run.keys.find((candidate) => named.has(candidate));
    if (key === undefined) continue;
    mentions.push({
      text: words.slice(run.start, run.start + run.length).join(" "),
      entityId: named.get(key) as string,
    });
    covered = run.start + run.length;
  }
  return mentions;
}

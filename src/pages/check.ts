/**
 * What the /check page shows for a sentence. One function, so that the page does not depend on how
 * the matching works.
 */
import { inArray, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { entities, entityAliases } from "../db/schema";
import { listClaims } from "../routes/claims/claims.queries";
import type { Claim } from "../routes/claims/claims.schemas";

/** Longest text the check reads, in characters: a sentence or two. */
export const MAX_CHECK_TEXT = 500;
/** Longest name looked up, in words ("selective serotonin reuptake enhancer" is 4). */
const MAX_NAME_WORDS = 5;
/** Most entities whose claims are read for one text. */
const MAX_ENTITIES = 10;
/** Claims read per entity, and claims shown. */
const CLAIMS_PER_ENTITY = 100;
const MAX_CLAIMS = 30;

/** A name found in the text and the entity it names. */
export interface EntityMention {
  /** The words as written in the text. */
  text: string;
  entityId: string;
}

export interface CheckedClaim {
  claim: Claim;
  /** Which of its subject and object the text names. */
  named: ("subject" | "object")[];
}

export interface CheckResult {
  mentions: EntityMention[];
  /** Published claims about the named entities: those naming both subject and object first. */
  claims: CheckedClaim[];
  /** Whether more claims matched than are listed. */
  more: boolean;
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

/** The entity each key names, by alias, label or id (case-insensitive), in chunks within D1's limits. */
async function entitiesNamed(db: Db, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 45) {
    const chunk = keys.slice(i, i + 45);
    for (const row of await db
      .select({ key: entityAliases.key, id: entityAliases.entityId })
      .from(entityAliases)
      .where(inArray(entityAliases.key, chunk)))
      out.set(row.key, row.id);
    const byName = await db
      .select({ id: entities.id, label: entities.label })
      .from(entities)
      .where(or(inArray(entities.id, chunk), inArray(sql`lower(${entities.label})`, chunk)));
    for (const row of byName) {
      out.set(row.label.toLowerCase(), row.id);
      out.set(row.id, row.id);
    }
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

/**
 * Checks a sentence against the stored claims by the entities it names: the published claims whose
 * subject or object it names, those naming both first, each with its confidence and citations. It
 * reads names, not meaning, and gives no verdict: the reader weighs each claim's evidence.
 */
export async function checkText(db: Db, text: string): Promise<CheckResult> {
  const mentions = await findEntityMentions(db, text);
  const entityIds = [...new Set(mentions.map((mention) => mention.entityId))].slice(0, MAX_ENTITIES);
  const named = new Set(entityIds);
  const found = new Map<string, CheckedClaim>();
  for (const entityId of entityIds) {
    const page = await listClaims(db, { entityId, status: ["published"], limit: CLAIMS_PER_ENTITY });
    for (const claim of page.items) {
      if (found.has(claim.id)) continue;
      const sides: CheckedClaim["named"] = [];
      if (named.has(claim.subject)) sides.push("subject");
      if (named.has(claim.object)) sides.push("object");
      found.set(claim.id, { claim, named: sides });
    }
  }
  const ranked = [...found.values()].sort(
    (a, b) => b.named.length - a.named.length || (a.claim.id < b.claim.id ? -1 : 1),
  );
  return { mentions, claims: ranked.slice(0, MAX_CLAIMS), more: ranked.length > MAX_CLAIMS };
}

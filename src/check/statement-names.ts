/**
 * Statement names (table `statement_names`, migration 0010): the word a claim's statement uses for its
 * subject when it names it by none of the subject's names — "drinking" in "Regular heavy drinking
 * increases the risk of hypertension", whose subject is alcohol. The check reads these words as names
 * of the subject (with their forms: "drink", "drinks"), as it reads aliases: the store's own sentences
 * say how people name the thing, and a curator need not list every word for it.
 *
 * Every write that creates a claim or changes its statement or subject writes the claim's row in the
 * same unit (`statementNameStatements`); deleting a claim deletes it (a foreign key). A store that holds
 * claims written before (an upgrade, a restore) is filled once by `refreshStatementNames`, on start on
 * Node and on an isolate's first request on Workers; one that held none when migration 0010 ran is
 * recorded as filled by the migration.
 */
import { sql } from "drizzle-orm";
import { jsonChunks } from "../db/bulk";
import type { Db, RunAtomic, WriteStatement } from "../db/client";
import { settings, statementNames } from "../db/schema";
import { statementSubjectWord } from "../domain/check/names";

/** The `settings` row naming the rule that wrote the store's statement names. */
const SETTING = "statement-names";
/**
 * The rule's version: a change to `statementSubjectWord` changes it, and stores write their names again.
 * (Migration 0010 records "1" for a store it finds without claims.)
 */
const RULE_VERSION = "1";

/**
 * Whether claim `c`'s statement names its subject by its label, its id in words or an alias (a name
 * that begins a word of it): then the statement's opening gerund is a verb of doing something with the
 * subject ("Drinking alcohol protects …"), not a word for it.
 */
const NAMES_ITS_SUBJECT = sql`(
  EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = c.subject_id
    AND instr(' ' || lower(c.statement), ' ' || a.key) > 0)
  OR EXISTS (SELECT 1 FROM entities e WHERE e.id = c.subject_id
    AND (instr(' ' || lower(c.statement), ' ' || lower(e.label)) > 0
      OR instr(' ' || lower(c.statement), ' ' || replace(e.id, '-', ' ')) > 0)))`;

/**
 * The writes that set the statement names of `written` claims (rows already written, or written earlier
 * in the same unit): each claim's row removed, then written again where its statement opens with a word
 * for its subject. At most two statements per MAX_JSON_PARAMETER_BYTES of claims, one bound parameter
 * each; none for new claims whose statements open with no gerund (most: an import adds no query).
 */
export function statementNameStatements(
  db: Db,
  written: { id: string; statement: string }[],
  /** `fresh`: the claims are new in this unit, and have no row to remove (and most no row to write). */
  options: { fresh?: boolean } = {},
): WriteStatement[] {
  const statements: WriteStatement[] = [];
  const words = written.map((claim) => [claim.id, statementSubjectWord(claim.statement)] as const);
  for (const chunk of jsonChunks(options.fresh ? words.filter(([, word]) => word !== null) : words)) {
    const list = JSON.stringify(chunk);
    if (!options.fresh)
      statements.push(
        db
          .delete(statementNames)
          .where(
            sql`${statementNames.claimSeq} IN (SELECT seq FROM claims WHERE id IN (SELECT value ->> '$[0]' FROM json_each(${list})))`,
          ),
      );
    if (chunk.some(([, word]) => word !== null))
      statements.push(
        db.insert(statementNames).select(
          sql`SELECT c.seq, c.subject_id, j.value ->> '$[1]' FROM json_each(${list}) j
            JOIN claims c ON c.id = j.value ->> '$[0]'
            WHERE j.value ->> '$[1]' IS NOT NULL AND NOT ${NAMES_ITS_SUBJECT}`,
        ),
      );
  }
  return statements;
}

/** Claims read per statement while filling a store's statement names. */
const PAGE = 5000;
/** How much of a statement can hold its opening words (three long ones and the next). */
const OPENING_CHARACTERS = 80;

/**
 * Writes the statement names of every claim, once per rule (a `settings` row records it): for a store
 * whose claims were written before the table or by another rule. Returns the number of claims whose
 * statements open with a gerund (0 when there was nothing to do). On a 1M-claim store it reads for ~2 s.
 */
export async function refreshStatementNames(db: Db, runAtomic: RunAtomic): Promise<number> {
  const [done] = await db.all<{ value: string }>(sql`SELECT value FROM settings WHERE name = ${SETTING}`);
  if (done?.value === RULE_VERSION) return 0;
  // (Only a statement with a word in "-ing" among its first can open with a gerund.)
  const opening: { id: string; statement: string }[] = [];
  for (let after = -1; ; ) {
    const page = await db.all<{ seq: number; id: string; statement: string }>(
      sql`SELECT seq, id, statement FROM claims WHERE seq > ${after} AND lower(substr(statement, 1, ${OPENING_CHARACTERS})) GLOB '*ing[^a-z]*'
        ORDER BY seq LIMIT ${PAGE}`,
    );
    for (const row of page) if (statementSubjectWord(row.statement) !== null) opening.push(row);
    if (page.length < PAGE) break;
    after = Number(page.at(-1)?.seq);
  }
  await runAtomic([
    db.delete(statementNames),
    ...statementNameStatements(db, opening, { fresh: true }),
    db
      .insert(settings)
      .values({ name: SETTING, value: RULE_VERSION })
      .onConflictDoUpdate({ target: settings.name, set: { value: RULE_VERSION } }),
  ]);
  return opening.length;
}

/**
 * The benchmark's synthetic corpus: claims with citations and references, whose statements use a
 * vocabulary with a Zipf-like word frequency, written straight into an SQLite file with prepared
 * inserts in one transaction and cached under bench/.cache/ (git-ignored), keyed by CORPUS_VERSION
 * and the claim count.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { refreshStatementNames } from "../src/check/statement-names";
import { openNodeStore } from "../src/db/node";
import { lexiconSqlSource } from "../src/lexicon/node-file";
import { loadLexiconIfStale } from "../src/lexicon/node-load";
import { refillClaimDocuments } from "../src/node-documents";
import { adoptDocumentVersion } from "../src/routes/claims/claims.documents";

/** Bump when the generator changes: a new version builds a new file. */
export const CORPUS_VERSION = 3;

const here = dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = resolve(here, ".cache");

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus and queries. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Function words first (they are the most frequent in English), then the field's own words. */
const FUNCTION_WORDS =
  "the of and in to a is that by with for as on are was from at its an be this which or has have not it were been than may".split(
    " ",
  );
const DOMAIN_WORDS = `serotonin reuptake receptor receptors antidepressant antidepressants depression anxiety dopamine
noradrenaline norepinephrine glutamate ampa nmda transporter transporters synaptic plasma membrane neuron neurons neuronal
hippocampus hippocampal cortex prefrontal amygdala stress cortisol plasticity neurogenesis dose doses dosage patients
patient trial trials placebo controlled randomized clinical efficacy tolerability onset action mechanism effect effects
enhances enhance enhanced enhancer inhibits inhibit inhibitor inhibitors inhibition modulates modulate modulator allosteric
agonist antagonist binding affinity selective selectively chronic acute administration treatment treated therapy rats mice
animal animals human humans study studies review meta analysis evidence suggests suggest reported shown increased decreased
reduced reduces increases levels concentration concentrations release uptake activity expression signalling pathway
pathways tricyclic structurally related opioid mu delta kappa withdrawal dependence abuse tolerance memory cognitive
cognition learning behaviour behavioral symptoms symptom remission response relapse elderly adults adolescents weeks
months long term short mild moderate severe major disorder disorders syndrome pain neuropathic inflammation immune
cytokine brain spinal cord extracellular intracellular protein proteins kinase phosphorylation gene genes mrna
microdialysis electrophysiology slices culture vitro vivo model models forced swim test social defeat restraint
depletion tryptophan metabolism liver hepatic renal clearance half life pharmacokinetics bioavailability oral plasma
sodium salt tablet formulation approved marketed france russia europe patent synthesis compound compounds derivative
analog analogue structure sulfonamide dibenzothiazepine heptanoic acid side chain potency weak strong partial full`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES =
  "ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi xa xe za ze zi lor tan mex pril zol dine mide pam tine olol azep"
    .split(" ")
    .filter(Boolean);

/** ~20,000 distinct words: function words, field words, then made-up names of compounds and genes. */
export function vocabulary(size = 20_000): string[] {
  const random = prng(7);
  const words = [...FUNCTION_WORDS, ...DOMAIN_WORDS];
  const seen = new Set(words);
  while (words.length < size) {
    const parts = 2 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Draws ranks 0..n-1 with P(rank r) ∝ 1/(r+1)^s — Zipf's law. */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / (r + 1) ** s;
    cdf[r] = total;
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const PREDICATES = [
  ["modulates", "modulates"],
  ["enhances-reuptake-of", "enhances the reuptake of"],
  ["inhibits", "inhibits"],
  ["binds-to", "binds to"],
  ["is-agonist-of", "is an agonist of"],
  ["is-antagonist-of", "is an antagonist of"],
  ["increases-expression-of", "increases the expression of"],
  ["decreases-levels-of", "decreases the levels of"],
  ["is-structurally-related-to", "is structurally related to"],
  ["treats", "treats"],
  ["is-associated-with", "is associated with"],
  ["has-faster-onset-than", "has a faster onset than"],
] as const;
const KINDS = ["drug", "drug-class", "receptor", "transporter", "neurotransmitter", "protein", "condition", "process"];
const CONFIDENCES = ["established", "supported", "speculative", "contested", "refuted", "unsourced"];
const STANCES = ["supports", "supports", "supports", "mentions", "contradicts"];

export interface CorpusInfo {
  path: string;
  claims: number;
  /** Ids of claims that exist, for by-id lookups. */
  sampleClaimIds: string[];
}

/** The corpus file for `claims` claims, built if it is not cached yet. */
export function ensureCorpus(claims: number, log: (message: string) => void = console.log): string {
  const path = resolve(CACHE_DIR, `corpus-v${CORPUS_VERSION}-${claims}.db`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = `${path}.building`;
  rmSync(building, { force: true });
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  const started = performance.now();
  log(`building corpus of ${claims} claims (cached as ${path})`);
  // The real migrations make the schema, FTS table and triggers included.
  openNodeStore(building).close();
  const db = new Database(building);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  // The index is filled in one pass after the rows, as migration 0002 backfills it; its triggers are
  // set aside meanwhile and restored as they were.
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'claims_fts_%'")
    .all() as { name: string; sql: string }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  buildRows(db, claims);
  db.exec(BACKFILL);
  for (const trigger of triggers) db.exec(trigger.sql);
  db.exec("INSERT INTO claims_fts(claims_fts) VALUES ('optimize')");
  db.pragma("journal_mode = WAL");
  db.close();
  renameSync(building, path);
  log(`built the corpus in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return path;
}

/**
 * Brings the corpus file up to the current migrations, loads the lexicon and fills every claim's
 * document (as the Node server does on start and in the background), so that no run measures those.
 */
export async function ensureDocuments(path: string, log: (message: string) => void = console.log): Promise<void> {
  const store = openNodeStore(path);
  try {
    const words = loadLexiconIfStale(store.sqlite, lexiconSqlSource());
    if (words > 0) log(`loaded the lexicon (${words} words)`);
    // (As the server does on its first start over a store written before statement names: once.)
    const named = await refreshStatementNames(store.db, store.runAtomic);
    if (named > 0) log(`wrote the statement names of ${named} claims`);
    const [stale] = store.sqlite.prepare("SELECT count(*) AS n FROM stale_claim_documents").all() as { n: number }[];
    if ((stale?.n ?? 0) === 0 && !(await store.exclusive((unit) => adoptDocumentVersion(unit.db, unit.runAtomic))))
      return;
    const started = performance.now();
    log(`writing claim documents (${stale?.n ?? "all"} stale)`);
    const written = await refillClaimDocuments(store, { batch: 500 });
    store.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    log(`wrote ${written} claim documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    store.close();
  }
}

/** The backfill statement of migrations/0002_fts.sql, read from the migration itself. */
const BACKFILL = (() => {
  const migration = readFileSync(resolve(here, "../migrations/0002_fts.sql"), "utf8");
  const statement = migration
    .split("--> statement-breakpoint")
    .find((part) => part.includes("INSERT INTO `claims_fts`"));
  if (!statement) throw new Error("migrations/0002_fts.sql has no backfill statement");
  return statement;
})();

function buildRows(db: Database.Database, claimCount: number) {
  const random = prng(42);
  const words = vocabulary();
  const word = zipf(words.length, 1.05, random);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const entityCount = Math.max(50, Math.round(claimCount / 50));
  const referenceCount = Math.max(50, Math.round(claimCount / 5));
  const now = Date.parse("2026-01-01T00:00:00.000Z");
  const stamp = (offset: number) => new Date(now - offset * 1000).toISOString();

  const insertEntity = db.prepare(
    "INSERT INTO entities (id, label, kind, description, revision, created_at, updated_at) VALUES (?, ?, ?, NULL, 1, ?, ?)",
  );
  const insertAlias = db.prepare("INSERT INTO entity_aliases (entity_id, alias, key, position) VALUES (?, ?, ?, ?)");
  const insertReference = db.prepare(
    `INSERT INTO "references" (id, type, title, authors, issued, container_title, doi, pmid, revision, created_at, updated_at)
     VALUES (?, 'article-journal', ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO claims (id, statement, subject_id, predicate, object_id, context, confidence, status, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 1, ?, ?)`,
  );
  const insertCitation = db.prepare(
    "INSERT INTO citations (claim_id, reference_id, stance, locator, quote, position, created_at) VALUES (?, ?, ?, ?, NULL, ?, ?)",
  );
  /** `n` words drawn by frequency; a word already in the phrase is drawn again (up to 3 times), as
   * real sentences rarely repeat a word ("the the"). */
  const phrase = (n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      let next = words[word()] as string;
      for (let retry = 0; retry < 3 && out.includes(next); retry++) next = words[word()] as string;
      out.push(next);
    }
    return out.join(" ");
  };

  db.transaction(() => {
    const labels: string[] = [];
    const usedNames = new Set<string>();
    for (let i = 0; i < entityCount; i++) {
      const id = `e${i}`;
      let label = `${words[200 + Math.floor(random() * (words.length - 200))]}${i % 7 === 0 ? " receptor" : ""}`;
      if (usedNames.has(label)) label = `${label} ${i}`;
      usedNames.add(label);
      labels.push(label);
      insertEntity.run(id, label, pick(KINDS), stamp(i), stamp(i));
      const aliases = Math.floor(random() * 3);
      for (let a = 0; a < aliases; a++) {
        const alias = `${words[200 + Math.floor(random() * (words.length - 200))]}${a === 0 ? "on" : "ex"}${i}`;
        insertAlias.run(id, alias, alias.toLowerCase(), a);
      }
    }
    for (let i = 0; i < referenceCount; i++) {
      insertReference.run(
        `r${i}`,
        phrase(6 + Math.floor(random() * 6)),
        JSON.stringify([`Author${i % 997} A`, `Author${i % 991} B`]),
        String(1980 + (i % 45)),
        `Journal of ${words[40 + (i % 150)]}`,
        `10.9999/bench.${i}`,
        String(10_000_000 + i),
        stamp(i),
        stamp(i),
      );
    }
    for (let i = 0; i < claimCount; i++) {
      const id = `c${String(i).padStart(7, "0")}`;
      const subject = Math.floor(random() * entityCount);
      const object = Math.floor(random() * entityCount);
      const [predicate, verb] = pick(PREDICATES);
      const statement = `${labels[subject]} ${verb} ${labels[object]} ${phrase(6 + Math.floor(random() * 10))}.`;
      const status = random() < 0.93 ? "published" : pick(["draft", "deprecated", "retracted"]);
      const updated = stamp(Math.floor(random() * 86_400 * 365));
      insertClaim.run(
        id,
        statement.charAt(0).toUpperCase() + statement.slice(1),
        `e${subject}`,
        predicate,
        `e${object}`,
        pick(CONFIDENCES),
        status,
        stamp(86_400 * 400 + i),
        updated,
      );
      const cited = 1 + Math.floor(random() * 4);
      const refs = new Set<number>();
      for (let k = 0; k < cited; k++) refs.add(Math.floor(random() * referenceCount));
      let position = 0;
      for (const ref of refs) {
        insertCitation.run(id, `r${ref}`, pick(STANCES), `p. ${1 + (i % 300)}`, position++, updated);
      }
    }
  })();
}

/**
 * ≥ 10,000 distinct two-word queries whose words follow the corpus' frequencies: each takes two
 * different words of a random claim's statement (so a word is drawn as often as it occurs).
 */
export function searchQueries(path: string, count = 12_000): string[] {
  const db = new Database(path, { readonly: true });
  const random = prng(99);
  const max = (db.prepare("SELECT max(seq) AS n FROM claims").get() as { n: number }).n;
  const statementOf = db.prepare("SELECT statement FROM claims WHERE seq = ?").pluck();
  const queries = new Set<string>();
  for (let attempt = 0; queries.size < count && attempt < count * 20; attempt++) {
    const statement = statementOf.get(1 + Math.floor(random() * max)) as string | undefined;
    if (!statement) continue;
    const tokens = statement.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const a = tokens[Math.floor(random() * tokens.length)];
    const b = tokens[Math.floor(random() * tokens.length)];
    if (a && b && a !== b) queries.add(`${a} ${b}`);
  }
  db.close();
  return [...queries];
}

/** Ids of `count` claims spread over the corpus. */
export function sampleClaimIds(path: string, count = 1000): string[] {
  const db = new Database(path, { readonly: true });
  const random = prng(5);
  const max = (db.prepare("SELECT max(seq) AS n FROM claims").get() as { n: number }).n;
  const idOf = db.prepare("SELECT id FROM claims WHERE seq = ?").pluck();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(idOf.get(1 + Math.floor(random() * max)) as string);
  db.close();
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 1_000_000);
  const path = ensureCorpus(n);
  await ensureDocuments(path);
  console.log(path);
}

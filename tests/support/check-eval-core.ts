/**
 * The labelled evaluation sets of tests/check-eval/ and how they are measured, in code that runs in any
 * runtime (Node, and workerd for tests/workers/check-eval.ts): a set is sent sentence by sentence to
 * `/v1/check` through a harness, and its answers give the figures the issue asks for. Reading the sets
 * from disk and starting servers is Node's part (./check-eval.ts).
 */
import type { Harness } from "./harness";

export type Relation = "asserts" | "denies" | "related" | "none";

export interface EvalSentence {
  text: string;
  kind: string;
  claims: string[];
  relation: Relation;
  why?: string;
}

export interface EvalSet {
  domain: string;
  import: string | null;
  sentences: EvalSentence[];
}

export interface EvalRow {
  sentence: EvalSentence;
  verdict: string;
  /** The verdicts a right answer may give (from the relation and the labelled claims' confidence). */
  expected: string[];
  top3: string[];
  found: boolean;
  explanation: string;
}

export interface EvalFigures {
  sentences: number;
  /** Asserting or denying sentences whose claim is among the first 3 matches. */
  recallAt3: [number, number];
  /** The same over every sentence that names a claim (related ones too). */
  recallAt3All: [number, number];
  /** `no-match` answers that were right (the sentence asserts or denies no stored claim). */
  noMatchPrecision: [number, number];
  /** Off-store sentences answered `no-match`. */
  noMatchRecall: [number, number];
  /** `supported`/`refuted` answers that were the expected verdict. */
  verdictPrecision: [number, number];
  /** Sentences that deserve `supported`/`refuted` and got it. */
  verdictRecall: [number, number];
}

export const ratio = ([n, d]: [number, number]) => (d === 0 ? 1 : n / d);

/** The verdict one claim gives a sentence with this relation (README: the verdict table). */
function expectedVerdict(relation: Relation, confidence: string): string {
  if (relation === "related") return "unverified";
  if (relation === "none") return "no-match";
  const decisive = confidence === "established" || confidence === "supported";
  if (confidence === "contested") return "contested";
  if (confidence === "refuted") return relation === "asserts" ? "refuted" : "supported";
  if (decisive) return relation === "asserts" ? "supported" : "refuted";
  return "unverified";
}

/** Imports a domain's NDJSON `body` (named `name` in errors) through the API with a fresh admin key. */
export async function importNdjson(harness: Harness, body: string, name: string): Promise<void> {
  const token = await harness.createKey(`eval-${Math.random().toString(36).slice(2)}`, "admin");
  const res = await harness.fetch("/v1/import", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-ndjson" },
    body,
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`import of ${name}: ${res.status} ${await res.text()}`);
}

/** The NDJSON `run` imports over the seed, from the repository's root (`null`: the seed alone). */
export function importOf(run: EvalRun, set: EvalSet): string | null {
  return run.import === undefined ? set.import : run.import;
}

/** Sends every sentence of `set` to `/v1/check` and measures the answers. */
export async function runEvalSet(harness: Harness, set: EvalSet): Promise<{ rows: EvalRow[]; figures: EvalFigures }> {
  const confidence = new Map<string, string>();
  for (const id of new Set(set.sentences.flatMap((s) => s.claims))) {
    const res = await harness.fetch(`/v1/claims/${encodeURIComponent(id)}`);
    if (res.status !== 200) throw new Error(`labelled claim ${id}: ${res.status}`);
    confidence.set(id, ((await res.json()) as { confidence: string }).confidence);
  }
  const rows: EvalRow[] = [];
  for (const sentence of set.sentences) {
    const res = await harness.fetch("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: sentence.text, limit: 5 }),
    });
    if (res.status !== 200) throw new Error(`check of "${sentence.text}": ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { verdict: string; explanation: string; matches: { claimId: string }[] };
    const top3 = body.matches.slice(0, 3).map((m) => m.claimId);
    const expected =
      sentence.claims.length === 0
        ? [expectedVerdict(sentence.relation, "")]
        : sentence.claims.map((id) => expectedVerdict(sentence.relation, confidence.get(id) ?? ""));
    rows.push({
      sentence,
      verdict: body.verdict,
      expected,
      top3,
      found: sentence.claims.some((id) => top3.includes(id)),
      explanation: body.explanation,
    });
  }
  const count = (keep: (row: EvalRow) => boolean, hit: (row: EvalRow) => boolean): [number, number] => {
    const kept = rows.filter(keep);
    return [kept.filter(hit).length, kept.length];
  };
  const decisive = (verdict: string) => verdict === "supported" || verdict === "refuted";
  const figures: EvalFigures = {
    sentences: rows.length,
    recallAt3: count(
      (r) => r.sentence.relation === "asserts" || r.sentence.relation === "denies",
      (r) => r.found,
    ),
    recallAt3All: count(
      (r) => r.sentence.claims.length > 0,
      (r) => r.found,
    ),
    noMatchPrecision: count(
      (r) => r.verdict === "no-match",
      (r) => r.sentence.relation === "none" || r.sentence.relation === "related",
    ),
    noMatchRecall: count(
      (r) => r.sentence.relation === "none",
      (r) => r.verdict === "no-match",
    ),
    verdictPrecision: count(
      (r) => decisive(r.verdict),
      (r) => r.expected.includes(r.verdict),
    ),
    verdictRecall: count(
      (r) => r.expected.some(decisive),
      (r) => decisive(r.verdict) && r.expected.includes(r.verdict),
    ),
  };
  return { rows, figures };
}

/** One line of figures. */
export function formatFigures(name: string, f: EvalFigures): string {
  const cell = (pair: [number, number]) => `${ratio(pair).toFixed(2)} (${pair[0]}/${pair[1]})`;
  return `${name.padEnd(22)} n=${String(f.sentences).padEnd(4)} recall@3 ${cell(f.recallAt3)}  recall@3(all) ${cell(f.recallAt3All)}  no-match P ${cell(f.noMatchPrecision)} R ${cell(f.noMatchRecall)}  verdict P ${cell(f.verdictPrecision)} R ${cell(f.verdictRecall)}`;
}

/** One evaluation run: a set of sentences over a domain (its own import, or another one given). */
export interface EvalRun {
  name: string;
  file: string;
  /** The NDJSON to import instead of the set's own (`null`: the seed alone). */
  import?: string | null;
  /** The domain the figures count towards. */
  domain: string;
  heldOut: boolean;
}

const CURATED = "tests/check-eval/caffeine-curated.ndjson";

/** Every run of the evaluation, development sets first. */
export const EVAL_RUNS: EvalRun[] = [
  { name: "seed dev", file: "seed-dev.json", domain: "seed", heldOut: false },
  { name: "seed dev2", file: "seed-dev2.json", domain: "seed", heldOut: false },
  { name: "caffeine dev", file: "caffeine-dev.json", domain: "caffeine", heldOut: false },
  { name: "caffeine dev2", file: "caffeine-dev2.json", domain: "caffeine", heldOut: false },
  { name: "caffeine+vocab dev", file: "caffeine-dev.json", import: CURATED, domain: "caffeine+vocab", heldOut: false },
  {
    name: "caffeine+vocab dev2",
    file: "caffeine-dev2.json",
    import: CURATED,
    domain: "caffeine+vocab",
    heldOut: false,
  },
  { name: "seed held-out", file: "heldout/seed.json", domain: "seed", heldOut: true },
  { name: "caffeine held-out", file: "heldout/caffeine.json", domain: "caffeine", heldOut: true },
  {
    name: "caffeine+vocab held-out",
    file: "heldout/caffeine.json",
    import: CURATED,
    domain: "caffeine+vocab",
    heldOut: true,
  },
  { name: "melatonin held-out", file: "heldout/melatonin.json", domain: "melatonin", heldOut: true },
  { name: "vitamin-d dev", file: "vitamin-d-dev.json", domain: "vitamin-d", heldOut: false },
  { name: "alcohol dev", file: "alcohol-dev.json", domain: "alcohol", heldOut: false },
  { name: "vitamin-d held-out", file: "heldout/vitamin-d.json", domain: "vitamin-d", heldOut: true },
  { name: "alcohol held-out", file: "heldout/alcohol.json", domain: "alcohol", heldOut: true },
  { name: "nicotine held-out", file: "heldout/nicotine.json", domain: "nicotine", heldOut: true },
  { name: "aspirin held-out", file: "heldout/aspirin.json", domain: "aspirin", heldOut: true },
  { name: "metformin held-out", file: "heldout/metformin.json", domain: "metformin", heldOut: true },
  { name: "lithium held-out", file: "heldout/lithium.json", domain: "lithium", heldOut: true },
  { name: "vitamin-c held-out", file: "heldout/vitamin-c.json", domain: "vitamin-c", heldOut: true },
  { name: "zinc held-out", file: "heldout/zinc.json", domain: "zinc", heldOut: true },
  { name: "iron held-out", file: "heldout/iron.json", domain: "iron", heldOut: true },
  { name: "magnesium held-out", file: "heldout/magnesium.json", domain: "magnesium", heldOut: true },
  { name: "paracetamol held-out", file: "heldout/paracetamol.json", domain: "paracetamol", heldOut: true },
  { name: "creatine held-out", file: "heldout/creatine.json", domain: "creatine", heldOut: true },
  { name: "fluoride held-out", file: "heldout/fluoride.json", domain: "fluoride", heldOut: true },
  { name: "sugar held-out", file: "heldout/sugar.json", domain: "sugar", heldOut: true },
  { name: "probiotics held-out", file: "heldout/probiotics.json", domain: "probiotics", heldOut: true },
  { name: "antihistamines held-out", file: "heldout/antihistamines.json", domain: "antihistamines", heldOut: true },
  { name: "salt held-out", file: "heldout/salt.json", domain: "salt", heldOut: true },
  // (Development sets written on December 6's fourth stop, over three domains that had blind sets only.)
  { name: "statins dev", file: "statins-dev.json", domain: "statins", heldOut: false },
  { name: "antibiotics dev", file: "antibiotics-dev.json", domain: "antibiotics", heldOut: false },
  { name: "omega3 dev", file: "omega3-dev.json", domain: "omega3", heldOut: false },
];

/**
 * Red-team sets: hostile sentences only (opposite verbs, reversed comparisons, positive forms of stored
 * negatives, wrong classes, swapped roles, other objects, species or doses, off-store sentences that
 * share an entity), written in one sitting before any of them was sent to `/v1/check`. They guard
 * precision: no `supported` or `refuted` answer on them may be wrong.
 */
export const REDTEAM_RUNS: EvalRun[] = [
  { name: "seed red-team", file: "redteam-seed.json", domain: "seed", heldOut: false },
  { name: "caffeine red-team", file: "redteam-caffeine.json", domain: "caffeine", heldOut: false },
];

/**
 * Hostile sentences written blind (by authors who had read neither the matcher nor any other sentence,
 * and sent none to `/v1/check`) over six domains: double negatives, idioms with "no", rejected
 * questions, others' beliefs, conditionals, wishes, turned comparisons, scope changes, swaps,
 * coordinated clauses. They guard verdict precision only: no `supported` or `refuted` answer on them
 * may be wrong. (Later rounds — seed2, nicotine, vitamin-d2, melatonin2, caffeine2, alcohol2, seed3, caffeine3, seed4, nicotine2, melatonin3, alcohol3, vitamin-d3, nicotine3, seed5, and the statins and antibiotics domains, each written with its own set, through the aspirin and metformin sets of the twenty-first — were written after the earlier ones' findings were fixed.)
 */
export const BLIND_REDTEAM_RUNS: EvalRun[] = [
  ["seed", "seed"],
  ["seed", "seed2"],
  ["caffeine", "caffeine"],
  ["vitamin-d", "vitamin-d"],
  ["alcohol", "alcohol"],
  ["melatonin", "melatonin"],
  ["nicotine", "nicotine"],
  ["vitamin-d", "vitamin-d2"],
  ["melatonin", "melatonin2"],
  ["caffeine", "caffeine2"],
  ["alcohol", "alcohol2"],
  ["seed", "seed3"],
  ["caffeine", "caffeine3"],
  ["seed", "seed4"],
  ["nicotine", "nicotine2"],
  ["melatonin", "melatonin3"],
  ["alcohol", "alcohol3"],
  ["vitamin-d", "vitamin-d3"],
  ["nicotine", "nicotine3"],
  ["seed", "seed5"],
  ["statins", "statins"],
  ["antibiotics", "antibiotics"],
  ["seed", "seed6"],
  ["statins", "statins2"],
  ["antibiotics", "antibiotics2"],
  ["caffeine", "caffeine4"],
  ["caffeine", "caffeine5"],
  ["seed", "seed7"],
  ["alcohol", "alcohol4"],
  ["statins", "statins3"],
  ["melatonin", "melatonin4"],
  ["alcohol", "alcohol5"],
  ["nicotine", "nicotine4"],
  ["statins", "statins4"],
  ["vitamin-d", "vitamin-d4"],
  ["antibiotics", "antibiotics3"],
  ["melatonin", "melatonin5"],
  ["alcohol", "alcohol6"],
  ["omega3", "omega3"],
  ["seed", "seed8"],
  ["alcohol", "alcohol7"],
  ["statins", "statins5"],
  ["caffeine", "caffeine6"],
  ["nicotine", "nicotine5"],
  ["vitamin-d", "vitamin-d5"],
  ["aspirin", "aspirin"],
  ["metformin", "metformin"],
  ["statins", "statins6"],
  ["seed", "seed9"],
  ["statins", "statins7"],
  ["antibiotics", "antibiotics4"],
  ["aspirin", "aspirin2"],
  ["omega3", "omega3-2"],
  ["vitamin-c", "vitamin-c"],
  ["lithium", "lithium"],
  ["metformin", "metformin2"],
  ["statins", "statins8"],
  ["caffeine", "caffeine7"],
  ["antibiotics", "antibiotics5"],
  ["metformin", "metformin3"],
  ["aspirin", "aspirin3"],
  ["lithium", "lithium2"],
  ["vitamin-c", "vitamin-c2"],
  ["seed", "seed10"],
  ["seed", "seed11"],
  ["seed", "seed12"],
  ["seed", "seed13"],
  ["seed", "seed14"],
  ["seed", "seed15"],
  ["alcohol", "alcohol8"],
  ["omega3", "omega3-3"],
  ["iron", "iron"],
  ["magnesium", "magnesium"],
  ["zinc", "zinc"],
  ["paracetamol", "paracetamol"],
  ["lithium", "lithium3"],
  ["vitamin-c", "vitamin-c3"],
  ["aspirin", "aspirin4"],
  ["metformin", "metformin4"],
  ["zinc", "zinc2"],
  ["paracetamol", "paracetamol2"],
  ["iron", "iron2"],
  ["magnesium", "magnesium2"],
  ["lithium", "lithium4"],
  ["vitamin-c", "vitamin-c4"],
  ["iron", "iron3"],
  ["magnesium", "magnesium3"],
  ["zinc", "zinc3"],
  ["paracetamol", "paracetamol3"],
  ["aspirin", "aspirin5"],
  ["metformin", "metformin5"],
  ["lithium", "lithium5"],
  ["vitamin-c", "vitamin-c5"],
  ["seed", "seed16"],
  ["omega3", "omega3-4"],
  ["vitamin-d", "vitamin-d6"],
  ["alcohol", "alcohol9"],
  ["iron", "iron4"],
  ["magnesium", "magnesium4"],
  ["zinc", "zinc4"],
  ["paracetamol", "paracetamol4"],
  ["statins", "statins9"],
  ["nicotine", "nicotine6"],
  ["aspirin", "aspirin6"],
  ["metformin", "metformin6"],
  ["lithium", "lithium6"],
  ["vitamin-c", "vitamin-c6"],
  ["omega3", "omega3-5"],
  ["vitamin-d", "vitamin-d7"],
  ["alcohol", "alcohol10"],
  ["caffeine", "caffeine8"],
  ["melatonin", "melatonin6"],
  ["antibiotics", "antibiotics6"],
  ["statins", "statins10"],
  ["nicotine", "nicotine7"],
  ["iron", "iron5"],
  ["zinc", "zinc5"],
  ["paracetamol", "paracetamol5"],
  ["magnesium", "magnesium5"],
  ["aspirin", "aspirin7"],
  ["metformin", "metformin7"],
  ["lithium", "lithium7"],
  ["vitamin-c", "vitamin-c7"],
  ["vitamin-d", "vitamin-d8"],
  ["alcohol", "alcohol11"],
  ["caffeine", "caffeine9"],
  ["melatonin", "melatonin7"],
  ["nicotine", "nicotine8"],
  ["antibiotics", "antibiotics7"],
  ["omega3", "omega3-6"],
  ["statins", "statins11"],
  ["aspirin", "aspirin8"],
  ["lithium", "lithium8"],
  ["paracetamol", "paracetamol6"],
  ["magnesium", "magnesium6"],
  ["seed", "seed17"],
  ["omega3", "omega3-7"],
  ["iron", "iron6"],
  ["zinc", "zinc6"],
  ["creatine", "creatine"],
  ["creatine", "creatine2"],
  ["fluoride", "fluoride"],
  ["fluoride", "fluoride2"],
  ["vitamin-d", "vitamin-d9"],
  ["alcohol", "alcohol12"],
  ["caffeine", "caffeine10"],
  ["nicotine", "nicotine9"],
  ["statins", "statins12"],
  ["antibiotics", "antibiotics8"],
  ["melatonin", "melatonin8"],
  ["metformin", "metformin8"],
  ["seed", "seed18"],
  ["seed", "seed19"],
  ["caffeine", "caffeine11"],
  ["vitamin-c", "vitamin-c8"],
  ["seed", "seed20"],
  ["seed", "seed21"],
  ["lithium", "lithium9"],
  ["aspirin", "aspirin9"],
  ["sugar", "sugar"],
  ["sugar", "sugar2"],
  ["probiotics", "probiotics"],
  ["probiotics", "probiotics2"],
  ["metformin", "metformin9"],
  ["statins", "statins13"],
  ["omega3", "omega3-8"],
  ["paracetamol", "paracetamol7"],
  ["creatine", "creatine3"],
  ["fluoride", "fluoride3"],
  ["nicotine", "nicotine10"],
  ["zinc", "zinc7"],
  ["seed", "seed22"],
  ["seed", "seed23"],
  ["vitamin-d", "vitamin-d10"],
  ["alcohol", "alcohol13"],
  ["seed", "seed24"],
  ["seed", "seed25"],
  ["antihistamines", "antihistamines"],
  ["antihistamines", "antihistamines2"],
  ["salt", "salt"],
  ["salt", "salt2"],
  ["aspirin", "aspirin10"],
  ["aspirin", "aspirin11"],
  ["caffeine", "caffeine12"],
  ["caffeine", "caffeine13"],
  ["seed", "seed26"],
  ["seed", "seed27"],
  // December 6's fourth stop: seven probes of six domains each, 20 texts a domain (see the README).
  ["aspirin", "aspirin12"],
  ["caffeine", "caffeine14"],
  ["creatine", "creatine4"],
  ["fluoride", "fluoride4"],
  ["seed", "seed28"],
  ["zinc", "zinc8"],
  ["alcohol", "alcohol14"],
  ["lithium", "lithium10"],
  ["metformin", "metformin10"],
  ["salt", "salt3"],
  ["sugar", "sugar3"],
  ["vitamin-d", "vitamin-d11"],
  ["antihistamines", "antihistamines3"],
  ["iron", "iron7"],
  ["melatonin", "melatonin9"],
  ["nicotine", "nicotine11"],
  ["paracetamol", "paracetamol8"],
  ["seed", "seed29"],
  ["caffeine", "caffeine15"],
  ["magnesium", "magnesium7"],
  ["probiotics", "probiotics3"],
  ["seed", "seed30"],
  ["statins", "statins14"],
  ["vitamin-c", "vitamin-c9"],
  ["alcohol", "alcohol15"],
  ["antibiotics", "antibiotics9"],
  ["creatine", "creatine5"],
  ["fluoride", "fluoride5"],
  ["omega3", "omega3-9"],
  ["vitamin-d", "vitamin-d12"],
  ["antibiotics", "antibiotics10"],
  ["caffeine", "caffeine16"],
  ["iron", "iron8"],
  ["omega3", "omega3-10"],
  ["salt", "salt4"],
  ["seed", "seed31"],
  ["antihistamines", "antihistamines4"],
  ["lithium", "lithium11"],
  ["melatonin", "melatonin10"],
  ["paracetamol", "paracetamol9"],
  ["seed", "seed32"],
  ["vitamin-c", "vitamin-c10"],
  // (A probe of the stop's own readings, written after its rules.)
  ["omega3", "omega3-11"],
  ["caffeine", "caffeine17"],
  ["statins", "statins15"],
  ["antibiotics", "antibiotics11"],
  ["vitamin-c", "vitamin-c11"],
  ["sugar", "sugar4"],
  // (December 6's fifth stop: probes of its own readings, written after its rules — too little of a thing,
  // phrasal verbs.)
  ["vitamin-d", "vitamin-d13"],
  ["vitamin-c", "vitamin-c12"],
  ["zinc", "zinc9"],
  ["iron", "iron9"],
  ["metformin", "metformin11"],
  ["magnesium", "magnesium8"],
  ["caffeine", "caffeine18"],
  ["alcohol", "alcohol16"],
  ["melatonin", "melatonin11"],
  ["statins", "statins16"],
  ["aspirin", "aspirin13"],
  ["seed", "seed33"],
  // (December 6's sixth stop: a probe of its own readings — a treatment given for a thing, said actively.)
  ["antihistamines", "antihistamines5"],
  ["magnesium", "magnesium9"],
  ["metformin", "metformin12"],
  ["paracetamol", "paracetamol10"],
  ["lithium", "lithium12"],
  ["antibiotics", "antibiotics12"],
  // (December 6's seventh stop: two probes of its own readings — a switch turned on or off, "end up
  // with", next to none; kept from working, an emphatic close.)
  ["antihistamines", "antihistamines6"],
  ["magnesium", "magnesium10"],
  ["metformin", "metformin13"],
  ["paracetamol", "paracetamol11"],
  ["lithium", "lithium13"],
  ["antibiotics", "antibiotics13"],
  ["alcohol", "alcohol17"],
  ["antibiotics", "antibiotics14"],
  ["probiotics", "probiotics4"],
  ["caffeine", "caffeine19"],
  ["nicotine", "nicotine12"],
  ["seed", "seed34"],
  // (December 6's eighth stop: two probes of its own readings — a conversion "into", a verb of hindering
  // "from"; "end up", "take X and you'll …", "not only … but also".)
  ["alcohol", "alcohol18"],
  ["aspirin", "aspirin14"],
  ["melatonin", "melatonin12"],
  ["salt", "salt5"],
  ["seed", "seed35"],
  ["vitamin-d", "vitamin-d14"],
  ["caffeine", "caffeine20"],
  ["creatine", "creatine6"],
  ["lithium", "lithium14"],
  ["metformin", "metformin14"],
  ["statins", "statins17"],
  ["zinc", "zinc10"],
  // (December 7's ninth stop: two probes of its own readings — a correction with pronouns, "does nothing
  // for"; the writer's own story, the writer's word that it is so, advice.)
  ["alcohol", "alcohol19"],
  ["aspirin", "aspirin15"],
  ["melatonin", "melatonin13"],
  ["salt", "salt6"],
  ["vitamin-d", "vitamin-d15"],
  ["magnesium", "magnesium11"],
  ["antihistamines", "antihistamines7"],
  ["paracetamol", "paracetamol12"],
  ["antibiotics", "antibiotics15"],
  ["probiotics", "probiotics5"],
  ["nicotine", "nicotine13"],
  ["seed", "seed36"],
  // (A third probe of the stop's later readings: a state left in, what keeps a thing from working, a plain
  // adverb in a condition.)
  ["caffeine", "caffeine21"],
  ["creatine", "creatine7"],
  ["lithium", "lithium15"],
  ["metformin", "metformin15"],
  ["statins", "statins18"],
  ["zinc", "zinc11"],
  // (December 7's tenth stop: four probes of its own readings — kept from doing its job, a floor and a
  // hedge; markers of talk, a softened "no", chat's spellings; "it's also", the research's word; "take X
  // and it …", "overdo", "get rid of", a mock assent after the claim.)
  ["alcohol", "alcohol20"],
  ["antibiotics", "antibiotics16"],
  ["paracetamol", "paracetamol13"],
  ["salt", "salt7"],
  ["statins", "statins19"],
  ["sugar", "sugar5"],
  ["aspirin", "aspirin16"],
  ["caffeine", "caffeine22"],
  ["nicotine", "nicotine14"],
  ["probiotics", "probiotics6"],
  ["seed", "seed37"],
  ["vitamin-c", "vitamin-c13"],
  ["antihistamines", "antihistamines8"],
  ["fluoride", "fluoride6"],
  ["iron", "iron10"],
  ["magnesium", "magnesium12"],
  ["melatonin", "melatonin14"],
  ["vitamin-d", "vitamin-d16"],
  ["creatine", "creatine8"],
  ["lithium", "lithium16"],
  ["magnesium", "magnesium13"],
  ["metformin", "metformin16"],
  ["omega3", "omega3-12"],
  ["zinc", "zinc12"],
  // (A fifth, of the stop's later readings: side effects listed, "loads of", hearsay hedges.)
  ["seed", "seed38"],
  ["sugar", "sugar6"],
  ["iron", "iron11"],
  ["antibiotics", "antibiotics17"],
  ["vitamin-c", "vitamin-c14"],
  ["alcohol", "alcohol21"],
  // (December 7's eleventh stop: probes of its own readings — a quotation judged, a mock retort, laughter;
  // "has nothing to do with", side effects named.)
  ["creatine", "creatine9"],
  ["lithium", "lithium17"],
  ["metformin", "metformin17"],
  ["nicotine", "nicotine15"],
  ["omega3", "omega3-13"],
  ["zinc", "zinc13"],
  ["alcohol", "alcohol22"],
  ["iron", "iron12"],
  ["magnesium", "magnesium14"],
  ["melatonin", "melatonin15"],
  ["seed", "seed39"],
  ["vitamin-c", "vitamin-c15"],
  // (Two more, of its later readings: no evidence, "something to do with", a treatment's standing; quotations
  // judged, side effects said with the possessive.)
  ["statins", "statins20"],
  ["antibiotics", "antibiotics18"],
  ["paracetamol", "paracetamol14"],
  ["antihistamines", "antihistamines9"],
  ["caffeine", "caffeine23"],
  ["vitamin-d", "vitamin-d17"],
  ["antihistamines", "antihistamines10"],
  ["aspirin", "aspirin17"],
  ["probiotics", "probiotics7"],
  ["sugar", "sugar7"],
  ["salt", "salt8"],
  ["fluoride", "fluoride7"],
  // (December 7's twelfth stop: four hostile probes of the starting code — an assertion changed in one thing,
  // negation and polarity, whole posts, questions answered and comparisons.)
  ["caffeine", "caffeine24"],
  ["iron", "iron13"],
  ["lithium", "lithium18"],
  ["probiotics", "probiotics8"],
  ["salt", "salt9"],
  ["seed", "seed40"],
  ["alcohol", "alcohol23"],
  ["aspirin", "aspirin18"],
  ["fluoride", "fluoride8"],
  ["melatonin", "melatonin16"],
  ["sugar", "sugar8"],
  ["zinc", "zinc14"],
  ["antihistamines", "antihistamines11"],
  ["creatine", "creatine10"],
  ["metformin", "metformin18"],
  ["nicotine", "nicotine16"],
  ["statins", "statins21"],
  ["vitamin-d", "vitamin-d18"],
  ["antibiotics", "antibiotics19"],
  ["magnesium", "magnesium15"],
  ["omega3", "omega3-14"],
  ["paracetamol", "paracetamol15"],
  ["seed", "seed41"],
  ["vitamin-c", "vitamin-c16"],
  // (Two of its own readings: a report judged by its verb said again, a past belief judged, a challenge
  // answered; a "yes" or "no" that goes on, advice to ask a clinician, "every day".)
  ["iron", "iron14"],
  ["lithium", "lithium19"],
  ["seed", "seed42"],
  ["statins", "statins22"],
  ["sugar", "sugar9"],
  ["zinc", "zinc15"],
  ["aspirin", "aspirin19"],
  ["caffeine", "caffeine25"],
  ["creatine", "creatine11"],
  ["melatonin", "melatonin17"],
  ["metformin", "metformin19"],
  ["vitamin-c", "vitamin-c17"],
  // (Two more hostile probes: comparisons and degrees; who and when.)
  ["antihistamines", "antihistamines12"],
  ["fluoride", "fluoride9"],
  ["nicotine", "nicotine17"],
  ["paracetamol", "paracetamol16"],
  ["probiotics", "probiotics9"],
  ["vitamin-d", "vitamin-d19"],
  ["alcohol", "alcohol24"],
  ["caffeine", "caffeine26"],
  ["magnesium", "magnesium16"],
  ["omega3", "omega3-15"],
  ["salt", "salt10"],
  ["seed", "seed43"],
  ["fluoride", "fluoride10"],
  ["iron", "iron15"],
  ["lithium", "lithium20"],
  ["probiotics", "probiotics10"],
  ["seed", "seed44"],
  ["statins", "statins23"],
  ["aspirin", "aspirin20"],
  ["caffeine", "caffeine27"],
  ["magnesium", "magnesium17"],
  ["melatonin", "melatonin18"],
  ["metformin", "metformin20"],
  ["zinc", "zinc16"],
  ["aspirin", "aspirin21"],
  ["caffeine", "caffeine28"],
  ["magnesium", "magnesium18"],
  ["nicotine", "nicotine18"],
  ["paracetamol", "paracetamol17"],
  ["zinc", "zinc17"],
  ["antihistamines", "antihistamines13"],
  ["creatine", "creatine12"],
  ["melatonin", "melatonin19"],
  ["metformin", "metformin21"],
  ["salt", "salt11"],
  ["seed", "seed45"],
  ["alcohol", "alcohol25"],
  ["fluoride", "fluoride11"],
  ["iron", "iron16"],
  ["lithium", "lithium21"],
  ["statins", "statins24"],
  ["vitamin-c", "vitamin-c18"],
  ["antihistamines", "antihistamines14"],
  ["caffeine", "caffeine29"],
  ["lithium", "lithium22"],
  ["metformin", "metformin22"],
  ["nicotine", "nicotine19"],
  ["statins", "statins25"],
  ["alcohol", "alcohol26"],
  ["creatine", "creatine13"],
  ["iron", "iron17"],
  ["paracetamol", "paracetamol18"],
  ["vitamin-c", "vitamin-c19"],
  ["zinc", "zinc18"],
  ["caffeine", "caffeine30"],
  ["lithium", "lithium23"],
  ["magnesium", "magnesium19"],
  ["melatonin", "melatonin20"],
  ["salt", "salt12"],
  ["sugar", "sugar10"],
  ["antibiotics", "antibiotics20"],
  ["aspirin", "aspirin22"],
  ["omega3", "omega3-16"],
  ["probiotics", "probiotics11"],
  ["statins", "statins26"],
  ["vitamin-d", "vitamin-d20"],
  ["creatine", "creatine14"],
  ["fluoride", "fluoride12"],
  ["iron", "iron18"],
  ["nicotine", "nicotine20"],
  ["paracetamol", "paracetamol19"],
  ["zinc", "zinc19"],
  ["alcohol", "alcohol27"],
  ["antihistamines", "antihistamines15"],
  ["melatonin", "melatonin21"],
  ["metformin", "metformin23"],
  ["statins", "statins27"],
  ["vitamin-c", "vitamin-c20"],
].map(([domain, set]) => ({
  name: `${set} blind red-team`,
  file: `redteam-blind-${set}.json`,
  domain: domain as string,
  heldOut: false,
}));

/** The `supported`/`refuted` answers that are not the expected verdict, as "sentence → verdict". */
export const wrongDecisive = (rows: EvalRow[]) =>
  rows
    .filter((row) => (row.verdict === "supported" || row.verdict === "refuted") && !row.expected.includes(row.verdict))
    .map((row) => `${row.sentence.text} → ${row.verdict}`);

/**
 * What the benchmark sends: wrk scripts (ids drawn per request, uniformly or by Zipf's law; search
 * queries; check texts), and the NDJSON bodies of imports. Files go to bench/.cache/.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { CACHE_DIR, prng } from "./corpus";

/** The id of claim number `n` of the corpus (corpus.ts names them so). */
export const claimId = (n: number) => `c${String(n).padStart(7, "0")}`;

/** A wrk script requesting `/v1/claims/{id}` with an id drawn uniformly over all `claims` per request. */
export function uniformByIdScript(claims: number): string {
  return script(
    "byid-uniform",
    `math.randomseed(${claims})
request = function() return wrk.format("GET", string.format("/v1/claims/c%07d", math.random(0, ${claims - 1}))) end
`,
  );
}

/**
 * A wrk script requesting `/v1/claims/{id}` with ids by popularity — Zipf's law, P(rank r) ∝ 1/r^s — as
 * bots re-fetch popular claims; ranks are spread over the corpus by a fixed permutation.
 */
export function zipfByIdScript(claims: number, s: number): string {
  // A multiplier coprime with `claims` makes rank → id a permutation.
  let step = 7919;
  while (gcd(step, claims) !== 1) step += 2;
  return script(
    "byid-zipf",
    `local n, s = ${claims}, ${s}
local cdf, total = {}, 0
for r = 1, n do total = total + 1 / r ^ s; cdf[r] = total end
math.randomseed(${claims + 1})
request = function()
  local x, lo, hi = math.random() * total, 1, n
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cdf[mid] < x then lo = mid + 1 else hi = mid end
  end
  return wrk.format("GET", string.format("/v1/claims/c%07d", ((lo - 1) * ${step} + 13) % n))
end
`,
  );
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A file of paths, one a line, and a wrk script that requests them at random. */
export function pathsScript(name: string, paths: string[]): { script: string; list: string } {
  const list = resolve(CACHE_DIR, `${name}.paths`);
  writeFileSync(list, `${paths.join("\n")}\n`);
  return {
    list,
    script: script(
      name,
      `local paths = {}
for line in io.lines("${list}") do paths[#paths + 1] = line end
math.randomseed(${paths.length})
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
`,
    ),
  };
}

/**
 * A wrk script posting `{"text": …}` to `/v1/check`, each text 2,000 characters of statements of
 * random claims (the longest text the check takes).
 */
export function checkScript(corpus: string, count = 200): string {
  const db = new Database(corpus, { readonly: true });
  const random = prng(31);
  const max = (db.prepare("SELECT max(seq) AS n FROM claims").get() as { n: number }).n;
  const statementOf = db.prepare("SELECT statement FROM claims WHERE seq = ?").pluck();
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    while (text.length < 2000) text += `${statementOf.get(1 + Math.floor(random() * max)) as string} `;
    bodies.push(JSON.stringify({ text: text.slice(0, 2000).trimEnd().padEnd(2000, "."), limit: 5 }));
  }
  db.close();
  const list = resolve(CACHE_DIR, "check.bodies");
  writeFileSync(list, `${bodies.join("\n")}\n`);
  return script(
    "check",
    `local bodies = {}
for line in io.lines("${list}") do bodies[#bodies + 1] = line end
math.randomseed(${count})
request = function()
  return wrk.format("POST", "/v1/check", { ["Content-Type"] = "application/json" }, bodies[math.random(#bodies)])
end
`,
  );
}

function script(name: string, source: string): string {
  const path = resolve(CACHE_DIR, `${name}.lua`);
  writeFileSync(path, source);
  return path;
}

/**
 * An NDJSON import of `records` records — 5 % entities, 20 % references, 75 % claims citing them and
 * the corpus' own — with ids under `prefix`, so that every import writes new records.
 */
export function importBody(prefix: string, records: number, corpusClaims: number): string {
  const random = prng(records + prefix.length);
  const entityCount = Math.round(records * 0.05);
  const referenceCount = Math.round(records * 0.2);
  const claimCount = records - entityCount - referenceCount;
  const corpusEntities = Math.max(50, Math.round(corpusClaims / 50));
  const corpusReferences = Math.max(50, Math.round(corpusClaims / 5));
  const lines: string[] = [];
  for (let i = 0; i < entityCount; i++)
    lines.push(
      JSON.stringify({ record: "entity", id: `${prefix}-e${i}`, label: `${prefix} entity ${i}`, kind: "drug" }),
    );
  for (let i = 0; i < referenceCount; i++)
    lines.push(
      JSON.stringify({
        record: "reference",
        id: `${prefix}-r${i}`,
        type: "article-journal",
        title: `Imported study ${i} of ${prefix}`,
        doi: `10.9998/${prefix}.${i}`,
      }),
    );
  for (let i = 0; i < claimCount; i++) {
    const subject = random() < 0.5 ? `${prefix}-e${i % entityCount}` : `e${Math.floor(random() * corpusEntities)}`;
    const object = `e${Math.floor(random() * corpusEntities)}`;
    lines.push(
      JSON.stringify({
        record: "claim",
        id: `${prefix}-c${i}`,
        statement: `Imported claim ${i} of ${prefix}: ${subject} modulates ${object} in a study.`,
        subject,
        predicate: "modulates",
        object,
        confidence: "supported",
        citations: [
          { referenceId: `${prefix}-r${i % referenceCount}`, stance: "supports", locator: `p. ${1 + (i % 40)}` },
          { referenceId: `r${Math.floor(random() * corpusReferences)}`, stance: "mentions" },
        ],
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}

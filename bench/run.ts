/**
 * `npm run bench`: one run that measures the Cited server against two baselines on this machine.
 *
 * The server under test is pinned to CPU 0 and the load generator (wrk) to CPU 1 with `taskset`.
 * Scenarios (each warmed up, then run twice for BENCH_SECONDS at 64 connections, loopback only):
 *   bare-hono     baseline (a): a Hono route answering a constant 1 KB JSON body
 *   fastify-byid  baseline (b): Fastify + better-sqlite3, the same by-id lookup of the same rows
 *   cited-byid    GET /v1/claims/{id} (with citations) over the 1,000,000-claim corpus
 *   cited-search  GET /v1/claims?q=<two words>, ≥ 10,000 distinct queries drawn by word frequency
 *   cited-mixed   cited-byid measured while cited-search runs at full load beside it
 * Then it prints req/s, p50, p99, peak RSS and the ratios the targets are stated in, and exits.
 *
 * Environment: BENCH_CLAIMS (default 1000000), BENCH_SECONDS (default 10), BENCH_CONNECTIONS (64).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_DIR, ensureCorpus, sampleClaimIds, searchQueries } from "./corpus";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const WARMUP_SECONDS = 5;
const SERVER_CPU = "0";
const LOAD_CPU = "1";
const HOST = "127.0.0.1";

interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

interface Server {
  name: string;
  process: ChildProcess;
  base: string;
  coldStartMs: number;
}

function requireTools() {
  if (cpus().length < 2) throw new Error("The benchmark needs 2 CPUs: one for the server, one for the load generator.");
  for (const tool of ["wrk", "taskset"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    } catch {
      throw new Error(`${tool} is missing; install it with: apt-get update && apt-get install -y wrk util-linux`);
    }
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts `script` pinned to the server CPU and waits for `probe` to answer 200; the time taken is its cold start. */
async function startServer(
  name: string,
  script: string,
  port: number,
  probe: string,
  env: Record<string, string> = {},
) {
  const started = performance.now();
  const child = spawn("taskset", ["-c", SERVER_CPU, process.execPath, "--import", "tsx", resolve(here, script)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://${HOST}:${port}`;
  for (let attempt = 0; attempt < 12_000; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}${probe}`);
      await res.arrayBuffer();
      if (res.status === 200) return { name, process: child, base, coldStartMs: performance.now() - started };
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  child.kill("SIGKILL");
  throw new Error(`${name} did not answer 200 on ${probe} within 60 s`);
}

async function stopServer(server: Server) {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((done) => server.process.once("exit", done));
  server.process.kill("SIGTERM");
  await Promise.race([exited, sleep(5000)]);
  if (server.process.exitCode === null) server.process.kill("SIGKILL");
}

/** Resident set size of `pid` in MiB (threads included), from /proc. */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

/** A wrk Lua script that requests the paths listed in `file`, one a line, at random. */
function pathsScript(name: string, paths: string[]): string {
  const list = resolve(CACHE_DIR, `${name}.paths`);
  writeFileSync(list, `${paths.join("\n")}\n`);
  const script = resolve(CACHE_DIR, `${name}.lua`);
  writeFileSync(
    script,
    `local paths = {}
for line in io.lines("${list}") do paths[#paths + 1] = line end
math.randomseed(${paths.length})
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
`,
  );
  return script;
}

function toMs(value: string, unit: string): number {
  const n = Number(value);
  if (unit === "us") return n / 1000;
  if (unit === "s") return n * 1000;
  if (unit === "m") return n * 60_000;
  return n;
}

function parseWrk(output: string): WrkResult {
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? toMs(match[1] as string, match[2] as string) : Number.NaN;
  };
  const errors =
    Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0) +
    [...(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output) ?? [])]
      .slice(1)
      .reduce((sum, n) => sum + Number(n), 0);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN),
    p50Ms: percentile("50"),
    p99Ms: percentile("99"),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    errors,
  };
}

/** Runs wrk pinned to the load CPU; resolves with its parsed report. */
function wrk(url: string, script: string, seconds: number): Promise<WrkResult> {
  return new Promise((done, fail) => {
    const child = spawn(
      "taskset",
      [
        "-c",
        LOAD_CPU,
        "wrk",
        "-t1",
        `-c${CONNECTIONS}`,
        `-d${seconds}s`,
        "--timeout",
        "10s",
        "--latency",
        "-s",
        script,
        url,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done(parseWrk(output)) : fail(new Error(`wrk exited with ${code}`))));
  });
}

/** Samples the server's RSS while `work` runs; returns the work's result and the peak. */
async function withPeakRss<T>(server: Server, work: Promise<T>): Promise<{ result: T; peakRssMiB: number }> {
  let peak = rssMiB(server.process.pid as number);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(server.process.pid as number));
  }, 200);
  try {
    return { result: await work, peakRssMiB: Math.max(peak, rssMiB(server.process.pid as number)) };
  } finally {
    clearInterval(timer);
  }
}

interface ScenarioResult {
  name: string;
  runs: (WrkResult & { peakRssMiB: number })[];
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

/** Warms `server` up on `script`, then measures it twice. */
async function scenario(name: string, server: Server, script: string, path = "/"): Promise<ScenarioResult> {
  console.log(`· ${name}: warm-up ${WARMUP_SECONDS} s, then 2 × ${SECONDS} s at ${CONNECTIONS} connections`);
  await wrk(`${server.base}${path}`, script, WARMUP_SECONDS);
  const runs = [];
  for (let run = 0; run < 2; run++) {
    const { result, peakRssMiB } = await withPeakRss(server, wrk(`${server.base}${path}`, script, SECONDS));
    runs.push({ ...result, peakRssMiB });
  }
  return { name, runs };
}

/** By-id load measured while search load runs beside it, twice. */
async function mixedScenario(server: Server, byIdScript: string, searchScript: string) {
  console.log(
    `· cited-mixed: by-id and search together, 2 × ${SECONDS} s at ${CONNECTIONS} + ${CONNECTIONS} connections`,
  );
  const byId: ScenarioResult = { name: "cited-byid-under-search", runs: [] };
  const search: ScenarioResult = { name: "cited-search-beside-byid", runs: [] };
  for (let run = 0; run < 2; run++) {
    const searching = wrk(server.base, searchScript, SECONDS + 2);
    await sleep(1000); // let search reach full load first
    const { result, peakRssMiB } = await withPeakRss(server, wrk(server.base, byIdScript, SECONDS));
    byId.runs.push({ ...result, peakRssMiB });
    search.runs.push({ ...(await searching), peakRssMiB });
  }
  return [byId, search];
}

async function coldStarts(name: string, script: string, port: number, probe: string, env?: Record<string, string>) {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const server = await startServer(name, script, port, probe, env);
    times.push(server.coldStartMs);
    await stopServer(server);
  }
  return times.sort((a, b) => a - b)[1] as number;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

async function main() {
  requireTools();
  // Anything else running on the machine shares the two CPUs with the server and wrk: say so.
  const loadBefore = load();
  const corpus = ensureCorpus(CLAIMS);
  const ids = sampleClaimIds(corpus, 2000);
  const queries = searchQueries(corpus, 12_000);
  console.log(`corpus: ${corpus} (${CLAIMS} claims); ${queries.length} distinct search queries`);
  const byIdScript = pathsScript(
    "byid",
    ids.map((id) => `/v1/claims/${id}`),
  );
  const searchScript = pathsScript(
    "search",
    queries.map((q) => `/v1/claims?q=${encodeURIComponent(q)}`),
  );
  const constantScript = pathsScript("constant", ["/constant"]);
  const probe = `/v1/claims/${ids[0]}`;
  const citedEnv = { DATABASE_PATH: corpus };

  console.log("· cold starts (median of 3, from spawn to the first 200)");
  const coldBare = await coldStarts("bare-hono", "servers/bare-hono.ts", 3201, "/constant");
  const coldCited = await coldStarts("cited", "../src/server.ts", 3200, probe, citedEnv);

  const results: ScenarioResult[] = [];
  const bare = await startServer("bare-hono", "servers/bare-hono.ts", 3201, "/constant");
  try {
    results.push(await scenario("bare-hono", bare, constantScript));
  } finally {
    await stopServer(bare);
  }
  const fastify = await startServer("fastify", "servers/fastify-peer.ts", 3202, probe, citedEnv);
  try {
    results.push(await scenario("fastify-byid", fastify, byIdScript));
  } finally {
    await stopServer(fastify);
  }
  const cited = await startServer("cited", "../src/server.ts", 3200, probe, citedEnv);
  try {
    results.push(await scenario("cited-byid", cited, byIdScript));
    results.push(await scenario("cited-search", cited, searchScript));
    results.push(...(await mixedScenario(cited, byIdScript, searchScript)));
  } finally {
    await stopServer(cited);
  }

  console.log("");
  console.log(
    `${"scenario".padEnd(26)}${"run".padStart(4)}${"req/s".padStart(10)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"RSS MiB".padStart(9)}${"errors".padStart(8)}`,
  );
  const summary = new Map<string, { rps: number; p50: number; p99: number; rss: number }>();
  for (const result of results) {
    result.runs.forEach((run, i) => {
      console.log(
        `${result.name.padEnd(26)}${String(i + 1).padStart(4)}${fmt(run.requestsPerSecond, 0).padStart(10)}${fmt(run.p50Ms, 2).padStart(9)}${fmt(run.p99Ms, 2).padStart(9)}${fmt(run.peakRssMiB, 0).padStart(9)}${String(run.errors).padStart(8)}`,
      );
    });
    summary.set(result.name, {
      rps: mean(result.runs.map((run) => run.requestsPerSecond)),
      p50: mean(result.runs.map((run) => run.p50Ms)),
      p99: mean(result.runs.map((run) => run.p99Ms)),
      rss: Math.max(...result.runs.map((run) => run.peakRssMiB)),
    });
  }
  const get = (name: string) =>
    summary.get(name) ?? { rps: Number.NaN, p50: Number.NaN, p99: Number.NaN, rss: Number.NaN };
  const citedRss = Math.max(get("cited-byid").rss, get("cited-search").rss, get("cited-byid-under-search").rss);
  const checks: [string, string, boolean][] = [
    [
      "by-id req/s ÷ Fastify peer's",
      `${fmt(get("cited-byid").rps / get("fastify-byid").rps, 2)} (target ≥ 1.5)`,
      get("cited-byid").rps / get("fastify-byid").rps >= 1.5,
    ],
    [
      "by-id req/s ÷ bare Hono route's",
      `${fmt(get("cited-byid").rps / get("bare-hono").rps, 2)} (target ≥ 0.6)`,
      get("cited-byid").rps / get("bare-hono").rps >= 0.6,
    ],
    ["search p99", `${fmt(get("cited-search").p99, 1)} ms (target ≤ 50 ms)`, get("cited-search").p99 <= 50],
    [
      "by-id p99 under search ÷ alone",
      `${fmt(get("cited-byid-under-search").p99 / get("cited-byid").p99, 2)} (${fmt(get("cited-byid-under-search").p99, 1)} / ${fmt(get("cited-byid").p99, 1)} ms; target ≤ 3)`,
      get("cited-byid-under-search").p99 / get("cited-byid").p99 <= 3,
    ],
    ["server peak RSS under load", `${fmt(citedRss, 0)} MiB (target ≤ 250 MiB)`, citedRss <= 250],
    [
      "cold start ÷ bare Hono's",
      `${fmt(coldCited / coldBare, 2)} (${fmt(coldCited, 0)} / ${fmt(coldBare, 0)} ms; target ≤ 3)`,
      coldCited / coldBare <= 3,
    ],
  ];
  console.log("");
  for (const [what, value, met] of checks) console.log(`${met ? "met   " : "MISSED"}  ${what.padEnd(34)}${value}`);
  console.log(
    `\nload average (1, 5, 15 min) before: ${loadBefore}; after: ${load()} — above ~2 means other work shared the CPUs.`,
  );
  const errors = results.reduce((sum, result) => sum + result.runs.reduce((s, run) => s + run.errors, 0), 0);
  if (errors > 0) console.log(`\n${errors} responses were errors or timeouts (see the errors column).`);
}

await main();

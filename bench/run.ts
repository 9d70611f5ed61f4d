/**
 * `npm run bench`: one run that measures the Cited server against its peers on this machine.
 *
 * Every server runs as compiled JavaScript on plain `node`, pinned to CPU 0; the load generators (wrk,
 * and an open-loop generator of our own) to CPU 1 (`taskset`), all on 127.0.0.1. Cited serves a copy
 * of the corpus made for the run (the import scenario writes to it). Closed-loop scenarios are warmed
 * up, then measured twice for BENCH_SECONDS; the scenarios, the targets they check and what each figure
 * means are in the README's "Benchmark" section. It prints every run, the ratios the targets are stated
 * in (met or MISSED), and the load average before and after (other work on the machine shares its CPUs).
 *
 * Environment: BENCH_CLAIMS (default 1000000), BENCH_SECONDS (10), BENCH_CONNECTIONS (64).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, readSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openNodeStore } from "../src/db/node";
import { createKey } from "../src/keys";
import { CACHE_DIR, ensureCorpus, ensureDocuments, sampleClaimIds, searchQueries } from "./corpus";
import { checkScript, importBody, pathsScript, uniformByIdScript, zipfByIdScript } from "./workloads";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const WARMUP_SECONDS = 5;
/**
 * Warm-up of the by-id scenarios that come first on a fresh server (Fastify's and Cited's uniform
 * draws): measured by hand on a fresh Cited server, by-id p99 took ~20 s to settle (130, 20, 10 and
 * 7.9 ms in successive 6-second passes), so after 5 s the first measured pass was still warming —
 * p99 19–27 ms against 8.5–9.9 in the second — and flattered every ratio that divides by it.
 */
const BYID_WARMUP_SECONDS = 20;
const SEARCH_RATE = 200;
const CHECK_CONNECTIONS = 50;
const CHECK_LATENCY_CONNECTIONS = 1;
const IMPORT_RECORDS = 20_000;
const OVERLOAD_CONNECTIONS = 1000;
const OVERLOAD_SECONDS = 20;
const ZIPF_S = 1.1;
const SERVER_CPU = "0";
const LOAD_CPU = "1";
const HOST = "127.0.0.1";
const SERVERS_DIR = resolve(CACHE_DIR, "servers");

interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than 2xx/3xx, and socket errors and time-outs. */
  errors: number;
  non2xx: number;
  timeouts: number;
}

interface Run extends WrkResult {
  peakRssMiB: number;
  note?: string;
}

interface Server {
  name: string;
  process: ChildProcess;
  base: string;
  coldStartMs: number;
  /** The database file it reads, if any: read through again before each of its scenarios. */
  database?: string;
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

/** Compiles the baseline servers and the open-loop generator to plain JavaScript, as Cited's own build does. */
async function buildBenchServers() {
  const esbuild = await import("esbuild");
  mkdirSync(SERVERS_DIR, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      "bare-hono": "bench/servers/bare-hono.ts",
      "fastify-peer": "bench/servers/fastify-peer.ts",
      "fts-peer": "bench/servers/fts-peer.ts",
      "open-loop": "bench/open-loop.ts",
    },
    outdir: SERVERS_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}

/** The arguments of `node` in package.json's start script. */
function startCommand(): { args: string[]; env: Record<string, string> } {
  const start = (JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { scripts: { start: string } })
    .scripts.start;
  const words = start.split(/\s+/);
  // Its environment first (`MALLOC_ARENA_MAX=2 node …`), as the shell npm runs it with would set it.
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0] ?? "")) {
    const [name, value] = (words.shift() as string).split("=") as [string, string];
    env[name] = value;
  }
  const [command, ...args] = words;
  if (command !== "node") throw new Error(`npm start does not run node: ${start}`);
  return { args, env };
}

/** Starts `node <args>` pinned to the server CPU and waits for `probe` to answer 200: its cold start. */
async function startServer(
  name: string,
  script: string | string[],
  port: number,
  probe: string,
  env: Record<string, string> = {},
) {
  const started = performance.now();
  const child = spawn("taskset", ["-c", SERVER_CPU, process.execPath, ...[script].flat()], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://${HOST}:${port}`;
  for (let attempt = 0; attempt < 30_000; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}${probe}`);
      await res.arrayBuffer();
      if (res.status === 200)
        return { name, process: child, base, coldStartMs: performance.now() - started, database: env.DATABASE_PATH };
    } catch {
      // not listening yet
    }
    await sleep(2);
  }
  child.kill("SIGKILL");
  throw new Error(`${name} did not answer 200 on ${probe} within 60 s`);
}

async function stopServer(server: Server) {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((done) => server.process.once("exit", done));
  server.process.kill("SIGTERM");
  await Promise.race([exited, sleep(10_000)]);
  if (server.process.exitCode === null) server.process.kill("SIGKILL");
}

/**
 * Reads the file `server` serves through again, before each scenario: a server runs its scenarios for
 * minutes, and the VM gives back the page cache of a file it does not read (measured here: 2.7 GB of
 * the 3.2 GB corpus resident, 2.3 GB two minutes later, idle), so that a later scenario would read
 * from the disk what an earlier one read from memory — and the peers' scenarios come first.
 */
function warmServedFile(server: Server) {
  if (server.database) warmPageCache(server.database);
}

/** Reads `path` through, so that the kernel's page cache holds it. */
function warmPageCache(path: string) {
  const fd = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(1 << 20);
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

/** Resident set size of `pid` in MiB (its threads included), from /proc. */
function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
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
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socket = [...(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output) ?? [])]
    .slice(1)
    .map(Number);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN),
    p50Ms: percentile("50"),
    p99Ms: percentile("99"),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    non2xx,
    timeouts: socket[3] ?? 0,
    errors: non2xx + socket.reduce((sum, n) => sum + n, 0),
  };
}

/** Runs wrk pinned to the load CPU; resolves with its parsed report. */
function wrk(url: string, script: string, seconds: number, connections = CONNECTIONS): Promise<WrkResult> {
  return new Promise((done, fail) => {
    const child = spawn(
      "taskset",
      [
        "-c",
        LOAD_CPU,
        "wrk",
        "-t1",
        `-c${connections}`,
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

/** Runs the open-loop generator pinned to the load CPU. */
function openLoop(base: string, list: string, rate: number, seconds: number) {
  return new Promise<{ requests: number; errors: number; p50Ms: number; p99Ms: number; maxMs: number }>(
    (done, fail) => {
      const child = spawn(
        "taskset",
        [
          "-c",
          LOAD_CPU,
          process.execPath,
          resolve(SERVERS_DIR, "open-loop.mjs"),
          base,
          list,
          String(rate),
          String(seconds),
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      let output = "";
      child.stdout.on("data", (chunk) => {
        output += chunk;
      });
      child.on("error", fail);
      child.on("exit", (code) =>
        code === 0 ? done(JSON.parse(output)) : fail(new Error(`the open-loop generator exited with ${code}`)),
      );
    },
  );
}

/** Samples the server's RSS while `work` runs; returns the work's result and the peak. */
async function withPeakRss<T>(server: Server, work: Promise<T>): Promise<{ result: T; peakRssMiB: number }> {
  const pid = server.process.pid as number;
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 100);
  try {
    return { result: await work, peakRssMiB: Math.max(peak, rssMiB(pid)) };
  } finally {
    clearInterval(timer);
  }
}

interface ScenarioResult {
  name: string;
  runs: Run[];
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

/** Warms `server` up on `script` for `warmup` seconds, then measures it twice. */
async function scenario(
  name: string,
  server: Server,
  script: string,
  { connections = CONNECTIONS, warmup = WARMUP_SECONDS }: { connections?: number; warmup?: number } = {},
) {
  console.log(`· ${name}: warm-up ${warmup} s, then 2 × ${SECONDS} s at ${connections} connections`);
  warmServedFile(server);
  await wrk(server.base, script, warmup, connections);
  const runs: Run[] = [];
  for (let run = 0; run < 2; run++) {
    const { result, peakRssMiB } = await withPeakRss(server, wrk(server.base, script, SECONDS, connections));
    runs.push({ ...result, peakRssMiB });
  }
  return { name, runs };
}

/** By-id load measured while `beside` loads the server, twice; `beside` resolves when its load ends. */
async function besideScenario(
  name: string,
  server: Server,
  byIdScript: string,
  beside: () => Promise<{ note?: string; result?: WrkResult }>,
): Promise<ScenarioResult[]> {
  console.log(`· ${name}: by-id at ${CONNECTIONS} connections beside it, 2 × ${SECONDS} s`);
  const byId: ScenarioResult = { name, runs: [] };
  const other: ScenarioResult = { name: `${name} (its own)`, runs: [] };
  warmServedFile(server);
  for (let run = 0; run < 2; run++) {
    const load = beside();
    await sleep(1000); // let the other load reach full speed first
    const { result, peakRssMiB } = await withPeakRss(server, wrk(server.base, byIdScript, SECONDS));
    const loaded = await load;
    byId.runs.push({ ...result, peakRssMiB, note: loaded.note });
    if (loaded.result) other.runs.push({ ...loaded.result, peakRssMiB });
  }
  return other.runs.length ? [byId, other] : [byId];
}

/** A GET through `agent` (its kept-alive connection): status, two headers and the body. */
function httpGet(url: string, agent: Agent, timeoutMs = 10_000) {
  return new Promise<{ status: number; contentType: string | null; retryAfter: string | null; body: string }>(
    (done, fail) => {
      const req = httpRequest(url, { agent, timeout: timeoutMs }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () =>
          done({
            status: res.statusCode as number,
            contentType: (res.headers["content-type"] as string | undefined) ?? null,
            retryAfter: (res.headers["retry-after"] as string | undefined) ?? null,
            body,
          }),
        );
      });
      req.on("timeout", () => req.destroy(new Error("time-out")));
      req.on("error", fail);
      req.end();
    },
  );
}

/** Posts an import of IMPORT_RECORDS new records; resolves with its status and duration. */
async function postImport(base: string, token: string, body: string) {
  const started = performance.now();
  const res = await fetch(`${base}/v1/import`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-ndjson" },
    body,
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`the import answered ${res.status}: ${text.slice(0, 500)}`);
  return performance.now() - started;
}

/**
 * 1,000 connections searching for OVERLOAD_SECONDS: the server's peak RSS, the slowest `/health`
 * (asked every 50 ms), how much was answered and how much shed, and one shed answer's form.
 */
async function overloadScenario(server: Server, searchScript: string, searchPath: string) {
  console.log(`· overload: ${OVERLOAD_CONNECTIONS} search connections for ${OVERLOAD_SECONDS} s, /health every 50 ms`);
  warmServedFile(server);
  const health: number[] = [];
  let healthFailures = 0;
  let shed: { status: number; type: string | null; retryAfter: string | null; body: string } | null = null;
  let probing = true;
  // The probes keep their own connections, opened before the flood, as a load balancer's health
  // checks do: under 1,000 connections Node accepts new ones late (bare Hono as well), seconds late.
  const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const sampleAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  await httpGet(`${server.base}/health`, healthAgent);
  await httpGet(`${server.base}/health`, sampleAgent);
  const prober = (async () => {
    await sleep(500);
    while (probing) {
      const started = performance.now();
      try {
        if ((await httpGet(`${server.base}/health`, healthAgent, 5000)).status !== 200) healthFailures++;
      } catch {
        healthFailures++;
      }
      health.push(performance.now() - started);
      if (!shed) {
        const res = await httpGet(`${server.base}${searchPath}`, sampleAgent, 5000).catch(() => null);
        if (res?.status === 503)
          shed = { status: 503, type: res.contentType, retryAfter: res.retryAfter, body: res.body };
      }
      await sleep(50);
    }
  })();
  const { result, peakRssMiB } = await withPeakRss(
    server,
    wrk(server.base, searchScript, OVERLOAD_SECONDS, OVERLOAD_CONNECTIONS),
  );
  probing = false;
  await prober;
  healthAgent.destroy();
  sampleAgent.destroy();
  health.sort((a, b) => a - b);
  return {
    run: { ...result, peakRssMiB } as Run,
    healthMaxMs: health.at(-1) ?? Number.NaN,
    healthP99Ms: health[Math.floor(health.length * 0.99)] ?? Number.NaN,
    healthProbes: health.length,
    healthFailures,
    shed: shed as { status: number; type: string | null; retryAfter: string | null; body: string } | null,
  };
}

async function coldStarts(
  name: string,
  script: string | string[],
  port: number,
  probe: string,
  env?: Record<string, string>,
) {
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
  const benchStarted = performance.now();
  const corpus = ensureCorpus(CLAIMS);
  await ensureDocuments(corpus);
  console.log("· building the server (npm run build) and the baselines");
  const { build } = await import("../scripts/build.mjs");
  await build();
  await buildBenchServers();
  // The import scenario writes: each run serves a fresh copy of the corpus.
  const database = resolve(CACHE_DIR, "run.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${database}${suffix}`, { force: true });
  copyFileSync(corpus, database);
  // Both files are read once, so that every server reads them from the page cache, not the disk — and
  // each again before each scenario of a server that reads it (warmServedFile): a VM may drop a file of
  // gigabytes from the page cache within minutes (measured here: 3.2 GB down to 0.3 GB resident while
  // idle), and the peers run first.
  for (const file of [corpus, database]) warmPageCache(file);
  const keyStore = openNodeStore(database);
  const token = await createKey(keyStore.db, `bench-${Date.now()}`, "admin");
  keyStore.close();

  const queries = searchQueries(corpus, 12_000);
  console.log(`corpus: ${corpus} (${CLAIMS} claims); ${queries.length} distinct search queries`);
  const uniform = uniformByIdScript(CLAIMS);
  const zipf = zipfByIdScript(CLAIMS, ZIPF_S);
  const search = pathsScript(
    "search",
    queries.map((q) => `/v1/claims?q=${encodeURIComponent(q)}`),
  );
  const check = checkScript(corpus);
  const constant = pathsScript("constant", ["/constant"]).script;
  const probe = `/v1/claims/${sampleClaimIds(corpus, 1)[0]}`;
  const peerEnv = { DATABASE_PATH: corpus };
  // Cited starts as `npm start` starts it (its environment and node flags included), without npm around it.
  const { args: citedArgs, env: startEnv } = startCommand();
  const citedEnv = { ...startEnv, DATABASE_PATH: database };
  const server = (name: string) => resolve(SERVERS_DIR, `${name}.mjs`);

  console.log("· cold starts (median of 3, from spawn to the first 200; both as plain `node` on JavaScript)");
  const coldBare = await coldStarts("bare-hono", server("bare-hono"), 3201, "/constant");
  const coldCited = await coldStarts("cited", citedArgs, 3200, probe, citedEnv);

  const results: ScenarioResult[] = [];
  const bare = await startServer("bare-hono", server("bare-hono"), 3201, "/constant");
  try {
    results.push(await scenario("bare-hono", bare, constant));
  } finally {
    await stopServer(bare);
  }
  const fastify = await startServer("fastify", server("fastify-peer"), 3202, probe, peerEnv);
  try {
    results.push(await scenario("fastify-byid", fastify, uniform, { warmup: BYID_WARMUP_SECONDS }));
  } finally {
    await stopServer(fastify);
  }
  const ftsPeer = await startServer("fts-peer", server("fts-peer"), 3203, "/v1/claims?q=serotonin", peerEnv);
  try {
    results.push(await scenario("fts-peer-search", ftsPeer, search.script));
  } finally {
    await stopServer(ftsPeer);
  }

  const cited = await startServer("cited", citedArgs, 3200, probe, citedEnv);
  let openLoopRuns: Awaited<ReturnType<typeof openLoop>>[] = [];
  let importMs: number[] = [];
  let overload: Awaited<ReturnType<typeof overloadScenario>>;
  try {
    results.push(await scenario("cited-byid", cited, uniform, { warmup: BYID_WARMUP_SECONDS }));
    results.push(await scenario("cited-byid-zipf", cited, zipf));
    results.push(await scenario("cited-search", cited, search.script));
    // Check latency where nothing waits or is turned away: one connection of 2,000-character texts.
    results.push(await scenario("cited-check", cited, check, { connections: CHECK_LATENCY_CONNECTIONS }));

    console.log(`· cited-search-open: ${SEARCH_RATE} searches/s, open loop, 2 × ${SECONDS + 5} s`);
    warmServedFile(cited);
    await openLoop(cited.base, search.list, SEARCH_RATE, WARMUP_SECONDS);
    openLoopRuns = [];
    for (let run = 0; run < 2; run++)
      openLoopRuns.push(await openLoop(cited.base, search.list, SEARCH_RATE, SECONDS + 5));

    results.push(
      ...(await besideScenario("cited-byid-beside-search", cited, uniform, async () => ({
        result: await wrk(cited.base, search.script, SECONDS + 2),
      }))),
    );
    results.push(
      ...(await besideScenario("cited-byid-beside-check", cited, uniform, async () => ({
        result: await wrk(cited.base, check, SECONDS + 2, CHECK_CONNECTIONS),
      }))),
    );
    importMs = [];
    let imports = 0;
    results.push(
      ...(await besideScenario("cited-byid-beside-import", cited, uniform, async () => {
        // One import of IMPORT_RECORDS new records per run; by-id is measured while it is planned and
        // written, and the run waits for it to land before the next measurement.
        const took = await postImport(
          cited.base,
          token,
          importBody(`bench-import-${imports++}`, IMPORT_RECORDS, CLAIMS),
        );
        importMs.push(took);
        return { note: `beside an import of ${IMPORT_RECORDS} records that took ${fmt(took / 1000, 1)} s` };
      })),
    );
  } finally {
    await stopServer(cited);
  }
  // The overload meets a fresh server, as an outside load test would: a process keeps the memory an
  // import took (its RSS does not shrink), and that is the import scenario's own figure.
  const fresh = await startServer("cited", citedArgs, 3200, probe, citedEnv);
  try {
    overload = await overloadScenario(fresh, search.script, `/v1/claims?q=${encodeURIComponent(queries[0] as string)}`);
  } finally {
    await stopServer(fresh);
  }

  console.log("");
  console.log(
    `${"scenario".padEnd(32)}${"run".padStart(4)}${"req/s".padStart(10)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"RSS MiB".padStart(9)}${"errors".padStart(8)}`,
  );
  const summary = new Map<string, { rps: number; okRps: number; p50: number; p99: number; rss: number }>();
  for (const result of results) {
    result.runs.forEach((run, i) => {
      console.log(
        `${result.name.padEnd(32)}${String(i + 1).padStart(4)}${fmt(run.requestsPerSecond, 0).padStart(10)}${fmt(run.p50Ms, 2).padStart(9)}${fmt(run.p99Ms, 2).padStart(9)}${fmt(run.peakRssMiB, 0).padStart(9)}${String(run.errors).padStart(8)}${run.note ? `  ${run.note}` : ""}`,
      );
    });
    summary.set(result.name, {
      rps: mean(result.runs.map((run) => run.requestsPerSecond)),
      // Answers other than 2xx (a 503 of a shed search) do not count as served.
      okRps: mean(result.runs.map((run) => (run.requestsPerSecond * (run.requests - run.errors)) / run.requests)),
      p50: mean(result.runs.map((run) => run.p50Ms)),
      p99: mean(result.runs.map((run) => run.p99Ms)),
      rss: Math.max(...result.runs.map((run) => run.peakRssMiB)),
    });
  }
  for (const [i, run] of openLoopRuns.entries()) {
    console.log(
      `${"cited-search-open (200/s)".padEnd(32)}${String(i + 1).padStart(4)}${fmt(run.requests / (SECONDS + 5), 0).padStart(10)}${fmt(run.p50Ms, 2).padStart(9)}${fmt(run.p99Ms, 2).padStart(9)}${"".padStart(9)}${String(run.errors).padStart(8)}  max ${fmt(run.maxMs, 1)} ms`,
    );
  }
  const o = overload;
  console.log(
    `${"cited-overload (1000 conns)".padEnd(32)}${"1".padStart(4)}${fmt(o.run.requestsPerSecond, 0).padStart(10)}${fmt(o.run.p50Ms, 2).padStart(9)}${fmt(o.run.p99Ms, 2).padStart(9)}${fmt(o.run.peakRssMiB, 0).padStart(9)}${String(o.run.errors).padStart(8)}  ${o.run.non2xx} shed (non-2xx), ${o.run.timeouts} time-outs; /health max ${fmt(o.healthMaxMs, 1)} ms, p99 ${fmt(o.healthP99Ms, 1)} ms over ${o.healthProbes} probes, ${o.healthFailures} failed`,
  );
  if (o.shed)
    console.log(`  a shed answer: ${o.shed.status} ${o.shed.type}, Retry-After: ${o.shed.retryAfter}; ${o.shed.body}`);
  else console.log("  no shed answer was seen by the prober");

  const get = (name: string) =>
    summary.get(name) ?? { rps: Number.NaN, okRps: Number.NaN, p50: Number.NaN, p99: Number.NaN, rss: Number.NaN };
  const alone = get("cited-byid").p99;
  const ratio = (a: number, b: number) => a / b;
  const openP99 = Math.max(...openLoopRuns.map((run) => run.p99Ms));
  const citedRss = Math.max(...results.filter((r) => r.name.startsWith("cited")).map((r) => get(r.name).rss));
  const checks: [string, string, boolean][] = [
    [
      "1. by-id (uniform) ÷ Fastify peer",
      `${fmt(ratio(get("cited-byid").rps, get("fastify-byid").rps), 2)} (target ≥ 1.5)`,
      ratio(get("cited-byid").rps, get("fastify-byid").rps) >= 1.5,
    ],
    [
      "1. by-id (uniform) ÷ bare Hono",
      `${fmt(ratio(get("cited-byid").rps, get("bare-hono").rps), 2)} (target ≥ 0.6)`,
      ratio(get("cited-byid").rps, get("bare-hono").rps) >= 0.6,
    ],
    [
      "2. by-id (Zipf hot set) ÷ bare Hono",
      `${fmt(ratio(get("cited-byid-zipf").rps, get("bare-hono").rps), 2)} (target ≥ 0.8)`,
      ratio(get("cited-byid-zipf").rps, get("bare-hono").rps) >= 0.8,
    ],
    [
      `3. search p99 at ${SEARCH_RATE}/s (open loop)`,
      `${fmt(openP99, 1)} ms, worse run (target ≤ 50 ms)`,
      openP99 <= 50,
    ],
    [
      "3. search (closed loop, 200s) ÷ FTS5 peer",
      `${fmt(ratio(get("cited-search").okRps, get("fts-peer-search").okRps), 2)} (${fmt(get("cited-search").okRps, 0)} / ${fmt(get("fts-peer-search").okRps, 0)}; target ≥ 3)`,
      ratio(get("cited-search").okRps, get("fts-peer-search").okRps) >= 3,
    ],
    ...(["search", "check", "import"] as const).map((other): [string, string, boolean] => {
      const beside = get(`cited-byid-beside-${other}`).p99;
      return [
        `4. by-id p99 beside ${other} ÷ alone`,
        `${fmt(beside / alone, 2)} (${fmt(beside, 1)} / ${fmt(alone, 1)} ms; target ≤ 3)`,
        beside / alone <= 3,
      ];
    }),
    ["5. overload: peak RSS", `${fmt(o.run.peakRssMiB, 0)} MiB (target ≤ 250)`, o.run.peakRssMiB <= 250],
    [
      "5. overload: slowest /health",
      `${fmt(o.healthMaxMs, 1)} ms (target ≤ 100), ${o.healthFailures} failed`,
      o.healthMaxMs <= 100 && o.healthFailures === 0,
    ],
    [
      "5. overload: shed with 503 + Retry-After",
      o.shed ? `${o.run.non2xx} shed, ${o.run.timeouts} time-outs, p99 ${fmt(o.run.p99Ms, 0)} ms` : "none seen",
      !!o.shed && o.shed.type === "application/problem+json" && o.shed.retryAfter !== null && o.run.timeouts === 0,
    ],
    ["5. RSS in every other scenario", `${fmt(citedRss, 0)} MiB (target ≤ 250)`, citedRss <= 250],
    [
      "6. cold start ÷ bare Hono",
      `${fmt(coldCited / coldBare, 2)} (${fmt(coldCited, 0)} / ${fmt(coldBare, 0)} ms; target ≤ 3)`,
      coldCited / coldBare <= 3,
    ],
  ];
  console.log("");
  for (const [what, value, met] of checks) console.log(`${met ? "met   " : "MISSED"}  ${what.padEnd(40)}${value}`);
  if (importMs.length)
    console.log(`\nimports of ${IMPORT_RECORDS} records took ${importMs.map((ms) => fmt(ms / 1000, 1)).join(", ")} s`);
  console.log(
    `\nload average (1, 5, 15 min) before: ${loadBefore}; after: ${load()} — above ~2 means other work shared the CPUs.`,
  );
  console.log(`the run took ${fmt((performance.now() - benchStarted) / 60_000, 1)} min`);
  rmSync(database, { force: true });
  for (const suffix of ["-wal", "-shm"]) rmSync(`${database}${suffix}`, { force: true });
}

await main();

/**
 * Heavy work off the event loop on Node: a pool of worker threads (node-worker.ts), each with its own
 * read-only connection, that runs full-text search queries and checks. better-sqlite3 is synchronous,
 * so either would stall every other request for its whole duration on the main thread; here the event
 * loop only waits for a message.
 *
 * Admission control keeps the work bounded: at most `maxQueue` tasks wait for a worker, and a task
 * that has waited `maxWaitMs` is given up; either way the request is answered 503 `overloaded` with
 * `Retry-After` at once, instead of piling up memory and latency. The later queries of a request whose
 * first one was admitted (`admitted`) go first and are never turned away. A task that runs over its
 * time budget is stopped — its worker is replaced — and answered 503 `<kind>-timeout`.
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { CheckTimeout } from "./check/check";
import type { CheckOptions, CheckOutcome, CheckRunner } from "./check/runner";
import { type SearchRunner, SearchTimeout } from "./db/search";
import { alignReading } from "./domain/check/align";
import { OverBudget } from "./lib/budget";
import { ClientGone, Overloaded, stopped } from "./lib/busy";
import type { ReadReply, ReadTask, ReadWorkerSetup } from "./node-worker";

export interface WorkPoolOptions {
  /** The SQLite file (not `:memory:`: workers need a file to share). */
  path: string;
  /** Worker threads; default: the CPUs this process may run on, 1 to 4. */
  threads?: number;
  /** SQLite page cache of each worker's connection, in KiB; default 8 MiB (SQLite's own is 2 MiB). */
  cacheKiB?: number;
  /**
   * Most old-generation heap of each worker, in MiB; default 48. A task that needs more stops its
   * worker, which is replaced, and is answered as over its budget (503).
   */
  heapMiB?: number;
  /**
   * Nice value the workers run at (0–19); default 12: when the CPU is short, a search or check takes
   * little of what the main thread needs (by-id p99 beside 50 connections of checks was 1.5–3.1 × alone
   * at nice 10, 1.1–1.3 × at 12, measured by hand), yet enough to serve searches under a flood of them
   * (in 20 s under 1,000 connections: 254 at 12, 312 at 10, 118–144 at 15, 16–18 at 19, where admitted
   * searches waited past their clients' 10 s).
   */
  nice?: number;
  /** Time budget of one search query once it runs, in ms; default 5 s. */
  searchBudgetMs?: number;
  /** Time budget of one check once it runs, in ms; default 5 s. */
  checkBudgetMs?: number;
  /** Most tasks waiting for a worker; past it new requests are turned away. Default 64. */
  maxQueue?: number;
  /** Longest a task waits for a worker before it is given up, in ms; default 500 ms. */
  maxWaitMs?: number;
  /**
   * How long the pool may stay without work before its workers end, in ms (they start again on the
   * next task); default 10 s. A worker's heap, code and page cache hold 20–40 MiB that an idle server
   * (or an import beside it) needs more.
   */
  idleMs?: number;
}

export interface WorkPool {
  runSearch: SearchRunner;
  runCheck: CheckRunner;
  /** Starts the workers now if they have not started yet (they also start on first use). */
  warm(): void;
  /**
   * Ends the workers that have no task now, giving back their memory to work that needs it more (an
   * import); the next task starts them again.
   */
  releaseIdle(): void;
  /** Tasks waiting and running now, and the workers started (for tests and the benchmark). */
  load(): { queued: number; running: number; workers: number };
  /** Whether a new request's work would be turned away now. */
  saturated(): boolean;
  close(): Promise<void>;
}

type TaskInput =
  | { kind: "sql"; sql: string; params: unknown[] }
  | { kind: "check"; text: string; options: CheckOptions };

interface Task {
  id: number;
  input: TaskInput;
  /** Aborts when a search's client goes away (a check has its own stop flag, in its options). */
  signal?: AbortSignal;
  budgetMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  waitTimer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  runTimer?: NodeJS.Timeout;
  startedAt: number;
}

function overBudget(task: Task): OverBudget {
  return task.input.kind === "sql" ? new SearchTimeout(task.budgetMs) : new CheckTimeout(task.budgetMs);
}

/** What a task is, as `Overloaded` says it. */
const kindOf = (input: TaskInput) => (input.kind === "sql" ? "searches" : "checks");

/** Whether the client of `task` went away: its answer is wanted no more. */
const abandoned = (task: Task) =>
  task.input.kind === "check" ? stopped(task.input.options.stop) : task.signal?.aborted === true;
const clientGone = (task: Task) => new ClientGone(task.input.kind === "sql" ? "search" : "check");

/** A task whose worker ran out of heap: over its budget as one over time is, said as memory. */
function overMemory(task: Task, heapMiB: number): OverBudget {
  const { problemType, title, advice } = overBudget(task);
  const what = task.input.kind === "sql" ? "search" : "check";
  return new OverBudget(problemType, title, `The ${what} ran over its memory budget of ${heapMiB} MiB.`, advice);
}

/**
 * Keeps V8's optimising compiler (TurboFan) off the check's largest function, for every thread of the
 * process (V8's flags are the process's). alignReading runs to ~1,400 lines; once it is hot — after ten
 * or so checks — TurboFan's branch elimination over its graph took 100–170 MiB of compiler memory for
 * about half a second (measured: V8's peak malloced memory 117–172 MiB against 10–20 MiB without it),
 * which was the server's peak RSS in the benchmark's check scenarios (the worker's heap limit does not
 * cover the compiler). Unoptimised, checks run as fast (60 checks of 2,000 characters on the 1M-claim
 * corpus: 15.1 s against 15.4 s warm; 9.9 s against 11.1 s on the seed, where the compile itself cost).
 * The name is the function's own at run time, whatever a bundler renamed it to.
 */
function keepCheckOffTurbofan(): void {
  setFlagsFromString(`--turbo-filter=-${alignReading.name}`);
}
keepCheckOffTurbofan();

/**
 * Makes the worker threads' `resourceLimits` hold. V8 heap flags on the command line (`npm start`'s
 * `--max-semi-space-size=4 --max-old-space-size=512`) are for the main thread's heap, but V8 reads them
 * again for every isolate it creates, where they win over the limits a worker is given: a search worker
 * and an import worker both got 512 MiB (measured). The main heap was sized when the process started;
 * clearing the flags now leaves it as it is and lets each worker's own limits apply.
 */
function workerHeapLimitsHold(): void {
  setFlagsFromString("--max-old-space-size=0");
  setFlagsFromString("--max-semi-space-size=0");
}

/**
 * How to start worker `name` (a module beside this one): a small script that first lowers the thread's
 * scheduling priority to `workerData.nice` — before the module and its dependencies load, which costs
 * CPU the main thread may need (at start, for its first answers) — then imports the module: its
 * compiled `.js` when this module runs compiled, else (under tsx) its `.ts` through tsx's loader
 * registered inside the worker.
 */
export function workerEntry(name: string): { filename: string; eval: true } {
  workerHeapLimitsHold();
  const nice = `try { require("node:os").setPriority(require("node:worker_threads").workerData.nice); } catch {}`;
  if (!import.meta.url.endsWith(".ts"))
    return {
      eval: true,
      filename: `${nice} import(${JSON.stringify(new URL(`./${name}.js`, import.meta.url).href)});`,
    };
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  return {
    eval: true,
    filename: `${nice} import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`,
  };
}

/** Starts the pool. */
export function openWorkPool(options: WorkPoolOptions): WorkPool {
  // More workers than CPUs add memory, not speed: on one CPU one worker served as many searches as two.
  const threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const maxQueue = options.maxQueue ?? 64;
  const heapMiB = options.heapMiB ?? 48;
  const maxWaitMs = options.maxWaitMs ?? 500;
  const setup: ReadWorkerSetup = {
    path: options.path,
    nice: options.nice ?? 12,
    cacheKiB: options.cacheKiB ?? 8 * 1024,
  };
  const entry = workerEntry("node-worker");
  const dialect = new SQLiteSyncDialect();
  /** Later queries of admitted requests, first. */
  const urgent: Task[] = [];
  const fresh: Task[] = [];
  let nextId = 0;
  let closed = false;
  const idleMs = options.idleMs ?? 10_000;
  let idleTimer: NodeJS.Timeout | undefined;

  function start(): Slot {
    const slot: Slot = {
      worker: new Worker(entry.filename, {
        eval: entry.eval,
        workerData: setup,
        execArgv: [],
        // A young generation of 4 MiB semi-spaces (12 MiB: npm start's main heap has the same; 8 MiB
        // made searches cost more CPU in collections — at 200 searches/s, 13–57 shed against 51–316 in
        // four runs each) and a bounded old one, which V8 collects before it grows: RSS counts. A check
        // of 2,000 characters on the 1M-claim corpus leaves ~20 MiB live but makes ~60 MiB of garbage;
        // with 128 MiB allowed, the heap grew to it under a stream of checks (the server's RSS 254 MiB
        // against 188 MiB at 48, the checks' latency alike). A worker over it is replaced.
        resourceLimits: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: heapMiB },
      }),
      ready: false,
      task: null,
      startedAt: 0,
    };
    slot.worker.unref();
    slot.worker.on("message", (message: ReadReply) => {
      if ("ready" in message) {
        slot.ready = true;
        pump();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      slot.task = null;
      clearTimeout(slot.runTimer);
      // (A check whose client went away stops at its next step, whatever it answers then.)
      if (abandoned(task)) task.reject(clientGone(task));
      // An answer that arrives after the budget ran out (before its timer could fire) is over it too.
      else if ("overBudget" in message || performance.now() - slot.startedAt > task.budgetMs)
        task.reject(overBudget(task));
      else if ("error" in message) task.reject(new Error(message.error));
      else task.resolve(message.value);
      pump();
    });
    slot.worker.on("error", (error) => replace(slot, error));
    slot.worker.on("exit", () => replace(slot, new Error("a worker thread exited")));
    return slot;
  }

  /**
   * The workers, started on first use (or by `warm()`): a worker loads the check and search code and
   * opens its connection, which would otherwise compete with the server's own start on its CPU.
   */
  const slots: Slot[] = [];
  function warm() {
    if (!closed) while (slots.length < threads) slots.push(start());
  }

  /**
   * Ends the workers without a task (removed first, so that their exit does not replace them) — none
   * while tasks wait: a worker still starting is theirs.
   */
  function releaseIdle() {
    clearTimeout(idleTimer);
    if (urgent.length + fresh.length > 0) return;
    for (const slot of slots.filter((each) => !each.task)) {
      slots.splice(slots.indexOf(slot), 1);
      void slot.worker.terminate();
    }
  }

  /**
   * Puts a fresh worker in the place of one that failed or ran over time; its task fails with `error`
   * (one that ran out of heap, as over its budget: 503, not 500).
   */
  function replace(slot: Slot, error: Error) {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    clearTimeout(slot.runTimer);
    void slot.worker.terminate();
    const outOfMemory = (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
    if (slot.task)
      slot.task.reject(
        outOfMemory ? overMemory(slot.task, heapMiB) : closed ? new Overloaded(kindOf(slot.task.input)) : error,
      );
    slot.task = null;
    if (!closed) slots.splice(index, 0, start());
  }

  /** Ends the workers once none has had work for `idleMs`; the next task starts them again. */
  function retireWhenIdle() {
    clearTimeout(idleTimer);
    if (closed || slots.length === 0 || slots.some((slot) => slot.task)) return;
    idleTimer = setTimeout(releaseIdle, idleMs);
    idleTimer.unref();
  }

  /** The next waiting task whose client is still there; those gone are dropped on the way. */
  function next(): Task | undefined {
    for (;;) {
      const task = urgent.shift() ?? fresh.shift();
      if (!task || !abandoned(task)) return task;
      clearTimeout(task.waitTimer);
      task.reject(clientGone(task));
    }
  }

  /** Hands waiting tasks to idle workers. */
  function pump() {
    for (const slot of slots) {
      if (!slot.ready || slot.task) continue;
      const task = next();
      if (!task) break;
      clearTimeout(task.waitTimer);
      slot.task = task;
      slot.startedAt = performance.now();
      slot.runTimer = setTimeout(() => {
        if (slot.task === task) replace(slot, overBudget(task));
      }, task.budgetMs);
      const message: ReadTask = { id: task.id, ...task.input };
      slot.worker.postMessage(message);
    }
    retireWhenIdle();
  }

  function submit<T>(input: TaskInput, budgetMs: number, admitted: boolean, signal?: AbortSignal): Promise<T> {
    if (closed) return Promise.reject(new Overloaded(kindOf(input)));
    warm();
    if (!admitted && fresh.length >= maxQueue) return Promise.reject(new Overloaded(kindOf(input)));
    return new Promise<T>((resolve, reject) => {
      const task: Task = {
        id: nextId++,
        input,
        signal,
        budgetMs,
        resolve: resolve as (value: unknown) => void,
        reject,
      };
      if (admitted) urgent.push(task);
      else {
        fresh.push(task);
        // While the workers start, tasks wait for them whatever the time.
        if (slots.some((slot) => slot.ready))
          task.waitTimer = setTimeout(() => {
            const index = fresh.indexOf(task);
            if (index === -1) return;
            fresh.splice(index, 1);
            reject(new Overloaded(kindOf(input)));
          }, maxWaitMs);
      }
      pump();
    });
  }

  return {
    runSearch: (query: SQL, runOptions) => {
      const { sql, params } = dialect.sqlToQuery(query);
      return submit(
        { kind: "sql", sql, params },
        options.searchBudgetMs ?? 5000,
        runOptions?.admitted === true,
        runOptions?.signal,
      );
    },
    runCheck: (text, checkOptions) =>
      submit<CheckOutcome>({ kind: "check", text, options: checkOptions }, options.checkBudgetMs ?? 5000, false),
    warm,
    releaseIdle,
    load: () => ({
      queued: urgent.length + fresh.length,
      running: slots.filter((slot) => slot.task).length,
      workers: slots.length,
    }),
    saturated: () => fresh.length >= maxQueue,
    close: async () => {
      closed = true;
      clearTimeout(idleTimer);
      // (The server is stopping: what still waits is turned away as under overload, 503 with Retry-After.)
      for (const task of [...urgent.splice(0), ...fresh.splice(0)]) {
        clearTimeout(task.waitTimer);
        task.reject(new Overloaded(kindOf(task.input)));
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

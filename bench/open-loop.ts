/**
 * An open-loop load generator: requests at a constant rate whatever the answers, each drawn at random
 * from a list of paths, with latency counted from the moment the request was due (not when it could be
 * sent), so that a server that falls behind is charged for the wait (no coordinated omission).
 *
 * Usage: node open-loop.mjs BASE_URL PATHS_FILE RATE_PER_S SECONDS → one JSON line of results.
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";

const [base, pathsFile, rateArg, secondsArg] = process.argv.slice(2);
if (!base || !pathsFile) throw new Error("usage: open-loop BASE_URL PATHS_FILE RATE SECONDS");
const paths = readFileSync(pathsFile, "utf8").split("\n").filter(Boolean);
const rate = Number(rateArg ?? 200);
const seconds = Number(secondsArg ?? 10);
const url = new URL(base);
const agent = new Agent({ keepAlive: true, maxSockets: 512 });
const total = Math.round(rate * seconds);
const latencies: number[] = [];
let errors = 0;
let sent = 0;
let done = 0;

const start = performance.now() + 50;
await new Promise<void>((finish) => {
  const fire = (due: number) => {
    const path = paths[Math.floor(Math.random() * paths.length)] as string;
    const req = request({ host: url.hostname, port: url.port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => {
        latencies.push(performance.now() - due);
        if (res.statusCode !== 200) errors++;
        if (++done === total) finish();
      });
    });
    req.on("error", () => {
      errors++;
      latencies.push(performance.now() - due);
      if (++done === total) finish();
    });
    req.end();
  };
  const tick = () => {
    const now = performance.now();
    while (sent < total && start + (sent * 1000) / rate <= now) fire(start + (sent++ * 1000) / rate);
    if (sent < total) setTimeout(tick, 1);
  };
  setTimeout(tick, 50);
});
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
console.log(
  JSON.stringify({
    requests: total,
    seconds,
    rate,
    errors,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: latencies.at(-1),
  }),
);

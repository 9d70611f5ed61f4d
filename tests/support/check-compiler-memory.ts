/**
 * Run by tests/node/check-compiler-memory.test.ts in a process of its own (`node --import tsx`), so that
 * V8's counters are this process's alone: loads the Node server's work pool module as the server does
 * (which sets the process's compiler flags), checks long texts of the seed's own statements over HTTP
 * until the check code is hot, and prints V8's peak malloced memory (the compilers' memory) in MiB.
 */
import "../../src/node-work";
import { getHeapStatistics } from "node:v8";
import { startNodeApp } from "./node-app";

const { harness, store } = await startNodeApp();
const statements = store.sqlite.prepare("SELECT statement FROM claims ORDER BY seq").pluck().all() as string[];
const texts = [statements.join(" ").slice(0, 2000), statements.slice(10, 30).join(" ")];
for (let i = 0; i < 24; i++) {
  const response = await harness.fetch("/v1/check", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: texts[i % texts.length] }),
  });
  if (response.status !== 200) throw new Error(`check answered ${response.status}`);
  await response.arrayBuffer();
}
console.log(JSON.stringify({ peakMallocedMiB: getHeapStatistics().peak_malloced_memory / 2 ** 20 }));

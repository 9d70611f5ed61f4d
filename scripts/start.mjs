/**
 * `npm start`: runs the compiled server (dist/node/server.js), compiling it first when it is missing or
 * older than a source file — so that an edit is never served stale, and a fresh checkout needs only
 * `npm install && npm start`.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const server = join(root, "dist/node/server.js");

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

let built = 0;
try {
  built = statSync(server).mtimeMs;
} catch {
  // not built yet
}
const sources = Math.max(
  newest(join(root, "src")),
  newest(join(root, "seed")),
  newest(join(root, "package.json")),
  newest(join(root, "package-lock.json")),
);
if (built < sources) await (await import("./build.mjs")).build();
await import(pathToFileURL(server).href);

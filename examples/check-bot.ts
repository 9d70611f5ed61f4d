/**
 * A small fact-check bot over Cited's generated, typed client: reads sentences from a file (one a
 * line; `#` starts a comment), asks `/v1/check` about each and prints the verdict with the claims and
 * their citations.
 *
 *   npx tsx examples/check-bot.ts examples/sentences.txt [--base http://127.0.0.1:3000] [--limit 3]
 *
 * The types come from openapi/openapi.json (`npm run client` regenerates examples/api.d.ts):
 * a renamed field or a new verdict is a compile error here.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import createClient from "openapi-fetch";
import type { components, paths } from "./api";

type CheckResult = components["schemas"]["CheckResult"];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: "string", default: "http://127.0.0.1:3000" }, limit: { type: "string", default: "3" } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: npx tsx examples/check-bot.ts SENTENCES.txt [--base URL] [--limit N]");
  process.exit(2);
}

const client = createClient<paths>({ baseUrl: values.base });

const VERDICT_MARK: Record<CheckResult["verdict"], string> = {
  supported: "✔ supported",
  refuted: "✘ refuted",
  contested: "⚖ contested",
  unverified: "? unverified",
  "no-match": "∅ no-match",
};

/** The verdict and its evidence as lines of text. */
export function report(result: CheckResult): string[] {
  const lines = [`${VERDICT_MARK[result.verdict]} — ${result.text}`];
  for (const match of result.matches) {
    const polarity = match.polarity === "opposes" ? ", the sentence says the opposite" : "";
    lines.push(`  • [${match.confidence}, ${match.match}${polarity}] ${match.statement}`);
    for (const citation of match.citations) {
      const where = citation.url ?? citation.referenceId;
      const locator = citation.locator ? ` ${citation.locator}` : "";
      const retracted = citation.retracted ? " (retracted)" : "";
      lines.push(
        `      ${citation.stance}: ${citation.title ?? citation.referenceId}${locator} <${where}>${retracted}`,
      );
    }
  }
  return lines;
}

const sentences = readFileSync(file, "utf8")
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

let failures = 0;
for (const text of sentences) {
  const { data, error, response } = await client.POST("/v1/check", { body: { text, limit: Number(values.limit) } });
  if (!data) {
    failures += 1;
    console.error(`! ${response.status} for "${text}": ${error?.title ?? "no answer"}`);
    continue;
  }
  console.log(report(data).join("\n"));
}
process.exit(failures ? 1 : 0);

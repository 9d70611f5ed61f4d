/**
 * Curators' edits to a seeded store over real HTTP — a seed claim reworded, a citation added, a
 * reference retracted (its claims re-revised), an entity created, an import — so that a store
 * differs from a fresh seed in data, history and change feed alike. For the backup and export tests.
 */
import { expect } from "vitest";

export async function editStore(origin: string, token: string): Promise<void> {
  const send = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
    return res;
  };
  const etag = async (path: string) => (await fetch(`${origin}${path}`)).headers.get("etag") ?? "";

  const claim = "/v1/claims/ssre-has-faster-onset-than-ssri";
  await send(
    "PATCH",
    `${claim}?reason=${encodeURIComponent("Reworded after review")}`,
    {
      statement: "SSREs act faster than SSRIs, according to the article — a claim its sources dispute.",
    },
    { "If-Match": await etag(claim) },
  );
  await send(
    "POST",
    "/v1/claims/tianeptine-is-an-ssre/citations",
    {
      reference: { type: "webpage", title: "A page about tianeptine", url: "https://example.org/tianeptine" },
      stance: "mentions",
    },
    { "If-Match": await etag("/v1/claims/tianeptine-is-an-ssre") },
  );
  await send(
    "PATCH",
    "/v1/references/wagstaff2001?reason=test",
    { retracted: true, retractedAt: "2026-01-02", retractionNotice: "Retracted in a test." },
    { "If-Match": await etag("/v1/references/wagstaff2001") },
  );
  await send("POST", "/v1/entities", { id: "agomelatine", label: "Agomelatine", kind: "drug", aliases: ["Valdoxan"] });
  await send(
    "POST",
    "/v1/import",
    `${JSON.stringify({
      record: "claim",
      id: "agomelatine-is-an-antidepressant",
      statement: 'Agomelatine is an antidepressant; it\'s said to work on "melatonin" receptors.',
      subject: "agomelatine",
      predicate: "is-a",
      object: "antidepressants",
      confidence: "unsourced",
    })}\n`,
    { "Content-Type": "application/x-ndjson" },
  );
}

/** What a store serves that a restore must reproduce: the export, the change feed, a history, a search. */
export async function servedState(origin: string) {
  const text = async (path: string) => (await fetch(`${origin}${path}`)).text();
  return {
    export: await text("/v1/export"),
    changes: await text("/v1/changes?since=0&limit=100"),
    history: await text("/v1/claims/ssre-has-faster-onset-than-ssri/history"),
    claim: await text("/v1/claims/tianeptine-is-an-ssre?include=references"),
    search: await text("/v1/claims?q=agomelatine&status=published"),
    flagged: await text("/v1/claims?supportRetracted=true&limit=100"),
  };
}

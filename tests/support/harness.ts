import { expect } from "vitest";

/** How a scenario reaches the service: `app.request` on Node, the worker's `fetch` inside workerd. */
export interface Harness {
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Creates an API key in the server's database and returns its token. */
  createKey(name: string, scope: "read" | "write" | "admin"): Promise<string>;
}

/** Fetches `path` and parses the JSON body, keeping status and headers for exact assertions. */
export async function getJson(h: Harness, path: string, init?: RequestInit) {
  const res = await h.fetch(path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** POSTs `text` to `/v1/check`, as a bot does. */
export function postCheck(h: Harness, text: string, limit = 5) {
  return getJson(h, "/v1/check", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, limit }),
  });
}

/** `/v1/check` gives `text` no verdict: `unverified`, its best match only related. */
export async function expectOnlyRelated(h: Harness, text: string, limit = 5) {
  const res = await postCheck(h, text, limit);
  expect(res.body.verdict, text).toBe("unverified");
  expect(res.body.matches[0]?.match, text).toBe("related");
  return res;
}

/** `/v1/check` gives each of `texts` no verdict: `unverified`. */
export async function expectUnverified(h: Harness, texts: string[], limit = 5) {
  for (const text of texts) expect((await postCheck(h, text, limit)).body.verdict, text).toBe("unverified");
}

/**
 * `/v1/check` gives each text of several parts its verdict, its first matches the claims named (one per
 * part, in any order).
 */
export async function expectParts(
  h: Harness,
  cases: (readonly [text: string, verdict: string, claimIds: readonly string[]])[],
) {
  for (const [text, verdict, claimIds] of cases) {
    const res = await postCheck(h, text, 5);
    expect(res.body.verdict, text).toBe(verdict);
    const first = (res.body.matches as { claimId: string }[]).slice(0, claimIds.length).map((m) => m.claimId);
    expect(first.sort(), text).toEqual([...claimIds].sort());
  }
}

/** `/v1/check` gives each text its verdict, its first match the claim named; returns the answers. */
export async function expectAnswers(h: Harness, cases: [text: string, verdict: string, claimId: string][], limit = 5) {
  const answers = [];
  for (const [text, verdict, claimId] of cases) {
    const res = await postCheck(h, text, limit);
    expect(res.body.verdict, text).toBe(verdict);
    expect(res.body.matches[0]?.claimId, text).toBe(claimId);
    answers.push(res);
  }
  return answers;
}

export const PROBLEM_TYPE = "application/problem+json";
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

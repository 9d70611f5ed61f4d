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

export const PROBLEM_TYPE = "application/problem+json";
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

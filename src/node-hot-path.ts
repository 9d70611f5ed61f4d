/**
 * The Node server's hot path for the read bots make most: `GET /v1/claims/{id}` in JSON. It answers
 * before the request becomes a web `Request` and runs through the app's middleware — the same bytes
 * the app sends, at a fraction of the cost — and declines everything else, which the app then serves.
 *
 * - **The same answer.** The body is the claim's materialised document (claims.documents.ts), exactly
 *   what the app serves. The headers are learned from one of the app's own answers to such a request:
 *   everything but the claim's `ETag`, `Last-Modified` and `Link` (computed here by the functions the
 *   handler uses, and checked against that answer before anything is served) and the request's own
 *   `X-Request-Id`. Until it has learned, or if the app's answer does not match, the app answers.
 * - **Only requests whose answer cannot differ.** A request is taken when its path is a plain claim
 *   id, it has no query, and its headers are ones the app does not read (`Accept` only as `*∕*` or
 *   `application/json`). `If-None-Match`, `Origin`, `X-Request-Id`, `Accept-Encoding`, bookmarks and
 *   any other header go to the app.
 * - **A bounded cache of answers**, for the claims bots fetch again and again: dropped whole whenever
 *   `dataVersion()` moves (another connection committed, or this one wrote).
 * - The request is logged as the app logs it.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { ClaimDocument } from "./db/client";
import { httpDate, revisionTag } from "./lib/etag";
import { fnv1a } from "./lib/fnv";
import { claimLinkHeader, claimLinks } from "./routes/claims/claims.queries";

export interface ClaimHotPathOptions {
  /** Claim `id`'s current document, or null (then the app answers, from the tables). */
  readDocument(id: string): ClaimDocument | null;
  /** A value that changes whenever the database may have changed; the cache is dropped when it does. */
  dataVersion(): string;
  /** The app's request log. */
  log(line: Record<string, unknown>): void;
  /** Most bytes of answers kept (about); default 4 MiB; 0 keeps none. */
  cacheBytes?: number;
}

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/** A claim's answer: its own header values and its body (the rest of the headers are the layout's). */
interface Answer {
  etag: string;
  lastModified: string;
  link: string;
  length: string;
  body: string;
  /** Served from the cache since it was kept or last given a second chance. */
  used: boolean;
}

const CLAIM_PATH = /^\/v1\/claims\/([A-Za-z0-9._~-]+)$/;
/** Request headers no part of the app reads for this route. */
const NEUTRAL_HEADERS = new Set(["host", "user-agent", "connection", "accept-language", "cache-control", "pragma"]);
const JSON_ACCEPT = new Set(["*/*", "application/json"]);
/** Response headers that are the claim's own or the request's own. */
const PER_CLAIM = ["etag", "last-modified", "link"] as const;

/** The claim id of a request the hot path may answer, or null. */
function eligibleClaimId(method: string | undefined, url: string | undefined, rawHeaders: string[]): string | null {
  if (method !== "GET" || url === undefined) return null;
  const match = CLAIM_PATH.exec(url);
  if (!match) return null;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] as string).toLowerCase();
    if (name === "accept") {
      if (!JSON_ACCEPT.has((rawHeaders[i + 1] as string).trim())) return null;
    } else if (!NEUTRAL_HEADERS.has(name)) return null;
  }
  return match[1] as string;
}

function perClaimHeaders(id: string, document: ClaimDocument): Record<(typeof PER_CLAIM)[number], string> {
  return {
    etag: revisionTag(document.revision),
    "last-modified": httpDate(document.updatedAt),
    link: claimLinkHeader(claimLinks(id)),
  };
}

/** The order of the answer's headers, learned once: the app's own values, and slots for the rest. */
interface Layout {
  /** The header list every answer is written with, its slots filled in for each. */
  headers: string[];
  etag: number;
  lastModified: number;
  link: number;
  requestId: number;
  length: number;
}

export function claimHotPath(options: ClaimHotPathOptions) {
  const cacheBytes = options.cacheBytes ?? 4 * 1024 * 1024;
  let layout: Layout | null = null;
  let learning = false;
  const cache = new Map<string, Answer>();
  /**
   * The kept ids, oldest first from `oldest`, for eviction: the oldest goes unless it was served from
   * the cache since it was kept, when it gets a second chance at the back (CLOCK). (A replay of the
   * bench's Zipf draws, s = 1.1 over 1M ids, 1,800 answers kept: 0.70 of requests served from memory,
   * 0.67 letting the oldest go whatever its use; the 1,800 claims asked for most make 0.73 of requests.)
   * (Not the Map's own order: taking its first entry walks past every entry deleted since the Map was
   * last rehashed — 1.3 µs an eviction with 1,800 answers kept, 4.6 µs with 14,000, against 0.3–0.5 µs
   * here.)
   */
  const order: string[] = [];
  let oldest = 0;
  let cached = 0;
  /**
   * Ids asked for once lately, without being kept: a fingerprint per slot, each id's slot taken over by
   * the next id that falls in it. About as many slots as 512-byte answers the cache holds (8,192 for
   * 4 MiB), so that a claim is kept when it comes back within a few cachefuls of requests. A fixed
   * array: under uniform by-id reads a Set of 65,536 ids (grown, cleared and grown again, its ids
   * promoted) and the answers it let into the cache (one per 15 requests came back within that longer
   * window, where no cache could keep them) made ~60 % of what the main thread's old generation
   * collected (heap samples of objects a mark-compact freed: 21.1 MB in 8 s, 7.9 with the table). Two ids
   * with one fingerprint only make an answer kept that need not be: the cache itself is keyed by id.
   */
  const seen = new Uint32Array(2 ** Math.max(4, Math.ceil(Math.log2(Math.max(1, cacheBytes / 512)))));
  let seenVersion = "";

  /** The answer of claim `id`. */
  function answerOf(id: string, document: ClaimDocument): Answer {
    const body = document.body;
    return {
      etag: revisionTag(document.revision),
      lastModified: httpDate(document.updatedAt),
      link: claimLinkHeader(claimLinks(id)),
      length: String(Buffer.byteLength(body)),
      body,
      used: false,
    };
  }

  /** The header layout of the app's answer: its headers sorted as Headers iterates them, the length last. */
  function layoutOf(appHeaders: [string, string][]): Layout {
    const pairs: [string, string][] = [...appHeaders, ...PER_CLAIM.map((name): [string, string] => [name, ""])];
    pairs.push(["x-request-id", ""]);
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const headers = pairs.flat();
    // @hono/node-server adds the length last, under this name.
    headers.push("Content-Length", "");
    const slot = (name: string) => headers.indexOf(name) + 1;
    return {
      headers,
      etag: slot("etag"),
      lastModified: slot("last-modified"),
      link: slot("link"),
      requestId: slot("x-request-id"),
      length: slot("Content-Length"),
    };
  }

  /** Learns the app's headers from its answer to an eligible request for claim `id`, if it checks out. */
  function learn(id: string, status: number, headers: Headers, body: string) {
    if (status !== 200) return;
    const document = options.readDocument(id);
    if (!document || document.body !== body || !headers.has("x-request-id")) return;
    const own: Record<string, string> = perClaimHeaders(id, document);
    const rest: [string, string][] = [];
    let matched = 0;
    for (const [name, value] of headers) {
      if (name === "x-request-id" || name === "content-length") continue;
      if (!(name in own)) rest.push([name, value]);
      else if (own[name] === value) matched++;
      else return;
    }
    if (matched === PER_CLAIM.length) layout = layoutOf(rest);
  }

  return {
    /** The app's `fetch`, watched until the hot path has learned its headers from one answer. */
    observe<F extends Fetch>(fetch: F): F {
      return ((request: Request, ...rest: never[]) => {
        const response = fetch(request, ...rest);
        if (layout || learning) return response;
        const url = new URL(request.url);
        const rawHeaders = [...request.headers].flat();
        const id = url.search ? null : eligibleClaimId(request.method, url.pathname, rawHeaders);
        if (id === null) return response;
        learning = true;
        return (async () => {
          try {
            const answered = await response;
            const body = await answered.text();
            learn(id, answered.status, answered.headers, body);
            // The same answer again, as the app made it (a string body, which the adapter sends as is).
            return new Response(body, { status: answered.status, headers: answered.headers });
          } finally {
            learning = false;
          }
        })();
      }) as F;
    },

    /** Wraps the server's request listener: the requests it can answer are answered, the rest passed on. */
    listener(next: RequestListener): RequestListener {
      return (req: IncomingMessage, res: ServerResponse) => {
        const shape = layout;
        if (shape === null) return next(req, res);
        const started = performance.now();
        const id = eligibleClaimId(req.method, req.url, req.rawHeaders);
        if (id === null) return next(req, res);
        const version = options.dataVersion();
        if (version !== seenVersion) {
          cache.clear();
          order.length = 0;
          oldest = 0;
          cached = 0;
          seenVersion = version;
        }
        let answer = cache.get(id);
        if (answer) answer.used = true;
        else {
          const document = options.readDocument(id);
          if (!document) return next(req, res);
          // Kept only when asked for again soon: a claim fetched once would only push out popular ones.
          const print = fnv1a(id) || 1;
          const slot = print & (seen.length - 1);
          const keep = cacheBytes > 0 && seen[slot] === print;
          if (!keep) seen[slot] = print;
          answer = answerOf(id, document);
          const size = answer.body.length + 512;
          // (An answer bigger than the whole cache is not kept: making room for it would empty the cache.)
          if (keep && size <= cacheBytes) {
            while (cached + size > cacheBytes && oldest < order.length) {
              const evicted = order[oldest] as string;
              order[oldest++] = "";
              const kept = cache.get(evicted) as Answer;
              if (kept.used) {
                kept.used = false;
                order.push(evicted);
                continue;
              }
              cached -= kept.body.length + 512;
              cache.delete(evicted);
            }
            if (oldest > 1024 && oldest * 2 > order.length) {
              order.splice(0, oldest);
              oldest = 0;
            }
            if (cached + size <= cacheBytes) {
              cache.set(id, answer);
              order.push(id);
              cached += size;
            }
          }
        }
        const requestId = randomUUID();
        const headers = shape.headers;
        headers[shape.etag] = answer.etag;
        headers[shape.lastModified] = answer.lastModified;
        headers[shape.link] = answer.link;
        headers[shape.length] = answer.length;
        headers[shape.requestId] = requestId;
        res.writeHead(200, headers);
        res.end(answer.body);
        options.log({
          time: new Date().toISOString(),
          level: "info",
          requestId,
          method: "GET",
          path: req.url,
          status: 200,
          durationMs: Math.round((performance.now() - started) * 100) / 100,
        });
      };
    },
  };
}

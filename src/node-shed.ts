/**
 * Shedding under overload, before the app (Node server). When the worker pool turns searches or checks
 * away (its queue is full), the requests that would wait for it — `GET /v1/claims?q=…`, `/v1/check` —
 * are answered 503 here, for a fraction of what the app's middleware, validation and query building
 * cost. Under a flood of such requests that is what keeps the event loop turning: `/health` and
 * by-id reads keep being answered, and the flood is refused at once instead of queueing for seconds.
 *
 * The answer is the app's own: its headers and problem body are learned from the app's first 503
 * `overloaded` answer of each kind (checked by rendering that answer again), then rendered with each
 * request's path and id. Until then, or for a request whose headers could change the answer, the app
 * answers, and turns it away itself.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

/** What the pool turns away: searches, or checks. */
export type WorkKind = "searches" | "checks";

export interface OverloadShedderOptions {
  /** Whether work of `kind` would be turned away now. */
  saturated(kind: WorkKind): boolean;
  /** The app's request log. */
  log(line: Record<string, unknown>): void;
}

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

interface Template {
  headers: string[];
  requestId: number;
  length: number;
  problem: Record<string, unknown>;
  /** The answer of each path, rendered once with a request id `ID_SLOT` to replace. */
  byPath: Map<string, { before: string; after: string; length: string }>;
}

/** A request id's place in a rendered answer: ids are UUIDs, all as long as this. */
const ID_SLOT = "00000000-0000-0000-0000-000000000000";
/** Most shed answers written in one turn of the event loop. */
const SHED_BATCH = 16;

/** A request turned away, waiting for its answer to be written. */
interface Shed {
  res: ServerResponse;
  template: Template;
  method: string;
  path: string;
  started: number;
}

/** Request headers that cannot change a 503 answer of these routes. */
const NEUTRAL_HEADERS = new Set([
  "host",
  "user-agent",
  "connection",
  "accept",
  "accept-language",
  "cache-control",
  "pragma",
  "content-type",
  "content-length",
]);
const SEARCH_QUERY = /(?:^|&)q=[^&]/;

/** The kind of work request `method url` waits for, if the shedder may answer it. */
function kindOf(method: string | undefined, url: string | undefined, rawHeaders: string[]): WorkKind | null {
  if (url === undefined) return null;
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  let kind: WorkKind | null = null;
  if (path === "/v1/check" && (method === "GET" || method === "POST")) kind = "checks";
  else if (path === "/v1/claims" && method === "GET" && query !== -1 && SEARCH_QUERY.test(url.slice(query + 1)))
    kind = "searches";
  if (kind === null) return null;
  for (let i = 0; i < rawHeaders.length; i += 2)
    if (!NEUTRAL_HEADERS.has((rawHeaders[i] as string).toLowerCase())) return null;
  return kind;
}

/** The path of `url`, as the app names it in `instance`. */
const pathOf = (url: string) => url.split("?", 1)[0] as string;

export function overloadShedder(options: OverloadShedderOptions) {
  const templates = new Map<string, Template>();

  /** The problem body of `template` for a request to `path` with id `requestId`. */
  const bodyOf = (template: Template, path: string, requestId: string) =>
    JSON.stringify({ ...template.problem, instance: path, requestId });

  /** The answer of `template` for `path` and a request id (a UUID): its header list and body. */
  function render(template: Template, path: string, requestId: string) {
    let rendered = template.byPath.get(path);
    if (!rendered) {
      const body = bodyOf(template, path, ID_SLOT);
      const at = body.indexOf(ID_SLOT);
      rendered = {
        before: body.slice(0, at),
        after: body.slice(at + ID_SLOT.length),
        length: String(Buffer.byteLength(body)),
      };
      if (template.byPath.size < 16) template.byPath.set(path, rendered);
    }
    // The header list is shared: it is written out before the next request is answered.
    const headers = template.headers;
    headers[template.requestId] = requestId;
    headers[template.length] = rendered.length;
    return { headers, body: `${rendered.before}${requestId}${rendered.after}` };
  }

  /** Learns the app's 503 of `key` from one of its answers, if rendering it again gives the same bytes. */
  function learn(key: string, path: string, headers: Headers, body: string) {
    let problem: Record<string, unknown>;
    try {
      problem = JSON.parse(body);
    } catch {
      return;
    }
    const requestId = headers.get("x-request-id");
    if (problem.type !== "/problems/overloaded" || requestId === null || problem.requestId !== requestId) return;
    const pairs = [...headers].filter(([name]) => name !== "content-length");
    const flat = pairs.flat();
    flat.push("Content-Length", "");
    const template: Template = {
      headers: flat,
      requestId: flat.indexOf("x-request-id") + 1,
      length: flat.length - 1,
      problem,
      byPath: new Map(),
    };
    // Only a UUID may stand in the id's place, and the answer rendered again must be the app's.
    if (requestId.length !== ID_SLOT.length || bodyOf(template, path, requestId) !== body) return;
    if (render(template, path, requestId).body !== body) return;
    templates.set(key, template);
  }

  /** Answers to write, oldest first (at most one per connection: a client waits for its answer). */
  const waiting: Shed[] = [];
  let draining = false;

  /**
   * Writes up to SHED_BATCH waiting answers, and the rest on later turns. Writing is most of what a 503
   * costs; under a flood of 1,000 connections, answering each at once made one turn of the event loop
   * write 1,000 answers (~50 ms), and a request that arrived during it — `/health`, a by-id read —
   * waited for that turn and the next. In batches, a turn reads what arrived (and answers it, if it is
   * not shed) after at most SHED_BATCH writes, while a shed request still waits only milliseconds.
   */
  function drain() {
    for (const shed of waiting.splice(0, SHED_BATCH)) {
      const requestId = randomUUID();
      const answer = render(shed.template, shed.path, requestId);
      shed.res.writeHead(503, answer.headers);
      shed.res.end(answer.body);
      options.log({
        time: new Date().toISOString(),
        level: "error",
        requestId,
        method: shed.method,
        path: shed.path,
        status: 503,
        durationMs: Math.round((performance.now() - shed.started) * 100) / 100,
      });
    }
    if (waiting.length > 0) setImmediate(drain);
    else draining = false;
  }

  return {
    /** The app's `fetch`, watched for 503 answers to learn from, until it has one of each kind. */
    observe<F extends Fetch>(fetch: F): F {
      return ((request: Request, ...rest: never[]) => {
        const response = fetch(request, ...rest);
        if (templates.size === 3 || !request.url.includes("/v1/c")) return response;
        const url = new URL(request.url);
        const kind = kindOf(request.method, `${url.pathname}${url.search}`, [...request.headers].flat());
        if (kind === null) return response;
        const key = `${kind} ${request.method}`;
        if (templates.has(key)) return response;
        return (async () => {
          const answered = await response;
          if (answered.status !== 503) return answered;
          const body = await answered.text();
          learn(key, url.pathname, answered.headers, body);
          return new Response(body, { status: answered.status, headers: answered.headers });
        })();
      }) as F;
    },

    /**
     * Wraps the server's request listener: work requests that would be turned away are answered here —
     * not at once but SHED_BATCH at a time, one batch per turn of the event loop (see `drain`).
     */
    listener(next: RequestListener): RequestListener {
      return (req: IncomingMessage, res: ServerResponse) => {
        if (templates.size === 0) return next(req, res);
        const started = performance.now();
        const kind = kindOf(req.method, req.url, req.rawHeaders);
        if (kind === null || !options.saturated(kind)) return next(req, res);
        const template = templates.get(`${kind} ${req.method}`);
        if (!template) return next(req, res);
        waiting.push({ res, template, method: req.method as string, path: pathOf(req.url as string), started });
        if (!draining) {
          draining = true;
          setImmediate(drain);
        }
      };
    },
  };
}

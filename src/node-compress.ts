/**
 * Compression of responses on Node (RFC 9110 §8.4, §12.5.3): brotli or gzip, whichever the request's
 * `Accept-Encoding` prefers, for text-like bodies — pages, JSON, CSS, JavaScript, SVG, BibTeX. Workers
 * need none of this: Cloudflare compresses a Worker's answers on its own (src/worker.ts leaves it so).
 *
 * A compressed representation is another representation: it gets `Vary: Accept-Encoding` and its
 * own entity tag — the app's with `-br` or `-gzip` inside the quotes — and the suffix is taken off
 * the tags a client sends back (`If-None-Match`, `If-Match`), so the app's conditional requests
 * work unchanged. A response that already has a `Content-Encoding` (the export's gzip stream) or
 * `Cache-Control: no-transform` is left as it is.
 */
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from "node:zlib";

export type Encoding = "br" | "gzip";

const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|x-ndjson|x-bibtex|[\w.-]+\+(json|xml))|image\/svg\+xml)/i;

/** Bodies smaller than this gain nothing worth the CPU (and may grow). */
const MIN_BYTES = 1024;

const SUFFIX = /-(br|gzip)"$/;

/** The encoding to answer with: brotli before gzip at equal q, neither when `Accept-Encoding` allows neither. */
export function preferredEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const q: Record<string, number> = {};
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = weight ? Number(weight.slice(2)) : 1;
    q[name.trim()] = Number.isFinite(value) ? value : 0;
  }
  const of = (name: Encoding) => q[name] ?? q["*"] ?? 0;
  const [br, gz] = [of("br"), of("gzip")];
  if (br > 0 && br >= gz) return "br";
  return gz > 0 ? "gzip" : null;
}

/** `"abc"` → `"abc-br"`, `W/"abc"` → `W/"abc-br"`. */
function tagged(etag: string, encoding: Encoding): string {
  return etag.replace(/"$/, `-${encoding}"`);
}

/**
 * The entity tags of a conditional header with the suffix of `encoding` taken off (any encoding's
 * when null), or null when no tag had one.
 */
function untagged(header: string | null, encoding: Encoding | null): string | null {
  const suffix = encoding ? new RegExp(`-${encoding}"$`) : SUFFIX;
  if (!header) return null;
  const tags = header.split(",").map((tag) => tag.trim());
  if (!tags.some((tag) => suffix.test(tag))) return null;
  return tags.map((tag) => tag.replace(suffix, '"')).join(", ");
}

function withVary(headers: Headers) {
  const vary = headers.get("Vary");
  if (!vary) headers.set("Vary", "Accept-Encoding");
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) headers.set("Vary", `${vary}, Accept-Encoding`);
}

/** A compressing stream for `encoding`: brotli at quality 5 (fast, near gzip -9's size, smaller), gzip at 6. */
function compressor(encoding: Encoding) {
  return encoding === "br"
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: 6 });
}

/**
 * The start of `body`, read until it holds MIN_BYTES or ends: `whole` when it ended there (too small to
 * be worth compressing), else the same bytes as a stream again.
 */
async function peek(
  body: ReadableStream<Uint8Array>,
): Promise<{ whole: Uint8Array } | { stream: ReadableStream<Uint8Array> }> {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let size = 0;
  while (size < MIN_BYTES) {
    const { done, value } = await reader.read();
    if (done) return { whole: Buffer.concat(head) };
    head.push(value);
    size += value.byteLength;
  }
  return {
    stream: new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of head) controller.enqueue(chunk);
      },
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    }),
  };
}

function compressStream(body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream<Uint8Array> {
  const source = Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
  const stream = source.pipe(compressor(encoding));
  source.once("error", (error) => stream.destroy(error));
  return Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
}

/**
 * Compresses `bytes` once, at the best ratio that is still quick (brotli 9, gzip 9), on the libuv
 * thread pool: for files served many times (the docs' assets), kept by the caller.
 */
export function compressOnce(bytes: Uint8Array, encoding: Encoding): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: Buffer) => (error ? reject(error) : resolve(result));
    if (encoding === "br")
      brotliCompress(
        bytes,
        {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        },
        done,
      );
    else gzip(bytes, { level: 9 }, done);
  });
}

type Fetch<A extends unknown[]> = (request: Request, ...rest: A) => Response | Promise<Response>;

/** `fetch` with its answers compressed as the request allows (see the module's comment). */
export function compressing<A extends unknown[]>(fetch: Fetch<A>): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const encoding = preferredEncoding(request.headers.get("Accept-Encoding"));
    // Tags this wrapper handed out name a compressed representation of the app's: ask the app about
    // its own. A cached copy in another encoding than this answer's is not current (If-None-Match);
    // a write's precondition is about the resource, whatever encoding its tag was read in (If-Match).
    const ifNoneMatch = encoding ? untagged(request.headers.get("If-None-Match"), encoding) : null;
    const ifMatch = untagged(request.headers.get("If-Match"), null);
    let forwarded = request;
    if (ifNoneMatch !== null || ifMatch !== null) {
      const headers = new Headers(request.headers);
      if (ifNoneMatch !== null) headers.set("If-None-Match", ifNoneMatch);
      if (ifMatch !== null) headers.set("If-Match", ifMatch);
      forwarded = new Request(request, { headers });
    }
    const response = await fetch(forwarded, ...rest);

    const headers = response.headers;
    if (headers.has("Content-Encoding") || /\bno-transform\b/i.test(headers.get("Cache-Control") ?? ""))
      return response;
    if (response.status === 304) {
      // A 304 has no Content-Type: it answers for the representation the client named.
      const etag = headers.get("ETag");
      if (etag && encoding && ifNoneMatch !== null) {
        const out = new Response(null, { status: 304, headers });
        out.headers.set("ETag", tagged(etag, encoding));
        withVary(out.headers);
        return out;
      }
      return response;
    }
    if (response.status < 200 || response.status >= 300 || response.status === 204 || response.status === 206)
      return response;
    if (!COMPRESSIBLE.test(headers.get("Content-Type") ?? "")) return response;

    const out = (body: BodyInit | null) =>
      new Response(body, { status: response.status, statusText: response.statusText, headers });
    if (!encoding || request.method === "HEAD" || !response.body) {
      // The app's own response, untouched but for Vary: @hono/node-server writes its body without
      // streaming it, which a new Response would undo (what the by-id benchmark measures).
      try {
        withVary(headers);
        return response;
      } catch {
        const plain = out(response.body); // headers of a fetched response are immutable
        withVary(plain.headers);
        return plain;
      }
    }
    const start = await peek(response.body);
    if ("whole" in start) {
      const plain = out(start.whole as Uint8Array<ArrayBuffer>);
      withVary(plain.headers);
      plain.headers.set("Content-Length", String(start.whole.byteLength));
      return plain;
    }
    const encoded = out(compressStream(start.stream, encoding));
    withVary(encoded.headers);
    encoded.headers.set("Content-Encoding", encoding);
    encoded.headers.delete("Content-Length");
    const etag = encoded.headers.get("ETag");
    if (etag) encoded.headers.set("ETag", tagged(etag, encoding));
    return encoded;
  };
}

import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { compressing, preferredEncoding } from "../../src/node-compress";
import { startNodeApp } from "../support/node-app";

let fetch: (path: string, init?: RequestInit) => Promise<Response>;
let key: string;

beforeAll(async () => {
  const { app, harness } = await startNodeApp();
  const served = compressing(app.fetch);
  fetch = (path, init) => served(new Request(`http://localhost${path}`, init));
  key = await harness.createKey("compress-test", "write");
});

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe("compression on Node (src/node-compress.ts)", () => {
  it("prefers brotli, then gzip, by q-value; none when neither is acceptable", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip;q=1, br;q=0.5")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding(null)).toBeNull();
  });

  it("compresses JSON with brotli or gzip, with Vary and a tag of its own, to the same bytes", async () => {
    const plain = await fetch("/v1/claims?limit=20");
    const identity = await bytes(plain);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    const etag = plain.headers.get("etag") ?? "";
    for (const [encoding, decode] of [
      ["br", brotliDecompressSync],
      ["gzip", gunzipSync],
    ] as const) {
      const res = await fetch("/v1/claims?limit=20", { headers: { "Accept-Encoding": encoding } });
      expect(res.headers.get("content-encoding")).toBe(encoding);
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect(res.headers.get("content-length")).toBeNull();
      expect(res.headers.get("etag")).toBe(etag.replace(/"$/, `-${encoding}"`));
      const body = await bytes(res);
      expect(body.length).toBeLessThan(identity.length / 4);
      expect(decode(body).equals(identity)).toBe(true);
    }
  });

  it("compresses pages, the OpenAPI document and the docs' assets", async () => {
    for (const path of ["/", "/claims/ssre-has-faster-onset-than-ssri", "/openapi.json", "/docs/assets/docs.css"]) {
      const res = await fetch(path, { headers: { "Accept-Encoding": "br" } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-encoding"), path).toBe("br");
    }
    const bundle = await fetch("/docs/assets/swagger-ui-bundle.js", { headers: { "Accept-Encoding": "gzip, br" } });
    expect(bundle.headers.get("content-encoding")).toBe("br");
    expect(bundle.headers.get("vary")).toBe("Accept-Encoding");
    const size = (await bytes(bundle)).length;
    expect(size).toBeLessThan(450_000);
    expect(size).toBeGreaterThan(300_000);
  });

  it("leaves small bodies and images as they are, with their length", async () => {
    const health = await fetch("/health", { headers: { "Accept-Encoding": "br" } });
    expect(health.headers.get("content-encoding")).toBeNull();
    expect(health.headers.get("vary")).toBe("Accept-Encoding");
    expect(Number(health.headers.get("content-length"))).toBe((await bytes(health)).length);
    const icon = await fetch("/favicon.ico", { headers: { "Accept-Encoding": "br" } });
    expect(icon.headers.get("content-encoding")).toBeNull();
    expect(icon.headers.get("content-type")).toBe("image/vnd.microsoft.icon");
  });

  it("does not compress the export twice: its own gzip stream passes through", async () => {
    const res = await fetch("/v1/export", { headers: { "Accept-Encoding": "gzip, br" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const lines = gunzipSync(await bytes(res))
      .toString("utf8")
      .trim()
      .split("\n");
    expect(JSON.parse(lines[0] ?? "{}")).toHaveProperty("record", "entity");
  });

  it("answers 304 to the tag it gave, and 200 in another encoding to a tag of one the client no longer accepts", async () => {
    const first = await fetch("/v1/claims/tianeptine-is-an-ssre", { headers: { "Accept-Encoding": "br" } });
    expect(first.headers.get("etag")).toBe('"r1-br"');
    const again = await fetch("/v1/claims/tianeptine-is-an-ssre", {
      headers: { "Accept-Encoding": "br", "If-None-Match": '"r1-br"' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe('"r1-br"');
    expect(again.headers.get("vary")).toBe("Accept, Accept-Encoding");
    const other = await fetch("/v1/claims/tianeptine-is-an-ssre", {
      headers: { "Accept-Encoding": "gzip", "If-None-Match": '"r1-br"' },
    });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).toBe('"r1-gzip"');
  });

  it("accepts a compressed representation's tag in If-Match: a write's precondition names the revision", async () => {
    const res = await fetch("/v1/claims/tianeptine-is-an-ssre", {
      method: "PATCH",
      headers: {
        Authorization: `Bearer ${key}`,
        "If-Match": '"r1-gzip"',
        "Content-Type": "application/merge-patch+json",
        "Accept-Encoding": "br",
      },
      body: JSON.stringify({ context: "as the article puts it" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"r2-br"');
    const stale = await fetch("/v1/claims/tianeptine-is-an-ssre", {
      method: "PATCH",
      headers: {
        Authorization: `Bearer ${key}`,
        "If-Match": '"r1-br"',
        "Content-Type": "application/merge-patch+json",
      },
      body: JSON.stringify({ context: null }),
    });
    expect(stale.status).toBe(412);
  });
});

import { describe, expect, it } from "vitest";
import { specViolations } from "../support/spec";

const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

describe("the response check against openapi/openapi.json", () => {
  it("accepts a response the spec declares", () => {
    const body = { status: "ok", version: "0.1.0", runtime: "node", claims: 1 };
    expect(specViolations("GET", "/health", json(body), JSON.stringify(body))).toEqual([]);
  });

  it("rejects an undeclared status, a wrong content type and a body that breaks the schema", () => {
    const body = { status: "ok", version: "0.1.0", runtime: "node", claims: 1 };
    expect(specViolations("GET", "/health", json(body, 418), JSON.stringify(body))).toEqual([
      "GET /health → 418: status not declared for getHealth",
    ]);
    expect(specViolations("GET", "/health", json(body, 200, "text/plain"), JSON.stringify(body))).toEqual([
      "GET /health → 200: content-type text/plain not in application/json",
    ]);
    const broken = { status: "ok", version: 1 };
    expect(specViolations("GET", "/health", json(broken), JSON.stringify(broken))[0]).toMatch(
      /^GET \/health → 200: body breaks the schema: /,
    );
  });

  it("rejects a route the spec does not have, unless it is a 404", () => {
    expect(specViolations("GET", "/v9/x", json({}, 200), "{}")).toEqual(["GET /v9/x → 200: no operation in the spec"]);
    expect(specViolations("GET", "/v9/x", json({}, 404), "{}")).toEqual([]);
  });
});

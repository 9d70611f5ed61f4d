/**
 * Stands in, in the Worker bundle (wrangler.toml `[alias]`) and the compiled Node server
 * (scripts/build.mjs), for libraries that the MCP SDK
 * imports at its top level but this Worker never runs: Ajv and its formats (the SDK's default JSON
 * Schema validator, which compiles code at run time — something Workers forbid — and which
 * src/mcp/mcp.server.ts replaces with the SDK's Cloudflare validator) and zod-to-json-schema (for
 * Zod 3 schemas; every schema here is Zod 4). Leaving them out keeps the bundle within its budget, and the Node server's start short.
 * Reaching any of them is a bug, and says so.
 */
function absent(name: string): never {
  throw new Error(`${name} is left out of the Worker bundle (src/worker-absent.ts) and must not be reached.`);
}

/** `new Ajv()` and `addFormats(ajv)`. */
export default function notBundled(): never {
  absent("ajv");
}

export function zodToJsonSchema(): never {
  absent("zod-to-json-schema");
}

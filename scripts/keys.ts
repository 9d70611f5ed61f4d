/**
 * `npm run keys -- create --name NAME --scope write|admin|read`, `… list`, `… revoke NAME`: manages
 * API keys in a store — the Node server's SQLite file (DATABASE_PATH, default data/cited.db, or
 * `--db PATH`), or a Worker's D1 database through wrangler (`--d1 DB`, local by default, `--remote`
 * for the deployed one). A token is printed once; only its SHA-256 is stored.
 */
import { parseArgs } from "node:util";
import { and, eq, isNull } from "drizzle-orm";
import { openNodeStore } from "../src/db/node";
import { apiKeys, KEY_SCOPE, type KeyScope } from "../src/db/schema";
import { createKey, listKeys, newKey, revokeKey } from "../src/keys";
import { literal, toSqlText } from "./lib/sql";
import { d1Query, describeTarget, type StoreTarget, TARGET_OPTIONS, TARGET_USAGE, targetOf } from "./lib/target";

const USAGE = `usage: npm run keys -- create --name NAME --scope ${KEY_SCOPE.join("|")} ${TARGET_USAGE}
       npm run keys -- list ${TARGET_USAGE}
       npm run keys -- revoke NAME ${TARGET_USAGE}`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, scope: { type: "string", default: "write" }, ...TARGET_OPTIONS },
});
const [command, argument] = positionals;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

interface KeyListing {
  name: string;
  scope: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** What the commands need of a store, on either runtime. */
interface KeyStore {
  /** Creates the key unless one has the name; returns its token, or null when the name is taken. */
  create(name: string, scope: KeyScope): Promise<string | null>;
  list(): Promise<KeyListing[]>;
  /** Revokes the active key `name`; returns whether there was one. */
  revoke(name: string): Promise<boolean>;
  close(): void;
}

function nodeKeys(path: string): KeyStore {
  const store = openNodeStore(path);
  return {
    async create(name, scope) {
      if ((await listKeys(store.db)).some((key) => key.name === name)) return null;
      return createKey(store.db, name, scope);
    },
    list: () => listKeys(store.db),
    revoke: (name) => revokeKey(store.db, name),
    close: () => store.close(),
  };
}

function d1Keys(target: Extract<StoreTarget, { kind: "d1" }>): KeyStore {
  // Statements are built by Drizzle and sent as SQL text (wrangler's --command binds nothing): an
  // in-memory database lends Drizzle its dialect.
  const dialect = openNodeStore(":memory:");
  const named = (name: string) => `name = ${literal(name)}`;
  return {
    async create(name, scope) {
      const { token, row } = await newKey(name, scope);
      const [existing] = await d1Query(target, [
        `SELECT count(*) AS n FROM api_keys WHERE ${named(name)}`,
        toSqlText(dialect.db.insert(apiKeys).values(row).onConflictDoNothing()),
      ]);
      return Number(existing?.[0]?.n) > 0 ? null : token;
    },
    async list() {
      const [rows] = await d1Query(target, [
        "SELECT name, scope, prefix, created_at AS createdAt, revoked_at AS revokedAt FROM api_keys ORDER BY name",
      ]);
      return (rows ?? []) as unknown as KeyListing[];
    },
    async revoke(name) {
      const [active] = await d1Query(target, [
        `SELECT count(*) AS n FROM api_keys WHERE ${named(name)} AND revoked_at IS NULL`,
        toSqlText(
          dialect.db
            .update(apiKeys)
            .set({ revokedAt: new Date().toISOString() })
            .where(and(eq(apiKeys.name, name), isNull(apiKeys.revokedAt))),
        ),
      ]);
      return Number(active?.[0]?.n) > 0;
    },
    close: () => dialect.close(),
  };
}

const target = targetOf(values);
if (typeof target === "string") fail(target);
const keys = target.kind === "node" ? nodeKeys(target.path) : d1Keys(target);
try {
  if (command === "create") {
    const name = values.name ?? argument;
    if (!name || !/^[\w.-]{1,64}$/.test(name)) fail("create needs --name (letters, digits, . _ -; at most 64)");
    if (!KEY_SCOPE.includes(values.scope as KeyScope)) fail(`unknown scope '${values.scope}'`);
    const token = await keys.create(name, values.scope as KeyScope);
    if (token === null) fail(`a key named '${name}' exists in the ${describeTarget(target)}`);
    console.error(`Created key '${name}' with scope '${values.scope}' in the ${describeTarget(target)}.`);
    console.error("Its token is shown only now:");
    console.log(token);
  } else if (command === "list") {
    for (const key of await keys.list()) {
      console.log(
        `${key.name}\t${key.scope}\t${key.prefix}…\tcreated ${key.createdAt}${key.revokedAt ? `\trevoked ${key.revokedAt}` : ""}`,
      );
    }
  } else if (command === "revoke") {
    if (!argument) fail("revoke needs the key's name");
    if (!(await keys.revoke(argument))) fail(`no active key named '${argument}' in the ${describeTarget(target)}`);
    console.error(`Revoked key '${argument}'.`);
  } else {
    fail(command ? `unknown command '${command}'` : "missing command");
  }
} finally {
  keys.close();
}

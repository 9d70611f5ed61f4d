/**
 * `npm run keys -- create --name NAME --scope write|admin|read`, `… list`, `… revoke NAME`:
 * manages API keys in the database at DATABASE_PATH (default data/cited.db).
 */
import { parseArgs } from "node:util";
import { openNodeStore } from "../src/db/node";
import { KEY_SCOPE, type KeyScope } from "../src/db/schema";
import { createKey, listKeys, revokeKey } from "../src/keys";

const USAGE = `usage: npm run keys -- create --name NAME --scope ${KEY_SCOPE.join("|")}
       npm run keys -- list
       npm run keys -- revoke NAME`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, scope: { type: "string", default: "write" } },
});
const [command, argument] = positionals;
const path = process.env.DATABASE_PATH ?? "data/cited.db";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const store = openNodeStore(path);
try {
  if (command === "create") {
    const name = values.name ?? argument;
    if (!name || !/^[\w.-]{1,64}$/.test(name)) fail("create needs --name (letters, digits, . _ -; at most 64)");
    if (!KEY_SCOPE.includes(values.scope as KeyScope)) fail(`unknown scope '${values.scope}'`);
    if ((await listKeys(store.db)).some((key) => key.name === name)) fail(`a key named '${name}' exists`);
    const token = await createKey(store.db, name, values.scope as KeyScope);
    console.error(`Created key '${name}' with scope '${values.scope}'. Its token is shown only now:`);
    console.log(token);
  } else if (command === "list") {
    for (const key of await listKeys(store.db)) {
      console.log(
        `${key.name}\t${key.scope}\t${key.prefix}…\tcreated ${key.createdAt}${key.revokedAt ? `\trevoked ${key.revokedAt}` : ""}`,
      );
    }
  } else if (command === "revoke") {
    if (!argument) fail("revoke needs the key's name");
    if (!(await revokeKey(store.db, argument))) fail(`no active key named '${argument}'`);
    console.error(`Revoked key '${argument}'.`);
  } else {
    fail(command ? `unknown command '${command}'` : "missing command");
  }
} finally {
  store.close();
}

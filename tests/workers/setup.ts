import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Each test file has its own local D1, migrated here by the real migrations (idempotent).
await applyD1Migrations(env.DB, env.MIGRATIONS);

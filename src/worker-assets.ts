import { docsAssetResponse } from "./routes/meta/docs";

/**
 * Serves a docs asset from the Workers static assets behind `assets` (wrangler.toml's `[assets]`,
 * filled by `npm run build:worker`): swagger-ui's bundle alone is too big for the Worker script.
 */
export async function workersDocsAsset(assets: Fetcher, file: string): Promise<Response | null> {
  // The binding serves by path; the host is never contacted.
  const asset = await assets.fetch(`https://assets.invalid/${file}`);
  if (!asset.ok) return null;
  return docsAssetResponse(file, asset.body);
}

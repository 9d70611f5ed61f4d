/** `npm run openapi`: writes the OpenAPI document built from the routes to openapi/openapi.json. */
import { writeFileSync } from "node:fs";
import { renderOpenApiDocument } from "../src/openapi";

const target = new URL("../openapi/openapi.json", import.meta.url);
writeFileSync(target, renderOpenApiDocument());
console.log(`wrote ${target.pathname}`);

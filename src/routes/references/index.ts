import { createRouter } from "../../lib/router";
import * as handlers from "./references.handlers";
import * as routes from "./references.routes";

export const referencesRouter = createRouter()
  .openapi(routes.listReferences, handlers.listReferences)
  .openapi(routes.getReference, handlers.getReference)
  .openapi(routes.listReferenceClaims, handlers.listReferenceClaims)
  .openapi(routes.createReference, handlers.createReference)
  .openapi(routes.patchReference, handlers.patchReference);

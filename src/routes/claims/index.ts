import { createRouter } from "../../lib/router";
import * as handlers from "./claims.handlers";
import * as routes from "./claims.routes";

export const claimsRouter = createRouter()
  .openapi(routes.listClaims, handlers.listClaims)
  .openapi(routes.getClaim, handlers.getClaim)
  .openapi(routes.createClaim, handlers.createClaim)
  .openapi(routes.patchClaim, handlers.patchClaim)
  .openapi(routes.retractClaim, handlers.retractClaim)
  .openapi(routes.addCitation, handlers.addCitation)
  .openapi(routes.getCitation, handlers.getCitation)
  .openapi(routes.removeCitation, handlers.removeCitation)
  .openapi(routes.claimHistory, handlers.claimHistory)
  .openapi(routes.listChanges, handlers.listChanges);

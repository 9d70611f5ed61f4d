import { createRouter } from "../../lib/router";
import * as handlers from "./claims.handlers";
import * as routes from "./claims.routes";

export const claimsRouter = createRouter()
  .openapi(routes.listClaims, handlers.listClaims)
  .openapi(routes.getClaim, handlers.getClaim);

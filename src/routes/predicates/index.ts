import { createRouter } from "../../lib/router";
import * as handlers from "./predicates.handlers";
import * as routes from "./predicates.routes";

export const predicatesRouter = createRouter()
  .openapi(routes.listPredicates, handlers.listPredicates)
  .openapi(routes.getPredicate, handlers.getPredicate)
  .openapi(routes.createPredicate, handlers.createPredicate)
  .openapi(routes.patchPredicate, handlers.patchPredicate);

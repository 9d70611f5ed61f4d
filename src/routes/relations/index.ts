import { createRouter } from "../../lib/router";
import * as handlers from "./relations.handlers";
import * as routes from "./relations.routes";

export const relationsRouter = createRouter()
  .openapi(routes.listRelations, handlers.listRelations)
  .openapi(routes.getRelation, handlers.getRelation)
  .openapi(routes.addRelation, handlers.addRelation)
  .openapi(routes.removeRelation, handlers.removeRelation);

import { createRouter } from "../../lib/router";
import * as handlers from "./entities.handlers";
import * as routes from "./entities.routes";

export const entitiesRouter = createRouter()
  .openapi(routes.listEntities, handlers.listEntities)
  .openapi(routes.getEntity, handlers.getEntity)
  .openapi(routes.listEntityClaims, handlers.listEntityClaims)
  .openapi(routes.createEntity, handlers.createEntity)
  .openapi(routes.patchEntity, handlers.patchEntity);

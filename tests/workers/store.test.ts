import { env } from "cloudflare:workers";
import { openD1Store } from "../../src/db/d1";
import { storeScenarios } from "../scenarios/store.scenario";

storeScenarios(() => openD1Store(env.DB));

/**
 * What the Node server puts in front of the app (server.ts), in one place so that tests serve the same:
 * the by-id hot path (node-hot-path.ts) and shedding under overload (node-shed.ts), both answering as
 * the app does, learned from its own answers.
 */
import type { RequestListener } from "node:http";
import type { NodeStore } from "./db/node";
import { claimHotPath } from "./node-hot-path";
import { overloadShedder } from "./node-shed";
import type { WorkPool } from "./node-work";
import { claimDocumentVersion } from "./routes/claims/claims.documents";

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

export interface NodeFrontOptions {
  store: NodeStore;
  /** The pool whose saturation sheds searches and checks; none: nothing is shed here. */
  workPool?: Pick<WorkPool, "saturated">;
  /** The app's request log. */
  log: (line: Record<string, unknown>) => void;
  /** Bytes of by-id answers kept (see claimHotPath). */
  cacheBytes?: number;
}

export function nodeFront(options: NodeFrontOptions) {
  const hotPath = claimHotPath({
    readDocument: (id) => options.store.turnReader.readClaimDocument(id, claimDocumentVersion()),
    dataVersion: options.store.turnReader.dataVersion,
    log: options.log,
    cacheBytes: options.cacheBytes,
  });
  const shedder = overloadShedder({ saturated: () => options.workPool?.saturated() ?? false, log: options.log });
  return {
    /** The app's `fetch`, for the adapter: watched so that the front learns the app's answers. */
    fetch: <F extends Fetch>(fetch: F): F => shedder.observe(hotPath.observe(fetch)),
    /** The server's request listener, behind the front. */
    listener: (next: RequestListener): RequestListener => hotPath.listener(shedder.listener(next)),
  };
}

import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../types";
import { problem } from "./problem";

export interface RateLimitOptions {
  /** Writes allowed per key in each window. */
  limit: number;
  windowSeconds: number;
}

/** A fixed-window counter of writes per API key, kept in this process (or Workers isolate). */
export function createRateLimiter(options: RateLimitOptions) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    options,
    /** Counts one write by `key` at `now` (ms); returns what remains and when the window resets. */
    take(key: string, now = Date.now()) {
      const windowMs = options.windowSeconds * 1000;
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
        if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      }
      window.count += 1;
      return {
        allowed: window.count <= options.limit,
        remaining: Math.max(0, options.limit - window.count),
        resetSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
      };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * Limits writes per API key (after authentication). Every answer carries `RateLimit-Policy`,
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (IETF draft-ietf-httpapi-ratelimit-headers);
 * past the limit it is 429 problem+json with `Retry-After` (RFC 9110 §10.2.3).
 */
export const limitWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limiter = c.var.writeLimiter;
  const { limit, windowSeconds } = limiter.options;
  const state = limiter.take(c.var.actor);
  const headers = {
    "RateLimit-Policy": `${limit};w=${windowSeconds}`,
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
  };
  if (!state.allowed) {
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    c.header("Retry-After", String(state.resetSeconds));
    return problem(c, {
      status: 429,
      type: "rate-limited",
      title: "Too many requests",
      detail: `The key '${c.var.actor}' may write ${limit} times per ${windowSeconds} s; retry in ${state.resetSeconds} s.`,
    });
  }
  await next();
  for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
};

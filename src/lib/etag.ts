import type { Context } from "hono";
import { problem } from "./problem";

const FORMAT_SUFFIX: Record<string, string> = {
  "application/vnd.citationstyles.csl+json": "-csl",
  "application/x-bibtex": "-bib",
  "application/ld+json": "-ld",
};

/**
 * The strong ETag (RFC 9110 §8.8.3) of revision `revision` of a resource, in `format` when it is not
 * the JSON default (each representation has its own tag).
 */
export function revisionTag(revision: number, format?: string): string {
  return `"r${revision}${(format && FORMAT_SUFFIX[format]) ?? ""}"`;
}

/** Entity tags listed in an `If-Match` / `If-None-Match` header; `*` matches any. */
function listedTags(header: string): string[] {
  return header.split(",").map((tag) => tag.trim());
}

/** Whether `If-None-Match` (weak comparison, RFC 9110 §13.1.2) matches `etag`. */
export function noneMatch(c: Context, etag: string): boolean {
  const header = c.req.header("If-None-Match");
  if (!header) return false;
  return listedTags(header).some((tag) => tag === "*" || tag.replace(/^W\//, "") === etag);
}

/**
 * Checks the `If-Match` precondition of a write (RFC 9110 §13.1.1, strong comparison): a problem
 * response, or null when it holds. A write to an existing resource must name the representation it
 * read: without `If-Match`, or with `If-Match: *` — which holds for any current representation (RFC
 * 9110 §13.1.1) and so protects nothing against lost updates — the answer is 428 Precondition Required
 * (RFC 6585 §3: the server requires the request to be conditional in this way); a stale tag is 412.
 */
export function ifMatchFailure(c: Context, etag: string) {
  const header = c.req.header("If-Match");
  const tags = header ? listedTags(header) : [];
  if (tags.length === 0 || tags.includes("*")) {
    return problem(c, {
      status: 428,
      type: "precondition-required",
      title: "Precondition required",
      detail: header
        ? `If-Match: * does not protect against lost updates: send the current ETag (${etag}) to change this resource.`
        : `Send If-Match with the current ETag (${etag}) to change this resource.`,
    });
  }
  if (tags.includes(etag)) return null;
  return staleEtag(c, etag);
}

/** 412: the resource changed since the client read it. */
export function staleEtag(c: Context, etag?: string) {
  return problem(c, {
    status: 412,
    type: "precondition-failed",
    title: "Precondition failed",
    detail: etag
      ? `The resource changed: its current ETag is ${etag}. Read it again and reapply your change.`
      : "The resource changed while this write was applied. Read it again and reapply your change.",
  });
}

/** An ISO timestamp as an HTTP date (RFC 9110 §5.6.7), for `Last-Modified`. */
export function httpDate(iso: string): string {
  return new Date(iso).toUTCString();
}

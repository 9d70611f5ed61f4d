import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { problem } from "./problem";

/** Media types of the formats served besides JSON. */
export const MEDIA = {
  json: "application/json",
  csl: "application/vnd.citationstyles.csl+json",
  bibtex: "application/x-bibtex",
  jsonld: "application/ld+json",
} as const;

interface Range {
  type: string;
  q: number;
}

function parseAccept(header: string): Range[] {
  return header
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const value = q ? Number(q.slice(2)) : 1;
      return { type: type.trim().toLowerCase(), q: Number.isFinite(value) ? value : 0 };
    })
    .filter((range) => range.type.length > 0);
}

function matches(range: string, type: string): boolean {
  if (range === "*/*" || range === type) return true;
  return range.endsWith("/*") && type.startsWith(range.slice(0, -1));
}

/**
 * The best of `offered` for the request's `Accept` (RFC 9110 §12.5.1): the highest q, then the most
 * specific range, then the order of `offered`. No `Accept` means the first offered; null when none is
 * acceptable (the caller answers 406).
 */
export function negotiate(c: Context, offered: readonly string[]): string | null {
  const header = c.req.header("Accept");
  if (!header?.trim()) return offered[0] ?? null;
  const ranges = parseAccept(header);
  let best: { type: string; q: number; specificity: number; order: number } | null = null;
  offered.forEach((type, order) => {
    for (const range of ranges) {
      if (!matches(range.type, type)) continue;
      const specificity = range.type === type ? 2 : range.type === "*/*" ? 0 : 1;
      // The most specific range that matches decides this type's q.
      const candidate = { type, q: range.q, specificity, order };
      const current = best?.type === type ? best : null;
      if (current && current.specificity >= specificity) continue;
      if (candidate.q <= 0) {
        if (best?.type === type) best = null;
        continue;
      }
      if (
        !best ||
        candidate.q > best.q ||
        (candidate.q === best.q &&
          (specificity > best.specificity || (specificity === best.specificity && order < best.order)))
      ) {
        best = candidate;
      }
    }
  });
  return (best as { type: string } | null)?.type ?? null;
}

/** 406 naming what can be served. */
export function notAcceptable(c: Context, offered: readonly string[]) {
  c.header("Vary", "Accept");
  return problem(c, {
    status: 406,
    type: "not-acceptable",
    title: "Not acceptable",
    detail: `This resource is available as ${offered.join(", ")}.`,
  });
}

/**
 * Names of the formats for the `format` query parameter: an address that gives one format from a
 * link, where a browser cannot set `Accept`.
 */
export const FORMAT_NAMES = {
  json: MEDIA.json,
  jsonld: MEDIA.jsonld,
  csl: MEDIA.csl,
  bibtex: MEDIA.bibtex,
} as const;
export type FormatName = keyof typeof FORMAT_NAMES;

/** File name extension of a downloaded format. */
const DOWNLOAD_EXTENSION: Partial<Record<string, string>> = {
  [MEDIA.jsonld]: "jsonld",
  [MEDIA.csl]: "csl.json",
  [MEDIA.bibtex]: "bib",
};

/**
 * The format to answer with: the one `format` names, else the best of `offered` for `Accept`
 * (negotiate; the answer then varies on `Accept`). A format asked for by name that is not JSON is
 * a download (`Content-Disposition: attachment`, RFC 6266) named `<name>.<extension>`, since a
 * browser shows none of them. Null when `Accept` allows none of `offered` (406).
 */
export function chooseFormat(
  c: Context,
  offered: readonly string[],
  options: { format?: FormatName; downloadName: string },
): string | null {
  if (options.format === undefined) {
    c.header("Vary", "Accept");
    return negotiate(c, offered);
  }
  const type = FORMAT_NAMES[options.format];
  const extension = DOWNLOAD_EXTENSION[type];
  if (extension) {
    const name = `${options.downloadName.replace(/[^\w.-]+/g, "_")}.${extension}`;
    c.header("Content-Disposition", `attachment; filename="${name}"`);
  }
  return type;
}

/**
 * The `format` query parameter of a resource served in `names` (validated by the route): the
 * format by name, overriding `Accept`.
 */
export function formatQuery<const T extends readonly [FormatName, ...FormatName[]]>(names: T) {
  const list = names.map((name) => `\`${name}\` (${FORMAT_NAMES[name]})`).join(", ");
  return z
    .enum(names)
    .optional()
    .openapi({
      param: { name: "format", in: "query" },
      description: `The format by name, for links (a browser cannot set \`Accept\`): ${list}. It overrides \`Accept\`; formats other than JSON come as a download (\`Content-Disposition: attachment\` with a file name).`,
    });
}

/** Response headers of a resource served in several formats. */
export const formatHeaders = {
  "Content-Disposition": {
    description: "With `format` naming a format other than JSON: `attachment` with a file name (RFC 6266).",
    schema: { type: "string" as const },
  },
  Vary: {
    description: "`Accept` when the format was negotiated (no `format` parameter).",
    schema: { type: "string" as const },
  },
};

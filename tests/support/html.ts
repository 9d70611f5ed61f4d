/**
 * Just enough HTML reading for exact assertions on server-rendered pages (the pages are generated, so
 * their markup is regular): attributes of tags, text without tags, the embedded JSON-LD.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

/** Text with HTML character references decoded. */
export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? _);
}

/** The text content of `html`: tags removed, references decoded, white space collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** Every start tag `<name …>` as its attributes. */
export function tags(html: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, "gi"))) {
    const attributes: Record<string, string> = {};
    for (const attr of (match[1] ?? "").matchAll(/([\w:-]+)(?:="([^"]*)")?/g))
      attributes[attr[1] as string] = decode(attr[2] ?? "");
    out.push(attributes);
  }
  return out;
}

/** The inner HTML of each `<name>` element (not nested in itself). */
export function elements(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "gi"))].map(
    (match) => match[1] as string,
  );
}

/** The content of `<meta name|property="key">`. */
export function meta(html: string, key: string): string | undefined {
  return tags(html, "meta").find((tag) => tag.name === key || tag.property === key)?.content;
}

/** The href of the first `<link rel="rel">`. */
export function linkHref(html: string, rel: string): string | undefined {
  return tags(html, "link").find((tag) => tag.rel === rel)?.href;
}

/** Every `<a href>` target. */
export function hrefs(html: string): string[] {
  return tags(html, "a").flatMap((tag) => (tag.href === undefined ? [] : [tag.href]));
}

/** The parsed documents of every `<script type="application/ld+json">`. */
export function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) =>
    JSON.parse(match[1] as string),
  );
}

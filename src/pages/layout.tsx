import type { Child } from "hono/jsx";
import { jsonLdText } from "./claim-review";
import type { FormatLink } from "./formats";
import type { Site } from "./site";
import { STYLE } from "./style";

export interface PageHead {
  /** The page's own title; the site's name is appended. */
  title: string;
  /** One or two sentences: `<meta name="description">` and `og:description`. */
  description: string;
  /** Path (and query) of the canonical URL of this page. */
  path: string;
  ogType?: "website" | "article";
  /** Machine-readable forms of the page's resource, as `<link rel="alternate">`. */
  alternates?: FormatLink[];
  /** A JSON-LD document embedded for crawlers. */
  jsonLd?: unknown;
  /** `noindex` for pages crawlers should not list (errors, drafts). */
  robots?: string;
  /** Which navigation entry is this page. */
  current?: "home" | "check";
}

const NAV = [
  { key: "home", href: "/", label: "Claims" },
  { key: "check", href: "/check", label: "Check a sentence" },
  { key: "api", href: "/docs", label: "API" },
] as const;

/** A whole HTML document: head with title, canonical link, Open Graph, then header, main and footer landmarks. */
export function renderPage(site: Site, head: PageHead, body: Child): string {
  const canonical = site.url(head.path);
  const fullTitle = head.current === "home" && head.path === "/" ? head.title : `${head.title} · ${site.name}`;
  const document = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={head.description} />
        {head.robots ? <meta name="robots" content={head.robots} /> : null}
        <link rel="canonical" href={canonical} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {(head.alternates ?? [])
          .filter((format) => !format.href.startsWith("#"))
          .map((format) => (
            <link rel="alternate" type={format.type} href={format.href} title={format.label} />
          ))}
        <meta property="og:site_name" content={site.name} />
        <meta property="og:type" content={head.ogType ?? "website"} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={canonical} />
        <meta name="twitter:card" content="summary" />
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
        {head.jsonLd === undefined ? null : (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(head.jsonLd) }} />
        )}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              {site.name} <span>citation-backed claims</span>
            </a>
            <nav aria-label="Main">
              <ul>
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.key === head.current ? "page" : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="wrap">{body}</div>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              {site.name} serves atomic claims, each with the references that support, contradict or mention it and a
              confidence those references have to earn. Every page has a JSON twin: see the{" "}
              <a href="/docs">API reference</a> and the <a href="/openapi.json">OpenAPI document</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
  return `<!doctype html>${document}`;
}

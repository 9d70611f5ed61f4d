import { beforeAll, describe, expect, it } from "vitest";
import { findMentions } from "../../src/check/mentions";
import { CONFIDENCE } from "../../src/db/schema";
import { tokenize } from "../../src/domain/check/text";
import { CLAIM_REVIEW_RATING, claimReview, jsonLdText } from "../../src/pages/claim-review";
import { getJson, type Harness } from "../support/harness";
import { elements, hrefs, jsonLd, linkHref, meta, tags, textOf } from "../support/html";
import { startNodeApp } from "../support/node-app";
import { seedClaimIdsAbout, seedClaims, seedLevel } from "../support/seed";

const ONSET = "ssre-has-faster-onset-than-ssri";
const HTML_TYPE = "text/html; charset=UTF-8";

let app: Awaited<ReturnType<typeof startNodeApp>>;
let harness: Harness;
beforeAll(async () => {
  app = await startNodeApp();
  harness = app.harness;
});

/** GETs a page as a browser does and returns status, headers and the HTML. */
async function page(path: string, init: RequestInit = {}) {
  const res = await harness.fetch(path, { ...init, headers: { Accept: "text/html", ...init.headers } });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** Ids of the claims a page links to, in order. */
const claimLinks = (html: string) =>
  hrefs(html)
    .filter((href) => href.startsWith("/claims/"))
    .map((href) => decodeURIComponent(href.slice("/claims/".length)));

describe("GET /claims/{id}", () => {
  it("answers 200 HTML with the statement as title and h1, a canonical URL, Open Graph and a JSON alternate", async () => {
    const { status, headers, html } = await page(`/claims/${ONSET}`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe(HTML_TYPE);
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    const statement = "SSREs have a much faster, immediate onset of action compared with SSRIs.";
    expect(elements(html, "title")).toEqual([`${statement} · Cited`]);
    expect(elements(html, "h1")).toEqual([statement]);
    expect(linkHref(html, "canonical")).toBe(`http://localhost/claims/${ONSET}`);
    expect(meta(html, "description")).toBe(
      "Contested: sources disagree. 1 supporting, 1 contradicting and 1 mentioning references.",
    );
    expect(meta(html, "og:title")).toBe(statement);
    expect(meta(html, "og:url")).toBe(`http://localhost/claims/${ONSET}`);
    expect(meta(html, "og:type")).toBe("article");
    expect(meta(html, "og:description")).toBe(meta(html, "description"));
    expect(tags(html, "link").filter((tag) => tag.rel === "alternate")).toEqual([
      { rel: "alternate", type: "application/json", href: `/v1/claims/${ONSET}`, title: "JSON" },
      {
        rel: "alternate",
        type: "application/json",
        href: `/v1/claims/${ONSET}?include=references`,
        title: "JSON with references",
      },
      {
        rel: "alternate",
        type: "application/ld+json",
        href: `/v1/claims/${ONSET}?format=jsonld`,
        title: "ClaimReview (API)",
      },
      {
        rel: "alternate",
        type: "application/vnd.citationstyles.csl+json",
        href: `/v1/claims/${ONSET}?format=csl`,
        title: "Bibliography (CSL-JSON)",
      },
      {
        rel: "alternate",
        type: "application/x-bibtex",
        href: `/v1/claims/${ONSET}?format=bibtex`,
        title: "Bibliography (BibTeX)",
      },
      { rel: "alternate", type: "application/json", href: `/v1/claims/${ONSET}/history`, title: "History" },
    ]);
  });

  it("shows the confidence badge in words, its basis in a sentence, and the evidence tallies", async () => {
    const text = textOf((await page(`/claims/${ONSET}`)).html);
    expect(text).toContain("Confidence: Contested : sources disagree");
    expect(text).toContain(
      "Why: Contested: supported by Selective serotonin reuptake enhancer (tertiary); contradicted by Loo H and Deniker P (1988) (tier unknown). The rules give contested: contested needs at least 1 supporting and at least 1 contradicting reference.",
    );
    expect(text).toContain("1 supporting 1 contradicting 1 mentioning");
  });

  it("badges each citation with its reference's tier, in words", async () => {
    const items = elements((await page(`/claims/${ONSET}`)).html, "li").map(textOf);
    expect(items.find((item) => item.startsWith("Selective serotonin reuptake enhancer"))).toContain("Tertiary source");
    expect(items.find((item) => item.startsWith("Loo H, Deniker P"))).toContain("Tier not recorded");
    expect(items.find((item) => item.startsWith("Kasper S, Olié JP"))).toContain("Secondary source");
  });

  it("shows a claim's relations both ways, with the other claim and the quote that states it", async () => {
    const newer = textOf((await page("/claims/tianeptine-modulates-ampa-receptors")).html);
    expect(newer).toContain(
      "This claim supersedes (a later account that replaces): It has been speculated that tianeptine might act as an allosteric modulator of the serotonin transporter, at a site separate from the one SSRIs use. Speculative : proposed or hedged by its sources",
    );
    expect(newer).toContain("newer research suggests that its direct action is actually alteration");
    const older = textOf((await page("/claims/tianeptine-may-allosterically-modulate-serotonin-transporter")).html);
    expect(older).toContain(
      "This claim is superseded by: Tianeptine's direct action is to alter AMPA glutamate receptor activity. Asserted : stated by tertiary sources only (an encyclopedia, a textbook, the news)",
    );
    expect(older).toContain(
      "Why: Speculative: supported by Selective serotonin reuptake enhancer (tertiary); none contradicts it. Curators chose speculative, which the rules admit; the rules alone give asserted.",
    );
  });

  it("groups the citations by stance with locator, quote, note and links to each reference", async () => {
    const { html } = await page(`/claims/${ONSET}`);
    const sections = elements(html, "section");
    expect(sections.map((section) => textOf(elements(section, "h3")[0] ?? ""))).toEqual([
      "Supporting (1)",
      "Contradicting (1)",
      "Mentioning (1)",
    ]);
    const [supporting, contradicting, mentioning] = sections.map(textOf);
    expect(supporting).toContain("Location in the source: [1][10]");
    expect(supporting).toContain("“have a much faster onset of action (immediate)”");
    expect(contradicting).toContain("Loo H, Deniker P (1988). Untitled work (Clinical Neuropharmacology, 1988)");
    expect(contradicting).toContain("Curator’s note: Clinical profile of tianeptine");
    expect(mentioning).toContain("Kasper S, Olié JP (2002).");
    expect(mentioning).toContain("European Psychiatry 17(Suppl 3): 331-340");
    expect(hrefs(html)).toEqual(
      expect.arrayContaining([
        "/references/wikipedia-ssre",
        "/references/loo-deniker1988",
        "/references/kasper-olie2002",
        "https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer",
        "/entities/ssre",
        "/entities/ssri",
        `/v1/claims/${ONSET}`,
        `/v1/claims/${ONSET}?include=references`,
        "#claim-review",
      ]),
    );
  });

  it("links each reference to doi.org when it has a DOI", async () => {
    const { html } = await page("/claims/tianeptine-enhances-serotonin-reuptake");
    expect(hrefs(html)).toContain("https://doi.org/10.2165/00023210-200115030-00006");
  });

  it("embeds the claim's ClaimReview as JSON-LD, the same as the one shown on the page", async () => {
    const { html } = await page(`/claims/${ONSET}`);
    const [document, ...others] = jsonLd(html);
    expect(others).toEqual([]);
    const claim = (await getJson(harness, `/v1/claims/${ONSET}?include=references`)).body;
    expect(document).toEqual(
      claimReview(claim, claim.references, {
        url: `http://localhost/claims/${ONSET}`,
        author: { name: "Cited", url: "http://localhost/" },
      }),
    );
    expect(document).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: claim.statement,
      reviewRating: {
        "@type": "Rating",
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: "Contested: sources disagree",
      },
      datePublished: claim.createdAt,
      dateModified: claim.updatedAt,
    });
    const appearance = (document as { itemReviewed: { appearance: { name?: string }[] } }).itemReviewed.appearance;
    expect(appearance.map((work) => work.name)).toEqual([
      "Selective serotonin reuptake enhancer",
      undefined,
      "A meta-analysis of randomized controlled trials of tianeptine versus SSRI in the short-term treatment of depression",
    ]);
  });

  it("answers 304 to If-None-Match with the page's ETag, with the security headers on every page", async () => {
    const first = await page(`/claims/${ONSET}`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[0-9a-f]{24}"$/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    const again = await page(`/claims/${ONSET}`, { headers: { "If-None-Match": etag as string } });
    expect(again.status).toBe(304);
    expect(again.html).toBe("");
  });

  it("uses the configured public URL for canonical links, Open Graph and the ClaimReview", async () => {
    const { createApp } = await import("../../src/app");
    const configured = createApp({
      getStore: () => app.store,
      docsAsset: async () => null,
      runtime: "node",
      log: () => {},
      site: { publicUrl: "https://cited.example.org/", name: "Cited Example" },
    });
    const html = await (await configured.request(`/claims/${ONSET}`)).text();
    expect(linkHref(html, "canonical")).toBe(`https://cited.example.org/claims/${ONSET}`);
    expect(meta(html, "og:url")).toBe(`https://cited.example.org/claims/${ONSET}`);
    expect(meta(html, "og:site_name")).toBe("Cited Example");
    expect(jsonLd(html)[0]).toMatchObject({
      url: `https://cited.example.org/claims/${ONSET}`,
      author: { "@type": "Organization", name: "Cited Example", url: "https://cited.example.org/" },
    });
  });

  it("answers 404 as an HTML page for an unknown claim", async () => {
    const { status, headers, html } = await page("/claims/no-such-claim");
    expect(status).toBe(404);
    expect(headers.get("content-type")).toBe(HTML_TYPE);
    expect(elements(html, "h1")).toEqual(["Claim not found"]);
    expect(textOf(html)).toContain("No claim has the id “no-such-claim”.");
    expect(meta(html, "robots")).toBe("noindex");
  });
});

describe("claim pages after curators' writes", () => {
  let writes: Harness;
  beforeAll(async () => {
    writes = (await startNodeApp()).harness;
  });
  const writePage = async (path: string) => (await writes.fetch(path, { headers: { Accept: "text/html" } })).text();

  it("escapes what curators write, in the page and in the JSON-LD", async () => {
    const token = await writes.createKey("page-writer", "write");
    const statement = `Tianeptine is "safe" </script><script>alert(1)</script> & <b>cheap</b>.`;
    const created = await getJson(writes, "/v1/claims", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        id: "escaping-test",
        statement,
        subject: "tianeptine",
        predicate: "is-a",
        object: "antidepressants",
        confidence: "unsourced",
      }),
    });
    expect(created.status).toBe(201);
    const html = await writePage("/claims/escaping-test");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b>cheap");
    expect(elements(html, "h1")).toEqual([
      "Tianeptine is &quot;safe&quot; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;cheap&lt;/b&gt;.",
    ]);
    const [document] = jsonLd(html);
    expect(document).toMatchObject({
      claimReviewed: statement,
      reviewRating: { alternateName: "Unsourced: nothing backs it yet" },
    });
    expect((document as { reviewRating: Record<string, unknown> }).reviewRating.ratingValue).toBeUndefined();
  });

  it("shows the history of changes with who made them and why", async () => {
    const token = await writes.createKey("page-historian", "write");
    const patched = await getJson(writes, "/v1/claims/escaping-test?reason=Plain%20words", {
      method: "PATCH",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "If-Match": '"r1"' },
      body: JSON.stringify({ statement: "Tianeptine is an antidepressant." }),
    });
    expect(patched.status).toBe(200);
    const html = await writePage("/claims/escaping-test");
    const rows = elements(elements(html, "tbody")[0] ?? "", "tr").map((row) => elements(row, "td").map(textOf));
    expect(rows).toEqual([
      [expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), "Created", "page-writer", "—", "1"],
      [expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), "Changed statement", "page-historian", "Plain words", "2"],
    ]);
  });

  it("flags a claim whose every supporting reference is retracted", async () => {
    const token = await writes.createKey("page-retractor", "write");
    const retracted = await getJson(writes, "/v1/references/reagan2007", {
      method: "PATCH",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "If-Match": '"r1"' },
      body: JSON.stringify({
        retracted: true,
        retractedAt: "2026-11-01",
        retractionNotice: "Data could not be verified.",
      }),
    });
    expect(retracted.status).toBe(200);
    const claimPage = { html: await writePage("/claims/tianeptine-increases-bdnf-expression-in-rat-amygdala") };
    expect(textOf(claimPage.html)).toContain("Warning: every supporting reference of this claim is retracted.");
    expect(textOf(claimPage.html)).toContain("[Retracted]");
    expect(jsonLd(claimPage.html)[0]).toMatchObject({
      reviewRating: {
        alternateName:
          "Supported: backed by a source that is not tertiary, not yet corroborated (every supporting reference is retracted)",
      },
    });
    const referencePage = { html: await writePage("/references/reagan2007") };
    expect(textOf(referencePage.html)).toContain("Retracted on 2026-11-01 . Notice: Data could not be verified.");
  });
});

describe("GET /references/{id}", () => {
  it("shows the reference, where to read it, and the claims citing it grouped by stance", async () => {
    const { status, html } = await page("/references/wagstaff2001");
    expect(status).toBe(200);
    expect(textOf(html)).toContain(
      "Kind of source Secondary: a review of research: systematic review, meta-analysis, narrative review.",
    );
    expect(elements(html, "h1")).toEqual(["Tianeptine: a review of its use in depressive disorders"]);
    expect(elements(html, "title")).toEqual(["Tianeptine: a review of its use in depressive disorders · Cited"]);
    expect(linkHref(html, "canonical")).toBe("http://localhost/references/wagstaff2001");
    expect(hrefs(html)).toContain("https://doi.org/10.2165/00023210-200115030-00006");
    const text = textOf(html);
    expect(text).toContain("Wagstaff AJ, Ormrod D, Spencer CM");
    expect(text).toContain("Published in CNS Drugs Issued 2001 Volume 15 Issue 3 Pages 231-259");
    const headings = elements(html, "h3").map(textOf);
    const expected = seedClaims.filter((claim) => claim.citations.some((c) => c.reference === "wagstaff2001"));
    const count = (stance: string) =>
      expected.filter((claim) => claim.citations.some((c) => c.reference === "wagstaff2001" && c.stance === stance))
        .length;
    expect(headings).toEqual([`It supports (${count("supports")})`, `It mentions (${count("mentions")})`]);
    expect(claimLinks(html).sort()).toEqual(expected.map((claim) => claim.id).sort());
    expect(hrefs(html)).toEqual(
      expect.arrayContaining(["/v1/references/wagstaff2001", "/v1/references/wagstaff2001/claims"]),
    );
  });

  it("finds a reference by DOI, slash and all, with the canonical URL of its id", async () => {
    const { status, html } = await page("/references/doi:10.2165/00023210-200115030-00006");
    expect(status).toBe(200);
    expect(linkHref(html, "canonical")).toBe("http://localhost/references/wagstaff2001");
  });

  it("pages through the claims of a much-cited reference with Next page links", async () => {
    const all = seedClaims.filter((claim) => claim.citations.some((c) => c.reference === "wikipedia-ssre"));
    const seen: string[] = [];
    let path: string | undefined = "/references/wikipedia-ssre";
    while (path) {
      const { status, html } = await page(path);
      expect(status).toBe(200);
      seen.push(...claimLinks(html));
      path = tags(html, "a").find((tag) => tag.rel === "next")?.href;
    }
    expect(seen.sort()).toEqual(all.map((claim) => claim.id).sort());
  });

  it("answers 404 as a page for an unknown reference, and 400 for a cursor it did not make", async () => {
    const missing = await page("/references/nobody1999");
    expect(missing.status).toBe(404);
    expect(elements(missing.html, "h1")).toEqual(["Reference not found"]);
    const badCursor = await page("/references/wagstaff2001?cursor=forged");
    expect(badCursor.status).toBe(400);
    expect(elements(badCursor.html, "h1")).toEqual(["This page link is out of date"]);
  });
});

describe("GET /entities/{id}", () => {
  it("shows an entity found by alias, its aliases, and its claims as subject and as object", async () => {
    const { status, html } = await page("/entities/Stablon");
    expect(status).toBe(200);
    expect(elements(html, "h1")).toEqual(["tianeptine"]);
    expect(linkHref(html, "canonical")).toBe("http://localhost/entities/tianeptine");
    expect(elements(elements(html, "ul").find((list) => list.includes("Stablon")) ?? "", "li")).toEqual([
      "Stablon",
      "Coaxil",
      "Tatinol",
    ]);
    const about = seedClaims.filter((claim) => claim.subject === "tianeptine" || claim.object === "tianeptine");
    const asSubject = about.filter((claim) => claim.subject === "tianeptine").length;
    expect(elements(html, "h3").map(textOf)).toEqual([
      `As subject (${asSubject})`,
      `As object (${about.length - asSubject})`,
    ]);
    expect(claimLinks(html).sort()).toEqual(seedClaimIdsAbout("tianeptine"));
    expect(meta(html, "description")).toContain("Also known as Stablon, Coaxil, Tatinol.");
  });

  it("answers 404 as a page for an unknown entity", async () => {
    const { status, html } = await page("/entities/unobtainium");
    expect(status).toBe(404);
    expect(elements(html, "h1")).toEqual(["Entity not found"]);
  });
});

describe("GET / (home)", () => {
  it("lists every published claim a page at a time, with a search form", async () => {
    const first = await page("/");
    expect(first.status).toBe(200);
    expect(elements(first.html, "title")).toEqual(["Cited: citation-backed claims"]);
    expect(elements(first.html, "h1")).toEqual(["Citation-backed claims"]);
    expect(linkHref(first.html, "canonical")).toBe("http://localhost/");
    expect(tags(first.html, "form")).toEqual([
      { class: "search", "aria-label": "Search the claims", method: "get", action: "/" },
    ]);
    expect(tags(first.html, "input").map((input) => input.name)).toEqual(["q", "entity"]);
    expect(tags(first.html, "select").map((select) => select.name)).toEqual(["confidence", "predicate"]);
    const published = seedClaims.filter((claim) => claim.status === "published");
    expect(textOf(first.html)).toContain(`Cited holds ${published.length} published claims`);
    const ids: string[] = [];
    let path: string | undefined = "/";
    while (path) {
      const { html } = await page(path);
      ids.push(...claimLinks(html));
      path = tags(html, "a").find((tag) => tag.rel === "next")?.href;
    }
    expect([...ids].sort()).toEqual(published.map((claim) => claim.id).sort());
  });

  it("opens on the best-backed claims: in confidence order, unsourced last, with a legend that counts each", async () => {
    const { html } = await page("/");
    const order: readonly string[] = CONFIDENCE;
    const levelOf = (id: string) => {
      const claim = seedClaims.find((c) => c.id === id);
      return claim ? seedLevel(claim) : "unsourced";
    };
    const rank = (id: string) => order.indexOf(levelOf(id));
    const ranks = claimLinks(html).map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
    const start = html.indexOf('<ul class="confidence-legend">');
    const legend = html.slice(start, html.indexOf("</ul>", start));
    const counted = (value: string) => seedClaims.filter((c) => c.status === "published" && seedLevel(c) === value);
    expect(elements(legend, "li").map(textOf)).toEqual(
      order.map((value) => expect.stringContaining(`: ${counted(value).length} claim`)),
    );
    expect(tags(legend, "a").map((a) => a.href)).toEqual(order.map((value) => `/?confidence=${value}`));
    // The legend comes before the list it explains.
    expect(html.indexOf('class="confidence-legend"')).toBeLessThan(html.indexOf('class="claims"'));
  });

  it("marks the words a search matched in each result (the API's snippets)", async () => {
    const { html } = await page("/?q=enhances+serotonin");
    // Each hit shows why it matched: its statement's words marked, or a note that a name of its
    // subject or object did (SSREs are "selective serotonin reuptake enhancers").
    const hits = elements(html.slice(html.indexOf('<ul class="claims">')), "li");
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits)
      expect(hit).toMatch(/<a class="statement"[^>]*>[\s\S]*<mark>[^<]+<\/mark>|Matched through the name or an alias/);
    expect(hits.filter((hit) => hit.includes("Matched through")).length).toBeGreaterThan(0);
    expect(html).toContain("<mark>serotonin</mark>");
    expect(textOf(html)).toContain("The words it matched are marked.");
  });

  it("searches full text (an alias finds its entity's claims) and filters by confidence and predicate", async () => {
    const byAlias = await page("/?q=Stablon&entity=&confidence=&predicate=");
    expect(byAlias.status).toBe(200);
    const found = claimLinks(byAlias.html);
    expect(found).toHaveLength(Math.min(25, seedClaimIdsAbout("tianeptine").length));
    for (const id of found) expect(seedClaimIdsAbout("tianeptine")).toContain(id);
    expect(meta(byAlias.html, "robots")).toBe("noindex");
    expect(linkHref(byAlias.html, "canonical")).toBe("http://localhost/?q=Stablon");

    const contested = await page("/?entity=SSRI&confidence=contested");
    const expected = seedClaims
      .filter((c) => seedLevel(c) === "contested" && (c.subject === "ssri" || c.object === "ssri"))
      .map((c) => c.id)
      .sort();
    expect([...claimLinks(contested.html)].sort()).toEqual(expected);
    expect(textOf(contested.html)).toContain(
      `${expected.length} published claims about “SSRI”, whose confidence is contested.`,
    );

    const onset = await page("/?predicate=has-faster-onset-than");
    expect(claimLinks(onset.html)).toEqual([ONSET]);
  });

  it("combines the search with the entity filter", async () => {
    const { html } = await page("/?q=serotonin&entity=Stablon");
    const found = claimLinks(html);
    expect(found).toContain("tianeptine-enhances-serotonin-reuptake");
    for (const id of found) expect(seedClaimIdsAbout("tianeptine")).toContain(id);
  });

  it("says so when nothing matches, and when the entity filter names no entity", async () => {
    const nothing = await page("/?q=unobtainium");
    expect(nothing.status).toBe(200);
    expect(claimLinks(nothing.html)).toEqual([]);
    expect(textOf(nothing.html)).toContain("No published claim matching “unobtainium”.");
    const unknown = await page("/?entity=unobtainium");
    expect(textOf(unknown.html)).toContain("No entity is named “unobtainium”.");
  });

  it("answers 400 as a page naming an invalid filter", async () => {
    const { status, html } = await page("/?confidence=probable");
    expect(status).toBe(400);
    expect(elements(html, "h1")).toEqual(["This address is not valid"]);
    expect(textOf(html)).toContain("confidence:");
  });
});

describe("GET /check", () => {
  it("shows the form, and for a sentence the verdict, the names it uses and the claims it asserts", async () => {
    const empty = await page("/check");
    expect(empty.status).toBe(200);
    expect(elements(empty.html, "h1")).toEqual(["Check a sentence"]);
    expect(tags(empty.html, "textarea")).toEqual([
      { id: "text", name: "text", maxlength: "2000", required: "", "aria-describedby": "text-hint" },
    ]);

    const { status, html } = await page(
      `/check?text=${encodeURIComponent("Does Stablon enhance serotonin reuptake?")}`,
    );
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain("Verdict Supported : the store's references back what the sentence says");
    expect(text).toContain(
      'Why The store\'s references support what this sentence says: claim "tianeptine-enhances-serotonin-reuptake" (established)',
    );
    expect(text).toContain("“Stablon” — tianeptine");
    expect(text).toContain("not whether the sentence is true");
    const headings = elements(html, "h3").map(textOf);
    expect(headings.slice(0, 2)).toEqual(["Why", "Claims your sentence asserts (2)"]);
    expect(headings[2]).toMatch(/^Related claims \(\d+\)$/);
    expect(headings.at(-1)).toBe("Names found");
    // Each matched claim shows its citations inline, with links to the references' pages.
    expect(text).toContain(
      "Supporting: Tianeptine: a review of its use in depressive disorders · DOI 10.2165/00023210-200115030-00006",
    );
    expect(tags(html, "a").map((a) => a.href)).toContain("/references/wagstaff2001");
    // (The two it asserts, then related ones. Since the seed's second curation, "serotonin reuptake
    // enhancer" names the SSRE class, so the membership claim's wording no longer reads as an assertion
    // that tianeptine enhances reuptake.)
    expect(claimLinks(html).slice(0, 2)).toEqual([
      "tianeptine-enhances-serotonin-reuptake",
      "ssre-enhances-serotonin-reuptake",
    ]);
  });

  it("says when the claim a sentence asserts is superseded, and links the newer account", async () => {
    const { html } = await page(
      `/check?text=${encodeURIComponent("Tianeptine might act as an allosteric modulator of the serotonin transporter")}`,
    );
    const text = textOf(html);
    expect(text).toContain("Verdict Unverified : nothing in the store settles it either way");
    expect(text).toContain("It is superseded by a newer account the store holds");
    expect(text).toContain(
      "How other claims bear on it Superseded by the newer account: Tianeptine's direct action is to alter AMPA glutamate receptor activity. Asserted",
    );
    expect(hrefs(html)).toContain("/claims/tianeptine-modulates-ampa-receptors");
  });

  it("lists the claims a negated sentence denies", async () => {
    const { html } = await page(`/check?text=${encodeURIComponent("tianeptine blocks dopamine reuptake")}`);
    const text = textOf(html);
    expect(text).toContain("Verdict Refuted : the store's references go against what the sentence says");
    expect(
      elements(html, "h3")
        .map(textOf)
        .some((h) => h.startsWith("Claims your sentence denies (")),
    ).toBe(true);
    expect(claimLinks(html)).toContain("tianeptine-is-not-a-dopamine-uptake-inhibitor");
  });

  it("finds the longest names, aliases in the plural and possessives", async () => {
    const source = "Tianeptine's action on AMPA receptors and the serotonin transporter, unlike SSRIs.";
    const [mentions] = await findMentions(app.store.db, [{ source, tokens: tokenize(source) }]);
    expect(mentions?.map(({ text, entityId }) => ({ text, entityId }))).toEqual([
      { text: "Tianeptine's", entityId: "tianeptine" },
      { text: "AMPA receptors", entityId: "ampa-receptor" },
      { text: "serotonin transporter", entityId: "serotonin-transporter" },
      { text: "SSRIs", entityId: "ssri" },
    ]);
  });
});

describe("pages and the rest of the app", () => {
  it("answers page errors with problem+json to clients that do not ask for HTML", async () => {
    const missing = await getJson(harness, "/claims/no-such-claim");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(missing.body).toEqual({
      type: "/problems/not-found",
      title: "Not found",
      status: 404,
      detail: "No claim with id 'no-such-claim'.",
      instance: "/claims/no-such-claim",
      requestId: expect.any(String),
    });
    const invalid = await getJson(harness, "/?confidence=probable", { headers: { Accept: "application/json" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      type: "/problems/invalid-parameter",
      errors: [{ location: "query", field: "confidence", message: expect.any(String) }],
    });
    const cursor = await getJson(harness, "/entities/tianeptine?cursor=forged");
    expect(cursor.status).toBe(400);
    expect(cursor.body).toMatchObject({ type: "/problems/invalid-cursor" });
  });

  it("answers an unknown path with an HTML page for browsers and problem+json for programs", async () => {
    const browser = await page("/no/such/page");
    expect(browser.status).toBe(404);
    expect(browser.headers.get("content-type")).toBe(HTML_TYPE);
    expect(elements(browser.html, "h1")).toEqual(["Page not found"]);
    const program = await getJson(harness, "/no/such/page");
    expect(program.status).toBe(404);
    expect(program.headers.get("content-type")).toBe("application/problem+json");
  });

  it("has one h1, landmarks, a skip link to main and a labelled navigation on every page", async () => {
    for (const path of ["/", `/claims/${ONSET}`, "/references/wagstaff2001", "/entities/ssri", "/check", "/claims/x"]) {
      const { html } = await page(path);
      expect(elements(html, "h1"), path).toHaveLength(1);
      expect(tags(html, "a")[0], path).toEqual({ class: "skip", href: "#main" });
      expect(tags(html, "main"), path).toEqual([{ id: "main", tabindex: "-1" }]);
      expect(tags(html, "header"), path).toEqual([{ class: "site-header" }]);
      expect(tags(html, "nav")[0], path).toEqual({ "aria-label": "Main" });
      expect(tags(html, "footer"), path).toEqual([{ class: "site-footer" }]);
      expect(
        tags(html, "script").filter((tag) => tag.type !== "application/ld+json"),
        path,
      ).toEqual([]);
      expect(html, path).not.toMatch(/(src|href)="(https?:)?\/\/[^"]*\.(css|js|woff2?)"/);
    }
  });
});

describe("ClaimReview", () => {
  it("rates each confidence on a 1–5 scale, and leaves unsourced claims unrated", () => {
    expect(Object.fromEntries(CONFIDENCE.map((c) => [c, CLAIM_REVIEW_RATING[c]]))).toEqual({
      established: 5,
      supported: 4,
      asserted: 3,
      speculative: 3,
      contested: 2,
      refuted: 1,
      unsourced: null,
    });
  });

  it("escapes <, > and & in JSON-LD text so that nothing can close the script element", () => {
    const text = jsonLdText({ s: "</script><!-- & \u2028" });
    expect(text).toBe('{"s":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}');
    expect(JSON.parse(text)).toEqual({ s: "</script><!-- & \u2028" });
  });
});

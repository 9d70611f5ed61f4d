// biome-ignore-all lint/performance/useDomNodeTextContent: these tests assert what a reader sees, which is innerText.
import { readFileSync } from "node:fs";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../openapi/openapi.json";
import { seedClaimIdsAbout, seedClaims, seedLevel } from "../support/seed";
import { type Document, defaultRequests } from "../support/try-it-out";
import { runAxe, seriousViolations, summary } from "./axe";
import { FOCUSED, OVERFLOWS, REMOVE_CSS, TEXT_CONTRAST } from "./in-page";
import { launchOfflineBrowser, type OfflineBrowser, type RunningServer, screenshot, startServer } from "./support";

const ONSET = seedClaims.find((claim) => claim.id === "ssre-has-faster-onset-than-ssri");
if (!ONSET) throw new Error("the seed lacks ssre-has-faster-onset-than-ssri");
const KASPER_TITLE =
  "A meta-analysis of randomized controlled trials of tianeptine versus SSRI in the short-term treatment of depression";

let server: RunningServer;
let chrome: OfflineBrowser;
let page: Page;

beforeAll(async () => {
  [server, chrome] = await Promise.all([startServer(), launchOfflineBrowser()]);
  page = await chrome.newPage();
});

afterAll(async () => {
  await chrome?.browser.close();
  await server?.stop();
});

const go = (path: string) => page.goto(`${server.origin}${path}`);

/** axe-core over the page as it is: no serious or critical violation (and proof that axe ran). */
async function expectAccessible(p: Page, label: string) {
  const report = await runAxe(p);
  expect(report.passes, label).toBeGreaterThan(10);
  expect(seriousViolations(report), `${label}: ${summary(report)}`).toEqual([]);
  return report;
}

/** The two widths every page is checked and photographed at: a laptop and a phone. */
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
] as const;
const h1 = (p: Page = page) => p.locator("h1").innerText();
const path = (p: Page = page) => {
  const url = new URL(p.url());
  return `${url.pathname}${url.search}`;
};

describe("pages in headless Chromium, offline", () => {
  it("goes from the home page to a claim, to a reference, and back", async () => {
    const home = await go("/");
    expect(home?.status()).toBe(200);
    expect(await page.title()).toBe("Cited: citation-backed claims");
    expect(await h1()).toBe("Citation-backed claims");
    await expectAccessible(page, "home");
    await screenshot(page, "01-home");

    // The legend leads to the contested claims, where the onset claim is.
    await page
      .locator(".confidence-legend")
      .getByRole("link", { name: /^Contested: \d+ claims$/ })
      .click();
    expect(path()).toBe("/?confidence=contested");
    await page.getByRole("link", { name: ONSET.statement }).click();
    expect(path()).toBe(`/claims/${ONSET.id}`);
    expect(await h1()).toBe(ONSET.statement);
    expect(await page.title()).toBe(`${ONSET.statement} · Cited`);
    expect(await page.locator(".badge").first().innerText()).toBe("Contested: sources disagree");
    expect(await page.getByRole("list", { name: "Evidence: distinct references by stance" }).innerText()).toBe(
      "1 supporting\n1 contradicting\n1 mentioning",
    );
    expect(await page.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual([
      "Supporting (1)",
      "Contradicting (1)",
      "Mentioning (1)",
    ]);
    const review = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: ONSET.statement,
      url: `${server.origin}/claims/${ONSET.id}`,
      reviewRating: { ratingValue: 2, alternateName: "Contested: sources disagree" },
    });
    await page.getByText("ClaimReview JSON-LD").click();
    expect(await page.locator("#claim-review pre").isVisible()).toBe(true);
    await expectAccessible(page, "claim with its ClaimReview open");
    await screenshot(page, "02-claim");

    await page.getByRole("link", { name: KASPER_TITLE }).click();
    expect(path()).toBe("/references/kasper-olie2002");
    expect(await h1()).toBe(KASPER_TITLE);
    expect(await page.getByRole("link", { name: ONSET.statement }).count()).toBe(1);
    await expectAccessible(page, "reference");
    await screenshot(page, "03-reference");

    await page.goBack();
    expect(path()).toBe(`/claims/${ONSET.id}`);
    expect(await h1()).toBe(ONSET.statement);
    await page.goBack();
    expect(path()).toBe("/?confidence=contested");
    await page.goBack();
    expect(path()).toBe("/");
    expect(await h1()).toBe("Citation-backed claims");
  });

  it("follows a claim's entity to the entity page, which lists the claims about it", async () => {
    await go("/claims/tianeptine-enhances-serotonin-reuptake");
    await page.locator("dl.facts").getByRole("link", { name: "tianeptine" }).click();
    expect(path()).toBe("/entities/tianeptine");
    expect(await h1()).toBe("tianeptine");
    expect(await page.locator("#aliases + ul li").allInnerTexts()).toEqual(["Stablon", "Coaxil", "Tatinol"]);
    const listed = await page
      .locator("ul.claims a.statement")
      .evaluateAll((links) =>
        links.map((link) => decodeURIComponent(new URL((link as HTMLAnchorElement).href).pathname.slice(8))),
      );
    expect(listed.sort()).toEqual(seedClaimIdsAbout("tianeptine"));
    await expectAccessible(page, "entity");
    await screenshot(page, "04-entity");
  });

  it("runs a search from the home page's form, by brand name and confidence", async () => {
    await go("/");
    await page.getByRole("searchbox", { name: "Search" }).fill("Stablon");
    await page.getByText("Filter by entity, confidence or predicate").click();
    await page.getByRole("combobox", { name: "Confidence" }).selectOption("supported");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/\?q=Stablon/);
    expect(path()).toBe("/?q=Stablon&entity=&confidence=supported&predicate=");
    const expected = seedClaims.filter(
      (claim) => seedLevel(claim) === "supported" && (claim.subject === "tianeptine" || claim.object === "tianeptine"),
    );
    // Ranked by relevance: compare as sets.
    expect((await page.locator("ul.claims a.statement").allInnerTexts()).sort()).toEqual(
      expected.map((claim) => claim.statement).sort(),
    );
    expect(new Set(await page.locator("ul.claims .badge").allInnerTexts())).toEqual(
      new Set(["Supported: backed by a source that is not tertiary, not yet corroborated"]),
    );
    expect(await page.getByRole("status").innerText()).toBe(
      `${expected.length} published claims matching “Stablon”, whose confidence is supported. The words it matched are marked.`,
    );
    expect(await page.getByRole("searchbox", { name: "Search" }).inputValue()).toBe("Stablon");
    // The filters used stay open; the hits found through tianeptine's alias say so.
    expect(await page.locator("details.filters").getAttribute("open")).toBe("");
    expect(await page.getByText("Matched through the name or an alias of what it is about.").count()).toBe(
      expected.length,
    );
    await expectAccessible(page, "search results");
    await screenshot(page, "05-search");

    await go("/?q=enhances+serotonin");
    // Stemmed: "enhances" also finds "enhanced", "enhancers"…
    const marked = await page.locator("ul.claims a.statement mark").allInnerTexts();
    expect(marked.length).toBeGreaterThan(3);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^(enhanc|serotonin)/);
    await expectAccessible(page, "search results with marks");
  });

  it("checks a sentence from the check form and shows the verdict and the claims it asserts", async () => {
    await go("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Check a sentence" }).click();
    expect(path()).toBe("/check");
    await page.getByRole("textbox", { name: "Sentence" }).fill("Does Stablon enhance serotonin reuptake?");
    await page.getByRole("button", { name: "Check" }).click();
    await page.waitForURL(/\/check\?text=/);
    expect(await page.locator("#names + ul li").allInnerTexts()).toEqual([
      "“Stablon” — tianeptine",
      "“serotonin” — serotonin",
    ]);
    const verdict = page.getByRole("status");
    expect(await verdict.locator(".verdict-badge").innerText()).toBe(
      "VERDICT Supported: the store's references back what the sentence says",
    );
    expect((await verdict.locator(".why").innerText()).split(/\n+/)).toEqual([
      "Why",
      'The store\'s references support what this sentence says: claim "tianeptine-enhances-serotonin-reuptake" (established); subject "Stablon"; predicate "enhance reuptake" ~ "enhances the reuptake of"; object "serotonin"; it agrees. The sentence hedges or asks; its assertion was checked.',
      "Confidence of this answer: 100%.",
    ]);
    // What aligned, claim by claim, with the sentence's words.
    expect(await page.locator("#claims-same + ul.claims dl.alignment").first().innerText()).toContain(
      "Subject\naligned — “Stablon”",
    );
    const asserted = ["tianeptine-enhances-serotonin-reuptake", "ssre-enhances-serotonin-reuptake"].map(
      (id) => seedClaims.find((claim) => claim.id === id)?.statement ?? id,
    );
    expect(await page.locator("#claims-same + ul.claims a.statement").allInnerTexts()).toEqual(asserted);
    // The citations of each asserted claim, inline: what backs the verdict.
    const cited = page.getByRole("list", { name: `References cited for: ${asserted[0]}` });
    expect(await cited.locator("li").allInnerTexts()).toEqual([
      "Supporting: Selective serotonin reuptake enhancer at [2][3][4][5][6][7][8][9] · Read it",
      "Supporting: Tianeptine: a review of its use in depressive disorders · DOI 10.2165/00023210-200115030-00006",
      "Supporting: Tianeptine, a selective enhancer of serotonin uptake in rat brain",
      "Mentioning: Tianeptine: a novel atypical antidepressant that may provide new insights into the biomolecular basis of depression",
      "Mentioning: Tianeptine: A Facilitator of the Reuptake of Serotonin and Norepinephrine as an Antidepressant?",
    ]);
    await expectAccessible(page, "check with a verdict");
    await screenshot(page, "06-check");
    await cited.getByRole("link", { name: "Tianeptine: a review of its use in depressive disorders" }).click();
    expect(path()).toBe("/references/wagstaff2001");
  });

  it("is usable from the keyboard: a skip link first, then a visible focus ring", async () => {
    await go(`/claims/${ONSET.id}`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(FOCUSED)).toMatchObject({ tag: "a", text: "Skip to content", onScreen: true });
    await screenshot(page, "07-skip-link");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(FOCUSED)).toMatchObject({ tag: "main", id: "main" });
    await page.keyboard.press("Tab");
    const first = (await page.evaluate(FOCUSED)) as { tag: string; text: string; outline: string };
    expect(first).toMatchObject({ tag: "a", text: "selective serotonin reuptake enhancers", outline: "solid 3px" });
  });

  it("keeps text contrast at WCAG AA (4.5:1) on every page", async () => {
    const paths = ["/", `/claims/${ONSET.id}`, "/references/wagstaff2001", "/entities/ssri", "/check?text=SSRIs", "/x"];
    for (const target of paths) {
      await go(target);
      const texts = (await page.evaluate(TEXT_CONTRAST)) as { ratio: number; text: string; className: string }[];
      expect(texts.length, target).toBeGreaterThan(10);
      expect(
        texts.filter((text) => text.ratio < 4.5),
        target,
      ).toEqual([]);
    }
  });

  it("fits a phone's screen without sideways scrolling", async () => {
    const phone = await chrome.newPage({ width: 375, height: 812 });
    for (const [target, name] of [
      ["/", "08-phone-home"],
      [`/claims/${ONSET.id}`, "09-phone-claim"],
      ["/references/wikipedia-ssre", "10-phone-reference"],
      ["/check?text=Tianeptine+and+the+serotonin+transporter", "11-phone-check"],
    ] as const) {
      await phone.goto(`${server.origin}${target}`);
      expect(await phone.evaluate(OVERFLOWS), target).toBe(false);
      await screenshot(phone, name);
    }
    await phone.close();
  });

  it("reads in a sensible order with CSS off, the confidence still in words", async () => {
    await go(`/claims/${ONSET.id}`);
    await page.evaluate(REMOVE_CSS);
    const text = await page.locator("body").innerText();
    const order = [
      "Skip to content",
      ONSET.statement,
      "Confidence: Contested: sources disagree",
      "1 supporting",
      "Evidence",
      "Supporting (1)",
      "Contradicting (1)",
      "Mentioning (1)",
      "History",
      "Data and formats",
    ].map((part) => text.indexOf(part));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await screenshot(page, "12-claim-without-css");
  });

  it("renders the API reference at /docs from the server's own assets, with a way back to the site", async () => {
    await go("/docs");
    await page.waitForSelector(".opblock-tag", { timeout: 20_000 });
    expect(await page.locator(".info .title").first().innerText()).toContain("Cited API");
    expect(await page.locator(".opblock-tag").count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, "14-docs");
    await page.getByRole("banner").getByRole("link", { name: "Cited citation-backed claims" }).click();
    expect(path()).toBe("/");
  });

  it("shows an error page for an unknown claim", async () => {
    const response = await go("/claims/no-such-claim");
    expect(response?.status()).toBe(404);
    expect(await h1()).toBe("Claim not found");
    await page.getByRole("link", { name: "Search the claims" }).click();
    expect(path()).toBe("/");
    await go("/claims/no-such-claim");
    await expectAccessible(page, "not found");
    await screenshot(page, "13-not-found");
  });
});

/** Every page a reader meets, named for its screenshots. */
const PAGES = [
  ["home", "/"],
  ["search", "/?q=Stablon+serotonin"],
  ["filtered", "/?entity=SSRI&confidence=contested"],
  ["claim", `/claims/${ONSET.id}`],
  ["claim-unsourced", "/claims/tianeptine-is-the-only-known-ssre"],
  ["reference", "/references/wagstaff2001"],
  ["reference-article", "/references/wikipedia-ssre"],
  ["entity", "/entities/tianeptine"],
  ["check", "/check"],
  ["check-supported", "/check?text=Does+Stablon+enhance+serotonin+reuptake%3F"],
  ["check-refuted", "/check?text=tianeptine+blocks+dopamine+reuptake"],
  ["check-no-match", "/check?text=The+moon+is+made+of+cheese"],
  ["not-found", "/claims/no-such-claim"],
  ["bad-request", "/?confidence=certain"],
] as const;

describe("every page at 1280 and 375 px", () => {
  for (const viewport of WIDTHS) {
    it(`has no serious or critical axe-core violation and fits the screen, at ${viewport.width} px`, async () => {
      const p = await chrome.newPage(viewport);
      for (const [name, target] of PAGES) {
        await p.goto(`${server.origin}${target}`);
        await expectAccessible(p, `${target} at ${viewport.width} px`);
        expect(await p.evaluate(OVERFLOWS), `${target} overflows at ${viewport.width} px`).toBe(false);
        await screenshot(p, `page-${name}-${viewport.width}`);
      }
      await p.close();
    });
  }

  it("shows on a phone's first screen what the service is, how many claims it holds, the search and a claim's legend", async () => {
    const p = await chrome.newPage(WIDTHS[1]);
    await p.goto(`${server.origin}/`);
    const published = seedClaims.filter((claim) => claim.status === "published").length;
    const lede = p.locator("p.lede");
    expect(await lede.innerText()).toContain(`Cited holds ${published} published claims.`);
    const bottom = async (selector: string) => {
      const box = await p.locator(selector).first().boundingBox();
      return (box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0);
    };
    // The form takes well under half of the first screen, and the legend starts on it.
    expect(await bottom("form.search")).toBeLessThan(WIDTHS[1].height * 0.7);
    const form = await p.locator("form.search").boundingBox();
    expect(form?.height ?? 0).toBeLessThan(WIDTHS[1].height / 3);
    const legend = await p.locator(".confidence-legend").boundingBox();
    expect(legend?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(WIDTHS[1].height);
    await p.close();
  });
});

/** What a browser sends when it follows a link. */
const NAVIGATION_ACCEPT = /^text\/html,application\/xhtml\+xml/;

describe("format links, followed in the browser", () => {
  for (const target of [`/claims/${ONSET.id}`, "/references/wagstaff2001", "/entities/tianeptine"]) {
    it(`each link under "Data and formats" on ${target} gives the format it names`, async () => {
      const p = await chrome.newPage();
      await p.goto(`${server.origin}${target}`);
      const links = await p.locator("#formats + ul a[type]").evaluateAll((anchors) =>
        anchors.map((a) => ({
          label: (a as HTMLAnchorElement).innerText,
          href: a.getAttribute("href") ?? "",
          type: a.getAttribute("type") ?? "",
        })),
      );
      expect(links.length).toBeGreaterThanOrEqual(2);
      for (const link of links) {
        const url = new URL(link.href, server.origin).href;
        const download = p.waitForEvent("download", { timeout: 10_000 }).catch(() => null);
        const [response] = await Promise.all([
          p.waitForResponse((r) => r.url() === url),
          p.locator(`#formats + ul a[href="${link.href}"]`).click(),
        ]);
        const where = `${link.label} (${link.href})`;
        expect(response.request().headers().accept, where).toMatch(NAVIGATION_ACCEPT);
        expect(response.status(), where).toBe(200);
        const headers = response.headers();
        expect(headers["content-type"]?.split(";")[0], where).toBe(link.type);
        let body: string;
        if (link.type === "application/json") {
          expect(headers["content-disposition"], where).toBeUndefined();
          body = await response.text();
        } else {
          // Saved as a file with its name, rather than shown.
          const file = await download;
          expect(file, where).not.toBeNull();
          expect(file?.suggestedFilename(), where).toMatch(/^[\w.-]+\.(jsonld|csl\.json|bib)$/);
          body = readFileSync((await file?.path()) ?? "", "utf8");
        }
        expect(body.length, where).toBeGreaterThan(20);
        if (link.type === "application/x-bibtex") expect(body, where).toMatch(/^@\w+\{/);
        else expect(() => JSON.parse(body), where).not.toThrow();
        // A download leaves the page where it is; a shown document is left with Back.
        if (new URL(p.url()).pathname !== target) await p.goBack();
        expect(new URL(p.url()).pathname).toBe(target);
      }
      await p.close();
    });
  }
});

const PUBLIC_OPERATIONS = defaultRequests(spec as unknown as Document);
/** Empty on a fresh seed by design: the seed is not in the change feed (see the scenario of the same name). */
const EMPTY_UNTIL_WRITTEN = new Set(["listChanges", "getClaimHistory"]);
const tagOf = (operationId: string) => {
  for (const item of Object.values(
    spec.paths as Record<string, Record<string, { operationId: string; tags: string[] }>>,
  ))
    for (const operation of Object.values(item)) if (operation.operationId === operationId) return operation.tags[0];
  throw new Error(`no operation ${operationId}`);
};

describe("the API reference at /docs", () => {
  for (const viewport of WIDTHS) {
    it(`has no serious or critical axe-core violation at ${viewport.width} px: loaded, every operation open, one executed`, async ({
      annotate,
    }) => {
      const p = await chrome.newPage(viewport);
      await p.goto(`${server.origin}/docs`);
      await p.waitForSelector(".opblock-tag", { timeout: 20_000 });
      const loaded = await expectAccessible(p, `/docs at ${viewport.width} px`);
      await screenshot(p, `docs-${viewport.width}`);
      // Operation by operation would take long; all at once makes a page too heavy for a busy machine:
      // a tag's operations at a time, each opened (its Try it out form shows), checked, closed.
      const open: string[] = [];
      for (const tag of await p
        .locator(".opblock-tag-section")
        .evaluateAll((sections) =>
          sections.map((s) => s.querySelector(".opblock-tag")?.getAttribute("data-tag") ?? ""),
        )) {
        const section = p.locator(`.opblock-tag-section:has(.opblock-tag[data-tag="${tag}"])`);
        const controls = section.locator(".opblock-summary-control");
        const count = await controls.count();
        for (let i = 0; i < count; i++) await controls.nth(i).click();
        await section
          .locator(".opblock-body")
          .nth(count - 1)
          .waitFor();
        open.push(`${tag}: ${summary(await expectAccessible(p, `/docs, ${tag} open, at ${viewport.width} px`))}`);
        if (tag === "Claims") {
          await p.locator("#operations-Claims-listClaims .execute").click();
          await p
            .locator("#operations-Claims-listClaims .live-responses-table .response .response-col_status")
            .waitFor();
          open.push(
            `after Execute: ${summary(await expectAccessible(p, `/docs after Execute at ${viewport.width} px`))}`,
          );
          await screenshot(p, `docs-open-${viewport.width}`);
        }
        for (let i = 0; i < count; i++) await controls.nth(i).click();
      }
      await annotate(`axe at ${viewport.width} px — loaded: ${summary(loaded)}; ${open.join("; ")}`);
      expect(await p.evaluate(OVERFLOWS)).toBe(false);
      await p.close();
    }, 240_000);
  }

  describe("every public operation's Try it out, as the page fills it, answers 2xx with data", () => {
    let docs: Page;
    beforeAll(async () => {
      docs = await chrome.newPage();
      await docs.goto(`${server.origin}/docs`);
      await docs.waitForSelector(".opblock-tag", { timeout: 20_000 });
    });
    afterAll(() => docs?.close());

    for (const operation of PUBLIC_OPERATIONS) {
      const empty = EMPTY_UNTIL_WRITTEN.has(operation.operationId);
      it(`${operation.operationId}: ${operation.method} ${operation.url}${empty ? " (empty until a write)" : ""}`, async () => {
        if (operation.operationId === "getFaviconIco") {
          // Under Playwright's request interception (which cuts this browser off the network), a page's
          // fetch of /favicon.ico fails unseen ("Failed to fetch", no request event); in a browser
          // without it Swagger UI shows the 200 and the image. The same request, from this page:
          const res = await docs.request.get(new URL(operation.url, server.origin).href, {
            headers: operation.headers,
          });
          expect(res.status()).toBe(200);
          expect(res.headers()["content-type"]).toBe("image/vnd.microsoft.icon");
          expect((await res.body()).length).toBeGreaterThan(500);
          return;
        }
        const block = docs.locator(`#operations-${tagOf(operation.operationId)}-${operation.operationId}`);
        await block.locator(".opblock-summary-control").click();
        const sent: Request[] = [];
        const record = (request: Request) => {
          if (new URL(request.url()).pathname === new URL(operation.url, server.origin).pathname) sent.push(request);
        };
        docs.on("request", record);
        try {
          await block.locator(".execute").click();
          const cell = block.locator(".live-responses-table .response .response-col_status");
          await cell.waitFor();
          // The page sent what the spec's examples and defaults make (tests/support/try-it-out.ts).
          const url = new URL((await block.locator(".request-url pre").innerText()).trim());
          expect(`${url.pathname}${url.search}`).toBe(operation.url.replaceAll("+", "%20"));
          await expect.poll(() => cell.innerText(), { timeout: 10_000 }).toMatch(/^\d{3}/);
          const status = Number((await cell.innerText()).slice(0, 3));
          expect(status, operation.url).toBeGreaterThanOrEqual(200);
          expect(status, operation.url).toBeLessThan(300);
          const response = await sent.at(-1)?.response();
          if (!response) throw new Error(`no response seen for ${operation.url}`);
          const body = (await response.body()).toString("utf8");
          if (empty) expect(JSON.parse(body)).toEqual({ items: [], nextSince: null });
          else {
            expect(body.length, operation.url).toBeGreaterThan(40);
            const type = response.headers()["content-type"] ?? "";
            const parsed = type.startsWith("application/json") ? JSON.parse(body) : null;
            for (const key of ["items", "matches"])
              if (parsed && key in parsed) expect(parsed[key].length, `${operation.url} ${key}`).toBeGreaterThan(0);
          }
        } finally {
          docs.off("request", record);
          await block.locator(".opblock-summary-control").click();
        }
      });
    }
  });
});

describe("offline", () => {
  it("never reached off the machine: no page asked for anything but the server on loopback", async () => {
    expect(chrome.blocked).toEqual([]);
    // And the cut is real: following a reference's DOI link is refused.
    await go("/references/wagstaff2001");
    const doi = "https://doi.org/10.2165/00023210-200115030-00006";
    await page
      .getByRole("link", { name: "10.2165/00023210-200115030-00006" })
      .click()
      .catch(() => {});
    await page.waitForTimeout(200);
    expect(chrome.blocked).toEqual([doi]);
  });
});

// biome-ignore-all lint/performance/useDomNodeTextContent: these tests assert what a reader sees, which is innerText.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedClaimIdsAbout, seedClaims, seedLevel } from "../support/seed";
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
    await screenshot(page, "01-home");

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
    await screenshot(page, "02-claim");

    await page.getByRole("link", { name: KASPER_TITLE }).click();
    expect(path()).toBe("/references/kasper-olie2002");
    expect(await h1()).toBe(KASPER_TITLE);
    expect(await page.getByRole("link", { name: ONSET.statement }).count()).toBe(1);
    await screenshot(page, "03-reference");

    await page.goBack();
    expect(path()).toBe(`/claims/${ONSET.id}`);
    expect(await h1()).toBe(ONSET.statement);
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
    await screenshot(page, "04-entity");
  });

  it("runs a search from the home page's form, by brand name and confidence", async () => {
    await go("/");
    await page.getByRole("searchbox", { name: "Search" }).fill("Stablon");
    await page.getByRole("combobox", { name: "Confidence" }).selectOption("supported");
    await page.getByRole("button", { name: "Search" }).click();
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
      `${expected.length} published claims matching “Stablon”, whose confidence is supported.`,
    );
    expect(await page.getByRole("searchbox", { name: "Search" }).inputValue()).toBe("Stablon");
    await screenshot(page, "05-search");
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
    expect(await page.locator("p.verdict strong").innerText()).toBe("Verdict: Supported.");
    const asserted = [
      "tianeptine-enhances-serotonin-reuptake",
      "tianeptine-is-an-ssre",
      "ssre-enhances-serotonin-reuptake",
    ].map((id) => seedClaims.find((claim) => claim.id === id)?.statement);
    expect(await page.locator("#claims-same + ul.claims a.statement").allInnerTexts()).toEqual(asserted);
    await screenshot(page, "06-check");
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

  it("renders the API reference at /docs from the server's own assets", async () => {
    await go("/docs");
    await page.waitForSelector(".opblock-tag", { timeout: 20_000 });
    expect(await page.locator(".info .title").first().innerText()).toContain("Cited API");
    expect(await page.locator(".opblock-tag").count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, "14-docs");
  });

  it("shows an error page for an unknown claim", async () => {
    const response = await go("/claims/no-such-claim");
    expect(response?.status()).toBe(404);
    expect(await h1()).toBe("Claim not found");
    await page.getByRole("link", { name: "Search the claims" }).click();
    expect(path()).toBe("/");
    await go("/claims/no-such-claim");
    await screenshot(page, "13-not-found");
  });

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

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { boundParameters, MAX_BOUND_PARAMETERS } from "../../src/db/client";
import { citations, claims, references } from "../../src/db/schema";
import { confidenceViolation, tallyStances } from "../../src/domain/confidence";
import { seedDataset } from "../../src/seed/dataset";
import { loadSeed, seedStatements } from "../../src/seed/load";
import { startNodeApp } from "../support/node-app";
import { seedClaims, seedEntities, seedLiterature } from "../support/seed";

const article = readFileSync(new URL("../../seed/article.txt", import.meta.url), "utf8");
const ARTICLE = "wikipedia-ssre";

/** The article's sentences after its title line: each ends with "." and any citation markers. */
const bodyStart = article.indexOf("\n") + 1;
const sentences = [...article.slice(bodyStart).matchAll(/\S[\s\S]*?\.(?:\[\d+\])*(?=\s|$)/g)].map((m) => ({
  start: bodyStart + (m.index ?? 0),
  end: bodyStart + (m.index ?? 0) + m[0].length,
  text: m[0],
}));

const articleCitations = seedClaims.flatMap((claim) =>
  claim.citations.filter((c) => c.reference === ARTICLE).map((citation) => ({ claim, citation })),
);

describe("the seed against its source text", () => {
  it("keeps the article byte-for-byte as the shared source (its SHA-256)", () => {
    const bytes = readFileSync(new URL("../../seed/article.txt", import.meta.url));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      "56de933669730200a90def45adab28f17de0d4b2389e1bac2efaba3a9fe846dd",
    );
  });

  it("cites the article from every claim that decomposes it, with each quote found at its span", () => {
    expect(articleCitations.length).toBeGreaterThanOrEqual(25);
    for (const { claim, citation } of articleCitations) {
      expect(citation.span, claim.id).not.toBeNull();
      const [start, end] = citation.span ?? [0, 0];
      expect(article.slice(start, end), claim.id).toBe(citation.quote);
    }
  });

  it("decomposes every sentence of the article into at least one claim", () => {
    expect(sentences.length).toBe(7);
    for (const sentence of sentences) {
      const covered = articleCitations.some(({ citation }) => {
        const [start] = citation.span ?? [-1];
        return start >= sentence.start && start < sentence.end;
      });
      expect(covered, sentence.text.slice(0, 60)).toBe(true);
    }
  });

  it("cites with the marker that follows each quote in its sentence: supports with a marker, mentions without", () => {
    for (const { claim, citation } of articleCitations) {
      const [start, end] = citation.span ?? [0, 0];
      const sentence = sentences.find((s) => start >= s.start && end <= s.end);
      expect(sentence, claim.id).toBeDefined();
      const after = [...(sentence?.text ?? "").matchAll(/(?:\[\d+\])+/g)].find(
        (m) => (sentence?.start ?? 0) + (m.index ?? 0) >= end,
      );
      expect(citation.locator, claim.id).toBe(after?.[0] ?? null);
      expect(citation.stance, claim.id).toBe(citation.locator ? "supports" : "mentions");
    }
  });

  it("uses every marker [1]–[12] as a locator", () => {
    const locators = articleCitations.map(({ citation }) => citation.locator ?? "").join("");
    for (let n = 1; n <= 12; n++) expect(locators).toContain(`[${n}]`);
  });

  it("gives every claim a confidence its citations allow (DESIGN.md)", () => {
    for (const claim of seedClaims) {
      const tally = tallyStances(claim.citations.map((c) => ({ referenceId: c.reference, stance: c.stance })));
      expect(confidenceViolation(claim.confidence as never, tally), claim.id).toBeNull();
    }
  });

  it("gives every claim but a hedged one the most informative confidence its citations allow", () => {
    for (const claim of seedClaims) {
      if (claim.confidence === "speculative") continue;
      const t = tallyStances(claim.citations.map((c) => ({ referenceId: c.reference, stance: c.stance })));
      const strongest =
        t.supports && t.contradicts
          ? "contested"
          : t.supports >= 2
            ? "established"
            : t.supports
              ? "supported"
              : t.contradicts
                ? "refuted"
                : "unsourced";
      expect(claim.confidence, claim.id).toBe(strongest);
    }
  });

  it("shows the disagreements between the article and the literature", () => {
    const contradicted = seedClaims
      .filter((claim) => claim.citations.some((c) => c.stance === "contradicts"))
      .map((claim) => [claim.id, claim.confidence, claim.citations.find((c) => c.stance === "contradicts")?.reference]);
    expect(contradicted).toEqual(
      expect.arrayContaining([
        ["ssre-has-faster-onset-than-ssri", "contested", "loo-deniker1988"],
        ["ssre-better-tolerated-than-ssri", "contested", "kasper-olie2002"],
        ["fluoxetine-can-substitute-for-tianeptine-in-animals", "contested", "alici2006"],
      ]),
    );
  });

  it("gives hedged sentences speculative claims", () => {
    const hedged = ["it has been speculated", "might act", "seems to involve", "remains unclear"];
    for (const { claim, citation } of articleCitations) {
      if (hedged.some((phrase) => citation.quote?.includes(phrase)))
        expect(claim.confidence, claim.id).toBe("speculative");
    }
  });

  it("builds every literature reference from exactly the record's known fields", () => {
    for (const record of seedLiterature as unknown as Record<string, unknown>[]) {
      const reference = seedDataset.references.find((r) => r.id === record.key);
      expect(reference, String(record.key)).toBeDefined();
      expect({
        type: reference?.type,
        authors: reference?.authors,
        issued: reference?.issued,
        title: reference?.title,
        containerTitle: reference?.containerTitle,
        volume: reference?.volume,
        issue: reference?.issue,
        pages: reference?.pages,
        doi: reference?.doi,
        pmid: reference?.pmid,
        seenAt: reference?.seenAt,
        url: reference?.url,
      }).toEqual({
        type: record.type,
        authors: record.authors,
        issued: record.year === null ? null : String(record.year),
        title: record.title,
        containerTitle: record.container,
        volume: record.volume,
        issue: record.issue,
        pages: record.pages,
        doi: typeof record.doi === "string" ? record.doi.toLowerCase() : null,
        pmid: record.pmid,
        seenAt: record.seenAt,
        url: null,
      });
      if (record.markerMapping === "inferred")
        expect(reference?.note).toContain(`Probably the article's ${record.articleMarker}`);
    }
  });

  it("names only existing entities and references, with unique ids and aliases", () => {
    const entityIds = new Set(seedEntities.map((e) => e.id));
    const referenceIds = new Set(seedDataset.references.map((r) => r.id));
    expect(entityIds.size).toBe(seedEntities.length);
    expect(new Set(seedClaims.map((c) => c.id)).size).toBe(seedClaims.length);
    for (const claim of seedClaims) {
      expect(entityIds.has(claim.subject) && entityIds.has(claim.object), claim.id).toBe(true);
      for (const citation of claim.citations) expect(referenceIds.has(citation.reference), claim.id).toBe(true);
    }
    const names = seedEntities.flatMap((e) => [e.id, e.label, ...e.aliases].map((n) => [n.toLowerCase(), e.id]));
    const owners = new Map<string, Set<string>>();
    for (const [name, id] of names)
      owners.set(name as string, (owners.get(name as string) ?? new Set()).add(id as string));
    for (const [name, ids] of owners) expect(ids.size, name).toBe(1);
  });
});

describe("npm run seed", () => {
  it("reloads idempotently: same ids, same counts, no revision bumped", async () => {
    const { store, harness } = await startNodeApp();
    const before = await (await harness.fetch("/v1/claims?limit=100&status=published,draft")).json();
    await loadSeed(store);
    await loadSeed(store);
    const after = await (await harness.fetch("/v1/claims?limit=100&status=published,draft")).json();
    expect(after).toEqual(before);
    const [claimRows] = await store.db.select({ n: count() }).from(claims);
    const [referenceRows] = await store.db.select({ n: count() }).from(references);
    expect(claimRows?.n).toBe(seedClaims.length);
    expect(referenceRows?.n).toBe(seedLiterature.length + 1);
    store.close();
  });

  it("drops the citations of seeded claims that the seed no longer lists", async () => {
    const { store, harness } = await startNodeApp();
    const claimId = "tianeptine-modulates-ampa-receptors";
    const before = await (await harness.fetch(`/v1/claims/${claimId}`)).json();
    const stray = seedLiterature.find((record) => !before.referenceIds.includes(record.key))?.key;
    expect(stray).toBeDefined();
    await store.db.insert(citations).values({
      claimId,
      referenceId: String(stray),
      stance: "supports",
      createdAt: new Date().toISOString(),
    });
    await loadSeed(store);
    const after = await (await harness.fetch(`/v1/claims/${claimId}`)).json();
    expect(after.referenceIds).toEqual(before.referenceIds);
    store.close();
  });

  it("stays within D1's limits: at most 100 bound parameters a statement, and few statements", async () => {
    const { store } = await startNodeApp({ seed: false });
    const statements = seedStatements(store.db);
    for (const statement of statements) expect(boundParameters(statement)).toBeLessThanOrEqual(MAX_BOUND_PARAMETERS);
    // The Workers Free plan allows 50 queries per invocation; the Worker seeds an empty D1 in one.
    expect(statements.length).toBeLessThanOrEqual(40);
    store.close();
  });
});

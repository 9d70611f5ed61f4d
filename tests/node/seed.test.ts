import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { boundParameters, MAX_BOUND_PARAMETERS } from "../../src/db/client";
import { citations, claims, references } from "../../src/db/schema";
import { admittedConfidence, derivedConfidence, weighEvidence } from "../../src/domain/confidence";
import { seedDataset } from "../../src/seed/dataset";
import { loadSeed, seedStatements } from "../../src/seed/load";
import { startNodeApp } from "../support/node-app";
import {
  citedWithTiers,
  seedArticle,
  seedClaims,
  seedEntities,
  seedLiterature,
  seedRelations,
  seedTiers,
} from "../support/seed";

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

  it("gives every claim the level the rules give its citations and their tiers; a curators' choice only where they admit it", () => {
    for (const claim of seedClaims) {
      const cited = citedWithTiers(claim);
      const loaded = seedDataset.claims.find((c) => c.id === claim.id);
      if (claim.confidence === undefined) expect(loaded?.level, claim.id).toBe(derivedConfidence(cited));
      else {
        expect(claim.confidence, claim.id).toBe("speculative");
        expect(admittedConfidence(cited), claim.id).toContain(claim.confidence);
        expect(loaded?.level, claim.id).toBe(claim.confidence);
      }
    }
  });

  it("makes no claim supported or established on tertiary support alone", () => {
    for (const claim of seedDataset.claims) {
      const supporting = citedWithTiers(claim).filter((c) => c.stance === "supports");
      if (supporting.length > 0 && supporting.every((c) => c.tier === "tertiary"))
        expect(["supported", "established"], claim.id).not.toContain(claim.level);
    }
  });

  it("levels the seed's 37 claims as the rules give them", () => {
    const counts: Record<string, number> = {};
    for (const claim of seedDataset.claims) counts[claim.level] = (counts[claim.level] ?? 0) + 1;
    // Before source tiers: established 5, supported 17, speculative 4, contested 3, unsourced 8.
    expect(counts).toEqual({ established: 4, supported: 8, asserted: 10, speculative: 4, contested: 3, unsourced: 8 });
    const levelOf = (id: string) => seedDataset.claims.find((c) => c.id === id)?.level;
    // The article alone: asserted. The article and one review: supported, not established (the
    // encyclopedia restates the literature; it does not corroborate it).
    expect(levelOf("tianeptine-modulates-ampa-receptors")).toBe("asserted");
    expect(levelOf("ssre-enhances-serotonin-reuptake")).toBe("supported");
    expect(levelOf("tianeptine-enhances-serotonin-reuptake")).toBe("established");
  });

  it("shows the disagreements between the article and the literature, higher tiers against the article", () => {
    const contradicted = seedDataset.claims
      .filter((claim) => claim.citations.some((c) => c.stance === "contradicts"))
      .map((claim) => [claim.id, claim.level, claim.citations.find((c) => c.stance === "contradicts")?.reference]);
    expect(contradicted).toEqual(
      expect.arrayContaining([
        ["ssre-has-faster-onset-than-ssri", "contested", "loo-deniker1988"],
        ["ssre-better-tolerated-than-ssri", "contested", "kasper-olie2002"],
        ["fluoxetine-can-substitute-for-tianeptine-in-animals", "contested", "alici2006"],
      ]),
    );
    // A meta-analysis and an animal study outrank the encyclopedia: only contested or refuted show that.
    for (const id of ["ssre-better-tolerated-than-ssri", "fluoxetine-can-substitute-for-tianeptine-in-animals"]) {
      const claim = seedClaims.find((c) => c.id === id);
      expect(claim && weighEvidence(citedWithTiers(claim)).outranked, id).toBe(true);
      expect(claim && admittedConfidence(citedWithTiers(claim)), id).toEqual(["contested", "refuted"]);
    }
  });

  it("gives hedged sentences speculative claims", () => {
    const hedged = ["it has been speculated", "might act", "seems to involve", "remains unclear"];
    for (const { claim, citation } of articleCitations) {
      if (hedged.some((phrase) => citation.quote?.includes(phrase)))
        expect(claim.confidence, claim.id).toBe("speculative");
    }
  });

  it("tiers a reference only where its record says what the work is, in the record's own words", () => {
    const records = seedLiterature as unknown as { key: string; title: string | null; evidence: string }[];
    const ids = new Set(seedDataset.references.map((r) => r.id));
    expect(new Set(seedTiers.map((t) => t.reference)).size).toBe(seedTiers.length);
    for (const entry of seedTiers) {
      expect(ids.has(entry.reference), entry.reference).toBe(true);
      if (entry.tier === null) {
        expect(entry.unknown, entry.reference).toBeTruthy();
        expect(entry.design, entry.reference).toBeNull();
        continue;
      }
      const record = records.find((r) => r.key === entry.reference);
      const words = record ? `${record.title ?? ""} ${record.evidence}` : seedArticle.type;
      expect(words, entry.reference).toContain(entry.because);
      if (entry.design !== null) expect(entry.tier, entry.reference).toBe("primary");
    }
    expect(seedTiers.find((t) => t.reference === ARTICLE)?.tier).toBe("tertiary");
    for (const reference of seedDataset.references) {
      const entry = seedTiers.find((t) => t.reference === reference.id);
      expect([reference.tier, reference.design], reference.id).toEqual([entry?.tier ?? null, entry?.design ?? null]);
    }
  });

  it("relates the claims the article relates, each relation with its quote at its span", () => {
    const claimIds = new Set(seedClaims.map((c) => c.id));
    expect(seedRelations).toContainEqual(
      expect.objectContaining({
        from: "tianeptine-modulates-ampa-receptors",
        type: "supersedes",
        to: "tianeptine-may-allosterically-modulate-serotonin-transporter",
      }),
    );
    for (const relation of seedRelations) {
      const name = `${relation.from} ${relation.type} ${relation.to}`;
      expect(claimIds.has(relation.from) && claimIds.has(relation.to), name).toBe(true);
      expect(relation.citations.length, name).toBeGreaterThan(0);
      for (const citation of relation.citations) {
        expect(citation.reference, name).toBe(ARTICLE);
        const [start, end] = citation.span ?? [0, 0];
        expect(article.slice(start, end), name).toBe(citation.quote);
      }
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

  it("gives a new revision to every claim whose basis or relations a reload changes, and puts them back", async () => {
    const { store, harness } = await startNodeApp();
    const revision = async (id: string) => (await (await harness.fetch(`/v1/claims/${id}`)).json()).revision;
    const [newer, older] = [
      "tianeptine-modulates-ampa-receptors",
      "tianeptine-may-allosterically-modulate-serotonin-transporter",
    ];
    expect([await revision(newer), await revision(older), await revision("tianeptine-is-an-ssre")]).toEqual([1, 1, 1]);
    // As a database seeded before tiers and relations would be: no relation, no tier.
    store.sqlite.exec("DELETE FROM claim_relations WHERE type = 'supersedes'");
    store.sqlite.exec(`UPDATE "references" SET tier = NULL, design = NULL WHERE id = 'mennini1987'`);
    await loadSeed(store);
    const reloaded = await (await harness.fetch(`/v1/claims/${newer}`)).json();
    expect(reloaded.relations.map((r: { type: string; to: string }) => [r.type, r.to])).toEqual([
      ["supersedes", older],
    ]);
    expect([await revision(newer), await revision(older)]).toEqual([2, 2]);
    // mennini1987 is cited by tianeptine-is-an-ssre (among others): its basis names the tier again.
    const ssre = await (await harness.fetch("/v1/claims/tianeptine-is-an-ssre")).json();
    expect(ssre.revision).toBe(2);
    expect(ssre.basis.counted).toContainEqual({ referenceId: "mennini1987", stance: "supports", tier: "primary" });
    // And a reload that changes nothing bumps nothing.
    await loadSeed(store);
    expect([await revision(newer), await revision(older), await revision("tianeptine-is-an-ssre")]).toEqual([2, 2, 2]);
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

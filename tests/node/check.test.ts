import { beforeAll, describe, expect, it } from "vitest";
import { refreshStatementNames } from "../../src/check/statement-names";
import type { Confidence } from "../../src/db/schema";
import { verdictOf } from "../../src/domain/check/verdict";
import { checkScenarios } from "../scenarios/check.scenario";
import { startDomainApp } from "../support/check-eval";
import { fixtureClaim } from "../support/fixture-claims";
import {
  expectAnswers,
  expectOnlyRelated,
  expectParts,
  expectUnverified,
  getJson,
  type Harness,
  PROBLEM_TYPE,
  postCheck,
} from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

checkScenarios(() => harness);

/** Each text's verdict as given, and no decisive verdict for each of `silent`. */
async function expectVerdicts(
  verdict: (text: string) => Promise<string>,
  decisive: [string, string][],
  silent: string[] = [],
): Promise<void> {
  for (const [text, expected] of decisive) expect(await verdict(text), text).toBe(expected);
  for (const text of silent) expect(await verdict(text), text).not.toMatch(/supported|refuted/);
}

/** A fixture claim that `referenceId` supports: `claim(id, statement, subject, predicate, object)`. */
const supportedClaim = (referenceId: string) => fixtureClaim(referenceId);

/** A fresh seeded server with `records` imported through the API (a fixture domain of a describe). */
async function importedDomain(records: object[]): Promise<Harness> {
  const harness = (await startNodeApp()).harness;
  const token = await harness.createKey(`fixture-${records.length}`, "admin");
  const res = await harness.fetch("/v1/import", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-ndjson" },
    body: records.map((r) => JSON.stringify(r)).join("\n"),
  });
  expect(res.status).toBe(200);
  return harness;
}

describe("/v1/check over its time budget", () => {
  it("answers 503 check-timeout, problem+json, when the budget is spent", async () => {
    const { harness: tight } = await startNodeApp({ limits: { checkBudgetMs: 0 } });
    const res = await getJson(tight, `/v1/check?text=${encodeURIComponent("Stablon acts on glutamate receptors")}`);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
    expect(res.body).toMatchObject({
      type: "/problems/check-timeout",
      title: "Check took too long",
      status: 503,
      detail: "The check ran over its time budget. Send a shorter text, or retry.",
    });
  });
});

describe("/v1/check on comparisons of pace and length (two fictional drugs, by import)", () => {
  let onset: Harness;
  beforeAll(async () => {
    onset = await startDomainApp("tests/support/onset.ndjson");
  });

  it("reads the 'less' of 'takes less time to' as how fast, not as turning the comparison round", async () => {
    // (The first two were refuted: "less … than" was read as the comparison turned round, after the pace
    // phrase had already read "less time to" as "faster".)
    await expectAnswers(
      onset,
      [
        [
          "Fastrel takes less time to start working than slowmab.",
          "supported",
          "fastrel-has-faster-onset-than-slowmab",
        ],
        ["It takes less time to clear fastrel than slowmab.", "supported", "fastrel-is-cleared-faster-than-slowmab"],
        ["Slowmab takes less time to start working than fastrel.", "refuted", "fastrel-has-faster-onset-than-slowmab"],
        ["Fastrel starts working faster than slowmab.", "supported", "fastrel-has-faster-onset-than-slowmab"],
      ],
      3,
    );
  });

  it("reads 'takes longer to' as slower against a claim of 'faster' (was unverified)", async () => {
    await expectAnswers(
      onset,
      [
        ["Fastrel takes longer to start working than slowmab.", "refuted", "fastrel-has-faster-onset-than-slowmab"],
        ["It takes fastrel longer to start working than slowmab.", "refuted", "fastrel-has-faster-onset-than-slowmab"],
        ["Fastrel takes longer to be cleared than slowmab.", "refuted", "fastrel-is-cleared-faster-than-slowmab"],
      ],
      3,
    );
  });

  it("reads 'more or less' as 'about', not as a comparison turned round (was refuted)", async () => {
    await expectAnswers(
      onset,
      [
        [
          "Fastrel is cleared faster than slowmab, more or less.",
          "supported",
          "fastrel-is-cleared-faster-than-slowmab",
        ],
      ],
      3,
    );
  });

  it("reads an adverb as opposite to what its adjective is opposite to: 'more slowly' against 'faster' (was unverified)", async () => {
    await expectAnswers(
      onset,
      [
        ["Fastrel is cleared more slowly than slowmab.", "refuted", "fastrel-is-cleared-faster-than-slowmab"],
        ["Fastrel starts working more slowly than slowmab.", "refuted", "fastrel-has-faster-onset-than-slowmab"],
        ["Slowmab starts working more slowly than fastrel.", "supported", "fastrel-has-faster-onset-than-slowmab"],
      ],
      3,
    );
    // (Without "than", no comparison: how it is cleared.)
    await expectOnlyRelated(onset, "Fastrel is cleared slowly.", 3);
  });

  it("reads a comparative ('shorter colds') as an adjective only, never as a verb of the lexicon's ('to short')", async () => {
    // ("Shorter" took in the verb senses of "short", so "shorter colds" was read as a verb and its object
    // naming cold duration, then as the opposite of "reduces": both were refuted.)
    await expectAnswers(
      onset,
      [
        ["People who take fastrel have shorter colds.", "supported", "fastrel-reduces-cold-duration"],
        ["Fastrel gives you shorter colds.", "supported", "fastrel-reduces-cold-duration"],
      ],
      3,
    );
    const verdict = async (text: string) => (await postCheck(onset, text, 3)).body.verdict;
    await expectVerdicts(verdict, [], ["People who take fastrel have longer colds."]);
  });

  it("takes a statement that carries its context without the context's number as stating it ('High-dose fastrel' for 'at doses of 40 mg a day or more')", async () => {
    // (The first two had no verdict: a number of the context had to be said, whatever the statement said.)
    await expectAnswers(
      onset,
      [
        ["High-dose fastrel can cause tremor.", "supported", "fastrel-causes-tremor-at-high-doses"],
        ["High-dose fastrel doesn't cause tremor.", "refuted", "fastrel-causes-tremor-at-high-doses"],
        ["Fastrel at 40 mg a day causes tremor.", "supported", "fastrel-causes-tremor-at-high-doses"],
      ],
      3,
    );
    const verdict = async (text: string) => (await postCheck(onset, text, 3)).body.verdict;
    await expectVerdicts(verdict, [], ["Fastrel causes tremor.", "High-dose fastrel of 10 mg a day causes tremor."]);
  });

  it("turns a comparison round only by its own word: another thing compared ('stop' for 'start') says neither", async () => {
    // (The first two were refuted and the last two supported: "stop" met "start" (or "onset") as its
    // opposite, and that opposite turned the comparison — or cancelled the one "slower" had turned.)
    for (const text of [
      "Fastrel stops working sooner than slowmab.",
      "Fastrel takes less time to stop working than slowmab.",
      "Fastrel is slower to stop working than slowmab.",
      "Fastrel takes longer to stop working than slowmab.",
    ]) {
      const res = await expectOnlyRelated(onset, text, 3);
      expect(res.body.matches[0].claimId, text).toBe("fastrel-has-faster-onset-than-slowmab");
      expect(res.body.matches[0].alignment.held, text).toMatch(
        /^the sentence compares "stops?" where the claim compares "(starts?|onset)"$/,
      );
    }
  });
});

describe("/v1/check on a small domain written for these tests (ibuprofen, by import)", () => {
  let ibuprofen: Harness;
  beforeAll(async () => {
    ibuprofen = await startDomainApp("tests/support/ibuprofen.ndjson");
  });

  it("reads a phrase of benefit, a verb of treating or of fighting as a claim's lowering of an ailment", async () => {
    await expectAnswers(
      ibuprofen,
      [
        ["Ibuprofen helps with inflammation.", "supported", "ibuprofen-reduces-inflammation"],
        ["Ibuprofen works against inflammation.", "supported", "ibuprofen-reduces-inflammation"],
        ["Ibuprofen fights fever.", "supported", "ibuprofen-reduces-fever"],
        ["Ibuprofen treats fever.", "supported", "ibuprofen-reduces-fever"],
        ["Ibuprofen does not help with fever.", "refuted", "ibuprofen-reduces-fever"],
        ["Nurofen makes pain worse.", "refuted", "ibuprofen-relieves-pain"],
      ],
      3,
    );
    // Not of what is no ailment, nor against a claim that raises one.
    for (const text of ["Ibuprofen helps with stomach bleeding.", "Ibuprofen is good for blood pressure."])
      await expectOnlyRelated(ibuprofen, text, 3);
  });

  it("reads 'worse' of an ailment as more of it, never as bringing it about ('makes dementia worse' is no 'causes dementia')", async () => {
    const statins = await startDomainApp("tests/support/statins.ndjson");
    await expectAnswers(statins, [["Statins make LDL worse.", "unverified", "statins-lower-ldl"]], 3);
    for (const text of ["Statins make dementia worse.", "Statins make muscle pain worse."])
      await expectOnlyRelated(statins, text, 3);
    await expectAnswers(ibuprofen, [["Nurofen makes pain worse.", "refuted", "ibuprofen-relieves-pain"]], 3);
  });

  it("implies no predicate where a phrase of benefit stands between the two ('helps with blood pressure')", async () => {
    const res = await expectOnlyRelated(ibuprofen, "Ibuprofen helps with blood pressure.", 3);
    expect(res.body.matches[0].alignment.predicate.implied).toBe(false);
  });
});

describe("/v1/check: a predicate implied by the two things a sentence names (caffeine domain, by import)", () => {
  let caffeine: Harness;
  beforeAll(async () => {
    caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
  });
  const check = (text: string) => postCheck(caffeine, text, 3);

  it("reads a verb that brings about with the comparative before its object once: 'leads to a lower frequency of'", async () => {
    // (Each was the other way round: the light verb's "lower" counted twice.)
    await expectAnswers(
      caffeine,
      [
        [
          "Methylxanthines lead to a lower frequency of apnea of prematurity.",
          "supported",
          "methylxanthines-reduce-apnea-of-prematurity",
        ],
        ["Caffeine withdrawal gives you a lower risk of headache.", "refuted", "caffeine-withdrawal-causes-headache"],
      ],
      3,
    );
    // (A "less" right before the object of "causes" says less than something not said ("causes less
    // tremor at night"): no verdict — "Caffeine causes less sleep" was refuted, "causes" meeting
    // "disrupts" as its opposite. A "less" of the adverb the predicate meets turns the adverb, which is not
    // read; a "less" before the predicate's noun, with no verb that brings it about, says an amount not
    // read; "shorter" and "longer" may say less of a thing or that it goes more slowly. All but the
    // third were decided the wrong way before this stop ("High doses … cause less anxiety" was
    // supported) — the last one only while "longer" was read as "more", earlier in this stop.)
    for (const text of [
      "Caffeine causes less sleep.",
      "High doses of caffeine cause less anxiety.",
      "Caffeine causes less anxiety.",
      "Smoking makes caffeine clear less slowly.",
      "Pregnancy makes caffeine get eliminated less quickly.",
      "Caffeine leads to less sleep disruption.",
      "Caffeine gives you shorter sleep.",
      "Caffeine results in shorter total sleep time.",
      "Pregnancy makes caffeine clearance take longer.",
    ])
      expect((await check(text)).body.verdict, text).toBe("unverified");
  });

  it("reads the 'at all' of a denial as the denial's, not as a universal over people ('at all in people' was held)", async () => {
    await expectAnswers(
      caffeine,
      [
        [
          "Caffeine doesn't trigger panic attacks at all in people with panic disorder.",
          "refuted",
          "caffeine-triggers-panic-attacks-in-panic-disorder",
        ],
      ],
      3,
    );
    const any = await check("Caffeine triggers panic attacks at any dose in people with panic disorder.");
    expect(any.body.verdict).toBe("unverified");
    expect(any.body.matches[0].alignment.held).toBe('the sentence says more than the claim ("at any dose")');
  });

  it("holds an opposite said of the claim's context ('early' for 'late'), an amount of time it does not say ('a day before', 'by an hour'), and 'much more'", async () => {
    await expectVerdicts(
      async (text) => (await check(text)).body.verdict,
      [
        ["Pregnancy slows the elimination of caffeine, especially late in pregnancy.", "supported"],
        ["Caffeine disrupts sleep even when taken six hours before bedtime.", "supported"],
        ["Adding caffeine to painkillers makes them more effective.", "supported"],
      ],
      [
        "Pregnancy slows the elimination of caffeine, especially early in pregnancy.",
        "Caffeine disrupts sleep even when taken a day before bedtime.",
        "Caffeine shortens total sleep time by an hour.",
        "Adding caffeine to painkillers makes them much more effective.",
      ],
    );
    const early = await check("Pregnancy slows the elimination of caffeine, especially early in pregnancy.");
    expect(early.body.matches[0].alignment.held).toBe('the sentence says "early" where the claim says "late"');
  });

  it("reads the users of a thing ('pill users', 'users of the pill') as those who take it, and no narrower group", async () => {
    await expectVerdicts(
      async (text) => (await check(text)).body.verdict,
      [
        ["Birth control pill users clear caffeine more slowly.", "supported"],
        ["Users of birth control pills clear caffeine more slowly.", "supported"],
      ],
      ["Women on birth control pills clear caffeine more slowly."],
    );
  });

  it("reads what a causative verb makes of its object: 'less likely' turns it round, a risk is said only by a word of risk or proneness", async () => {
    const less = await check("Caffeine makes anxiety less likely at high doses.");
    expect(less.body.verdict).toBe("refuted");
    expect(less.body.matches[0]).toMatchObject({
      claimId: "caffeine-increases-anxiety",
      polarity: "opposes",
      alignment: { predicate: { words: "makes less likely", opposite: true } },
    });
    expect((await check("High doses of caffeine make anxiety worse.")).body.verdict).toBe("supported");
    // "Increases the risk of" (a contested claim here): said by "more likely" or "the chances of", not by "causes".
    // ("Less likely" says its contrary, which the dispute is not about: no verdict.)
    for (const [text, polarity] of [
      ["Caffeine during pregnancy makes a miscarriage more likely.", "agrees"],
      ["Caffeine during pregnancy raises the chances of a miscarriage.", "agrees"],
      ["Caffeine during pregnancy makes a miscarriage less likely.", "opposes"],
    ]) {
      const res = await check(text as string);
      expect(res.body.verdict, text).toBe(polarity === "agrees" ? "contested" : "unverified");
      expect(res.body.matches[0], text).toMatchObject({
        claimId: "caffeine-in-pregnancy-increases-miscarriage-risk",
        match: "same-assertion",
        polarity,
      });
    }
    // Before the object too: "makes you less likely to have", "more prone to".
    for (const [text, polarity] of [
      ["Caffeine during pregnancy makes you less likely to have a miscarriage.", "opposes"],
      ["Caffeine during pregnancy makes you more prone to miscarriage.", "agrees"],
    ]) {
      const res = await check(text as string);
      expect(res.body.verdict, text).toBe(polarity === "agrees" ? "contested" : "unverified");
      expect(res.body.matches[0], text).toMatchObject({
        claimId: "caffeine-in-pregnancy-increases-miscarriage-risk",
        polarity,
      });
    }
    // "Makes no difference to" denies an effect, as "has no effect on" does.
    expect((await check("At high doses, caffeine makes no difference to anxiety.")).body.verdict).toBe("refuted");
    expect((await check("Caffeine makes a difference to anxiety at high doses.")).body.verdict).toBe("unverified");
    const causes = await check("Caffeine during pregnancy causes miscarriage.");
    expect(causes.body.verdict).toBe("unverified");
    expect(causes.body.matches[0].alignment).toMatchObject({
      held: null,
      stronger: 'the sentence does not say a risk, as the claim does ("increases risk of")',
    });
  });

  it("reads what a thing contains said of the thing contained: 'there is Y in X', 'Y is found in X'", async () => {
    const there = await check("There's caffeine in Red Bull.");
    expect(there.body.verdict).toBe("supported");
    expect(there.body.matches[0]).toMatchObject({
      claimId: "energy-drinks-contain-caffeine",
      polarity: "agrees",
      alignment: { predicate: { aligned: true, words: "there in", phrasing: "contains" }, swapped: false },
    });
    expect((await check("Is there caffeine in Red Bull?")).body.verdict).toBe("supported");
    // A negative question asks the same: "Isn't there …?", "Is there not …?".
    expect((await check("Isn't there caffeine in Red Bull?")).body.verdict).toBe("supported");
    expect((await check("Is there not caffeine in Red Bull?")).body.verdict).toBe("supported");
    expect((await check("Caffeine is found in coffee.")).body.verdict).toBe("supported");
    expect((await check("There is no caffeine in Red Bull.")).body.verdict).toBe("refuted");
    expect((await check("Caffeine is not present in coffee.")).body.verdict).toBe("refuted");
    for (const text of [
      "Caffeine in coffee.",
      "There is caffeine in your blood.",
      "Caffeine is found in high amounts in coffee.",
      "Coffee is found in caffeine.",
    ])
      await expectOnlyRelated(caffeine, text, 3);
  });

  it("reads no amount in what the claim's statement denies ('…only at high concentrations not reached by normal consumption')", async () => {
    await expectAnswers(
      caffeine,
      [
        [
          "At very high concentrations theine inhibits phosphodiesterase.",
          "supported",
          "caffeine-inhibits-phosphodiesterase",
        ],
        [
          "At high concentrations caffeine activates phosphodiesterase rather than blocking it.",
          "refuted",
          "caffeine-inhibits-phosphodiesterase",
        ],
      ],
      3,
    );
    // The amount it denies is still not the one it says.
    const normal = await expectOnlyRelated(caffeine, "Caffeine inhibits phosphodiesterase at normal doses.", 3);
    expect(normal.body.matches[0].alignment.held).toBe('the sentence speaks of "normal" where the claim says "high"');
  });

  it("reads a state a verb keeps or leaves someone in, derived from the object's name, as the object ('keeps you awake' for wakefulness)", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Caffeine keeps you awake.", "supported", "caffeine-promotes-wakefulness"],
        ["Caffeine doesn't keep you awake.", "refuted", "caffeine-promotes-wakefulness"],
        ["Does caffeine keep you alert?", "supported", "caffeine-promotes-wakefulness"],
        ["Caffeine withdrawal leaves you tired.", "supported", "caffeine-withdrawal-causes-fatigue"],
      ],
      3,
    );
    // (Helping someone stay in it is listed first, with no verdict; keeping them from it is no state made.)
    const res = await expectOnlyRelated(caffeine, "Caffeine helps you stay awake.", 3);
    expect(res.body.matches[0].claimId).toBe("caffeine-promotes-wakefulness");
    expect((await postCheck(caffeine, "Caffeine keeps you from sleeping.", 3)).body.verdict).toBe("unverified");
  });

  it("reads 'no effect on' the claim's aspect on either side of the object or after 'how', 'zero' after 'has' as 'no', and no denial across 'but'", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Smoking has no effect on the clearance of caffeine.", "refuted", "smoking-increases-caffeine-clearance"],
        ["Smoking has no effect on caffeine clearance.", "refuted", "smoking-increases-caffeine-clearance"],
        ["Smoking has zero effect on caffeine clearance.", "refuted", "smoking-increases-caffeine-clearance"],
        ["Caffeine has zero effect on sleep.", "refuted", "caffeine-disrupts-sleep"],
        // ("How quickly", "how well": what is affected, in no direction — "quickly" was read against "slow".)
        [
          "Birth control pills have no effect on how quickly caffeine is cleared.",
          "refuted",
          "oral-contraceptives-decrease-caffeine-clearance",
        ],
        ["Caffeine has no effect on how well you sleep.", "refuted", "caffeine-disrupts-sleep"],
      ],
      3,
    );
    // A verb that lowers what the claim raises, denied, is a contrary denied: neither (it was supported).
    for (const text of [
      "Smoking doesn't slow down how fast caffeine is cleared.",
      "Does smoking slow down how fast caffeine is cleared? No.",
    ]) {
      const res = await check(text);
      expect(res.body.verdict, text).toBe("unverified");
      expect(res.body.matches[0].alignment.held, text).toBe(
        "a denial set against a contrary says neither the claim nor its opposite",
      );
    }
    // An aspect the claim does not say is no effect on it; no denial is said without a negation.
    for (const text of [
      "Smoking has no effect on caffeine's taste.",
      "Smoking affects the clearance of caffeine.",
      "Birth control pills affect how quickly caffeine is cleared.",
      "Birth control pills have no effect on how quickly caffeine is absorbed.",
    ])
      expect((await check(text)).body.verdict, text).toBe("unverified");
    // The denial before "but" is not the predicate's after it (before, the first was refuted: the
    // sentence says smoking speeds the clearance, which the store holds).
    for (const text of [
      "Smoking has no effect on caffeine but speeds its clearance.",
      "Smoking doesn't change caffeine's taste but speeds its clearance.",
    ]) {
      const res = await check(text);
      expect(res.body.verdict, text).toBe("unverified");
      expect(res.body.matches[0].alignment.held, text).toBe(
        'the sentence\'s denial comes before "but", the predicate after it',
      );
    }
  });

  it("reads 'worse' as more of an ailment (an entity of the kind 'condition'), and no direction of anything else", async () => {
    await expectAnswers(
      caffeine,
      [["High doses of caffeine make anxiety worse.", "supported", "caffeine-increases-anxiety"]],
      3,
    );
    // "Makes sleep worse" is less sleep, or poorer: no denial of "caffeine disrupts sleep".
    for (const text of ["Caffeine makes sleep worse.", "Caffeine makes your sleep much worse."]) {
      const res = await expectOnlyRelated(caffeine, text, 3);
      expect(res.body.matches[0].claimId, text).toBe("caffeine-disrupts-sleep");
    }
  });

  it("reads a name the predicate says between subject and object as the predicate's ('promotes wakefulness via …'), not as another thing named", async () => {
    await expectAnswers(
      caffeine,
      [
        [
          "Caffeine promotes wakefulness via adenosine A2A receptors in mice.",
          "supported",
          "caffeine-wakefulness-depends-on-a2a-receptors",
        ],
        [
          "In mice, caffeine promotes wakefulness via A1 receptors.",
          "refuted",
          "caffeine-wakefulness-does-not-depend-on-a1-receptors",
        ],
      ],
      3,
    );
    await expectOnlyRelated(caffeine, "Caffeine promotes wakefulness via dopamine.", 3);
    // Without "in mice", the claim's context: its assertion, said more broadly than the store holds it.
    const broad = await postCheck(caffeine, "Caffeine promotes wakefulness via A1 receptors.", 3);
    expect(broad.body.verdict).toBe("unverified");
    expect(broad.body.matches[0]).toMatchObject({
      claimId: "caffeine-wakefulness-does-not-depend-on-a1-receptors",
      match: "same-assertion",
    });
    expect(broad.body.explanation).toMatch(/^The store's references bear on this claim only in its context \("mice"\)/);
  });

  it("reads 'a couple of cups', 'a cup or two', 'one or two' as the claim's moderate amount, and a count as none it states", async () => {
    await expectAnswers(
      caffeine,
      [
        [
          "Is it true that a couple of cups of coffee a day will dehydrate you?",
          "refuted",
          "coffee-causes-dehydration",
        ],
        ["A cup or two of coffee doesn't dehydrate you.", "supported", "coffee-causes-dehydration"],
        ["Drinking one or two cups of coffee a day won't dehydrate you.", "supported", "coffee-causes-dehydration"],
      ],
      3,
    );
    const ten = await expectOnlyRelated(caffeine, "Ten cups of coffee a day dehydrate you.", 3);
    expect(ten.body.matches[0].alignment.held).toBe('the sentence speaks of "ten" where the claim says "moderate"');
  });

  it("reads 'takes longer to' as doing it more slowly, 'takes less time to' as faster", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Smokers take longer to clear caffeine than non-smokers.", "refuted", "smoking-increases-caffeine-clearance"],
        ["It takes smokers longer to clear caffeine.", "refuted", "smoking-increases-caffeine-clearance"],
        ["Smokers take less time to clear caffeine.", "supported", "smoking-increases-caffeine-clearance"],
      ],
      3,
    );
    // ("Take" with no pace of doing something is another verb.)
    await expectOnlyRelated(caffeine, "Smokers take caffeine longer.", 3);
  });

  it("reads 'makes it harder to <object>' as lowering it and 'easier to' as raising it, of the object right after 'to' only", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Caffeine makes it harder to sleep.", "supported", "caffeine-disrupts-sleep"],
        ["Caffeine makes it difficult to sleep.", "supported", "caffeine-disrupts-sleep"],
        ["Caffeine makes it easier to sleep.", "refuted", "caffeine-disrupts-sleep"],
      ],
      3,
    );
    for (const text of ["Caffeine makes it harder to treat anxiety.", "Caffeine makes it easier to treat anxiety."])
      await expectOnlyRelated(caffeine, text, 3);
  });

  it("reads 'helps you <object as a verb>' as raising the object, and 'helps sleep', 'helps with sleep' as no direction", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Caffeine helps you sleep.", "refuted", "caffeine-disrupts-sleep"],
        ["Caffeine helps people sleep.", "refuted", "caffeine-disrupts-sleep"],
      ],
      3,
    );
    for (const text of ["Caffeine helps sleep.", "Caffeine helps with sleep."])
      await expectOnlyRelated(caffeine, text, 3);
  });

  it("reads 'is an ingredient in', 'a component of' and 'is a source of' as containing", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Caffeine is an ingredient in energy drinks.", "supported", "energy-drinks-contain-caffeine"],
        ["Caffeine is not an ingredient in energy drinks.", "refuted", "energy-drinks-contain-caffeine"],
        ["Caffeine is a component of coffee.", "supported", "coffee-contains-caffeine"],
        ["Coffee is a source of caffeine.", "supported", "coffee-contains-caffeine"],
        ["Is coffee a source of caffeine?", "supported", "coffee-contains-caffeine"],
        ["Coffee is not a source of caffeine.", "refuted", "coffee-contains-caffeine"],
      ],
      3,
    );
    for (const text of [
      "Coffee is a rich source of caffeine.",
      "Caffeine is a source of coffee.",
      "Energy drinks are an ingredient in caffeine.",
    ])
      await expectOnlyRelated(caffeine, text, 3);
  });

  it("reads a compound name said as its head 'for' the rest ('receptors for adenosine')", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Caffeine blocks the receptors for adenosine.", "supported", "caffeine-antagonizes-adenosine-receptors"],
        ["Caffeine does not block receptors for adenosine.", "refuted", "caffeine-antagonizes-adenosine-receptors"],
      ],
      3,
    );
  });

  it("reads a state a causative verb makes someone be ('makes you tired') as the object it is a synonym of (fatigue)", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Caffeine withdrawal makes you tired.", "supported", "caffeine-withdrawal-causes-fatigue"],
        ["Quitting caffeine makes you feel tired.", "supported", "caffeine-withdrawal-causes-fatigue"],
        ["Caffeine withdrawal does not make you tired.", "refuted", "caffeine-withdrawal-causes-fatigue"],
      ],
      3,
    );
    // ("Less tired" is another state; "tired" of caffeine itself, no claim the store holds.)
    for (const text of ["Caffeine withdrawal makes you less tired.", "Caffeine makes you tired."]) {
      const res = await postCheck(caffeine, text, 3);
      expect(res.body.verdict, text).toBe("unverified");
      expect(
        res.body.matches.every((m: { match: string }) => m.match === "related"),
        text,
      ).toBe(true);
    }
  });

  it("reads 'large doses of' the subject as the claim's 'at high doses', and 'small doses of' as another amount", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Large doses of caffeine cause anxiety.", "supported", "caffeine-increases-anxiety"],
        ["Large doses of caffeine make anxiety worse.", "supported", "caffeine-increases-anxiety"],
      ],
      3,
    );
    const small = await expectOnlyRelated(caffeine, "Small doses of caffeine cause anxiety.", 3);
    expect(small.body.matches[0].alignment.held).toBe('the sentence speaks of "small" where the claim says "high"');
  });

  it("reads 'makes painkillers work better' as raising their effectiveness, 'work worse' as lowering it", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Caffeine makes painkillers work better.", "supported", "caffeine-enhances-analgesic-efficacy"],
        ["Caffeine makes painkillers work worse.", "refuted", "caffeine-enhances-analgesic-efficacy"],
        ["Caffeine does not make painkillers work better.", "refuted", "caffeine-enhances-analgesic-efficacy"],
        // Of a pronoun too, through the statement's own wording ("makes them more effective").
        ["Adding caffeine to painkillers makes them work better.", "supported", "caffeine-enhances-analgesic-efficacy"],
      ],
      3,
    );
    await expectOnlyRelated(caffeine, "Caffeine makes painkillers work.", 3);
  });

  it("reads a compound name said as its head's verb and a two-word object ('restrict fetal growth')", async () => {
    await expectAnswers(
      caffeine,
      [
        [
          "Drinking caffeine while pregnant can restrict fetal growth.",
          "supported",
          "caffeine-in-pregnancy-increases-fetal-growth-restriction",
        ],
      ],
      3,
    );
  });

  it("reads a verb of not having alone between the two as denying that the one contains the other", async () => {
    await expectAnswers(
      caffeine,
      [
        ["Coffee lacks caffeine.", "refuted", "coffee-contains-caffeine"],
        ["Energy drinks lack caffeine.", "refuted", "energy-drinks-contain-caffeine"],
      ],
      3,
    );
    for (const text of [
      "Decaf coffee lacks caffeine.",
      "Coffee lacks caffeine after roasting.",
      "Caffeine lacks coffee.",
    ])
      await expectOnlyRelated(caffeine, text, 3);
  });

  it("reads 'Y is a side effect of X', 'belongs to', 'is treated with', 'the enzyme X'; holds 'prevents' for 'reduces'", async () => {
    for (const [text, verdict, claimId] of [
      ["Headaches are a side effect of caffeine withdrawal.", "supported", "caffeine-withdrawal-causes-headache"],
      ["Headaches are not a side effect of caffeine withdrawal.", "refuted", "caffeine-withdrawal-causes-headache"],
      ["Caffeine belongs to the methylxanthines.", "supported", "caffeine-is-a-methylxanthine"],
      ["Caffeine is metabolised by the enzyme CYP1A2.", "supported", "caffeine-is-metabolized-by-cyp1a2"],
    ]) {
      const res = await check(text as string);
      expect(res.body.verdict, text).toBe(verdict);
      expect(res.body.matches[0].claimId, text).toBe(claimId);
    }
    // The roles stay where the words put them.
    for (const text of ["Caffeine withdrawal is a side effect of headaches.", "CYP1A2 is metabolised by caffeine."]) {
      const res = await expectOnlyRelated(caffeine, text);
      expect(res.body.matches[0].alignment.swapped, text).toBe(true);
    }
    // A side effect is what a claim that something causes says, not what "increases" says.
    expect((await check("Anxiety is a side effect of caffeine.")).body.verdict).toBe("unverified");
    const prevents = await check("Caffeine prevents apnoea of prematurity.");
    expect(prevents.body.verdict).toBe("unverified");
    expect(prevents.body.matches[0].alignment).toMatchObject({
      held: null,
      stronger: 'the sentence says "prevents" where the claim says "reduces"',
    });
  });

  it("reads a cause named after its effect: 'comes from', 'is due to', 'is a result of'", async () => {
    const claimId = "caffeine-withdrawal-causes-headache";
    const answers = await expectAnswers(
      caffeine,
      [
        ["Headaches come from caffeine withdrawal.", "supported", claimId],
        ["Headaches are due to caffeine withdrawal.", "supported", claimId],
        ["Headaches are a result of caffeine withdrawal.", "supported", claimId],
        ["Headaches happen because of caffeine withdrawal.", "supported", claimId],
        ["Headaches never come from stopping caffeine.", "refuted", claimId],
      ],
      3,
    );
    for (const res of answers) expect(res.body.matches[0].alignment.swapped).toBe(false);
    // The roles stay where the words put them; a scope between the two is no part of the phrase; and a
    // claim that something raises its object is no claim that it brings it about.
    const back = await expectOnlyRelated(caffeine, "Caffeine withdrawal comes from headaches.", 3);
    expect(back.body.matches[0].claimId).toBe("caffeine-withdrawal-causes-headache");
    await expectOnlyRelated(caffeine, "Headaches in children come from caffeine withdrawal.", 3);
    await expectOnlyRelated(caffeine, "Blood pressure comes from caffeine.", 3);
  });

  it("lists first the claims whose object the text speaks of in other words, and holds none of its words", async () => {
    for (const [text, claimId, held] of [
      [
        "Does caffeine give premature babies more apnea episodes?",
        "methylxanthines-reduce-apnea-of-prematurity",
        'the sentence says what the claim does not ("babies, episodes")',
      ],
      [
        "Coffee gives you more premature atrial beats.",
        "coffee-increases-premature-atrial-contractions",
        'the sentence says what the claim does not ("beats")',
      ],
    ]) {
      const res = await check(text as string);
      expect(res.body.verdict, text).toBe("unverified");
      expect(res.body.matches[0], text).toMatchObject({ claimId, match: "related", alignment: { held } });
      expect(res.body.matches[0].alignment.object.aligned, text).toBe(false);
    }
  });

  it("reads a predicate's own word where it is also read as a name ('depends', of 'dependence')", async () => {
    const res = await check("The wake-promoting effect of caffeine depends on A1 receptors.");
    expect(res.body.verdict).toBe("refuted");
    expect(res.body.matches[0].claimId).toBe("caffeine-wakefulness-does-not-depend-on-a1-receptors");
    expect(res.body.matches[0].alignment.predicate.words).toBe("wake-promoting effect depends");
    // Said of the subject alone, the word is still the name.
    expect((await check("Caffeine causes dependence.")).body.matches[0].claimId).toBe("caffeine-causes-dependence");
  });

  it("reads a statement without its context's words: the context is checked as a context", async () => {
    const opposite = await check("Pregnancy speeds up the elimination of caffeine.");
    expect(opposite.body.verdict).toBe("refuted");
    expect(opposite.body.matches[0]).toMatchObject({
      claimId: "pregnancy-decreases-caffeine-clearance",
      polarity: "opposes",
      alignment: { held: null },
    });
    expect(opposite.body.matches[0].alignment.predicate.phrasing).toBe(
      "Pregnancy slows the elimination of caffeine, especially late in pregnancy.",
    );
    // Another time than the context's is still another case.
    await expectOnlyRelated(caffeine, "Pregnancy speeds up the elimination of caffeine in the first week.", 3);
  });

  it("takes the store's one claim on the pair as meant when nothing else is said of them, negation included", async () => {
    const res = await check("Red Bull has no caffeine; the buzz is all sugar and taurine.");
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe("refuted");
    expect(res.body.confidence).toBe(0.75);
    expect(res.body.explanation).toBe(
      'The store\'s references are against what this sentence says: claim "energy-drinks-contain-caffeine" (established); subject "Red Bull"; predicate "contains" implied (the sentence names the two and says nothing else of them; the store relates them no other way); object "caffeine"; it says the opposite (the sentence denies it (no)).',
    );
    expect(res.body.matches[0]).toMatchObject({
      claimId: "energy-drinks-contain-caffeine",
      score: 0.75,
      match: "same-assertion",
      polarity: "opposes",
      alignment: {
        predicate: { aligned: true, score: 0.5, words: null, phrasing: "contains", opposite: false, implied: true },
      },
    });
    // Whose assertion it is ("My nutritionist told me that …") is no other predicate.
    const told = await check("My nutritionist told me that Red Bull has no caffeine.");
    expect(told.body.verdict).toBe("refuted");
    expect(told.body.matches[0].alignment.predicate).toMatchObject({ implied: true, phrasing: "contains" });
  });

  it("still answers what a sentence asserts among such words: a condition that restates the claim's context, 'not just X'", async () => {
    const regular = await check("Caffeine raises your blood pressure if you take it regularly.");
    expect(regular.body.verdict).toBe("supported");
    expect(regular.body.matches[0]).toMatchObject({
      claimId: "caffeine-raises-blood-pressure",
      match: "same-assertion",
    });
    const notJust = await check("Caffeine is not just a stimulant; it is also a methylxanthine.");
    expect(notJust.body.verdict).toBe("supported");
    expect(notJust.body.matches[0]).toMatchObject({ claimId: "caffeine-is-a-cns-stimulant", polarity: "agrees" });
    const future = await check("Caffeine will soon be shown to raise blood pressure.");
    expect(future.body.verdict).toBe("unverified");
    // "Soon" is a word the claim does not account for (and a judgement: either holds the verdict).
    expect(future.body.explanation).toMatch(/the sentence says what the claim does not \("soon"\)\.$/);
  });

  it("does not take a refuted claim's contrary for its denial: 'prevents' is not 'does not cause'", async () => {
    const contrary = await check("Coffee prevents dehydration.");
    expect(contrary.body.verdict).toBe("unverified");
    expect(contrary.body.explanation).toMatch(
      /^The store refutes the claim, which does not establish its opposite, and the sentence says the opposite rather than denying it: claim "coffee-causes-dehydration" \(refuted\)/,
    );
    expect(contrary.body.matches[0]).toMatchObject({
      match: "same-assertion",
      polarity: "opposes",
      alignment: { predicate: { opposite: true, phrasing: "causes" } },
    });
    // The claim is refuted at moderate intake: that coffee never dehydrates says more than that.
    const broader = await check("Coffee does not cause dehydration.");
    expect(broader.body.verdict).toBe("unverified");
    expect(broader.body.explanation).toMatch(
      /^The store's references bear on this claim only in its context \("moderate intake"\), which the sentence does not state/,
    );
    // The object named by its verb says the effect: "dehydrates" is "causes dehydration".
    expect((await check("Moderate coffee drinking doesn't dehydrate you.")).body.verdict).toBe("supported");
    expect((await check("Moderate amounts of coffee are not dehydrating.")).body.verdict).toBe("supported");
    // Asserting the refuted claim without its context: not refuted by what holds at moderate intake.
    expect((await check("Coffee dehydrates you.")).body.verdict).toBe("unverified");
    const verb = await check("Moderate coffee drinking dehydrates you.");
    expect(verb.body.verdict).toBe("refuted");
    expect(verb.body.matches[0]).toMatchObject({
      claimId: "coffee-causes-dehydration",
      alignment: { predicate: { aligned: true, words: "dehydrates", phrasing: "causes" } },
    });
  });

  it("implies nothing where another word could be the predicate, a judgement, an amount or a direction", async () => {
    for (const text of [
      "Caffeine withdrawal headaches are a myth.",
      "Caffeine withdrawal and headaches.",
      "High doses of NoDoz have a calming effect on anxiety.",
      "Coffee is caffeine-free.",
      "Coffee is low in caffeine.",
      "Coffee is caffeine.",
      "Caffeine is a painkiller.",
      "Caffeine and painkillers don't mix.",
      "Quitting smoking increases caffeine clearance.",
      "Smoking increases caffeine levels.",
      "Caffeine is like a stimulant.",
      "Caffeine disrupts sleep in people with insomnia.",
      "Caffeine-free energy drinks contain caffeine.",
      "Caffeine activates adenosine receptors in some people.",
      "Caffeine doubles the risk of panic attacks.",
      "Caffeine raises blood pressure if you drink it with alcohol.",
      "Drinking ten cups of coffee a day dehydrates you.",
      "Caffeine raises blood pressure when combined with alcohol.",
      "Vitamin C prevents caffeine withdrawal headaches.",
    ]) {
      await expectOnlyRelated(caffeine, text, 3);
    }
    // Said, not implied: "is loaded with" is being full of it (December 6's fourth stop).
    const loaded = await postCheck(caffeine, "Red Bull is loaded with caffeine.", 3);
    expect(loaded.body.verdict).toBe("supported");
    expect(loaded.body.matches[0]).toMatchObject({
      claimId: "energy-drinks-contain-caffeine",
      alignment: { predicate: { aligned: true, words: "loaded with", implied: false } },
    });
    // Said, not implied: "makes … less effective" opposes "enhances the efficacy of".
    const said = await postCheck(caffeine, "Caffeine makes painkillers less effective.", 3);
    expect(said.body.verdict).toBe("refuted");
    expect(said.body.matches[0]).toMatchObject({
      claimId: "caffeine-enhances-analgesic-efficacy",
      alignment: { predicate: { aligned: true, implied: false, words: "makes less effective" } },
    });
  });

  it("reads a name of a thing's stopping ('caffeine withdrawal') said as stopping it ('quitting caffeine', 'cutting out caffeine')", async () => {
    for (const text of [
      "Quitting caffeine gives you headaches.",
      "Cutting out caffeine gives you headaches.",
      // Stopping at once is what stopping is, unless said otherwise.
      "Quitting caffeine abruptly gives you headaches.",
    ]) {
      const res = await check(text);
      expect(res.body.verdict, text).toBe("supported");
      expect(res.body.matches[0].claimId, text).toBe("caffeine-withdrawal-causes-headache");
      expect(res.body.entities[0].entityId, text).toBe("caffeine-withdrawal");
    }
    expect((await check("Stopping caffeine does not cause headaches.")).body.verdict).toBe("refuted");
    // Keeping caffeine from doing something is no stopping of it.
    const from = await check("Knocking out the A1 receptor stops caffeine from waking mice up.");
    expect(from.body.entities.map((e: { entityId: string }) => e.entityId)).not.toContain("caffeine-withdrawal");
    for (const text of ["Caffeine gives you headaches.", "Quitting caffeine gradually gives you headaches."])
      expect((await check(text)).body.verdict, text).not.toMatch(/supported|refuted/);
  });

  it("reads a 'not' past an adverb as its auxiliary's ('is really not a stimulant'), and in a question opened by its auxiliary", async () => {
    for (const text of [
      "Caffeine is not a stimulant.",
      "Caffeine is really not a stimulant.",
      "Caffeine is actually not a stimulant.",
      // (A hedge is checked for the assertion it holds.)
      "Caffeine is probably not a stimulant.",
      "Is caffeine really not a stimulant?",
    ])
      expect((await check(text)).body.verdict, text).toBe("refuted");
    for (const text of ["Isn't caffeine a stimulant?", "Is caffeine not a stimulant?"])
      expect((await check(text)).body.verdict, text).toBe("supported");
  });

  it("takes a word of the claim's amount as its context ('large amounts' for 'at high doses', 'daily' for 'with regular intake'), and only that", async () => {
    for (const text of [
      "Large amounts of caffeine can make anxiety worse.",
      "Caffeine in large amounts makes anxiety worse.",
      // Emphasis restricts nothing: the claim is said, most of all in one group.
      "Large amounts of caffeine make anxiety worse, especially in people with panic disorder.",
      "Daily caffeine pushes your blood pressure up.",
    ])
      expect((await check(text)).body.verdict, text).toBe("supported");
    expect((await check("Large amounts of caffeine do not make anxiety worse.")).body.verdict).toBe("refuted");
    for (const text of [
      "Small amounts of caffeine make anxiety worse.",
      "Caffeine in small amounts makes anxiety worse.",
      // Said of the object, not of the subject.
      "Caffeine causes large increases in anxiety.",
      "Occasional caffeine raises blood pressure.",
      // Not the claim's context.
      "Large amounts of caffeine make anxiety worse, especially in children.",
      "Large amounts of caffeine disrupt sleep.",
    ])
      expect((await check(text)).body.verdict, text).not.toMatch(/supported|refuted/);
  });

  it("reads 'disrupts' as a verb that lowers what it disrupts: 'interrupts', 'doesn't affect', 'increases'", async () => {
    expect((await check("Caffeine interrupts sleep.")).body.verdict).toBe("supported");
    const none = await check("Vivarin doesn't affect your sleep at all.");
    expect(none.body.verdict).toBe("refuted");
    expect(none.body.matches[0]).toMatchObject({ claimId: "caffeine-disrupts-sleep", polarity: "opposes" });
    expect((await check("Caffeine increases sleep.")).body.verdict).toBe("refuted");
    for (const text of ["Caffeine disrupts anxiety.", "Caffeine improves sleep."])
      expect((await check(text)).body.verdict, text).not.toMatch(/supported|refuted/);
  });

  it("reads the object said as a verb right after the subject ('Caffeine wakes you up' for 'promotes wakefulness')", async () => {
    const wakes = await check("Caffeine wakes you up.");
    expect(wakes.body.verdict).toBe("supported");
    expect(wakes.body.matches[0]).toMatchObject({
      claimId: "caffeine-promotes-wakefulness",
      alignment: { predicate: { aligned: true, words: "wakes", phrasing: "promotes" } },
    });
    expect((await check("Caffeine never wakes you up.")).body.verdict).toBe("refuted");
    for (const text of ["Caffeine wakes babies up.", "Caffeine wakes you up more than tea does."])
      expect((await check(text)).body.verdict, text).not.toMatch(/supported|refuted/);
  });
});

describe("/v1/check: names that hold a negation, contexts said by a statement's words, universals (a domain by import)", () => {
  let domain: Harness;
  const records = [
    {
      record: "reference",
      id: "fixture-ref",
      type: "webpage",
      title: "Check rules fixture",
      url: "https://example.org/fixture",
    },
    // id, label, kind, aliases
    ...(
      [
        ["iodine-deficiency", "iodine deficiency", "condition", ["lack of iodine"]],
        ["hypothyroidism", "hypothyroidism", "condition", ["underactive thyroid"]],
        ["levothyroxine", "levothyroxine", "drug", ["Synthroid"]],
        ["bone-loss", "bone loss", "condition", []],
        ["birth-defects", "birth defects", "condition", []],
        ["ppis", "proton pump inhibitors", "drug-class", ["PPIs", "PPI"]],
        ["acid-rebound", "rebound acid hypersecretion", "condition", []],
        ["calcium-supplements", "calcium supplements", "drug", []],
        ["rosuvastatin", "rosuvastatin", "drug", []],
        ["statins", "statin", "drug-class", ["statins"]],
        ["b12-deficiency", "B12 deficiency", "condition", ["low B12"]],
        ["levothyroxine-absorption", "levothyroxine absorption", "other", ["absorption of levothyroxine"]],
        ["smoking-cessation", "smoking cessation", "other", ["quitting smoking"]],
        ["weight-gain", "weight gain", "condition", []],
        ["celecoxib", "celecoxib", "drug", []],
        ["varenicline", "varenicline", "drug", ["Chantix"]],
        ["ferric-carboxymaltose", "ferric carboxymaltose", "drug", ["Ferinject"]],
        ["oral-iron", "oral iron", "drug-class", []],
        ["haemoglobin", "haemoglobin", "protein", []],
        ["cox-2", "COX-2", "protein", []],
        ["cox-2-inhibitors", "COX-2 inhibitors", "drug-class", ["COX-2 inhibitor"]],
        ["chlorphenamine", "chlorphenamine", "drug", ["Piriton"]],
        ["itching", "itching", "condition", ["itch"]],
        ["cetirizine", "cetirizine", "drug", ["Zyrtec"]],
        ["hay-fever", "hay fever", "condition", []],
        ["insomnia", "insomnia", "condition", []],
        ["disulfiram", "disulfiram", "drug", ["Antabuse"]],
        ["smoking", "smoking", "other", []],
        ["bupropion", "bupropion", "drug", ["Zyban"]],
        ["stroke", "stroke", "condition", []],
        ["migraine-with-aura", "migraine with aura", "condition", ["classic migraine"]],
        ["vitamin-d", "vitamin D", "other", []],
        ["calcium-absorption", "calcium absorption", "process", []],
        ["vitamin-d-deficiency", "vitamin D deficiency", "condition", []],
        ["gout", "gout", "condition", []],
        ["secondhand-smoke", "secondhand smoke", "other", []],
        ["lung-cancer", "lung cancer", "condition", []],
        ["tophi", "tophi", "condition", []],
        ["muscle-pain", "muscle pain", "condition", []],
        ["heart-attack", "heart attack", "condition", ["heart attacks"]],
        ["allopurinol", "allopurinol", "drug", ["Zyloprim"]],
        ["gout-flares", "gout flares", "condition", ["gout flare", "gout attacks"]],
        ["amoxicillin", "amoxicillin", "drug", ["Amoxil"]],
        [
          "oral-contraceptives",
          "oral contraceptives",
          "drug-class",
          ["birth control pills", "combined oral contraceptives"],
        ],
        ["low-birth-weight", "low birth weight", "condition", []],
        ["acetaldehyde", "acetaldehyde", "other", []],
        ["zinc-oxide", "zinc oxide", "other", []],
        ["uv-radiation", "ultraviolet radiation", "other", ["UV"]],
        ["inhaled-corticosteroids", "inhaled corticosteroids", "drug-class", ["inhaled steroids"]],
        ["asthma-death", "asthma death", "condition", ["death from asthma"]],
        ["airway-inflammation", "airway inflammation", "condition", []],
        ["milk", "milk", "other", []],
        ["uva", "UVA", "other", ["UVA rays"]],
        ["skin-ageing", "skin ageing", "condition", ["photoaging"]],
        ["avobenzone", "avobenzone", "other", []],
        ["asthma", "asthma", "condition", []],
      ] as [string, string, string, string[]][]
    ).map(([id, label, kind, aliases]) => ({ record: "entity", id, label, kind, aliases })),
    ...[
      [
        "smoking-cessation-causes-weight-gain",
        "Smoking cessation causes weight gain.",
        "smoking-cessation",
        "causes",
        "weight-gain",
        null,
      ],
      ["celecoxib-inhibits-cox-2", "Celecoxib inhibits COX-2.", "celecoxib", "inhibits", "cox-2", null],
      [
        "varenicline-aids-smoking-cessation",
        "Varenicline aids smoking cessation.",
        "varenicline",
        "aids",
        "smoking-cessation",
        null,
      ],
      [
        "fcm-raises-haemoglobin-faster-than-oral-iron",
        "In postpartum anaemia, ferric carboxymaltose raises haemoglobin faster than oral iron.",
        "ferric-carboxymaltose",
        "raises-haemoglobin-faster-than",
        "oral-iron",
        "in postpartum anaemia",
      ],
      [
        "iodine-deficiency-causes-hypothyroidism",
        "Iodine deficiency causes hypothyroidism.",
        "iodine-deficiency",
        "causes",
        "hypothyroidism",
        null,
      ],
      [
        "overtreatment-causes-bone-loss",
        "Levothyroxine overtreatment causes bone loss.",
        "levothyroxine",
        "causes",
        "bone-loss",
        "when the dose is too high",
      ],
      [
        "levothyroxine-does-not-cause-birth-defects",
        "Levothyroxine does not cause birth defects.",
        "levothyroxine",
        "does-not-cause",
        "birth-defects",
        null,
      ],
      [
        "calcium-decreases-levothyroxine-absorption",
        "Calcium supplements decrease levothyroxine absorption.",
        "calcium-supplements",
        "decreases",
        "levothyroxine-absorption",
        null,
      ],
      [
        "long-term-ppis-increase-risk-of-b12-deficiency",
        "Long-term use of PPIs increases the risk of B12 deficiency.",
        "ppis",
        "increases-risk-of",
        "b12-deficiency",
        "with long-term use",
      ],
      ["rosuvastatin-is-a-statin", "Rosuvastatin is a statin.", "rosuvastatin", "is-a", "statins", null],
      [
        "disulfiram-increases-acetaldehyde",
        "Disulfiram raises blood acetaldehyde levels.",
        "disulfiram",
        "increases",
        "acetaldehyde",
        null,
      ],
      [
        "smoking-in-pregnancy-causes-low-birth-weight",
        "Smoking during pregnancy causes low birth weight.",
        "smoking",
        "causes",
        "low-birth-weight",
        "during pregnancy",
      ],
      [
        "amoxicillin-decreases-contraceptive-effectiveness",
        "Amoxicillin decreases the effectiveness of oral contraceptives.",
        "amoxicillin",
        "decreases-effectiveness-of",
        "oral-contraceptives",
        null,
      ],
      [
        "varenicline-more-effective-than-bupropion",
        "Varenicline is more effective than bupropion.",
        "varenicline",
        "is-more-effective-than",
        "bupropion",
        null,
      ],
      ["cetirizine-treats-hay-fever", "Cetirizine treats hay fever.", "cetirizine", "treats", "hay-fever", null],
      [
        "chlorphenamine-reduces-itching",
        "Chlorphenamine reduces itching.",
        "chlorphenamine",
        "reduces",
        "itching",
        null,
      ],
      [
        "stopping-ppis-causes-acid-rebound",
        "Stopping PPIs after prolonged use causes rebound acid hypersecretion.",
        "ppis",
        "causes",
        "acid-rebound",
        "when stopped after prolonged use",
      ],
      [
        "oral-contraceptives-increase-stroke-risk-in-migraine-with-aura",
        "Oral contraceptives increase the risk of stroke in women who have migraine with aura.",
        "oral-contraceptives",
        "increases-risk-of",
        "stroke",
        "in women who have migraine with aura",
      ],
      [
        "statins-cause-muscle-pain",
        "Statins cause muscle pain, especially at high doses.",
        "statins",
        "causes",
        "muscle-pain",
        "especially at high doses",
      ],
      [
        "vitamin-d-increases-calcium-absorption",
        "Vitamin D increases calcium absorption.",
        "vitamin-d",
        "increases",
        "calcium-absorption",
        null,
      ],
      [
        "vitamin-d-deficiency-causes-bone-loss",
        "Vitamin D deficiency causes bone loss.",
        "vitamin-d-deficiency",
        "causes",
        "bone-loss",
        null,
      ],
      ["gout-causes-tophi", "Untreated gout causes tophi.", "gout", "causes", "tophi", "when left untreated for years"],
      [
        "secondhand-smoke-increases-lung-cancer-risk",
        "Secondhand smoke increases the risk of lung cancer in non-smokers.",
        "secondhand-smoke",
        "increases-risk-of",
        "lung-cancer",
        "in non-smokers",
      ],
      ["statins-prevent-heart-attacks", "Statins prevent heart attacks.", "statins", "prevents", "heart-attack", null],
      [
        "zinc-oxide-absorbs-uv",
        "Zinc oxide absorbs ultraviolet radiation.",
        "zinc-oxide",
        "absorbs",
        "uv-radiation",
        null,
      ],
      [
        "ics-reduce-asthma-deaths",
        "Inhaled corticosteroids lower the risk of death from asthma.",
        "inhaled-corticosteroids",
        "reduces",
        "asthma-death",
        null,
      ],
      [
        "ics-reduce-airway-inflammation",
        "Inhaled corticosteroids reduce airway inflammation.",
        "inhaled-corticosteroids",
        "reduces",
        "airway-inflammation",
        null,
      ],
      [
        "allopurinol-causes-gout-flares-when-started",
        "Allopurinol can cause gout flares when treatment is first started.",
        "allopurinol",
        "causes",
        "gout-flares",
        "when treatment is first started",
      ],
    ].map(([id, statement, subject, predicate, object, context]) => ({
      ...fixtureClaim("fixture-ref")(
        id as string,
        statement as string,
        subject as string,
        predicate as string,
        object as string,
      ),
      context,
    })),
    ...[
      ["uva-causes-skin-ageing", "UVA radiation causes skin ageing.", "uva", "causes", "skin-ageing"],
      [
        "avobenzone-protects-against-uva",
        "Avobenzone protects the skin against UVA.",
        "avobenzone",
        "protects-against",
        "uva",
      ],
    ].map(([id, statement, subject, predicate, object]) =>
      fixtureClaim("fixture-ref")(
        id as string,
        statement as string,
        subject as string,
        predicate as string,
        object as string,
      ),
    ),
    {
      ...fixtureClaim("fixture-ref", "contradicts")(
        "milk-worsens-asthma",
        "Drinking milk makes asthma worse.",
        "milk",
        "worsens",
        "asthma",
      ),
      context: null,
    },
    {
      ...fixtureClaim("fixture-ref", "contradicts")(
        "allopurinol-treats-gout-flares",
        "Allopurinol treats gout flares.",
        "allopurinol",
        "treats",
        "gout-flares",
      ),
      context: null,
    },
  ];
  beforeAll(async () => {
    domain = await importedDomain(records);
  });
  const verdict = async (text: string) => (await postCheck(domain, text, 3)).body.verdict;

  it("reads a negation word inside a name ('lack of iodine') as part of the name, not as a denial", async () => {
    const lack = await postCheck(domain, "A lack of iodine can cause an underactive thyroid.", 3);
    expect(lack.body.verdict).toBe("supported");
    expect(lack.body.matches[0]).toMatchObject({
      claimId: "iodine-deficiency-causes-hypothyroidism",
      polarity: "agrees",
    });
    expect(await verdict("Iodine deficiency does not cause hypothyroidism.")).toBe("refuted");
  });

  it("takes a claim's context as stated by its statement's own words, and not by a verb of effect", async () => {
    expect(await verdict("Levothyroxine overtreatment causes bone loss.")).toBe("supported");
    expect(await verdict("Levothyroxine causes bone loss.")).toBe("unverified");
    // "Causes" goes the way "prolonged" does, but says nothing of stopping after prolonged use.
    const rebound = await postCheck(domain, "PPIs cause rebound acid hypersecretion.", 3);
    expect(rebound.body.verdict).toBe("unverified");
    expect(rebound.body.explanation).toMatch(
      /^The store's references bear on this claim only in its context \("stopped prolonged use"\), which the sentence does not state/,
    );
    expect(await verdict("Stopping PPIs after prolonged use causes rebound acid hypersecretion.")).toBe("supported");
  });

  it("reads 'makes Y less effective' as 'decreases the effectiveness of Y': a causative verb with the claim's aspect", async () => {
    const less = await postCheck(domain, "Amoxil makes birth control pills less effective.", 3);
    expect(less.body.verdict).toBe("supported");
    expect(less.body.matches[0]).toMatchObject({
      claimId: "amoxicillin-decreases-contraceptive-effectiveness",
      alignment: { predicate: { aligned: true, words: "makes less effective" } },
    });
    expect(await verdict("Amoxicillin makes oral contraceptives more effective.")).toBe("refuted");
    for (const text of [
      "Amoxil makes birth control pills less reliable.",
      "Amoxil makes birth control pills less likely.",
      "Amoxil makes birth control pills.",
    ])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("reads a compound name said as its verb with 'from' or 'of' ('dying from asthma'), or as its head 'in' its modifier ('inflammation in the airways')", async () => {
    const dying = await postCheck(domain, "Inhaled steroids lower the risk of dying from asthma.", 3);
    expect(dying.body.verdict).toBe("supported");
    expect(dying.body.entities).toEqual([
      { text: "Inhaled steroids", entityId: "inhaled-corticosteroids" },
      { text: "dying from asthma", entityId: "asthma-death" },
    ]);
    expect(await verdict("Inhaled corticosteroids increase your chance of dying from asthma.")).toBe("refuted");
    const inflammation = await postCheck(domain, "Inhaled steroids reduce inflammation in the airways.", 3);
    expect(inflammation.body.verdict).toBe("supported");
    expect(inflammation.body.matches[0]).toMatchObject({
      claimId: "ics-reduce-airway-inflammation",
      alignment: { object: { words: "inflammation in the airways" } },
    });
    for (const text of [
      "Inhaled steroids reduce inflammation in the joints.",
      "Inhaled steroids reduce inflammation in the airways of smokers.",
    ])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("softens an absolute verb by 'helps' ('helps prevent' says 'reduces'), reads 'the number of' as the thing counted, and a statement's words of taking in as no part of its predicate", async () => {
    expect(await verdict("Inhaled steroids help prevent airway inflammation.")).toBe("supported");
    expect(await verdict("Inhaled steroids do not help prevent airway inflammation.")).toBe("refuted");
    expect(await verdict("Inhaled steroids prevent airway inflammation.")).toBe("unverified");
    expect(await verdict("Inhaled steroids reduce the number of asthma deaths.")).toBe("supported");
    // "Drinking milk makes asthma worse" (refuted) is said without "drinking".
    const worse = await postCheck(domain, "Milk makes asthma worse.", 3);
    expect(worse.body.verdict).toBe("refuted");
    expect(worse.body.matches[0]).toMatchObject({ claimId: "milk-worsens-asthma", polarity: "agrees" });
    expect(await verdict("Milk doesn't make asthma any worse.")).toBe("supported");
    expect(await verdict("Milk makes asthma better.")).toBe("unverified");
  });

  it("reads a part in bringing a thing about as causing it ('plays a major role in', 'plays no part in'), and words of putting on and of offering as light", async () => {
    await expectVerdicts(
      verdict,
      [
        ["UVA plays a major role in skin ageing.", "supported"],
        ["UVA rays contribute to photoaging.", "supported"],
        ["UVA exposure plays no part in skin ageing.", "refuted"],
        ["UVA is not responsible for skin ageing.", "refuted"],
        ["UVA has nothing to do with skin ageing.", "refuted"],
        ["Avobenzone offers no protection against UVA.", "refuted"],
        ["Applying avobenzone protects the skin against UVA.", "supported"],
      ],
      ["UVA plays a minor role in skin ageing.", "UVA plays a role in treating skin ageing."],
    );
  });

  it("reads 'does nothing for' its object as no effect on it, which denies the claim's", async () => {
    const nothing = await postCheck(domain, "Statins do nothing for heart attacks.", 3);
    expect(nothing.body.verdict).toBe("refuted");
    expect(nothing.body.matches[0]).toMatchObject({ claimId: "statins-prevent-heart-attacks", polarity: "opposes" });
    expect(await verdict("Statins did nothing to the heart attacks.")).toBe("refuted");
    for (const text of ["Statins do nothing for my mood and heart attacks.", "Statins do nothing for my mood."])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("turns a predicate round by a lowering verb that governs it, not one whose means it is ('by') or that keeps another from it ('from')", async () => {
    // (Held for "protects the skin", which this claim does not say; but not turned round.)
    const by = await postCheck(domain, "Zinc oxide protects the skin by absorbing ultraviolet radiation.", 3);
    expect(by.body.verdict).toBe("unverified");
    expect(by.body.matches[0]).toMatchObject({ claimId: "zinc-oxide-absorbs-uv", polarity: "agrees" });
    const from = await postCheck(domain, "Zinc oxide prevents the skin from absorbing ultraviolet radiation.", 3);
    expect(from.body.verdict).toBe("unverified");
    expect(from.body.matches[0].alignment.held).toBe(
      'the sentence says what "prevents" keeps another from doing, not what the subject does',
    );
  });

  it("reads 'works better than' as 'is more effective than', 'works worse than' as its opposite", async () => {
    const better = await postCheck(domain, "Chantix works better than Zyban.", 3);
    expect(better.body.verdict).toBe("supported");
    expect(better.body.matches[0]).toMatchObject({
      claimId: "varenicline-more-effective-than-bupropion",
      alignment: { predicate: { aligned: true, words: "works better", phrasing: "is more effective than" } },
    });
    expect(await verdict("Zyban works better than Chantix.")).toBe("refuted");
    expect(await verdict("Varenicline works worse than bupropion.")).toBe("refuted");
    for (const text of [
      "Chantix works faster than Zyban.",
      "Chantix works better than Zyban for weight gain.",
      "Chantix is better than Zyban.",
      "Chantix works on more receptors than Zyban.",
    ])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("takes a claim's context as stated only when every word of it is said, and not the words 'without' denies", async () => {
    const said = "Birth control pills raise the risk of stroke in women who have migraine with aura.";
    expect(await verdict(said)).toBe("supported");
    for (const text of [
      "Birth control pills raise the risk of stroke in women.",
      "Birth control pills raise the risk of stroke in women who have migraine without aura.",
      "Birth control pills raise the risk of stroke.",
    ])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
    // A context that names a thing is stated by another name of it ("classic migraine").
    expect(await verdict("Birth control pills raise the risk of stroke in women who have classic migraine.")).toBe(
      "supported",
    );
    expect(await verdict("Birth control pills raise the risk of stroke in classic migraine.")).not.toMatch(
      /supported|refuted/,
    );
    // A compound written closed is the hyphenated one ("nonsmokers", "non-smokers").
    expect(await verdict("Secondhand smoke increases the risk of lung cancer in nonsmokers.")).toBe("supported");
    expect(await verdict("Secondhand smoke increases the risk of lung cancer in smokers.")).not.toMatch(
      /supported|refuted/,
    );
    // A word of a name is no condition ("combined" in "combined oral contraceptives").
    expect(
      await verdict(
        "Combined oral contraceptives do not raise the risk of stroke in women who have migraine with aura.",
      ),
    ).toBe("refuted");
    // "Many years" says how long, not how many it holds for.
    expect(await verdict("Left untreated for many years, gout causes tophi.")).toBe("supported");
    expect(await verdict("Left untreated for years, gout causes tophi in many patients.")).not.toMatch(
      /supported|refuted/,
    );
    // A context of emphasis ("especially at high doses") does not restrict the claim.
    expect(await verdict("Statins cause muscle pain.")).toBe("supported");
  });

  it("refutes a denial said without the claim's context, not a contrary ('prevents' for 'causes … when first started')", async () => {
    expect(await verdict("Allopurinol does not cause gout flares.")).toBe("refuted");
    expect(await verdict("Zyloprim prevents gout attacks.")).not.toMatch(/supported|refuted/);
    // A phrase of benefit meets the claim that says "treats", not a statement that speaks of treatment.
    const works = await postCheck(domain, "Does allopurinol work for gout flares?", 3);
    expect(works.body.verdict).toBe("refuted");
    expect(works.body.matches[0]).toMatchObject({ claimId: "allopurinol-treats-gout-flares" });
    expect(await verdict("Allopurinol doesn't help with gout flares.")).toBe("supported");
  });

  it("holds an absolute verb that is not the claim's own ('eliminates' for 'prevents')", async () => {
    expect(await verdict("Statins prevent heart attacks.")).toBe("supported");
    expect(await verdict("Statins eliminate heart attacks.")).not.toMatch(/supported|refuted/);
  });

  it("reads a name '<modifier> <head>' said as '<head> of <modifier>', or with a synonym of its head ('lack of')", async () => {
    const of = await postCheck(domain, "Vitamin D increases the absorption of calcium.", 3);
    expect(of.body.verdict).toBe("supported");
    expect(of.body.entities).toContainEqual({ text: "absorption of calcium", entityId: "calcium-absorption" });
    expect(await verdict("A lack of vitamin D causes bone loss.")).toBe("supported");
    // Not another head ("an excess of vitamin D" is no deficiency), nor another thing ("absorption of iron").
    for (const text of ["An excess of vitamin D causes bone loss.", "Vitamin D increases the absorption of iron."])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("ends a scope at the predicate's verb ('during pregnancy leads to' is the scope 'pregnancy')", async () => {
    expect(await verdict("Smoking during pregnancy leads to low birth weight.")).toBe("supported");
    expect(await verdict("Smoking during pregnancy does not lead to low birth weight.")).toBe("refuted");
    for (const text of ["Smoking during sleep leads to low birth weight.", "Smoking leads to low birth weight."])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("takes 'for a long time', 'over many years' as a context of long-term use, and only that", async () => {
    expect(await verdict("Taking PPIs for a long time raises the risk of low B12.")).toBe("supported");
    expect(await verdict("Over many years, PPIs increase the risk of B12 deficiency.")).toBe("supported");
    expect(await verdict("PPIs taken for years don't increase the risk of B12 deficiency.")).toBe("refuted");
    for (const text of [
      "PPIs increase the risk of B12 deficiency.",
      "PPIs increase the risk of B12 deficiency within a few days.",
      "PPIs increase the risk of B12 deficiency for a few days.",
      "A single dose of PPIs increases the risk of B12 deficiency.",
      // Not a context of long-term use: bone loss when the dose is too high.
      "Taking levothyroxine for a long time causes bone loss.",
    ])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("takes 'too much', 'an excessive dose', 'an overdose' as a context of a large amount, and only that", async () => {
    expect(await verdict("Too much levothyroxine causes bone loss.")).toBe("supported");
    expect(await verdict("Can an excessive dose of Synthroid cause bone loss?")).toBe("supported");
    expect(await verdict("Taking too much Synthroid does not cause bone loss.")).toBe("refuted");
    for (const text of [
      "Too little levothyroxine causes bone loss.",
      "Levothyroxine causes too much bone loss.",
      "Too much levothyroxine causes bone loss in children.",
      // Not a context of a large amount: stopping after prolonged use.
      "Too many PPIs cause rebound acid hypersecretion.",
    ])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("reads a name built on another's ('levothyroxine absorption') said with that one's alias ('Synthroid')", async () => {
    for (const [text, object] of [
      ["Calcium supplements reduce absorption of Synthroid.", "absorption of Synthroid"],
      ["Calcium supplements reduce Synthroid absorption.", "Synthroid absorption"],
    ]) {
      const res = await postCheck(domain, text as string, 3);
      expect(res.body.verdict).toBe("supported");
      expect(res.body.entities).toEqual([
        { text: "Calcium supplements", entityId: "calcium-supplements" },
        { text: object, entityId: "levothyroxine-absorption" },
      ]);
    }
    // The alias alone is still the drug.
    expect((await postCheck(domain, "Synthroid does not cause birth defects.", 3)).body.entities).toEqual([
      { text: "Synthroid", entityId: "levothyroxine" },
      { text: "birth defects", entityId: "birth-defects" },
    ]);
  });

  it("reads a compound name said as its verb and object ('gain weight', 'absorb levothyroxine', 'stop smoking'), not as its agent ('inhibits COX-2')", async () => {
    const gain = await postCheck(domain, "Quitting smoking makes you gain weight.", 3);
    expect(gain.body.verdict).toBe("supported");
    expect(gain.body.entities).toEqual([
      { text: "Quitting smoking", entityId: "smoking-cessation" },
      { text: "gain weight", entityId: "weight-gain" },
    ]);
    expect(gain.body.matches[0]).toMatchObject({
      claimId: "smoking-cessation-causes-weight-gain",
      alignment: { object: { entityId: "weight-gain", words: "gain weight" } },
    });
    expect(await verdict("Quitting smoking doesn't make you gain weight.")).toBe("refuted");
    // Past an article or a possessive.
    const absorb = await postCheck(domain, "Calcium supplements help you absorb the levothyroxine.", 3);
    expect(absorb.body.entities).toContainEqual({
      text: "absorb the levothyroxine",
      entityId: "levothyroxine-absorption",
    });
    expect(absorb.body.verdict).toBe("refuted");
    // The object first, then who does it.
    const much = await postCheck(domain, "Calcium supplements reduce how much levothyroxine you absorb.", 3);
    expect(much.body.entities).toContainEqual({
      text: "levothyroxine you absorb",
      entityId: "levothyroxine-absorption",
    });
    expect(much.body.verdict).toBe("supported");
    // Past a word of amount, which says which way it goes.
    const less = await postCheck(domain, "Calcium supplements make you absorb less levothyroxine.", 3);
    expect(less.body.entities).toEqual([
      { text: "Calcium supplements", entityId: "calcium-supplements" },
      { text: "absorb less levothyroxine", entityId: "levothyroxine-absorption" },
    ]);
    expect(less.body.verdict).toBe("supported");
    expect(await verdict("Calcium supplements make you absorb more levothyroxine.")).toBe("refuted");
    // A head the lexicon derives from a synonym of the verb: "stop smoking" ("cease") is smoking cessation.
    const stop = await postCheck(domain, "Chantix helps you stop smoking.", 3);
    expect(stop.body.entities).toContainEqual({ text: "stop smoking", entityId: "smoking-cessation" });
    expect(stop.body.verdict).toBe("supported");
    expect(await verdict("Chantix does not help people quit smoking.")).toBe("refuted");
    expect(await verdict("Chantix helps you stop drinking.")).toBe("unverified");
    // The verb's agent noun is no action: "inhibits COX-2" is not the class "COX-2 inhibitors".
    const inhibits = await postCheck(domain, "Celecoxib inhibits COX-2.", 3);
    expect(inhibits.body.entities).toEqual([
      { text: "Celecoxib", entityId: "celecoxib" },
      { text: "COX-2", entityId: "cox-2" },
    ]);
    expect(inhibits.body.verdict).toBe("supported");
  });

  it("reads a name the predicate itself says, between subject and object ('raises haemoglobin faster than'), as its word", async () => {
    const faster = await postCheck(
      domain,
      "In postpartum anaemia, Ferinject raises haemoglobin faster than oral iron.",
      3,
    );
    expect(faster.body.verdict).toBe("supported");
    expect(faster.body.matches[0]).toMatchObject({
      claimId: "fcm-raises-haemoglobin-faster-than-oral-iron",
      alignment: { predicate: { words: "raises haemoglobin faster" } },
    });
    expect(await verdict("In postpartum anaemia, oral iron raises haemoglobin faster than Ferinject.")).toBe("refuted");
    expect(await verdict("In postpartum anaemia, Ferinject raises haemoglobin.")).toBe("unverified");
  });

  it("reads a denied effect in no direction ('does not affect', 'has no effect on') as a denial of the claim's effect", async () => {
    const denied = await postCheck(domain, "Calcium supplements do not affect levothyroxine absorption.", 3);
    expect(denied.body.verdict).toBe("refuted");
    expect(denied.body.matches[0]).toMatchObject({
      claimId: "calcium-decreases-levothyroxine-absorption",
      polarity: "opposes",
      alignment: { predicate: { words: "affect", phrasing: "decreases" } },
    });
    expect(await verdict("Calcium supplements have no effect on levothyroxine absorption.")).toBe("refuted");
    // Said without a negation, an effect in no direction asserts neither.
    expect(await verdict("Calcium supplements affect levothyroxine absorption.")).toBe("unverified");
  });

  it("reads a verb of relief ('relieves', 'eases', 'alleviates') as lowering what it relieves", async () => {
    const relieves = await postCheck(domain, "Piriton relieves itching.", 3);
    expect(relieves.body.verdict).toBe("supported");
    expect(relieves.body.matches[0]).toMatchObject({ claimId: "chlorphenamine-reduces-itching", polarity: "agrees" });
    expect(await verdict("Chlorphenamine eases the itch.")).toBe("supported");
    expect(await verdict("Chlorphenamine alleviates itching.")).toBe("supported");
    expect(await verdict("Chlorphenamine increases itching.")).toBe("refuted");
    // Relief of another thing says nothing of this one.
    expect(await verdict("Piriton relieves sneezing.")).not.toMatch(/supported|refuted/);
  });

  it("reads a phrase of benefit ('helps with', 'works for', 'is good for') as a claim's treatment of a condition", async () => {
    const helps = await postCheck(domain, "Zyrtec helps with hay fever.", 3);
    expect(helps.body.verdict).toBe("supported");
    expect(helps.body.matches[0]).toMatchObject({
      claimId: "cetirizine-treats-hay-fever",
      polarity: "agrees",
      alignment: { predicate: { aligned: true, words: "helps", phrasing: "treats" } },
    });
    expect(await verdict("Does cetirizine work for hay fever?")).toBe("supported");
    expect(await verdict("Cetirizine is good for hay fever.")).toBe("supported");
    expect(await verdict("Zyrtec doesn't work against hay fever.")).toBe("refuted");
    expect(await verdict("It's a myth that Zyrtec helps hay fever.")).toBe("refuted");
    // Not of the claim's object, not the other way round, nor with another verb or a comparison.
    for (const text of [
      "Zyrtec helps with insomnia.",
      "Hay fever helps with cetirizine.",
      "Zyrtec helps cause hay fever.",
      "Zyrtec works on hay fever.",
      "Zyrtec is as good for hay fever as chlorphenamine.",
      "Zyrtec works better for hay fever than chlorphenamine.",
    ])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("reads 'levels' after a name as the thing's amount, not as the verb 'level' against 'raises'", async () => {
    expect(await verdict("Disulfiram increases acetaldehyde levels.")).toBe("supported");
    expect(await verdict("Antabuse lowers acetaldehyde levels.")).toBe("refuted");
  });

  it("reads a compound written open ('long term') as the claim's hyphenated one ('long-term')", async () => {
    expect(await verdict("Taking PPIs long term raises your risk of low B12.")).toBe("supported");
    expect(await verdict("Taking PPIs long-term raises your risk of low B12.")).toBe("supported");
    expect(await verdict("Taking PPIs raises your risk of low B12.")).toBe("unverified");
    expect(await verdict("Taking PPIs short term raises your risk of low B12.")).toBe("unverified");
  });

  it("reads 'a kind of' as a class, 'the … family' as the class itself, 'counts as' as 'is'; 'kind of a' hedges", async () => {
    expect(await verdict("Is rosuvastatin a kind of statin?")).toBe("supported");
    expect(await verdict("Rosuvastatin belongs to the statin family.")).toBe("supported");
    expect(await verdict("Rosuvastatin is kind of a statin.")).toBe("unverified");
    // Membership said with a verb and its particle, as "belongs to" says it.
    expect(await verdict("Rosuvastatin counts as a statin.")).toBe("supported");
    expect(await verdict("Is rosuvastatin classified as a statin?")).toBe("supported");
    expect(await verdict("Rosuvastatin doesn't qualify as a statin.")).toBe("refuted");
    expect(await verdict("Rosuvastatin counts for a statin.")).toBe("unverified");
    // A member said with what it is: "a statin preparation".
    expect(await verdict("Rosuvastatin is not a statin preparation.")).toBe("refuted");
  });

  it("holds a universal over doses, ages or groups that the claim does not state", async () => {
    expect(await verdict("Levothyroxine does not cause birth defects.")).toBe("supported");
    const any = await postCheck(domain, "Levothyroxine does not cause birth defects at any dose.", 3);
    expect(any.body.verdict).toBe("unverified");
    expect(any.body.explanation).toMatch(/the sentence says more than the claim \("at any dose"\)\.$/);
    expect(await verdict("Synthroid does not cause birth defects in all age groups.")).toBe("unverified");
  });
});

describe("/v1/check: a noun of change after the object ('weight loss', 'weight gain')", () => {
  let domain: Harness;
  beforeAll(async () => {
    const records = [
      { record: "reference", id: "change-ref", type: "webpage", title: "Change fixture", url: "https://example.org/c" },
      { record: "entity", id: "semaglutide", label: "semaglutide", kind: "drug", aliases: ["Wegovy"] },
      { record: "entity", id: "body-weight", label: "body weight", kind: "other", aliases: ["weight"] },
      {
        record: "claim",
        id: "semaglutide-reduces-body-weight",
        statement: "Semaglutide reduces body weight.",
        subject: "semaglutide",
        predicate: "reduces",
        object: "body-weight",
        confidence: "supported",
        citations: [{ referenceId: "change-ref", stance: "supports" }],
      },
    ];
    domain = await importedDomain(records);
  });
  const verdict = async (text: string) => (await postCheck(domain, text, 3)).body.verdict;

  it("reads a verb that brings something about with the change it brings: 'causes weight loss' says 'reduces weight'", async () => {
    const loss = await postCheck(domain, "Wegovy leads to weight loss.", 3);
    expect(loss.body.verdict).toBe("supported");
    expect(loss.body.matches[0]).toMatchObject({
      claimId: "semaglutide-reduces-body-weight",
      alignment: { predicate: { aligned: true, words: "leads loss", opposite: false } },
    });
    expect(await verdict("Wegovy causes weight gain.")).toBe("refuted");
    expect(await verdict("Semaglutide does not cause weight loss.")).toBe("refuted");
    for (const text of ["Wegovy prevents weight gain.", "Wegovy causes weight loss in mice."])
      expect(await verdict(text), text).not.toMatch(/supported|refuted/);
  });

  it("reads a verb of change before the object with what brings it about: 'helps people lose weight', 'makes you gain weight'", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Wegovy helps people lose weight.", "supported"],
        ["Wegovy makes you lose weight.", "supported"],
        ["Wegovy doesn't help you lose weight.", "refuted"],
        ["Semaglutide makes people gain weight.", "refuted"],
      ],
      ["People lose weight on Wegovy.", "Wegovy makes you lose weight fast."],
    );
  });
});

describe("/v1/check: rates, baselines, restated statements and contrasts (fixture domain, by import)", () => {
  let domain: Harness;
  beforeAll(async () => {
    const cites = [{ referenceId: "rate-ref", stance: "supports" }];
    const records = [
      { record: "reference", id: "rate-ref", type: "webpage", title: "Rate fixture", url: "https://example.org/r" },
      { record: "entity", id: "smoking", label: "smoking", kind: "other", aliases: ["smokers"] },
      { record: "entity", id: "caffeine", label: "caffeine", kind: "drug" },
      { record: "entity", id: "nocebo-effect", label: "nocebo effect", kind: "other", aliases: ["nocebo"] },
      { record: "entity", id: "statin-muscle-pain", label: "statin muscle pain", kind: "condition" },
      { record: "entity", id: "caffeine-withdrawal", label: "caffeine withdrawal", kind: "condition" },
      // (The adjective as an alias: a curator's way of saying it.)
      { record: "entity", id: "fatigue", label: "fatigue", kind: "condition", aliases: ["tiredness", "tired"] },
      { record: "entity", id: "blood-pressure", label: "blood pressure", kind: "other" },
      { record: "entity", id: "statins", label: "statins", kind: "drug-class", aliases: ["statin"] },
      { record: "entity", id: "rhabdomyolysis", label: "rhabdomyolysis", kind: "condition" },
      {
        record: "claim",
        id: "caffeine-raises-blood-pressure",
        statement: "Caffeine raises blood pressure with regular intake.",
        subject: "caffeine",
        predicate: "increases",
        object: "blood-pressure",
        context: "with regular intake",
        confidence: "supported",
        citations: cites,
      },
      {
        record: "claim",
        id: "statins-cause-rhabdomyolysis",
        statement: "Statins can cause rhabdomyolysis, rarely.",
        subject: "statins",
        predicate: "causes",
        object: "rhabdomyolysis",
        context: "rarely",
        confidence: "supported",
        citations: cites,
      },
      {
        record: "claim",
        id: "caffeine-withdrawal-causes-fatigue",
        statement: "Caffeine withdrawal causes fatigue.",
        subject: "caffeine-withdrawal",
        predicate: "causes",
        object: "fatigue",
        confidence: "supported",
        citations: cites,
      },
      {
        record: "claim",
        id: "smoking-increases-caffeine-clearance",
        statement: "Smoking speeds up the clearance of caffeine, shortening its half-life.",
        subject: "smoking",
        predicate: "increases-clearance-of",
        object: "caffeine",
        confidence: "supported",
        citations: cites,
      },
      {
        record: "claim",
        id: "nocebo-causes-statin-muscle-pain",
        // (The object is not named as such, so every negation of the statement is weighed.)
        statement: "Muscle pain that people report on statins is caused by the nocebo effect, not by the drug.",
        subject: "nocebo-effect",
        predicate: "causes",
        object: "statin-muscle-pain",
        confidence: "supported",
        citations: cites,
      },
    ];
    domain = await importedDomain(records);
  });
  const verdict = async (text: string) => (await postCheck(domain, text, 3)).body.verdict;

  it("reads an adverb of rate with the verb of the claim's object: 'clear caffeine faster' says 'speeds up the clearance'", async () => {
    const faster = await postCheck(domain, "Smokers clear caffeine faster.", 3);
    expect(faster.body.verdict).toBe("supported");
    expect(faster.body.matches[0]).toMatchObject({
      claimId: "smoking-increases-caffeine-clearance",
      alignment: { predicate: { aligned: true, words: "clear faster", opposite: false } },
    });
    expect(await verdict("Smokers clear caffeine more slowly.")).toBe("refuted");
  });

  it("reads research of any name as the claim's ('in animal experiments' for 'in animal studies') and 'has been able to' as 'can'", async () => {
    await expectVerdicts(
      verdict,
      [
        ["In animal experiments, fluoxetine has been able to stand in for tianeptine.", "contested"],
        ["In animal experiments, fluoxetine has not been able to stand in for tianeptine.", "contested"],
      ],
      ["In human experiments, fluoxetine can stand in for tianeptine."],
    );
  });

  it("takes a curated phrasing of comparison words alone ('is as good as') in a comparison of its kind", async () => {
    await expectVerdicts(
      verdict,
      [
        ["My psychiatrist says SSREs are as good as SSRIs for treating depression.", "supported"],
        ["SSREs are not as good as SSRIs for depression.", "refuted"],
      ],
      // ("Better" says no dimension; without "depression" the claim's context is not said.)
      ["SSREs are better than SSRIs.", "SSREs are as good as SSRIs."],
    );
  });

  it("takes a 'than' of the subject's absence or the usual state as no comparison of its own", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Smokers clear caffeine faster than non-smokers.", "supported"],
        ["Smokers clear caffeine more slowly than nonsmokers.", "refuted"],
        ["People who smoke clear caffeine faster than people who don't smoke.", "supported"],
        ["People who smoke clear caffeine faster than people who don't.", "supported"],
      ],
      // (A "non-" word of another thing, and another thing, are comparisons the claim does not make.)
      ["Smokers clear caffeine faster than non-drinkers.", "Smokers clear caffeine faster than heavy drinkers."],
    );
  });

  it("reads a participle after a statement's comma as the claim said again: 'shortening its half-life'", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Cigarette smoking shortens caffeine's half-life.", "supported"],
        ["Smoking lengthens the half-life of caffeine.", "refuted"],
        ["Smoking speeds up caffeine clearance.", "supported"],
      ],
      ["Smoking has no effect on caffeine's half-life in dogs."],
    );
  });

  it("reads where in the body, a claim's intake said with a verb, and 'in rare cases' as no other scope", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Smokers clear caffeine from their bodies faster than non-smokers.", "supported"],
        ["Caffeine raises blood pressure in people who drink it regularly.", "supported"],
        ["Caffeine fails to raise blood pressure in people who drink it regularly.", "refuted"],
        ["Can statins cause rhabdomyolysis in rare cases?", "supported"],
      ],
      [
        "Smokers clear caffeine from their livers faster.",
        "Caffeine raises blood pressure in people who drink it occasionally.",
        "Caffeine raises blood pressure in people who eat it.",
        "Statins cause rhabdomyolysis in most cases.",
      ],
    );
  });

  it("reads a verb of feeling as saying the state it names: 'makes you feel tired'", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Caffeine withdrawal makes you tired.", "supported"],
        ["Quitting caffeine makes you feel tired.", "supported"],
        ["Caffeine withdrawal makes you feel less tired.", "refuted"],
      ],
      ["Caffeine withdrawal makes you feel retired."],
    );
  });

  it("does not read a statement's contrast ('…, not by the drug') as denying its claim", async () => {
    await expectVerdicts(verdict, [
      ["Statin muscle pain is caused by the nocebo effect.", "supported"],
      ["Statin muscle pain is caused by the drug itself, not by the nocebo effect.", "refuted"],
      ["The nocebo effect does not cause statin muscle pain.", "refuted"],
    ]);
  });
});

describe("/v1/check: a risk said as what may come about (fixture domain, by import)", () => {
  let domain: Harness;
  beforeAll(async () => {
    const claim = supportedClaim("risk-ref");
    domain = await importedDomain([
      { record: "reference", id: "risk-ref", type: "webpage", title: "Risk fixture", url: "https://example.org/k" },
      { record: "entity", id: "ibuprofen", label: "ibuprofen", kind: "drug", aliases: ["Advil"] },
      { record: "entity", id: "kidney-injury", label: "acute kidney injury", kind: "condition" },
      { record: "entity", id: "atorvastatin", label: "atorvastatin", kind: "drug", aliases: ["Lipitor"] },
      { record: "entity", id: "stroke", label: "stroke", kind: "condition", aliases: ["strokes"] },
      { record: "entity", id: "paracetamol", label: "paracetamol", kind: "drug", aliases: ["Tylenol"] },
      { record: "entity", id: "tension-headache", label: "tension headache", kind: "condition" },
      { record: "entity", id: "paracetamol-overdose", label: "paracetamol overdose", kind: "condition" },
      { record: "entity", id: "liver-enzymes", label: "liver enzymes", kind: "protein" },
      { record: "entity", id: "rifampicin", label: "rifampicin", kind: "drug" },
      { record: "entity", id: "birth-control-pills", label: "birth control pills", kind: "drug" },
      { record: "predicate", id: "decreases-effectiveness-of", label: "decreases the effectiveness of" },
      claim(
        "rifampicin-decreases-pill-effectiveness",
        "Rifampicin decreases the effectiveness of birth control pills.",
        "rifampicin",
        "decreases-effectiveness-of",
        "birth-control-pills",
      ),
      {
        ...claim(
          "atorvastatin-raises-liver-enzymes",
          "Atorvastatin mildly raises liver enzymes.",
          "atorvastatin",
          "increases",
          "liver-enzymes",
        ),
        context: "mildly",
      },
      { record: "entity", id: "liver-damage", label: "liver damage", kind: "condition" },
      { record: "entity", id: "acetylcysteine", label: "acetylcysteine", kind: "drug" },
      // (Its subject is paracetamol; its statement names the overdose, another entity.)
      claim(
        "paracetamol-overdose-causes-liver-damage",
        "A paracetamol overdose causes liver damage.",
        "paracetamol",
        "causes",
        "liver-damage",
      ),
      claim(
        "acetylcysteine-treats-paracetamol-overdose",
        "Acetylcysteine treats paracetamol overdose.",
        "acetylcysteine",
        "treats",
        "paracetamol-overdose",
      ),
      claim(
        "paracetamol-relieves-tension-headache",
        "Paracetamol relieves tension headache.",
        "paracetamol",
        "relieves",
        "tension-headache",
      ),
      claim(
        "ibuprofen-increases-kidney-injury-risk",
        "Ibuprofen increases the risk of acute kidney injury.",
        "ibuprofen",
        "increases-risk-of",
        "kidney-injury",
      ),
      claim(
        "atorvastatin-reduces-stroke-risk",
        "Atorvastatin reduces the risk of stroke.",
        "atorvastatin",
        "reduces-risk-of",
        "stroke",
      ),
      { record: "reference", id: "risk-against", type: "webpage", title: "Against", url: "https://example.org/l" },
      { record: "entity", id: "omeprazole", label: "omeprazole", kind: "drug", aliases: ["Prilosec"] },
      { record: "entity", id: "dementia", label: "dementia", kind: "condition" },
      {
        ...claim(
          "omeprazole-increases-dementia-risk",
          "Omeprazole increases the risk of dementia.",
          "omeprazole",
          "increases-risk-of",
          "dementia",
        ),
        confidence: "refuted",
        citations: [{ referenceId: "risk-against", stance: "contradicts" }],
      },
      { record: "entity", id: "vitamin-d", label: "vitamin D", kind: "drug" },
      { record: "entity", id: "calcium", label: "calcium", kind: "other" },
      { record: "predicate", id: "increases-absorption-of", label: "increases the absorption of" },
      claim(
        "vitamin-d-increases-calcium-absorption",
        "Vitamin D increases the absorption of calcium.",
        "vitamin-d",
        "increases-absorption-of",
        "calcium",
      ),
    ]);
  });
  const verdict = async (text: string) => (await postCheck(domain, text, 3)).body.verdict;

  it("decides a cause said for a risk, or an absolute verb, only where the claim's references can: a refuted claim refutes it, an established one its contrary and its denial", async () => {
    const cause = await postCheck(domain, "Omeprazole causes dementia.", 3);
    expect(cause.body.verdict).toBe("refuted");
    expect(cause.body.matches[0]).toMatchObject({
      claimId: "omeprazole-increases-dementia-risk",
      match: "same-assertion",
      alignment: {
        held: null,
        stronger: 'the sentence does not say a risk, as the claim does ("increases risk of")',
      },
    });
    await expectVerdicts(
      verdict,
      [
        ["Prilosec does not cause dementia.", "supported"],
        // (What lowers a risk does not cause it; a cause denied is a risk denied.)
        ["Atorvastatin causes strokes.", "refuted"],
        ["Advil doesn't cause acute kidney injury.", "refuted"],
      ],
      [
        // (Nothing shows the stronger assertion true, nor a refuted claim's contrary.)
        "Ibuprofen causes acute kidney injury.",
        "Atorvastatin prevents strokes.",
        "Omeprazole prevents dementia.",
        // ("Does not prevent" is no denial of a lowered risk.)
        "Atorvastatin doesn't prevent strokes.",
      ],
    );
    const unsaid = await postCheck(domain, "Ibuprofen causes acute kidney injury.", 3);
    expect(unsaid.body.explanation).toBe(
      'The sentence says more than the claim (the sentence does not say a risk, as the claim does ("increases risk of")), which its references can show false but not true: claim "ibuprofen-increases-kidney-injury-risk" (supported); subject "Ibuprofen"; predicate "causes" ~ "increases risk of"; object "acute kidney injury".',
    );
  });

  it("reads 'helps you absorb' as the aspect of a claim raised, and a contrary said more strongly ('greatly') as a contrary", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Vitamin D helps you absorb calcium.", "supported"],
        ["Vitamin D helps the body absorb calcium.", "supported"],
        ["Vitamin D doesn't help you absorb calcium.", "refuted"],
        ["Rifampicin greatly increases the effectiveness of birth control pills.", "refuted"],
      ],
      [
        // (Of whom it holds; and more strongly than the claim says it.)
        "Vitamin D helps older people absorb calcium.",
        "Rifampicin greatly decreases the effectiveness of birth control pills.",
      ],
    );
  });

  it("reads 'can cause', 'might lead to', 'helps prevent' and 'can prevent' as a risk raised or lowered; a bare 'causes' or 'prevents' still says more", async () => {
    const can = await postCheck(domain, "Advil can cause acute kidney injury.", 3);
    expect(can.body.verdict).toBe("supported");
    expect(can.body.matches[0]).toMatchObject({
      claimId: "ibuprofen-increases-kidney-injury-risk",
      alignment: { predicate: { aligned: true, words: "cause", opposite: false } },
    });
    await expectVerdicts(
      verdict,
      [
        ["Ibuprofen might lead to acute kidney injury.", "supported"],
        ["Atorvastatin helps prevent strokes.", "supported"],
        ["Lipitor can prevent strokes.", "supported"],
        ["Lipitor may help prevent strokes.", "supported"],
        ["Lipitor might ward off strokes.", "supported"],
        // (Protection is a lowered risk.)
        ["Atorvastatin protects against strokes.", "supported"],
        ["Lipitor does nothing to protect you from strokes.", "refuted"],
        // (The onset of what the risk is of, said after it: a risk said in full.)
        ["Lipitor lowers your chances of having a stroke.", "supported"],
        ["Advil raises the risk of developing acute kidney injury.", "supported"],
        ["Prilosec doesn't increase your risk of getting dementia.", "supported"],
        // (A denial made emphatic: "one bit" is no count, "in the slightest" no scope.)
        ["Prilosec doesn't raise the risk of dementia one bit.", "supported"],
        ["Prilosec doesn't raise the risk of dementia in the slightest.", "supported"],
        ["Does Prilosec raise the risk of dementia? Not one bit.", "supported"],
      ],
      [
        "Ibuprofen causes acute kidney injury.",
        "Atorvastatin prevents strokes.",
        "Ibuprofen will cause acute kidney injury.",
        // (Not without a denial: "one" counts there.)
        "Prilosec raises the risk of dementia one bit.",
      ],
    );
  });

  it("reads a verb of moving with its particle ('pushes your LDL up', 'drives it down'), and '…, not down' as a contrast", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Lipitor pushes liver enzymes up.", "supported"],
        ["Atorvastatin drives liver enzymes down, not up.", "refuted"],
        ["Lipitor doesn't push liver enzymes up.", "refuted"],
      ],
      // (A denial of the contrary says neither.)
      ["Lipitor does not push liver enzymes down."],
    );
    // ("Pushes … down" is not "boosts", whatever "push" says alone; nor does it say an aspect of its object.)
    expect(await verdict("Lipitor pushes liver enzymes down.")).toBe("refuted");
    expect(await verdict("Rifampicin pushes birth control pills down.")).not.toMatch(/supported|refuted/);
    expect(await verdict("Rifampicin makes birth control pills less effective.")).toBe("supported");
    // The particle ends the clause past a word or two that head the object's name: the verb's still.
    // The particle ends the clause past a word or two that head the object's name ("levels", "numbers"):
    // it is still the verb's, and those words say no predicate ("levels" is no verb of levelling).
    await expectVerdicts(verdict, [
      ["Lipitor brings liver enzymes levels up.", "supported"],
      ["Lipitor brings liver enzymes levels down.", "refuted"],
      ["Atorvastatin brings your liver enzymes numbers up.", "supported"],
      ["Atorvastatin brings your liver enzymes numbers down.", "refuted"],
      // (Words after the particle leave it the verb's.)
      ["Lipitor brings liver enzymes levels up a little.", "supported"],
    ]);
    // A word of the object's amount right after its name is the name's ("liver enzymes levels" are still
    // the enzymes), not a verb of levelling, whatever verb comes before.
    await expectVerdicts(verdict, [
      ["Lipitor pushes up your liver enzymes levels.", "supported"],
      ["Lipitor leads to higher liver enzymes levels.", "supported"],
      ["Lipitor leads to lower liver enzymes levels.", "refuted"],
    ]);
    // (How often someone says it is no "always" of the claim's.)
    expect(await verdict("My doctor always says Lipitor raises liver enzymes.")).toBe("supported");
    // (A verb with its own particle is no word of the name: "go up" is said of the enzymes; and an
    // object that opens a condition is supposed, not said of the subject.)
    expect(await verdict("Your doctor may bring the Lipitor dose down if your liver enzymes go up.")).not.toMatch(
      /supported|refuted/,
    );
  });

  it("reads a clause denied whole ('It's not true that …', 'It would be wrong to say …') as denying what it holds, a denial included", async () => {
    await expectVerdicts(
      verdict,
      [
        ["It's not true that Lipitor doesn't raise liver enzymes.", "supported"],
        ["It isn't the case that Lipitor doesn't raise liver enzymes.", "supported"],
        ["It would be wrong to say that Lipitor raises liver enzymes.", "refuted"],
        ["It would be wrong to say Lipitor doesn't raise liver enzymes.", "supported"],
      ],
      [
        // ("Not … never" says "at times"; two denials in one clause may deny or assert.)
        "It's not true that Lipitor never raises liver enzymes.",
        // (A denied "no effect" is some effect, in no direction.)
        "It's not true that Lipitor has no effect on liver enzymes.",
        "Lipitor doesn't not raise liver enzymes.",
      ],
    );
  });

  it("reads a 'no' that goes on to deny the same, once, as a plain 'no'; a report denied ('never told me') asserts nothing", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Does Lipitor raise liver enzymes? No, Lipitor doesn't raise liver enzymes at all.", "refuted"],
        ["Does Lipitor raise liver enzymes? No, it does nothing to them.", "refuted"],
        ["Does Prilosec raise the risk of dementia? No, it doesn't raise it one bit.", "supported"],
      ],
      [
        // (A correction, another thing credited, a quantifier: not the same denial.)
        "Does Lipitor raise liver enzymes? No, only in some people.",
        "Does Lipitor raise liver enzymes? No, that's what alcohol does.",
        "Does Lipitor raise liver enzymes? No, not in everyone.",
        "My doctor never told me Lipitor raises liver enzymes.",
      ],
    );
  });

  it("takes a weakening of the kind the claim says as its own ('a little' for 'mildly'), and no other kind", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Lipitor raises liver enzymes a little.", "supported"],
        ["Atorvastatin slightly raises liver enzymes.", "supported"],
      ],
      ["Lipitor hardly raises liver enzymes.", "Lipitor rarely raises liver enzymes."],
    );
  });

  it("finds a claim said of a name inside a longer one: its own statement, 'A paracetamol overdose causes liver damage'", async () => {
    const own = await postCheck(domain, "A paracetamol overdose causes liver damage.", 3);
    expect(own.body.verdict).toBe("supported");
    expect(own.body.matches[0]).toMatchObject({
      claimId: "paracetamol-overdose-causes-liver-damage",
      alignment: { subject: { aligned: true, entityId: "paracetamol", words: "paracetamol" } },
    });
    await expectVerdicts(
      verdict,
      [
        ["A Tylenol overdose does not damage the liver.", "refuted"],
        ["An overdose of paracetamol causes liver damage.", "supported"],
        ["Acetylcysteine treats paracetamol overdose.", "supported"],
      ],
      // (The longer name says what the claim does not.)
      ["A paracetamol overdose relieves tension headache.", "An overdose of Advil can cause acute kidney injury."],
    );
  });

  it("reads an association ('is linked to', 'has no link with') as a raised risk, and as nothing else", async () => {
    const linked = await postCheck(domain, "Ibuprofen is linked to acute kidney injury.", 3);
    expect(linked.body.verdict).toBe("supported");
    expect(linked.body.matches[0]).toMatchObject({
      claimId: "ibuprofen-increases-kidney-injury-risk",
      alignment: { predicate: { aligned: true, words: "linked", opposite: false } },
    });
    await expectVerdicts(
      verdict,
      [
        ["Advil has no link with acute kidney injury.", "refuted"],
        ["Ibuprofen has never been associated with acute kidney injury.", "refuted"],
      ],
      // (A lowered risk, or a relief, is not what an association says.)
      ["Atorvastatin is linked to strokes.", "Paracetamol is associated with tension headache."],
    );
  });

  it("reads 'drugs like X' as said of X, and 'stimulants like X' as said of a class the store does not hold X in", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Drugs like Advil can cause acute kidney injury.", "supported"],
        ["Medicines like Lipitor can help prevent strokes.", "supported"],
      ],
      ["Stimulants like Advil can cause acute kidney injury.", "Painkillers like Lipitor can help prevent strokes."],
    );
  });

  it("reads a phrase of benefit ('is effective for', 'helps with', 'works for') as a claim's relief of its object", async () => {
    const effective = await postCheck(domain, "Paracetamol is effective for tension headache.", 3);
    expect(effective.body.verdict).toBe("supported");
    expect(effective.body.matches[0]).toMatchObject({
      claimId: "paracetamol-relieves-tension-headache",
      alignment: { predicate: { aligned: true, words: "effective", opposite: false } },
    });
    await expectVerdicts(
      verdict,
      [
        ["Tylenol helps with tension headache.", "supported"],
        ["Tylenol doesn't work for tension headache.", "refuted"],
        ["Paracetamol is not effective against tension headache.", "refuted"],
      ],
      ["Paracetamol is effective.", "Tylenol is effective for tension headache in dogs."],
    );
  });
});

describe("/v1/check: what a claim says besides its three parts — a denial, a rank, a unit, a scope (fixture domain, by import)", () => {
  let domain: Harness;
  beforeAll(async () => {
    const claim = supportedClaim("besides-ref");
    domain = await importedDomain([
      { record: "reference", id: "besides-ref", type: "webpage", title: "Besides", url: "https://example.org/b" },
      {
        record: "entity",
        id: "mineral-filters",
        label: "mineral UV filters",
        kind: "drug",
        aliases: ["mineral sunscreens"],
      },
      { record: "entity", id: "uv-radiation", label: "UV radiation", kind: "other" },
      { record: "predicate", id: "absorbs", label: "absorbs" },
      claim(
        "mineral-filters-absorb-uv",
        "Mineral UV filters protect the skin mainly by absorbing UV radiation, not by reflecting it.",
        "mineral-filters",
        "absorbs",
        "uv-radiation",
      ),
      { record: "entity", id: "simvastatin", label: "simvastatin", kind: "drug", aliases: ["Zocor"] },
      { record: "entity", id: "rhabdomyolysis", label: "rhabdomyolysis", kind: "condition" },
      {
        ...claim(
          "simvastatin-causes-rhabdomyolysis",
          "Simvastatin very rarely causes rhabdomyolysis.",
          "simvastatin",
          "causes",
          "rhabdomyolysis",
        ),
        context: "very rarely",
      },
      { record: "entity", id: "aspirin", label: "aspirin", kind: "drug" },
      { record: "entity", id: "cox-1", label: "COX-1", kind: "protein" },
      { record: "predicate", id: "irreversibly-inhibits", label: "irreversibly inhibits" },
      claim(
        "aspirin-inhibits-cox-1",
        "Aspirin irreversibly inhibits COX-1.",
        "aspirin",
        "irreversibly-inhibits",
        "cox-1",
      ),
      { record: "entity", id: "nicotine-withdrawal", label: "nicotine withdrawal", kind: "condition" },
      { record: "entity", id: "irritability", label: "irritability", kind: "condition" },
      claim(
        "nicotine-withdrawal-causes-irritability",
        "Nicotine withdrawal causes irritability and restlessness.",
        "nicotine-withdrawal",
        "causes",
        "irritability",
      ),
      { record: "entity", id: "antibiotics", label: "antibiotics", kind: "drug" },
      { record: "entity", id: "flu", label: "flu", kind: "condition" },
      { record: "predicate", id: "does-not-cure", label: "does not cure" },
      claim(
        "antibiotics-do-not-cure-flu",
        "Antibiotics do not cure or shorten the flu.",
        "antibiotics",
        "does-not-cure",
        "flu",
      ),
      { record: "entity", id: "zolpidem", label: "zolpidem", kind: "drug" },
      { record: "entity", id: "sleep-latency", label: "sleep latency", kind: "other" },
      claim(
        "zolpidem-shortens-sleep-latency",
        "Zolpidem shortens sleep latency by a few minutes.",
        "zolpidem",
        "decreases",
        "sleep-latency",
      ),
      { record: "entity", id: "vitamin-c", label: "vitamin C", kind: "drug" },
      { record: "entity", id: "colds", label: "colds", kind: "condition", aliases: ["cold"] },
      { record: "predicate", id: "shortens", label: "shortens" },
      claim(
        "vitamin-c-shortens-colds",
        "Taking vitamin C regularly slightly shortens colds.",
        "vitamin-c",
        "shortens",
        "colds",
      ),
      {
        ...claim("vitamin-c-prevents-colds", "Vitamin C prevents colds.", "vitamin-c", "prevents", "colds"),
        context: "in the general population",
        confidence: "refuted",
        citations: [{ referenceId: "besides-ref", stance: "contradicts" }],
      },
      { record: "entity", id: "valproate", label: "valproate", kind: "drug" },
      { record: "entity", id: "birth-defects", label: "birth defects", kind: "condition" },
      {
        ...claim(
          "valproate-causes-birth-defects",
          "Valproate causes birth defects in rats.",
          "valproate",
          "causes",
          "birth-defects",
        ),
        context: "in rats",
      },
    ]);
  });
  const verdict = async (text: string) => (await postCheck(domain, text, 3)).body.verdict;

  it("holds a word the statement denies ('not by reflecting it'), a part of the claim the text denies, and what it goes on to say against a denial", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Mineral UV filters mainly absorb UV radiation.", "supported"],
        ["Mineral sunscreens absorb UV radiation rather than reflecting it.", "supported"],
        ["Nicotine withdrawal causes irritability.", "supported"],
        ["Antibiotics do not cure the flu.", "supported"],
      ],
      [
        "Mineral UV filters protect the skin mainly by reflecting UV radiation.",
        "Mineral sunscreens mainly reflect UV radiation.",
        "Nicotine withdrawal causes irritability but not restlessness.",
        "Antibiotics do not cure the flu but do shorten it.",
      ],
    );
    const foil = await postCheck(domain, "Mineral sunscreens mainly reflect UV radiation.", 3);
    expect(foil.body.matches[0].alignment.held).toBe('the sentence says "reflect", which the claim denies');
  });

  it("holds a word of how often or how much of another rank ('commonly' for 'very rarely'), a negated prefix ('reversibly'), a unit of time the claim does not say, and a scope joined to the claim's", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Zocor rarely causes rhabdomyolysis.", "supported"],
        ["Aspirin irreversibly inhibits COX-1.", "supported"],
        ["Zolpidem shortens sleep latency by a few minutes.", "supported"],
        ["Valproate causes birth defects in rats.", "supported"],
      ],
      [
        "Zocor commonly causes rhabdomyolysis.",
        "Simvastatin mostly causes rhabdomyolysis.",
        "Aspirin reversibly inhibits COX-1.",
        "Zolpidem shortens sleep latency by about an hour.",
        "Valproate causes birth defects in rats and humans.",
        "Valproate causes birth defects in rats and in people.",
      ],
    );
    // (A rival is weighed as it would be alone: the refuted claim's contrary, in a context the text does
    // not state, contests nothing.)
    expect(await verdict("Taking vitamin C regularly lengthens colds.")).toBe("refuted");
    const rank = await postCheck(domain, "Zocor commonly causes rhabdomyolysis.", 3);
    expect(rank.body.matches[0].alignment.held).toBe('the sentence says "commonly" where the claim says "rarely"');
  });
});

describe("/v1/check: a curated phrasing's own 'less' or 'more' (fixture domain, by import)", () => {
  let domain: Harness;
  beforeAll(async () => {
    const cites = [{ referenceId: "degree-ref", stance: "supports" }];
    domain = await importedDomain([
      { record: "reference", id: "degree-ref", type: "webpage", title: "Degree fixture", url: "https://example.org/d" },
      { record: "entity", id: "rifampicin", label: "rifampicin", kind: "drug", aliases: ["rifampin"] },
      { record: "entity", id: "the-pill", label: "birth control pills", kind: "drug", aliases: ["the pill"] },
      { record: "entity", id: "warfarin", label: "warfarin", kind: "drug" },
      { record: "entity", id: "espresso", label: "espresso", kind: "other" },
      { record: "entity", id: "sleep", label: "sleep", kind: "process" },
      {
        record: "predicate",
        id: "decreases-effectiveness-of",
        label: "decreases the effectiveness of",
        phrasings: ["makes less effective", "weakens the effect of"],
        opposite: "increases-effectiveness-of",
      },
      {
        record: "predicate",
        id: "increases-effectiveness-of",
        label: "increases the effectiveness of",
        phrasings: ["makes more effective"],
        opposite: "decreases-effectiveness-of",
      },
      ...[
        ["rifampicin-weakens-the-pill", "Rifampicin decreases the effectiveness of birth control pills.", "the-pill"],
        ["rifampicin-weakens-warfarin", "Rifampicin decreases the effectiveness of warfarin.", "warfarin"],
      ].map(([id, statement, object]) => ({
        record: "claim",
        id,
        statement,
        subject: "rifampicin",
        predicate: "decreases-effectiveness-of",
        object,
        confidence: "supported",
        citations: cites,
      })),
      {
        record: "claim",
        id: "espresso-shortens-sleep",
        statement: "Espresso disrupts sleep.",
        subject: "espresso",
        predicate: "disrupts",
        object: "sleep",
        confidence: "supported",
        wordings: ["Espresso makes you sleep less."],
        citations: cites,
      },
    ]);
  });
  const verdict = async (text: string) => (await postCheck(domain, text)).body.verdict as string;

  it("says a phrasing's 'less' only with 'less': 'more' turns it round, neither says something else", async () => {
    const less = await postCheck(domain, "Rifampicin makes birth control pills less effective.", 1);
    expect(less.body.verdict).toBe("supported");
    expect(less.body.matches[0]).toMatchObject({
      claimId: "rifampicin-weakens-the-pill",
      alignment: {
        predicate: { aligned: true, words: "makes effective", phrasing: "makes less effective", opposite: false },
        polarity: { value: "agrees", negations: [], reasons: [] },
      },
    });
    const more = await postCheck(domain, "Rifampin makes the pill more effective.", 1);
    expect(more.body.verdict).toBe("refuted");
    expect(more.body.matches[0]).toMatchObject({
      claimId: "rifampicin-weakens-the-pill",
      alignment: {
        predicate: { aligned: true, words: "makes effective", phrasing: "makes less effective", opposite: true },
        polarity: { value: "opposes", reasons: ['"makes effective" says the opposite of "makes less effective"'] },
      },
    });
    await expectVerdicts(
      verdict,
      [
        ["Rifampicin makes warfarin less effective.", "supported"],
        ["Rifampicin does not make birth control pills less effective.", "refuted"],
        ["Espresso makes you sleep less.", "supported"],
        ["Espresso makes you sleep more.", "refuted"],
        // (Its wording without "less" is no way of saying it: the statement's verb is what this opposes.)
        ["Espresso makes you sleep.", "refuted"],
      ],
      // (Not making it more effective is not making it less: a denied opposite says neither.)
      ["Rifampicin doesn't make warfarin more effective."],
    );
  });
});

describe("/v1/check: what takes a sentence back or says it of another (fixture domain, by import)", () => {
  let domain: Harness;
  beforeAll(async () => {
    const claim = (
      id: string,
      statement: string,
      subject: string,
      predicate: string,
      object: string,
      context?: string,
    ) => ({ ...fixtureClaim("back-ref")(id, statement, subject, predicate, object), context: context ?? null });
    domain = await importedDomain([
      {
        record: "reference",
        id: "back-ref",
        type: "webpage",
        title: "Take-back fixture",
        url: "https://example.org/b",
      },
      { record: "entity", id: "statins", label: "statins", kind: "drug-class", aliases: ["statin"] },
      { record: "entity", id: "ezetimibe", label: "ezetimibe", kind: "drug" },
      { record: "entity", id: "ldl", label: "LDL cholesterol", kind: "other" },
      { record: "entity", id: "beta-blockers", label: "beta-blockers", kind: "drug-class" },
      { record: "entity", id: "bronchospasm", label: "bronchospasm", kind: "condition" },
      { record: "entity", id: "saba", label: "short-acting beta agonists", kind: "drug-class", aliases: ["SABA"] },
      { record: "entity", id: "eib", label: "exercise-induced bronchoconstriction", kind: "condition" },
      { record: "entity", id: "grapefruit-juice", label: "grapefruit juice", kind: "other" },
      { record: "entity", id: "cyp3a4", label: "CYP3A4", kind: "protein" },
      { record: "entity", id: "coffee", label: "coffee", kind: "other" },
      { record: "entity", id: "sleep", label: "sleep", kind: "process" },
      {
        record: "predicate",
        id: "disrupts",
        label: "disrupts",
        phrasings: ["interferes with", "disturbs"],
        opposite: "promotes",
      },
      {
        record: "predicate",
        id: "promotes",
        label: "promotes",
        phrasings: ["supports", "boosts"],
        opposite: "disrupts",
      },
      claim("coffee-disrupts-sleep", "Coffee disrupts sleep.", "coffee", "disrupts", "sleep"),
      claim("statins-lower-ldl", "Statins lower LDL cholesterol.", "statins", "lowers", "ldl"),
      claim(
        "beta-blockers-cause-bronchospasm",
        "Beta-blockers cause bronchospasm in people with asthma.",
        "beta-blockers",
        "causes",
        "bronchospasm",
        "in people with asthma",
      ),
      claim(
        "saba-prevents-eib",
        "A SABA inhaled shortly before exercise prevents exercise-induced bronchoconstriction.",
        "saba",
        "prevents",
        "eib",
        "when inhaled shortly before exercise",
      ),
      claim(
        "grapefruit-inhibits-cyp3a4",
        "Grapefruit juice inhibits CYP3A4 in the intestine.",
        "grapefruit-juice",
        "inhibits",
        "cyp3a4",
        "in the intestine",
      ),
    ]);
  });
  const verdict = async (text: string) => (await postCheck(domain, text)).body.verdict as string;

  it("gives no verdict to what a text takes back, says in irony or rejects, and reads 'can't help but' as saying it", async () => {
    // ("Not really." is a softened "no" since December 7's tenth stop: a hedge that is no answer takes it back.)
    const answered = await postCheck(domain, "Statins lower LDL cholesterol? Not in my experience.", 1);
    expect(answered.body.verdict).toBe("unverified");
    expect(answered.body.explanation).toMatch(/^The sentence judges what it reports, or puts it at another time \("/);
    await expectVerdicts(
      verdict,
      [
        ["Statins lower LDL cholesterol.", "supported"],
        // A plain "no" to the question denies it (these had no verdict).
        ["Statins lower LDL cholesterol? Of course not.", "refuted"],
        ["Do statins lower LDL cholesterol? Nope.", "refuted"],
        ["Statins lower LDL cholesterol? No way.", "refuted"],
        ["Don't statins lower LDL cholesterol? No, they don't.", "refuted"],
        ["Do statins lower LDL cholesterol? No, not even close.", "refuted"],
        ["Statins can't help but lower LDL cholesterol.", "supported"],
        ["Not a single study shows that statins lower LDL cholesterol.", "refuted"],
        ["Statins lower LDL cholesterol more than placebo.", "supported"],
        ["It's not a myth that statins lower LDL cholesterol.", "supported"],
        ["Statins don't just lower LDL cholesterol.", "supported"],
        // (A quotation is no scare quote.)
        ['"Statins lower LDL cholesterol."', "supported"],
        ['My doctor said: "Statins lower LDL cholesterol."', "supported"],
      ],
      [
        // (A hedged "no", one that goes on to more, or a challenge's answer still takes it back.)
        "Statins lower LDL cholesterol? Unlikely.",
        "Statins lower LDL cholesterol? No, they raise HDL.",
        "Why would statins lower LDL cholesterol? No idea.",
        "Statins lower LDL cholesterol - not true.",
        "Statins lower LDL cholesterol. Actually, they don't.",
        "Statins lower LDL cholesterol, said no one ever.",
        "As if statins lowered LDL cholesterol!",
        "Cardiologists reject the claim that statins lower LDL cholesterol.",
        "Few doctors still think statins lower LDL cholesterol.",
        "Statins were thought to lower LDL cholesterol.",
        "Statins lower LDL cholesterol in no one.",
        "Every drug but statins lowers LDL cholesterol.",
        "Statins lower LDL cholesterol no more than placebo.",
        "Statins lower LDL cholesterol less than placebo does.",
        // (Left open, asked as a challenge, labelled, reported at second hand, or taken back after.)
        "Who says statins lower LDL cholesterol?",
        "Statins lower LDL cholesterol, or do they?",
        "Statins may or may not lower LDL cholesterol.",
        "Statins either lower LDL cholesterol or they don't.",
        "Nobody knows if statins lower LDL cholesterol.",
        "It remains to be shown that statins lower LDL cholesterol.",
        "It has not been shown that statins lower LDL cholesterol.",
        "I refuse to believe statins lower LDL cholesterol.",
        "Contrary to claims that statins lower LDL cholesterol, they have no effect.",
        "Hypothesis: statins lower LDL cholesterol.",
        "Statins lower LDL cholesterol, allegedly.",
        "Statins are said to lower LDL cholesterol.",
        "Statins lower LDL cholesterol. Just kidding.",
        "Statins lower LDL cholesterol. Or so I thought.",
        "Statins seem to lower LDL cholesterol but actually do not.",
        // (Said of another too, of one case, more strongly, or of a likeness.)
        "Statins lower LDL cholesterol, just like ezetimibe does.",
        "Statins didn't lower my LDL cholesterol.",
        "Statins lower LDL cholesterol in a day.",
        "Statins lower LDL cholesterol in every patient.",
        "Statin-like drugs lower LDL cholesterol.",
        "Statins lower LDL cholesterol, or so the drug companies say.",
        "Statins lower LDL cholesterol? Says who?",
        "What if statins lower LDL cholesterol?",
        "Nowhere is it shown that statins lower LDL cholesterol.",
        "Statins never fail to lower LDL cholesterol.",
        "My statins didn't lower LDL cholesterol.",
        "Statins lower LDL cholesterol; ezetimibe too.",
        // (Scare quotes.)
        'Statins "lower" LDL cholesterol.',
        "Statins “lower” LDL cholesterol.",
        "Statins lower “bad cholesterol”.",
      ],
    );
  });

  it("holds what is said of another than the subject, of part of it, under a condition, or of a denied scope or time", async () => {
    const contrasted = await postCheck(domain, "Ezetimibe, unlike statins, lowers LDL cholesterol.", 1);
    expect(contrasted.body.verdict).toBe("unverified");
    expect(contrasted.body.matches[0]).toMatchObject({
      claimId: "statins-lower-ldl",
      alignment: { held: 'the sentence sets it against another thing ("unlike")' },
    });
    await expectVerdicts(
      verdict,
      [
        ["Beta-blockers cause bronchospasm in people with asthma.", "supported"],
        ["Grapefruit juice inhibits CYP3A4 in the intestine.", "supported"],
        ["A SABA inhaled shortly before exercise prevents exercise-induced bronchoconstriction.", "supported"],
      ],
      [
        "Ezetimibe rather than statins lowers LDL cholesterol.",
        "Ezetimibe - unlike statins - lowers LDL cholesterol.",
        "Some statins don't lower LDL cholesterol.",
        "Statins that are not taken regularly lower LDL cholesterol.",
        "Statins do not lower LDL cholesterol when taken at night.",
        "Never take statins with grapefruit juice, because grapefruit juice inhibits CYP3A4.",
        "Beta-blockers cause bronchospasm in people who do not have asthma.",
        "Beta-blockers cause bronchospasm in people without asthma.",
        "Grapefruit juice inhibits CYP3A4, but not in the intestine.",
        "A SABA inhaled shortly after exercise prevents exercise-induced bronchoconstriction.",
        "A SABA inhaled during exercise prevents exercise-induced bronchoconstriction.",
        // ("Keeps you from", "prevents you from": what hinders says no opposite of "disrupts".)
        "Coffee keeps you from sleeping.",
        "Coffee prevents you from sleeping.",
      ],
    );
    expect(await verdict("Coffee stops you from sleeping.")).toBe("supported");
  });

  it("holds a denial said of some times only ('often', 'can fail to') or of the writer's own case", async () => {
    const often = await postCheck(domain, "Statins often fail to lower LDL cholesterol.", 1);
    expect(often.body.verdict).toBe("unverified");
    expect(often.body.matches[0]).toMatchObject({
      claimId: "statins-lower-ldl",
      alignment: { held: 'the sentence says it only in part, or weakly ("often fail to")' },
    });
    await expectVerdicts(
      verdict,
      [
        ["Statins fail to lower LDL cholesterol.", "refuted"],
        ["Statins cannot lower LDL cholesterol.", "refuted"],
        ["Statins could not lower LDL cholesterol.", "refuted"],
        ["Statins never lower LDL cholesterol.", "refuted"],
        ["Statins often lower LDL cholesterol.", "supported"],
      ],
      [
        "Statins can fail to lower LDL cholesterol.",
        "Statins may fail to lower LDL cholesterol.",
        "Statins frequently do not lower LDL cholesterol.",
        "Statins usually don't lower LDL cholesterol.",
        "Statins could not lower my LDL cholesterol.",
        "Statins couldn't lower our LDL cholesterol.",
      ],
    );
  });

  it("holds what is said of the subject's absence, whose words of negation deny nothing", async () => {
    const lack = await postCheck(domain, "Lack of coffee disrupts sleep.", 1);
    expect(lack.body.verdict).toBe("unverified");
    expect(lack.body.matches[0]).toMatchObject({
      claimId: "coffee-disrupts-sleep",
      alignment: {
        held: 'the sentence speaks of the absence of coffee ("lack of")',
        polarity: { value: "agrees", negations: [] },
      },
    });
    await expectVerdicts(
      verdict,
      [
        // (A negation of the clause, or of the subject as a quantity, still denies it.)
        ["No coffee disrupts sleep.", "refuted"],
        ["It is not true that coffee disrupts sleep.", "refuted"],
        ["Coffee does not disrupt sleep.", "refuted"],
        ["Statins lower LDL cholesterol.", "supported"],
      ],
      [
        "A lack of coffee disrupts sleep.",
        "The absence of coffee disrupts sleep.",
        "A deficiency of coffee does not disrupt sleep.",
        "Going without coffee disrupts sleep.",
        "Not drinking coffee disrupts sleep.",
        "Never drinking coffee disrupts sleep.",
        "Sleep is disrupted by a lack of coffee.",
        "Patients off statins have lower LDL cholesterol.",
        "Patients without statins have lower LDL cholesterol.",
      ],
    );
  });

  it("reads 'it' opening a clause as the name before it, and does not support a text that also says what is refuted", async () => {
    const mixed = await postCheck(
      domain,
      "Statins lower LDL cholesterol, but they do not lower it in people who take ezetimibe.",
      1,
    );
    expect(mixed.body.verdict).not.toMatch(/supported|refuted/);
    // ("Coffee disrupts sleep" is stored; "it helps you sleep" says its opposite of coffee.)
    const both = await postCheck(domain, "Statins lower LDL cholesterol, and coffee is said to help you sleep.", 1);
    expect(both.body.verdict).toBe("unverified");
    await expectVerdicts(
      verdict,
      [["Coffee is a drink; it does not disrupt sleep.", "refuted"]],
      // ("it" is coffee, and the claim is said — but so is what no claim says: that coffee is a drink.)
      ["Coffee is a drink, but it disrupts sleep."],
    );
    expect((await postCheck(domain, "Coffee is a drink, but it disrupts sleep.", 1)).body.matches[0]).toMatchObject({
      claimId: "coffee-disrupts-sleep",
      match: "same-assertion",
    });
    // The caffeine domain with its vocabulary: "Caffeine keeps you awake." is a wording of a claim.
    const caffeine = await startDomainApp("tests/check-eval/caffeine-curated.ndjson");
    expect((await postCheck(caffeine, "Caffeine keeps you awake by blocking adenosine receptors.")).body.verdict).toBe(
      "supported",
    );
    const falseToo = await postCheck(caffeine, "Caffeine keeps you awake by activating adenosine receptors.", 2);
    expect(falseToo.body).toMatchObject({
      verdict: "unverified",
      explanation: expect.stringMatching(
        /^The text says what claim "caffeine-promotes-wakefulness" \(established\) says, and also what the store's references are against: claim "caffeine-antagonizes-adenosine-receptors" \(established\)/,
      ),
    });
  });

  it("reads a stronger word as saying more than a claim of a trend, a likeness or a former class as no membership (seed)", async () => {
    const { harness } = await startNodeApp();
    const seedVerdict = async (text: string) => (await postCheck(harness, text)).body.verdict as string;
    await expectVerdicts(
      seedVerdict,
      [["Tianeptine is a selective serotonin reuptake enhancer.", "supported"]],
      [
        // ("Former" is no comparative of the noun "form", a word of kinds: it says a class it left.)
        "Tianeptine is a former selective serotonin reuptake enhancer.",
        "Tianeptine is much better accepted than SSRIs in the short-term treatment of depression.",
        "Tianeptine is clearly better accepted than SSRIs in the short-term treatment of depression.",
        // (A likeness is no membership: the store says it is not one.)
        "Tianeptine is like a dopamine uptake inhibitor.",
      ],
    );
  });
});

describe("/v1/check: words the claim says in another shape (fixture domain, by import)", () => {
  let domain: Harness;
  beforeAll(async () => {
    const claim = (
      id: string,
      statement: string,
      subject: string,
      object: string,
      context: string | null,
      predicate = "causes",
    ) => ({ ...fixtureClaim("shape-ref")(id, statement, subject, predicate, object), context });
    domain = await importedDomain([
      { record: "reference", id: "shape-ref", type: "webpage", title: "Shape fixture", url: "https://example.org/s" },
      { record: "entity", id: "espresso", label: "espresso", kind: "other" },
      { record: "entity", id: "jitters", label: "jitters", kind: "condition" },
      { record: "entity", id: "rhinoviruses", label: "rhinoviruses", kind: "other", aliases: ["rhinovirus"] },
      { record: "entity", id: "colds", label: "colds", kind: "condition", aliases: ["cold"] },
      claim("espresso-causes-jitters", "High doses of espresso cause jitters.", "espresso", "jitters", "at high doses"),
      claim("rhinoviruses-cause-most-colds", "Rhinoviruses cause most colds.", "rhinoviruses", "colds", null),
      { record: "entity", id: "sunscreen", label: "sunscreen", kind: "other", aliases: ["sunblock"] },
      { record: "entity", id: "sunburn", label: "sunburn", kind: "condition" },
      claim("sunscreen-prevents-sunburn", "Sunscreen prevents sunburn.", "sunscreen", "sunburn", null, "prevents"),
      { record: "entity", id: "walking", label: "walking", kind: "other" },
      { record: "entity", id: "strokes", label: "strokes", kind: "condition", aliases: ["stroke"] },
      claim(
        "walking-prevents-strokes",
        "Walking prevents strokes in people without diabetes.",
        "walking",
        "strokes",
        "in people without diabetes",
        "prevents",
      ),
      { record: "entity", id: "fatigue", label: "fatigue", kind: "condition", aliases: ["tiredness"] },
      claim(
        "walking-eases-fatigue",
        "Walking reduces fatigue in people who are iron deficient but not anaemic.",
        "walking",
        "fatigue",
        "in people who are iron deficient but not anaemic",
        "reduces",
      ),
      { record: "entity", id: "heart-attacks", label: "heart attacks", kind: "condition", aliases: ["heart attack"] },
      claim(
        "walking-prevents-heart-attacks",
        "Walking prevents heart attacks in people with no history of heart disease.",
        "walking",
        "heart-attacks",
        "in people with no history of heart disease",
        "prevents",
      ),
      claim(
        "walking-prevents-sunburn",
        "Walking prevents sunburn in non-smokers.",
        "walking",
        "sunburn",
        "in non-smokers",
        "prevents",
      ),
      { record: "entity", id: "zinc-cream", label: "zinc cream", kind: "other" },
      { record: "entity", id: "spray-sunscreen", label: "spray sunscreen", kind: "other" },
      claim(
        "zinc-cream-beats-spray",
        "Zinc cream protects against sunburn better than spray sunscreen.",
        "zinc-cream",
        "spray-sunscreen",
        null,
        "is-more-effective-than",
      ),
      { record: "entity", id: "zinc-paste", label: "zinc paste", kind: "other" },
      claim(
        "zinc-paste-protects",
        "Zinc paste protects the skin against sunburn.",
        "zinc-paste",
        "sunburn",
        null,
        "protects-against",
      ),
      { record: "entity", id: "pain-pills", label: "pain pills", kind: "drug-class" },
      { record: "entity", id: "kidney-injury", label: "acute kidney injury", kind: "condition" },
      { record: "entity", id: "gi-bleeding", label: "gastrointestinal bleeding", kind: "condition" },
      { record: "entity", id: "oat-bran", label: "oat bran", kind: "other" },
      { record: "entity", id: "ldl", label: "LDL cholesterol", kind: "other" },
      claim("oat-bran-lowers-ldl", "Oat bran lowers LDL cholesterol.", "oat-bran", "ldl", null, "lowers"),
      claim(
        "pain-pills-a-kidney",
        "Pain pills increase the risk of acute kidney injury.",
        "pain-pills",
        "kidney-injury",
        null,
        "increases-risk-of",
      ),
      claim(
        "pain-pills-b-bleeding",
        "Pain pills increase the risk of gastrointestinal bleeding.",
        "pain-pills",
        "gi-bleeding",
        null,
        "increases-risk-of",
      ),
    ]);
  });
  const verdict = async (text: string) => (await postCheck(domain, text)).body.verdict as string;
  const heldFor = async (text: string) => (await postCheck(domain, text)).body.matches[0].alignment.held as string;

  it("accounts for a hyphenated word by its parts when each is the claim's, and for how many the claim says it of", async () => {
    await expectVerdicts(
      verdict,
      [
        ["High doses of espresso cause jitters.", "supported"],
        ["High-dose espresso causes jitters.", "supported"],
        ["Most colds are caused by rhinoviruses.", "supported"],
        ["Rhinoviruses cause most colds.", "supported"],
      ],
      [
        // A part the claim does not say: another dose, or none.
        "Low-dose espresso causes jitters.",
        "Non-dose espresso causes jitters.",
        // How many, when the claim does not say it or says another.
        "Few colds are caused by rhinoviruses.",
        "Most jitters are caused by espresso at high doses.",
      ],
    );
  });

  it("reads a context's 'without X' as said only by a text that sets X aside too, and held against one that speaks of X", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Walking prevents strokes in people without diabetes.", "supported"],
        ["Walking prevents strokes in people who do not have diabetes.", "supported"],
      ],
      [
        "Walking prevents strokes in people with diabetes.",
        "Walking prevents strokes in people who have diabetes.",
        "Walking prevents strokes in people with heart disease and diabetes.",
        // (No context at all: more broadly than the store holds it.)
        "Walking prevents strokes.",
      ],
    );
    expect(await heldFor("Walking prevents strokes in people who have diabetes.")).toBe(
      'the sentence speaks of "diabetes", which the claim\'s context sets aside',
    );
  });

  it("reads a condition of a denial that is the claim's own context, every word, as stating it", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Espresso doesn't cause jitters at high doses.", "refuted"],
        ["Espresso doesn't cause jitters if the doses are high.", "refuted"],
      ],
      [
        // (Another condition denies it there only; and a condition of a claim without a context is another.)
        "Espresso doesn't cause jitters if you drink it slowly.",
        "Rhinoviruses don't cause most colds if you are young.",
      ],
    );
  });

  it("reads what a context denies ('but not anaemic', 'no history of', 'non-smokers') as set aside, as 'without' is", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Walking reduces fatigue in people who are iron deficient but not anaemic.", "supported"],
        ["Walking reduces tiredness in iron deficient people who don't have anaemia.", "supported"],
        ["Walking reduces tiredness in iron deficient people without anaemia.", "supported"],
        // (A condition after the object that denies what the context sets aside states it too.)
        ["Walking reduces tiredness if you are iron deficient but not anaemic.", "supported"],
        ["Walking prevents heart attacks in people with no history of heart disease.", "supported"],
        ["Walking prevents sunburn in non-smokers.", "supported"],
      ],
      [
        // What the context sets aside, said as present: other cases.
        "Walking reduces tiredness in people who already have iron deficiency anaemia.",
        "Walking reduces fatigue in iron deficient people with anaemia.",
        "Walking prevents heart attacks in people with a history of heart disease.",
        "Walking prevents sunburn in smokers and non-smokers.",
        "Walking reduces tiredness if you are anaemic.",
        // (Before the subject, a condition's denial would be read as the clause's: held, not decided.)
        "If you're iron deficient but not anaemic, walking reduces tiredness.",
      ],
    );
    expect(await heldFor("Walking prevents heart attacks in people with a history of heart disease.")).toBe(
      'the sentence speaks of "history", which the claim\'s context sets aside',
    );
  });

  it("gives no verdict to 'as well as' the other for a claim that one does better, which may say them alike or only join them", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Zinc cream protects against sunburn better than spray sunscreen.", "supported"],
        ["Zinc cream protects against sunburn as well as spray sunscreen does.", "refuted"],
      ],
      ["Zinc cream protects against sunburn as well as spray sunscreen."],
    );
  });

  it("gives no verdict to a text that sets one name of the subject against another ('Sunblock, not sunscreen, …')", async () => {
    await expectVerdicts(
      verdict,
      [["Sunblock prevents sunburn.", "supported"]],
      ["Sunblock, not sunscreen, prevents sunburn.", "Sunscreen prevents sunburn, not sunblock."],
    );
    expect(await heldFor("Sunblock, not sunscreen, prevents sunburn.")).toBe(
      'the sentence sets another name of it ("not sunscreen") against it',
    );
  });

  it("reads 'one' before a noun as a number the claim does not state ('with one coat'), and 'number one' as none", async () => {
    await expectVerdicts(
      verdict,
      [["Rhinoviruses are the number one cause of colds.", "supported"]],
      ["Sunscreen prevents sunburn with one coat.", "Sunscreen prevents sunburn with two coats."],
    );
    expect(await heldFor("Sunscreen prevents sunburn with one coat.")).toBe(
      'the sentence states a number ("one") the claim does not',
    );
  });

  it("gives no verdict to a 'not X but Y' outside the names and the predicate, which denies how or when, not the claim", async () => {
    await expectVerdicts(
      verdict,
      [["Sunscreen does not prevent sunburn.", "refuted"]],
      ["Sunscreen applied not daily but weekly prevents sunburn."],
    );
    expect(await heldFor("Sunscreen applied not daily but weekly prevents sunburn.")).toBe(
      'the sentence denies something else than the claim ("not … but …")',
    );
  });

  it("reads 'stops you from getting' and 'keeps … away' as a prevention, and nothing else kept from or kept", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Sunscreen stops you from getting sunburned.", "supported"],
        ["Sunscreen keeps you from catching a sunburn.", "supported"],
        ["Sunscreen prevents you from getting sunburned.", "supported"],
        ["Sunscreen keeps sunburn away.", "supported"],
        ["Sunscreen doesn't stop you from getting sunburned.", "refuted"],
        ["Sunscreen does not keep sunburn away.", "refuted"],
      ],
      [
        "Sunscreen stops you from worrying about sunburn.",
        "Sunscreen stops sunburn from healing.",
        "Sunburn keeps you from getting sunscreen.",
        "Sunscreen keeps sunburn awake.",
        "Sunscreen keeps the whole family from getting sunburned.",
      ],
    );
  });

  it("reads the action's noun in full degree ('good protection') as the claim, in part ('some protection') as no verdict, and 'whatsoever' as an emphatic denial", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Zinc paste protects against sunburn.", "supported"],
        ["Zinc paste gives good protection against sunburn.", "supported"],
        ["Zinc paste offers excellent protection against sunburn.", "supported"],
        ["Zinc paste gives no protection against sunburn.", "refuted"],
        ["Zinc paste gives no protection whatsoever against sunburn.", "refuted"],
        // (A lowering verb of its own still turns it round.)
        ["Zinc paste reduces protection against sunburn.", "refuted"],
      ],
      [
        "Zinc paste gives some protection against sunburn.",
        "Zinc paste gives poor protection against sunburn.",
        "Zinc paste gives partial protection against sunburn.",
        // (A lowering word there says how much, not the opposite: it was refuted.)
        "Zinc paste gives reduced protection against sunburn.",
        // (A denial of the degree may leave some: "no great protection".)
        "Zinc paste gives no great protection against sunburn.",
        // (Said of the subject, not of the action: which paste.)
        "Good zinc paste protects against sunburn.",
      ],
    );
    expect(await heldFor("Zinc paste gives some protection against sunburn.")).toBe(
      'the sentence says it only in part, or weakly ("some protection")',
    );
  });
  it("ranks first, among claims it only relates to, the one whose object the sentence speaks of without naming it", async () => {
    const res = await postCheck(domain, "Pain pills raise your risk of bleeding in the gut.");
    expect(res.body.verdict).toBe("unverified");
    expect(res.body.matches.map((m: { claimId: string }) => m.claimId)).toEqual([
      "pain-pills-b-bleeding",
      "pain-pills-a-kidney",
    ]);
  });
  it("reads a causative verb the way of the change it makes ('gives a reduction in'), not as the predicate's opposite", async () => {
    await expectVerdicts(
      verdict,
      [
        ["Oat bran gives a reduction in LDL cholesterol.", "supported"],
        ["Oat bran gives a strong reduction in LDL cholesterol.", "supported"],
        ["Oat bran does not give a reduction in LDL cholesterol.", "refuted"],
        ["Oat bran produces an increase in LDL cholesterol.", "refuted"],
        ["Oat bran gives you higher LDL cholesterol.", "refuted"],
      ],
      [],
    );
  });
});

describe("/v1/check: names joined by 'and' (caffeine domain, by import)", () => {
  let caffeine: Harness;
  beforeAll(async () => {
    caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
  });
  const verdict = async (text: string) => (await postCheck(caffeine, text)).body.verdict as string;

  it("says the whole sentence with the two claims that each say it of one of the names", async () => {
    const both = await postCheck(caffeine, "Coffee and energy drinks contain caffeine.", 2);
    expect(both.body.verdict).toBe("supported");
    expect(
      both.body.matches.map((m: { claimId: string; match: string; alignment: { held: string | null } }) => [
        m.claimId,
        m.match,
        m.alignment.held,
      ]),
    ).toEqual([
      ["coffee-contains-caffeine", "same-assertion", null],
      ["energy-drinks-contain-caffeine", "same-assertion", null],
    ]);
    await expectVerdicts(
      verdict,
      [
        ["Coffee and energy drinks both contain caffeine.", "supported"],
        ["Coffee and energy drinks don't contain caffeine.", "refuted"],
        ["Caffeine withdrawal causes headaches and fatigue.", "supported"],
        ["Caffeine withdrawal can cause both headaches and fatigue.", "supported"],
      ],
      [
        // (A name the store says nothing of, another conjunction, a denial of joined objects — "not both"
        // or "neither"? — or a scope: held as before.)
        "Caffeine withdrawal causes headaches and depression.",
        "Coffee or energy drinks contain caffeine.",
        "Caffeine withdrawal does not cause headaches and fatigue.",
        "Caffeine withdrawal causes headaches and fatigue in rats.",
        "Caffeine withdrawal rarely causes headaches and fatigue.",
        // (A subject joined to a name the store does not know, beside objects the store does.)
        "Caffeine withdrawal and jet lag cause headaches and fatigue.",
        "Coffee and tea contain caffeine and theobromine.",
      ],
    );
  });
});

describe("/v1/check: an agent's part in what befalls the subject ('plays no role in'), an effect said before its cause ('get headaches from') (caffeine domain, by import)", () => {
  let caffeine: Harness;
  beforeAll(async () => {
    caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
  });
  const verdict = async (text: string) => (await postCheck(caffeine, text)).body.verdict as string;

  it("reads the object's part in the subject's metabolism as the claim's agent, and its denial as a denial", async () => {
    const denied = await postCheck(caffeine, "CYP1A2 plays no role in caffeine metabolism.");
    expect(denied.body.verdict).toBe("refuted");
    expect(denied.body.matches[0]).toMatchObject({
      claimId: "caffeine-is-metabolized-by-cyp1a2",
      alignment: { held: null, polarity: { value: "opposes" } },
    });
    await expectVerdicts(
      verdict,
      [
        ["CYP1A2 plays a key role in caffeine metabolism.", "supported"],
        ["CYP1A2 has nothing to do with caffeine metabolism.", "refuted"],
        // ("Part" is the phrase's, not a share of the work against the claim's "mainly".)
        ["CYP1A2 plays no part in caffeine metabolism.", "refuted"],
      ],
      [
        // (The other way round, or a small part: held.)
        "Caffeine metabolism plays no role in CYP1A2.",
        "CYP1A2 plays a small part in caffeine metabolism.",
      ],
    );
  });

  it("reads coming down with the effect 'from' the cause, and the effect as its symptom or sign, as the claim's causing", async () => {
    const got = await postCheck(caffeine, "You get headaches from caffeine withdrawal.");
    expect(got.body.verdict).toBe("supported");
    expect(got.body.matches[0]).toMatchObject({
      claimId: "caffeine-withdrawal-causes-headache",
      alignment: { held: null, swapped: false, predicate: { words: "get from" } },
    });
    await expectVerdicts(
      verdict,
      [
        ["You don't get headaches from caffeine withdrawal.", "refuted"],
        ["Headaches are a symptom of caffeine withdrawal.", "supported"],
        ["Fatigue is a classic sign of caffeine withdrawal.", "supported"],
        ["Headaches are not a symptom of caffeine withdrawal.", "refuted"],
      ],
      [
        // (A common symptom denied may still be one; relief "from" is no effect of it.)
        "Headaches aren't a common symptom of caffeine withdrawal.",
        "You get relief from headaches with caffeine.",
      ],
    );
  });
});

describe("/v1/check: a text that says more than the claims it matches (caffeine domain, by import)", () => {
  let caffeine: Harness;
  beforeAll(async () => {
    caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
  });
  const verdict = async (text: string) => (await postCheck(caffeine, text)).body.verdict as string;

  it("is not supported when another clause says of a known thing what no claim says", async () => {
    const res = await postCheck(caffeine, "Caffeine disrupts sleep; it also cures cancer.");
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe("unverified");
    expect(res.body.explanation).toBe(
      'The text also says what no stored claim says ("it also cures cancer"), so the store backs only part of it. ' +
        'The store\'s references support what this sentence says: claim "caffeine-disrupts-sleep" (established); ' +
        'subject "Caffeine"; predicate "disrupts" ~ "disrupts"; object "sleep"; it agrees.',
    );
    expect(res.body.matches[0]).toMatchObject({ claimId: "caffeine-disrupts-sleep", match: "same-assertion" });
    // Two stored claims, one said and one denied: the text is refuted, not `contested` (the store's
    // references do not disagree; the text says one thing they back and one they are against).
    const mixed = await postCheck(caffeine, "Coffee contains caffeine. Caffeine does not disrupt sleep.");
    expect(mixed.body.verdict).toBe("refuted");
    expect(mixed.body.explanation).toMatch(
      /^A part of the text says what the store's references are against, so the text is refuted whatever else it says\. The store's references are against what this sentence says: claim "caffeine-disrupts-sleep" \(established\)/,
    );
    await expectVerdicts(
      verdict,
      [
        // (Each clause says a stored claim; the other clause names nothing the store knows, or says nothing.)
        ["Caffeine disrupts sleep. Caffeine is a methylxanthine.", "supported"],
        ["Caffeine disrupts sleep, unlike melatonin.", "supported"],
        ["Caffeine disrupts sleep.", "supported"],
        // (Whatever else it says, a text that says what the references are against is refuted.)
        ["Caffeine does not disrupt sleep; it also cures cancer.", "refuted"],
        ["Coffee contains caffeine, but caffeine does not disrupt sleep.", "refuted"],
        ["Coffee contains caffeine. Caffeine disrupts sleep.", "supported"],
        // (A question, a contrast's foil and a label assert nothing besides.)
        ["Caffeine disrupts sleep. Is that true?", "supported"],
        ["Fact: caffeine disrupts sleep.", "supported"],
      ],
      [
        "Caffeine disrupts sleep. Coffee cures cancer.",
        "Caffeine disrupts sleep, but caffeine cures cancer.",
        "Coffee contains caffeine: it makes you live forever.",
        // ("It" or "this" opening another sentence speaks of what was named before.)
        "Caffeine disrupts sleep. It also cures cancer.",
        "Caffeine disrupts sleep. This drug cures cancer.",
        // (What it says of things the store knows nothing of is not backed either.)
        "Coffee contains caffeine. Everyone in Hollywood drinks it.",
      ],
    );
  });
});

describe("/v1/check's statements (their plans do not depend on the store's size)", () => {
  it("read the claims of the entities a text names through their indexes, never every published claim or every name", async () => {
    const { harness: h, store } = await startNodeApp();
    const ran: { source: string; params: unknown[] }[] = [];
    const prepare = store.sqlite.prepare.bind(store.sqlite);
    store.sqlite.prepare = ((source: string) => {
      const statement = prepare(source);
      const all = statement.all.bind(statement);
      statement.all = ((...params: unknown[]) => {
        ran.push({ source, params });
        return all(...params);
      }) as typeof statement.all;
      return statement;
    }) as typeof store.sqlite.prepare;
    // (Stablon, an alias: names built on tianeptine's are looked up too.)
    const res = await postCheck(h, "Stablon enhances serotonin reuptake and acts on glutamate receptors.", 3);
    expect(res.status).toBe(200);
    expect(res.body.matches.length).toBeGreaterThan(0);
    store.sqlite.prepare = prepare;
    const plans = ran.map(({ source, params }) => ({
      source: source.replace(/\s+/g, " ").slice(0, 80),
      plan: (prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[]).map((row) => row.detail),
    }));
    expect(plans.length).toBeGreaterThan(5);
    // (SQLite keeps no statistics here: without them it took the status index, one row per published
    // claim, and walked every name for each word's prefix — seconds a check on a million claims.)
    for (const { source, plan } of plans) {
      expect({ source, plan: plan.filter((detail) => /claims_status_idx|^SCAN (claims|c)\b/.test(detail)) }).toEqual({
        source,
        plan: [],
      });
      expect({ source, plan: plan.filter((detail) => /^SCAN \w+ USING (COVERING )?INDEX/.test(detail)) }).toEqual({
        source,
        plan: [],
      });
    }
  });
});

describe("/v1/check: frames of everyday speech (vitamin D and alcohol domains, by import)", () => {
  let vitaminD: Harness;
  let alcohol: Harness;
  beforeAll(async () => {
    vitaminD = await startDomainApp("tests/check-eval/vitamin-d.ndjson");
    alcohol = await startDomainApp("tests/check-eval/alcohol.ndjson");
  });

  it("reads 'Some X …' as said of part of a kind, which a claim that X do not does not refute", async () => {
    // (It was refuted.)
    const some = await postCheck(vitaminD, "Some vitamin D pills lower blood pressure.", 3);
    expect(some.body.verdict).toBe("unverified");
    expect(some.body.matches[0].alignment.held).toBe('the sentence says it of part of a kind ("some")');
    await expectAnswers(
      vitaminD,
      [["Vitamin D pills lower blood pressure.", "refuted", "vitamin-d-supplements-do-not-reduce-blood-pressure"]],
      3,
    );
  });

  it("reads a denial before 'some' as said in part", async () => {
    // (It was refuted: "fails to help some people" denies nothing of the claim.)
    for (const text of [
      "Naltrexone fails to help some people with alcohol use disorder.",
      "Naltrexone doesn't help some people with alcohol use disorder.",
    ]) {
      const res = await postCheck(alcohol, text, 3);
      expect(res.body.verdict, text).toBe("unverified");
      expect(res.body.matches[0].alignment.held, text).toMatch(/^the sentence says it only in part, or weakly/);
    }
    await expectAnswers(
      alcohol,
      [["Naltrexone does not treat alcohol use disorder.", "refuted", "naltrexone-treats-alcohol-use-disorder"]],
      3,
    );
  });

  it("reads 'No matter what people say, X' as the writer's X, its 'no' denying nothing", async () => {
    await expectAnswers(
      alcohol,
      [
        // (Was `supported`: "no" read as denying "improves", of a claim that is itself a denial.)
        [
          "No matter what people think, alcohol improves sleep quality.",
          "refuted",
          "alcohol-does-not-improve-sleep-quality",
        ],
        [
          "No matter what your mates say, a cup of coffee does not lower your BAC.",
          "supported",
          "coffee-does-not-reduce-blood-alcohol-concentration",
        ],
        [
          "Regardless of what the ads say, coffee does not lower your blood alcohol concentration.",
          "supported",
          "coffee-does-not-reduce-blood-alcohol-concentration",
        ],
      ],
      3,
    );
    // ("No doubt" is no denial either: it asserts what follows, as "there's no denying" does.)
    const res = await postCheck(alcohol, "No doubt alcohol improves sleep quality.", 3);
    expect(res.body.verdict).toBe("refuted");
  });

  it("takes a name given again ('known as', 'called') as the name, not as more said", async () => {
    await expectAnswers(
      vitaminD,
      [
        [
          "In adults, a lack of vitamin D leads to soft bones, known as osteomalacia.",
          "supported",
          "vitamin-d-deficiency-causes-osteomalacia",
        ],
      ],
      3,
    );
    // (Another thing's name after it is not the object's.)
    const res = await postCheck(vitaminD, "In adults, a lack of vitamin D leads to soft bones, known as rickets.", 3);
    expect(res.body.verdict).toBe("unverified");
  });

  it("reads 'a good way to <verb>' as the verb, and 'has nothing to do with' said of the effect first as a denial", async () => {
    await expectAnswers(
      vitaminD,
      [
        [
          "Vitamin D supplements are a good way to lower your blood pressure.",
          "refuted",
          "vitamin-d-supplements-do-not-reduce-blood-pressure",
        ],
        [
          "Vitamin D supplements are not a good way to lower your blood pressure.",
          "supported",
          "vitamin-d-supplements-do-not-reduce-blood-pressure",
        ],
        [
          "Sunlight is a great way to boost vitamin D synthesis.",
          "supported",
          "sunlight-increases-vitamin-d-synthesis",
        ],
        ["Rickets has nothing to do with a lack of vitamin D.", "refuted", "vitamin-d-deficiency-causes-rickets"],
      ],
      3,
    );
    for (const text of [
      "Vitamin D supplements are a poor way to lower your blood pressure.",
      "Rickets has something to do with a lack of vitamin D.",
    ])
      await expectOnlyRelated(vitaminD, text, 3);
  });

  it("gives no verdict to an assertion answered 'Not a chance.' or 'Yeah right.'", async () => {
    // (Was `refuted`: the question read as asserting what its answer rejects.)
    for (const text of [
      "Alcohol improves sleep quality? Not a chance.",
      "Alcohol improves sleep quality? Yeah right.",
      // (With a comma too.)
      "Alcohol improves sleep quality? Yeah, right.",
      "Alcohol improves sleep quality. Yeah, right.",
      "Alcohol improves sleep quality. Unlikely.",
    ]) {
      const res = await postCheck(alcohol, text, 3);
      expect(res.body.verdict, text).toBe("unverified");
    }
  });

  it("reads being out in the subject ('soaking up the sun', 'spending time in the sun') as the subject", async () => {
    await expectAnswers(
      vitaminD,
      [
        ["Soaking up the sun boosts vitamin D production.", "supported", "sunlight-increases-vitamin-d-synthesis"],
        ["Spending time in the sun lowers vitamin D production.", "refuted", "sunlight-increases-vitamin-d-synthesis"],
        ["Basking in sunlight boosts vitamin D production.", "supported", "sunlight-increases-vitamin-d-synthesis"],
      ],
      3,
    );
  });

  it("reads a verb of raising and what it raises as the condition named by its high level ('raise your blood calcium': high blood calcium)", async () => {
    await expectAnswers(
      vitaminD,
      [
        [
          "Even huge doses of vitamin D won't raise your blood calcium.",
          "refuted",
          "high-dose-vitamin-d-causes-hypercalcemia",
        ],
        ["Very high doses of vitamin D raise blood calcium.", "supported", "high-dose-vitamin-d-causes-hypercalcemia"],
      ],
      3,
    );
    // (Not lowering and its low level: "lowers blood calcium" brings hypocalcemia about, it does not treat it.)
    for (const text of [
      "Very high doses of vitamin D lower blood calcium.",
      "Calcitriol lowers blood calcium in dialysis patients.",
    ])
      expect((await postCheck(vitaminD, text, 3)).body.verdict, text).toBe("unverified");
  });

  it("reads ', which is why …' after an assertion as an assertion of its own", async () => {
    const res = await postCheck(
      alcohol,
      "Disulfiram blocks aldehyde dehydrogenase, which is why it is used for alcoholism.",
      3,
    );
    expect(res.body.verdict).toBe("unverified");
    expect(res.body.explanation).toMatch(
      /^The text also says what no stored claim says \("it is used for alcoholism"\)/,
    );
  });
});

describe("/v1/check: contraries of comparisons, nouns after a name, mock assent and 'far from' (nicotine domain, by import)", () => {
  let nicotine: Harness;
  beforeAll(async () => {
    nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
  });

  it("reads a comparison said another way as a contrary: it refutes an established claim, says nothing of a refuted one, and a denial of it says neither", async () => {
    // "Vaping is as harmful as smoking" is refuted: the denial is supported, a contrary is not.
    await expectAnswers(
      nicotine,
      [
        ["Vaping is not as harmful as smoking.", "supported", "vaping-is-as-harmful-as-smoking"],
        ["Vaping is as harmful as smoking.", "refuted", "vaping-is-as-harmful-as-smoking"],
      ],
      3,
    );
    // (Before, the first was supported and the second refuted.)
    for (const text of ["Vaping is more harmful than smoking.", "Vaping is not more harmful than smoking."]) {
      const res = await postCheck(nicotine, text, 3);
      expect(res.body.verdict, text).toBe("unverified");
      expect(res.body.matches[0].claimId, text).toBe("vaping-is-as-harmful-as-smoking");
    }
    const res = await postCheck(nicotine, "Vaping is more harmful than smoking.", 3);
    expect(res.body.explanation).toMatch(/^The store refutes the claim, which does not establish its opposite/);
    const denied = await postCheck(nicotine, "Vaping is not more harmful than smoking.", 3);
    expect(denied.body.matches[0].alignment.held).toBe(
      "a denial set against a contrary says neither the claim nor its opposite",
    );
  });

  it("holds a noun after the subject's name ('Smoking weed'), takes back a mock assent ('? Yeah, and …') and reads 'far from' as a denial", async () => {
    const weed = await postCheck(nicotine, "Smoking weed reduces stress.", 3);
    expect(weed.body.verdict).toBe("unverified");
    expect(weed.body.matches[0].alignment.held).toBe('the sentence speaks of Smoking "weed"');
    // (An adverb there is no noun: the claim is still said.)
    await expectAnswers(nicotine, [["Smoking really reduces stress.", "refuted", "smoking-reduces-stress"]], 3);
    // (Since December 7's eleventh stop, a retort everyone knows for an absurdity, "Sure, and pigs fly.",
    // answers the question "no"; any other absurdity still takes it back.)
    for (const text of [
      "Smoking reduces stress? Yeah, and cigarettes are health food.",
      "Smoking reduces stress? Sure, and my cat is a doctor.",
    ])
      expect((await postCheck(nicotine, text, 3)).body.verdict, text).toBe("unverified");
    await expectAnswers(
      nicotine,
      [
        ["Smoking is far from a way to reduce stress.", "supported", "smoking-reduces-stress"],
        [
          "Nicotine replacement therapy is far from useless for quitting smoking.",
          "unverified",
          "nrt-increases-smoking-cessation",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check: beliefs, suppositions and answers that go on (statins and antibiotics domains, by import)", () => {
  let statins: Harness;
  let antibiotics: Harness;
  beforeAll(async () => {
    statins = await startDomainApp("tests/check-eval/statins.ndjson");
    antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
  });

  it("holds another's belief unjudged and a supposition, and reads 'I think' as the writer's", async () => {
    // (Both were refuted.)
    const belief = await postCheck(statins, "My neighbour thinks statins cause dementia.", 3);
    expect(belief.body.verdict).toBe("unverified");
    expect(belief.body.matches[0].alignment.held).toBe(
      'the sentence reports what someone believes ("neighbour thinks")',
    );
    const supposed = await postCheck(statins, "Even if Zetia were a statin, I still wouldn't take it.", 3);
    expect(supposed.body.verdict).toBe("unverified");
    // (A lack of evidence is no denial, and a report with a doubt in its verb is another's belief: both
    // were decisive.)
    for (const text of [
      "Nobody has ever proven that statins cause dementia.",
      "My uncle insists statins cause dementia.",
      "Someone on Facebook claimed statins cause dementia.",
    ])
      expect((await postCheck(statins, text, 3)).body.verdict, text).toBe("unverified");
    await expectAnswers(
      statins,
      [
        ["I think statins cause dementia.", "refuted", "statins-cause-dementia"],
        ["My neighbour thinks statins cause dementia. She's wrong.", "supported", "statins-cause-dementia"],
        ["Zetia is a statin.", "refuted", "ezetimibe-is-a-statin"],
      ],
      3,
    );
  });

  it("takes back a question whose answer goes on after 'no' or 'yes, but', and lets a plain 'yes' stand", async () => {
    // (The first was refuted: the question was read as asserted.)
    for (const text of [
      "Do antibiotics kill viruses? No, only bacteria.",
      "Do antibiotics cure colds? Yes, but only bacterial ones.",
    ]) {
      const res = await postCheck(antibiotics, text, 3);
      expect(res.body.verdict, text).toBe("unverified");
      expect(res.body.explanation, text).toMatch(/^The sentence judges what it reports/);
    }
    await expectAnswers(
      antibiotics,
      [
        ["Do antibiotics kill viruses? No, they don't.", "supported", "antibiotics-do-not-kill-viruses"],
        ["Do antibiotics kill bacteria? Yes.", "supported", "antibiotics-kill-bacteria"],
      ],
      3,
    );
  });
});

describe("/v1/check: a claim's own statement, and other forms (alcohol, caffeine, antibiotics, vitamin D, statins, metformin, aspirin and omega-3 domains, by import)", () => {
  let omega3: Harness;
  let melatonin: Harness;
  let metformin: Harness;
  let aspirin: Harness;
  let alcohol: Harness;
  let caffeine: Harness;
  let antibiotics: Harness;
  let vitaminD: Harness;
  let statins: Harness;
  beforeAll(async () => {
    statins = await startDomainApp("tests/check-eval/statins.ndjson");
    vitaminD = await startDomainApp("tests/check-eval/vitamin-d.ndjson");
    alcohol = await startDomainApp("tests/check-eval/alcohol.ndjson");
    caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    melatonin = await startDomainApp("tests/check-eval/melatonin.ndjson");
  });

  /** Every published claim of the store, by page. */
  async function allClaims(
    h: Harness,
  ): Promise<{ id: string; statement: string; subject: string; confidence: string }[]> {
    const claims: { id: string; statement: string; subject: string; confidence: string }[] = [];
    let cursor: string | null = null;
    do {
      const res = await getJson(h, `/v1/claims?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(res.status).toBe(200);
      claims.push(...res.body.items);
      cursor = res.body.nextCursor ?? null;
    } while (cursor);
    return claims;
  }

  it("answers each claim's statement, sent word for word, with that claim and the verdict of its confidence", async () => {
    // (With the seed's: of the 22 alcohol claims, 4 had no verdict — "Alcohol warms the body" names no body
    // temperature, "Regular heavy drinking …" no alcohol —, of the 30 caffeine claims 6, of the seed's 2: a
    // statement's second clause, or its object, said more than the parts the matcher reads. The last two
    // alcohol claims, "Regular heavy drinking …" and "Moderate drinking …", were no-match until the check
    // read a statement's opening gerund as a name of its subject.)
    for (const h of [alcohol, caffeine]) {
      const claims = await allClaims(h);
      expect(claims.length).toBeGreaterThan(50);
      for (const claim of claims.filter((c) => c.confidence !== "unsourced")) {
        const res = await postCheck(h, claim.statement, 3);
        expect(res.body.verdict, claim.statement).toBe(verdictOf(claim.confidence as Confidence, "agrees"));
        expect(res.body.matches[0]?.claimId, claim.statement).toBe(claim.id);
      }
    }
    const res = await postCheck(caffeine, "caffeine withdrawal causes fatigue and drowsiness", 3);
    expect(res.body).toMatchObject({ verdict: "supported" });
    expect(res.body.matches[0].alignment.polarity.reasons).toEqual(["the text is the claim's own statement"]);
    // Another word is no longer the statement.
    await expectVerdicts(
      async (text) => (await postCheck(caffeine, text, 3)).body.verdict,
      [],
      ["Caffeine withdrawal causes fatigue and drowsiness and cancer."],
    );
  });

  it("reads a 'less' past a preposition and before a noun as another thing's, a 'less' further on than the frame reads as unread, and the subject's 'less' as the subject's", async () => {
    // (The first was refuted: the "reduced" of the context turned the light verb; "Smoking less …" was
    // refuted: its "less" was read as the effect's. A final review found the rest: the first form of the
    // first rule read only a "less" right after the object, and "a lot less likely" was supported;
    // "highly" was met as the opposite of "to lower"; a comparative before the verb was read as the
    // subject's, also in a passive.)
    await expectAnswers(
      metformin,
      [
        [
          "Metformin leads to a higher risk of lactic acidosis in people with severely reduced kidney function.",
          "supported",
          "metformin-increases-risk-of-lactic-acidosis-in-kidney-disease",
        ],
      ],
      3,
    );
    await expectAnswers(
      statins,
      [
        ["Statins make heart attacks a lot less likely.", "supported", "statins-reduce-risk-of-heart-attack"],
        ["A lower risk of stroke is produced by statins.", "supported", "statins-reduce-risk-of-stroke"],
      ],
      3,
    );
    for (const [h, text] of [
      [metformin, "Metformin makes lactic acidosis in people with severely reduced kidney function less likely."],
      [statins, "Statins work highly on LDL cholesterol."],
    ] as const)
      expect((await postCheck(h, text, 3)).body.verdict, text).toBe("unverified");
    const less = await postCheck(caffeine, "Smoking less leads to slower caffeine clearance.", 3);
    expect(less.body.verdict).toBe("unverified");
    expect(less.body.matches[0].alignment.held).toBe('the sentence speaks of "Smoking less", which the claim does not');
  });

  it("reads a statement that names its subject but not its object as a wording of the claim", async () => {
    // (All four had no verdict: "Alcohol dilates the blood vessels of the skin" names no vasodilation.)
    await expectAnswers(
      alcohol,
      [
        ["Alcohol dilates the blood vessels in the skin.", "supported", "alcohol-causes-vasodilation"],
        ["Ethanol dilates blood vessels of the skin.", "supported", "alcohol-causes-vasodilation"],
        ["Booze warms the body.", "refuted", "alcohol-increases-body-temperature"],
        ["Alcohol does not warm the body.", "supported", "alcohol-increases-body-temperature"],
      ],
      3,
    );
    await expectVerdicts(
      async (text) => (await postCheck(alcohol, text, 3)).body.verdict,
      [],
      ["Alcohol constricts the blood vessels of the skin."],
    );
    // (Predicates joined by "and" are read one by one, and a part the store refutes refutes the text.)
    await expectAnswers(
      alcohol,
      [["Alcohol warms the body and cures colds.", "refuted", "alcohol-increases-body-temperature"]],
      3,
    );
  });

  it("reads 'has it backwards' as a judgement of the report before it", async () => {
    // (It was refuted: the friend's claim was read as the writer's.)
    const backwards = await postCheck(
      alcohol,
      "My friend says alcohol reduces urine production. She has it backwards.",
      3,
    );
    expect(backwards.body.verdict).toBe("unverified");
    await expectAnswers(
      alcohol,
      [
        [
          "My friend says alcohol increases urine production. She has it right.",
          "supported",
          "alcohol-increases-urine-production",
        ],
      ],
      3,
    );
  });

  it("holds a slogan that a thing carries, and what a product's label says, as reported", async () => {
    // (Both were refuted: found by a thirteenth blind round.)
    await expectUnverified(alcohol, [
      "My niece's hoodie says alcohol warms the body. She has it on backwards.",
      "The label says alcohol warms the body.",
    ]);
    const slogan = await postCheck(alcohol, "My T-shirt says alcohol warms the body.", 3);
    expect(slogan.body.matches[0].alignment.held).toBe('the sentence reports a slogan ("t-shirt says")');
  });

  it("reads coming down with the effect from being out in the subject as the subject's causing it", async () => {
    // (They had no verdict: "spending too long" was read as saying more, and "from …" as a means.)
    await expectAnswers(
      vitaminD,
      [
        [
          "You can't get vitamin D toxicity from spending too long in the sun.",
          "supported",
          "sun-exposure-causes-vitamin-d-toxicity",
        ],
        [
          "People get vitamin D toxicity from spending hours in the sun.",
          "refuted",
          "sun-exposure-causes-vitamin-d-toxicity",
        ],
      ],
      3,
    );
    await expectUnverified(vitaminD, [
      "You get vitamin D toxicity from spending money on the sun.",
      "You get vitamin D toxicity from the sun through a window.",
    ]);
  });

  it("reads what the subject 'is used to' do, in the predicate's own verb, as the predicate, not a condition", async () => {
    // (It had no verdict: "used" was read as a condition, as in "used with …".)
    await expectAnswers(
      caffeine,
      [
        [
          "Caffeine is used to treat apnoea of prematurity.",
          "supported",
          "methylxanthines-reduce-apnea-of-prematurity",
        ],
        [
          "Caffeine is not used to treat apnoea of prematurity.",
          "refuted",
          "methylxanthines-reduce-apnea-of-prematurity",
        ],
      ],
      3,
    );
    await expectUnverified(caffeine, [
      "Caffeine used to treat apnoea of prematurity.",
      "Caffeine is used with doxapram to treat apnoea of prematurity.",
    ]);
  });

  it("reads what is done to the object 'with' the subject as the subject's doing", async () => {
    // (They had no verdict: the subject named last was read as the roles the other way round.)
    await expectAnswers(
      caffeine,
      [
        [
          "Doctors treat apnoea of prematurity with caffeine.",
          "supported",
          "methylxanthines-reduce-apnea-of-prematurity",
        ],
        ["Apnoea of prematurity is treated with caffeine.", "supported", "methylxanthines-reduce-apnea-of-prematurity"],
        [
          "Doctors don't treat apnoea of prematurity with caffeine.",
          "refuted",
          "methylxanthines-reduce-apnea-of-prematurity",
        ],
        [
          "Apnoea of prematurity isn't treated with caffeine.",
          "refuted",
          "methylxanthines-reduce-apnea-of-prematurity",
        ],
      ],
      3,
    );
    await expectUnverified(caffeine, [
      "Doctors mix apnoea of prematurity with caffeine.",
      "Doctors treat apnoea of prematurity with caffeine and oxygen.",
      "Neonatologists treat the apnoea of prematurity with caffeine.",
    ]);
  });

  it("reads the frames of cause and of instrument past an article, taking it, a particle or a modal", async () => {
    // (All had no verdict; found by a fourteenth blind round.)
    await expectAnswers(
      statins,
      [
        ["You can't get dementia from your statin pills.", "supported", "statins-cause-dementia"],
        ["You get dementia from taking a statin.", "refuted", "statins-cause-dementia"],
        ["Doctors bring down bad cholesterol with Lipitor.", "supported", "statins-reduce-ldl-cholesterol"],
        ["LDL cholesterol can't be lowered with statins.", "refuted", "statins-reduce-ldl-cholesterol"],
      ],
      3,
    );
    await expectUnverified(statins, [
      "You can't get rhabdo from a statin, only from brutal workouts.",
      "High LDL is usually managed with statins these days.",
      "Statins are often taken with ezetimibe.",
    ]);
  });

  it("reads 'That's true.' and 'That's not true.' as judgements of the report before, and the writer's attitude as nothing said", async () => {
    // (The first two had no verdict: the judgement was read as another assertion; so was "thankfully".)
    await expectAnswers(
      vitaminD,
      [
        [
          "My doctor says vitamin D pills lower blood pressure. That's not true.",
          "supported",
          "vitamin-d-supplements-do-not-reduce-blood-pressure",
        ],
        [
          "My doctor says vitamin D pills lower blood pressure. That's actually true.",
          "refuted",
          "vitamin-d-supplements-do-not-reduce-blood-pressure",
        ],
        [
          "You can't get vitamin D poisoning from spending too long in the sun, thankfully.",
          "supported",
          "sun-exposure-causes-vitamin-d-toxicity",
        ],
      ],
      3,
    );
    await expectUnverified(vitaminD, [
      "My doctor says vitamin D pills lower blood pressure. That's partly true.",
      "My doctor says vitamin D pills lower blood pressure. That's true for some people.",
    ]);
  });

  it("reads a denied modal of 'you' over the subject as advice, not a denial", async () => {
    // (It was refuted: the "can't" of giving was read as denying that doxycycline stains teeth.)
    const advice = await postCheck(
      antibiotics,
      "You can't give doxycycline to kids under 8 because it can stain their teeth.",
      3,
    );
    expect(advice.body.verdict).toBe("unverified");
    // (The reason after "because" is a clause of its own, read as it is said.)
    expect(advice.body.matches[0]).toMatchObject({
      claimId: "doxycycline-stains-teeth-in-children",
      polarity: "agrees",
    });
    await expectAnswers(
      antibiotics,
      [["Antibiotics can't kill viruses.", "supported", "antibiotics-do-not-kill-viruses"]],
      3,
    );
  });

  it("reads the gerund a statement opens with, naming its subject by no stored name, as a name of that subject", async () => {
    // "Regular heavy drinking increases the risk of hypertension" and "Moderate drinking lowers the risk of
    // heart disease" are about alcohol, which no alias of it calls "drinking": the texts below were no-match.
    const people = await postCheck(
      alcohol,
      "People who drink heavily every day are more likely to end up with high blood pressure.",
      3,
    );
    expect(people.body.verdict).toBe("unverified");
    expect(people.body.matches[0].claimId).toBe("alcohol-increases-risk-of-hypertension");
    expect(people.body.entities).toContainEqual(expect.objectContaining({ entityId: "alcohol", text: "drink" }));
    const nightcap = await postCheck(alcohol, "A stiff drink will warm you up on a freezing night.", 3);
    expect(nightcap.body.verdict).toBe("unverified");
    expect(nightcap.body.matches[0].claimId).toBe("alcohol-increases-body-temperature");
    // A name right after it is what is drunk: "drinking coffee" names coffee, not alcohol.
    const coffee = await postCheck(alcohol, "Drinking coffee keeps you awake.", 3);
    expect(coffee.body.entities.map((m: { entityId: string }) => m.entityId)).toEqual(["coffee"]);
    await expectAnswers(
      alcohol,
      [
        [
          "Drinking coffee does not lower your blood alcohol concentration.",
          "supported",
          "coffee-does-not-reduce-blood-alcohol-concentration",
        ],
        ["Heavy drinking raises the risk of hypertension.", "supported", "alcohol-increases-risk-of-hypertension"],
      ],
      3,
    );
  });

  it("writes a claim's statement name with the claim, changes it with its statement, and fills a store written before", async () => {
    const { harness, store } = await startNodeApp();
    const token = await harness.createKey("namer", "write");
    const write = (path: string, method: string, body: unknown, headers: Record<string, string> = {}) =>
      getJson(harness, path, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    expect(
      (
        await write("/v1/entities", "POST", {
          id: "cold-water-immersion",
          label: "cold water immersion",
          kind: "other",
        })
      ).status,
    ).toBe(201);
    expect((await write("/v1/entities", "POST", { id: "low-mood", label: "low mood", kind: "condition" })).status).toBe(
      201,
    );
    const created = await write("/v1/claims", "POST", {
      id: "winter-swimming-lifts-low-mood",
      statement: "Winter swimming lifts low mood.",
      subject: "cold-water-immersion",
      predicate: "reduces",
      object: "low-mood",
      confidence: "unsourced",
    });
    expect(created.status).toBe(201);
    const said = "I go swimming in the sea every winter and it lifts my low mood.";
    const before = await postCheck(harness, said, 3);
    expect(before.body.entities).toContainEqual(
      expect.objectContaining({ entityId: "cold-water-immersion", text: "swimming" }),
    );
    expect(before.body.matches[0].claimId).toBe("winter-swimming-lifts-low-mood");

    // A statement that names its subject says no other word for it.
    const patched = await write(
      "/v1/claims/winter-swimming-lifts-low-mood",
      "PATCH",
      { statement: "Cold water immersion lifts low mood." },
      { "If-Match": '"r1"' },
    );
    expect(patched.status).toBe(200);
    const after = await postCheck(harness, said, 3);
    expect(after.body.entities.map((m: { entityId: string }) => m.entityId)).toEqual(["low-mood"]);

    // A store whose claims were written before the names (an upgrade, a restore) is filled once.
    await write(
      "/v1/claims/winter-swimming-lifts-low-mood",
      "PATCH",
      { statement: "Winter swimming lifts low mood." },
      { "If-Match": '"r2"' },
    );
    store.sqlite.exec("DELETE FROM statement_names; DELETE FROM settings WHERE name = 'statement-names'");
    expect((await postCheck(harness, said, 3)).body.entities.map((m: { entityId: string }) => m.entityId)).toEqual([
      "low-mood",
    ]);
    expect(await refreshStatementNames(store.db, store.runAtomic)).toBe(1);
    expect(await refreshStatementNames(store.db, store.runAtomic)).toBe(0);
    expect((await postCheck(harness, said, 3)).body.matches[0].claimId).toBe("winter-swimming-lifts-low-mood");

    // A gerund that acts on something ("Eating fish …") names a process, not the subject: no name.
    const eating = await write(
      "/v1/claims/winter-swimming-lifts-low-mood",
      "PATCH",
      { statement: "Eating fish lifts low mood." },
      { "If-Match": '"r3"' },
    );
    expect(eating.status).toBe(200);
    const fish = await postCheck(harness, "I like eating fish and it lifts my low mood.", 3);
    expect(fish.body.entities.map((m: { entityId: string }) => m.entityId)).toEqual(["low-mood"]);
  });

  it("reads a report granted of something else ('That's true of bacteria, not viruses') as judged in part", async () => {
    // (It was refuted: the report was read as the writer's.)
    await expectUnverified(antibiotics, [
      "My roommate says antibiotics kill viruses. That's true of bacteria, not viruses.",
      "My roommate says antibiotics kill viruses. It's true in mice.",
    ]);
    await expectAnswers(
      antibiotics,
      [["My roommate says antibiotics kill viruses. That's not true.", "supported", "antibiotics-do-not-kill-viruses"]],
      3,
    );
  });

  it("reads a word that qualifies the subject just before it as the claim's only in the claim's own word", async () => {
    // ("Hot" is akin to the claim's "warms": both were refuted, said of a hot drink.)
    await expectUnverified(alcohol, ["A hot drink warms the body.", "Hot booze warms the body."]);
    await expectAnswers(
      alcohol,
      [
        ["Booze warms the body.", "refuted", "alcohol-increases-body-temperature"],
        ["Heavy drinking raises the risk of hypertension.", "supported", "alcohol-increases-risk-of-hypertension"],
      ],
      3,
    );
  });

  it("reads a span of months or years as a claim's long-term use ('years of heavy drinking')", async () => {
    // (Held: "the sentence says what the claim does not ('years')", and the claim's context
    // "with heavy long-term drinking" not said.)
    await expectAnswers(
      alcohol,
      [
        [
          "Can years of heavy drinking really give you cirrhosis of the liver?",
          "supported",
          "alcohol-causes-liver-cirrhosis",
        ],
        ["Heavy drinking for decades causes liver cirrhosis.", "supported", "alcohol-causes-liver-cirrhosis"],
      ],
      3,
    );
    // A claim that says nothing of how long it is used still holds a span the sentence adds.
    await expectUnverified(caffeine, ["Caffeine has raised my blood pressure for years."]);
  });

  it("reads the activity of the object as the object a verb acts on", async () => {
    // (Held: "the sentence speaks of aldehyde dehydrogenase 'activity'", and "activity" unexplained.)
    await expectAnswers(
      alcohol,
      [
        [
          "Disulfiram blocks aldehyde dehydrogenase activity.",
          "supported",
          "disulfiram-inhibits-aldehyde-dehydrogenase",
        ],
        ["Antabuse ramps up the activity of ALDH.", "refuted", "disulfiram-inhibits-aldehyde-dehydrogenase"],
      ],
      3,
    );
    // Not the activity of something else, nor a verb that does not act on the object.
    await expectUnverified(alcohol, [
      "Disulfiram blocks brain activity.",
      "Disulfiram blocks the activity of the liver.",
      "Disulfiram is the activity of aldehyde dehydrogenase.",
    ]);
  });

  it("reads 'it turns out' as the writer's finding, opening what they assert", async () => {
    // (Held: "the sentence says what the claim does not ('turns')".)
    await expectAnswers(
      statins,
      [
        ["It turns out Zetia isn't a statin at all.", "supported", "ezetimibe-is-a-statin"],
        ["Turns out Zetia is a statin.", "refuted", "ezetimibe-is-a-statin"],
      ],
      3,
    );
    // Not a verb of the assertion ("turns out" as makes), nor a finding not made.
    await expectUnverified(statins, ["Zetia turns out statins.", "It may turn out that Zetia is a statin."]);
  });

  it("reads ', and it …' and ', it also …' as a clause of their own, the pronoun standing for the name before", async () => {
    // (Held: the second verb and its object were words the first claim does not say.)
    await expectAnswers(
      alcohol,
      [
        ["Alcohol is a carcinogen, and it reduces REM sleep.", "supported", "alcohol-reduces-rem-sleep"],
        ["Alcohol is a carcinogen, it also reduces REM sleep.", "supported", "alcohol-reduces-rem-sleep"],
      ],
      3,
    );
    // Each clause must be said: a false one, or one the store does not hold, leaves no decisive verdict.
    await expectUnverified(alcohol, [
      "Alcohol is a carcinogen, and it cures colds.",
      // (A clause that only denies takes the first back: it is not empty.)
      "Alcohol is a carcinogen, and it isn't.",
    ]);
    await expectUnverified(caffeine, [
      "Energy drinks contain caffeine, and they disrupt sleep.",
      "Coffee contains caffeine, and it raises blood pressure.",
    ]);
  });

  it("reads a clause of names alone as saying something: 'It is an SSRI' after a true sentence leaves it unverified", async () => {
    // (It was supported: a clause with no word but names and grammar was taken to say nothing.)
    await expectUnverified(caffeine, [
      "Tianeptine enhances serotonin reuptake. It is an SSRI.",
      "Tianeptine enhances serotonin reuptake; it is an SSRI.",
      "Tianeptine is an SSRE. It is not an SSRE.",
    ]);
    await expectAnswers(
      caffeine,
      [
        ["Tianeptine enhances serotonin reuptake.", "supported", "tianeptine-enhances-serotonin-reuptake"],
        // (A clause of names said by a claim matched best elsewhere, by a wording of it, is said.)
        [
          "Tianeptine is an SSRE. It enhances serotonin reuptake.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ],
      3,
    );
  });

  it("reads 'they' as a name said as a plural, never a singular one", async () => {
    // (It was `refuted`: "they" was read as Coaxil, and tianeptine does not block reuptake.)
    await expectUnverified(caffeine, [
      "Coaxil works as well as SSRIs for depression, and they block serotonin reuptake.",
      "Tianeptine is an SSRE, and they are used as antidepressants.",
    ]);
    await expectAnswers(
      caffeine,
      [
        [
          "SSREs enhance serotonin reuptake, and they are used to treat depression.",
          "supported",
          "ssre-treats-depression",
        ],
      ],
      3,
    );
  });

  it("reads a class denied and another put in its place ('isn't an SSRE, it's an SSRI') as the denial", async () => {
    // (Held: "the sentence also names 'SSRI', which the claim does not".)
    await expectAnswers(
      caffeine,
      [
        ["Stablon isn't an SSRE, it's an SSRI.", "refuted", "tianeptine-is-an-ssre"],
        ["Tianeptine is not an SSRE but an antidepressant.", "refuted", "tianeptine-is-an-ssre"],
      ],
      3,
    );
    // Not "not only … but", and not the other class denied: "not an SSRI" is nothing the store holds.
    await expectUnverified(caffeine, [
      "Tianeptine is not only an SSRE but an SSRI.",
      "Tianeptine isn't an SSRI, it's an SSRE.",
    ]);
  });

  it("reads the class denied after another ('is a fibrate, not a statin') as the denial, and shows no other class true", async () => {
    // (The first was unverified: "the sentence also names 'coenzyme Q10'".)
    await expectAnswers(
      statins,
      [
        ["Lipitor is a coenzyme Q10, not a statin.", "refuted", "atorvastatin-is-a-statin"],
        ["Lipitor is a coenzyme Q10 not a statin.", "refuted", "atorvastatin-is-a-statin"],
        ["Lipitor isn't a statin, it's a coenzyme Q10.", "refuted", "atorvastatin-is-a-statin"],
      ],
      3,
    );
    // Against a refuted claim ("ezetimibe is a statin"), the class put in its place is not shown true:
    // the first three were `supported`. "Not just" says both; the class asserted first, the other denied,
    // says what the store does not hold.
    await expectUnverified(statins, [
      "Zetia isn't a statin, it's a coenzyme Q10.",
      "Ezetimibe is not a statin but a coenzyme Q10.",
      "Zetia is a coenzyme Q10, not a statin.",
      "Lipitor is a coenzyme Q10, not just a statin.",
      "Lipitor is a statin, not a coenzyme Q10.",
    ]);
  });

  it("reads two classes said of one subject ('is an SSRE, not an antidepressant', 'not only … but also …') as two clauses, each decided", async () => {
    // (All four were unverified: "the sentence also names 'antidepressant'".)
    await expectAnswers(
      caffeine,
      [
        ["Tianeptine is an SSRE, not an antidepressant.", "refuted", "tianeptine-is-an-ssre"],
        // (Refuted by its second class; "serotonin reuptake enhancer" names the SSRE class since the seed's
        // second curation.)
        [
          "Tianeptine is a serotonin reuptake enhancer, not just a dopamine reuptake inhibitor.",
          "refuted",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
        [
          "Tatinol is not only a serotonin reuptake enhancer but also an antidepressant.",
          "supported",
          "tianeptine-is-an-ssre",
        ],
        [
          "Coaxil is an SSRE, but not a dopamine reuptake inhibitor.",
          "supported",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
      ],
      3,
    );
    // A class the store does not hold of the subject leaves the whole unverified, and the answer quotes
    // that clause as said, the subject and its copula once; each name is listed once.
    const res = await postCheck(caffeine, "Stablon is a serotonin reuptake enhancer, not an SSRI.", 3);
    expect(res.body.verdict).toBe("unverified");
    expect(res.body.explanation).toMatch(
      /^The text also says what no stored claim says \("Stablon is … not an SSRI"\)/,
    );
    expect(res.body.entities).toEqual([
      { text: "Stablon", entityId: "tianeptine" },
      { text: "serotonin reuptake enhancer", entityId: "ssre" },
      { text: "SSRI", entityId: "ssri" },
    ]);
    // Not a pair: a class not opened by an article ("in Coaxil"), nor one said again.
    await expectUnverified(caffeine, [
      "Tianeptine is an antidepressant, not a stimulant.",
      "Tianeptine is in Coaxil, not an SSRI.",
    ]);
    // The class denied first, then the one put in its place, even a class the store does not name (both
    // were unverified: "the sentence says what the claim does not ('antiviral')").
    await expectAnswers(
      statins,
      [
        ["Atorvastatin isn't a statin, it's an antiviral.", "refuted", "atorvastatin-is-a-statin"],
        ["Lipitor is not a statin but rather a supplement.", "refuted", "atorvastatin-is-a-statin"],
      ],
      3,
    );
    // A question asks both halves at once: it was `supported` (round 23), its second half, a question,
    // taken for no assertion.
    await expectUnverified(statins, ["Lipitor is a statin, not a PCSK9 inhibitor?"]);
    // Nor a class with a clause in it, a supposition, or a report judged as a whole: all four were
    // `refuted` (found in review), the second half read as "Lipitor is not a statin" or judged alone.
    await expectUnverified(statins, [
      "Lipitor is a drug that my friend thinks is a fibrate, not a statin.",
      "It's a misconception that Lipitor is a fibrate, not a statin.",
      "If Zetia is a statin, not a fibrate, then it lowers LDL.",
      "My doctor claims Zetia is a fibrate, not a statin. That's false.",
    ]);
    // Nor words after the second class, which would be said of one half only, a class said again in
    // emphasis, or a subject that names more than the thing: all were `refuted` (found by a hostile probe).
    await expectUnverified(statins, [
      "Zetia is a statin, not a fibrate, my uncle keeps insisting.",
      "Zetia is a statin, not a fibrate haha.",
      "Lipitor isn't a statin, it's the best statin.",
      "Crestor isn't a statin, it's a superstatin.",
      "The drug taken with Zetia is a statin, not a fibrate.",
      // (A class read as its kind elsewhere, "a statin class", "a statin capsule": also `refuted`, split.)
      "Lipitor is a single drug, not a statin class.",
      "Lipitor is a tablet, not a statin capsule.",
      // (A last sentence that takes it back: the split halves were each `refuted`, as one alone was.)
      "Lipitor is a fibrate, not a statin. Kidding.",
      "Lipitor is not a statin. Kidding.",
      "Zetia is a statin. Joke.",
      "Zetia is a statin, not a fibrate. In my dreams.",
    ]);
    // A sentence of that frame that says more than two plain classes decides nothing: read as one clause,
    // its denied class was taken for said — the first two were `supported`, the third `refuted` (found by
    // a third hostile probe).
    await expectUnverified(statins, [
      "Lipitor is a pill, not an LDL reducer.",
      "Zetia is a pill, not an LDL reducer.",
      "Zetia, like Lipitor, is a statin, not a fibrate.",
      "Atorvastatin is a statin, not a CNS statin.",
    ]);
    // Nor anywhere else: what is named after a "not" set against what comes before is not said (it was
    // `supported`, found by the same probe).
    await expectUnverified(aspirin, ["Aspirin works as a painkiller, not a fever reducer."]);
    await expectAnswers(aspirin, [["Aspirin reduces fever.", "supported", "aspirin-reduces-fever"]], 3);
  });

  it("holds a denial asked back ('X isn't a Y?') and a class denied then said again ('not a statin, it's THE statin')", async () => {
    // (Both were refuted: the denial was read as the writer's.)
    await expectUnverified(statins, [
      "Lipitor? It's not a statin, it's THE statin.",
      "Atorvastatin isn't a statin?",
      "Atorvastatin isn't a statin? It's literally in the name.",
    ]);
    // A question asked as one, a tag that asks for assent, and a "no" that answers are read as before.
    await expectAnswers(
      statins,
      [
        ["Isn't atorvastatin a statin?", "supported", "atorvastatin-is-a-statin"],
        ["Atorvastatin is a statin, isn't it?", "supported", "atorvastatin-is-a-statin"],
        ["Atorvastatin isn't a statin, is it?", "refuted", "atorvastatin-is-a-statin"],
        ["Atorvastatin is a statin? No.", "refuted", "atorvastatin-is-a-statin"],
      ],
      3,
    );
  });

  it("reads 'is a member of', 'one of', 'part of' a class as membership, as 'is a' says it", async () => {
    // (Those with "member" and "part" were unverified: the noun was read as said more than the claim.)
    await expectAnswers(
      statins,
      [
        ["Lipitor is a member of the statin family.", "supported", "atorvastatin-is-a-statin"],
        ["Lipitor is part of the statin family.", "supported", "atorvastatin-is-a-statin"],
        ["Atorvastatin is one of the statins.", "supported", "atorvastatin-is-a-statin"],
        ["Zetia is a member of the statin class.", "refuted", "ezetimibe-is-a-statin"],
      ],
      3,
    );
    // A word more than membership is still said: "one of the best statins".
    await expectUnverified(statins, ["Atorvastatin is one of the best statins."]);
  });

  it("reads 'alone', 'by itself', 'on its own' as one context, with what the claim's takes it without", async () => {
    // (Each was unverified: the context "when taken on its own, without insulin or a sulfonylurea" was
    // not stated, or "alone" was said more than the claim.)
    await expectAnswers(
      metformin,
      [
        ["Metformin by itself won't give you hypos.", "supported", "metformin-causes-hypoglycaemia-on-its-own"],
        ["Metformin alone won't cause hypoglycaemia.", "supported", "metformin-causes-hypoglycaemia-on-its-own"],
        ["Metformin on its own won't cause low blood sugar.", "supported", "metformin-causes-hypoglycaemia-on-its-own"],
        ["Metformin alone causes hypoglycaemia.", "refuted", "metformin-causes-hypoglycaemia-on-its-own"],
      ],
      3,
    );
    // Not said alone, or said with what the context takes it without: other cases.
    await expectUnverified(metformin, [
      "Metformin won't cause hypoglycaemia.",
      "Metformin alone with insulin won't cause hypoglycaemia.",
    ]);
  });

  it("decides a denial of any effect only against a backed claim of one: never supports it from a refuted or denied one", async () => {
    // (The first three were supported: a refuted "raises" or "prevents", or a claim that denies one
    // direction, shows only that the effect does not go that way, not that there is none.)
    await expectUnverified(alcohol, [
      "Alcohol has no effect on body temperature.",
      "Alcohol plays no role in body temperature.",
      "Coffee has no effect on blood alcohol concentration.",
    ]);
    await expectAnswers(
      alcohol,
      [
        ["Alcohol has no effect on liver cirrhosis.", "refuted", "alcohol-causes-liver-cirrhosis"],
        ["Alcohol does not raise body temperature.", "supported", "alcohol-increases-body-temperature"],
        [
          "Coffee does not lower blood alcohol concentration.",
          "supported",
          "coffee-does-not-reduce-blood-alcohol-concentration",
        ],
      ],
      3,
    );
  });

  it("reads no denial of an effect on what another verb does to the object ('no effect in treating tinnitus')", async () => {
    // (Both were refuted by "high doses of aspirin cause tinnitus": "treating" was passed over.)
    await expectUnverified(aspirin, [
      "Aspirin has no effect in treating tinnitus.",
      "Aspirin plays no role in treating tinnitus.",
    ]);
    await expectUnverified(caffeine, ["Caffeine does nothing for treating anxiety."]);
    await expectAnswers(aspirin, [["Aspirin has no effect on fever.", "refuted", "aspirin-reduces-fever"]], 3);
  });

  it("reads a denied part of some size ('no major role in') as denying only that size", async () => {
    // (Was refuted by "aspirin relieves headaches".)
    await expectUnverified(aspirin, [
      "Aspirin plays no major role in relieving headaches.",
      "Aspirin does not play a key part in relieving headaches.",
    ]);
    await expectAnswers(
      aspirin,
      [["Aspirin plays no role in relieving headaches.", "refuted", "aspirin-relieves-headache"]],
      3,
    );
  });

  it("reads a noun last after the object as the head of a compound ('sleep doctors'), and the writer's case tonight as one case", async () => {
    // (Each was decided by "caffeine disrupts sleep": "doctors" and "medicine" may be verbs too, and
    // "tonight" placed no occasion.)
    await expectUnverified(caffeine, [
      "Caffeine disrupts sleep doctors.",
      "Caffeine has no effect on sleep medicine.",
      "Caffeine won't disrupt my sleep tonight.",
      "Caffeine will play no role in my sleep tonight.",
    ]);
    await expectAnswers(
      caffeine,
      [
        ["Caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        ["Caffeine disrupts your sleep, doctors say.", "supported", "caffeine-disrupts-sleep"],
      ],
      3,
    );
  });

  it("does not take a numbered name for another number's ('omega-6' is no form of 'omega-3')", async () => {
    // (Both were supported by "EPA is an omega-3 fatty acid", "DHA is …": the names were read as forms of
    // one another by their shared beginning.)
    await expectUnverified(omega3, ["EPA is an omega-6 fatty acid.", "DHA is an omega-9 fatty acid."]);
    await expectAnswers(omega3, [["EPA is an omega-3 fatty acid.", "supported", "epa-is-an-omega-3-fatty-acid"]], 3);
  });

  it("reads a denied 'plays a role in', 'has a part in' as denying any effect, as 'has no effect on' does", async () => {
    // (Each was unverified: "plays" was a word the claim does not say, and "role" no predicate.)
    await expectAnswers(
      caffeine,
      [
        ["Caffeine plays no role in anxiety.", "refuted", "caffeine-increases-anxiety"],
        ["Caffeine does not play any part in blood pressure.", "refuted", "caffeine-raises-blood-pressure"],
        ["Caffeine has no role in wakefulness.", "refuted", "caffeine-promotes-wakefulness"],
      ],
      3,
    );
    await expectAnswers(
      vitaminD,
      [
        ["Vitamin D plays no role in calcium absorption.", "refuted", "vitamin-d-increases-calcium-absorption"],
        ["Vitamin D plays no part in hypercalcemia.", "refuted", "high-dose-vitamin-d-causes-hypercalcemia"],
      ],
      3,
    );
    // Asserted, a role says no direction; denied with a degree ("no major role", "little role"), not every
    // part is denied; "no part of" says membership.
    // (Nor, like "has no effect on", for a refuted claim: "Sunscreen plays no part in vitamin D deficiency".)
    await expectUnverified(vitaminD, ["Sunscreen plays no part in vitamin D deficiency."]);
    await expectUnverified(caffeine, [
      "Caffeine plays a role in anxiety.",
      "Caffeine plays no major role in anxiety.",
      "Caffeine plays little role in anxiety.",
      "Caffeine is no part of anxiety.",
      // A "not" that denies something else, not the part played (were refuted by a review's probe).
      "Caffeine, not alcohol, plays a role in anxiety.",
      "Not surprisingly, caffeine plays a part in anxiety.",
    ]);
  });

  it("reads a report judged in its own sentence as 'got it wrong' or 'got it right' as the writer's judgement", async () => {
    // (The first two were unverified: "…, but he's got it wrong" was not read as a judgement.)
    await expectAnswers(
      statins,
      [
        ["My uncle swears Zetia is a statin, but he's got it totally wrong.", "supported", "ezetimibe-is-a-statin"],
        ["My aunt thinks Lipitor is a statin, but she's got it backwards.", "refuted", "atorvastatin-is-a-statin"],
        ["My aunt thinks Lipitor is a statin, and she's got it right.", "supported", "atorvastatin-is-a-statin"],
      ],
      3,
    );
    await expectUnverified(statins, ["My uncle swears Zetia is a statin, but he got it from a blog."]);
  });

  it("reads a denial of a denial ('there's no denying X', 'not untrue that X') as asserting X", async () => {
    // (Each was unverified: "denying", "doubt", "not … untrue" were read as the writer judging X.)
    await expectAnswers(
      caffeine,
      [
        ["There's no denying that caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        ["You can't deny that caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        ["It's not untrue that caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        [
          "It's not untrue that tianeptine enhances serotonin reuptake.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        ["Without a doubt, caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        ["There is no doubt that caffeine does not disrupt sleep.", "refuted", "caffeine-disrupts-sleep"],
      ],
      3,
    );
    // A doubt of the writer's own still judges, and an advice still advises.
    await expectUnverified(caffeine, [
      "I doubt caffeine disrupts sleep.",
      "I have my doubts that caffeine disrupts sleep.",
    ]);
  });

  it("reads an answer after an interjection ('lol no', 'honestly no') as the answer it is", async () => {
    // (The first was `supported`: the question's assertion checked, its "lol no, …" unread.)
    await expectUnverified(caffeine, ["Caffeine disrupts sleep? lol no, that's the sugar."]);
    await expectAnswers(
      caffeine,
      [
        ["Does caffeine disrupt sleep? lol no.", "refuted", "caffeine-disrupts-sleep"],
        ["Does caffeine disrupt sleep? Honestly no.", "refuted", "caffeine-disrupts-sleep"],
      ],
      3,
    );
  });
  it("reads 'not' before an adverb of the writer's attitude ('Not surprisingly, …') as denying the attitude only", async () => {
    // (The first was `refuted`: its "not" was read as denying that caffeine disrupts sleep.)
    await expectAnswers(
      caffeine,
      [
        ["Not surprisingly, caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        ["Not surprisingly, caffeine does not disrupt sleep.", "refuted", "caffeine-disrupts-sleep"],
        ["Caffeine is not, surprisingly, a stimulant.", "refuted", "caffeine-is-a-cns-stimulant"],
      ],
      3,
    );
  });
  it("holds a wording that says predicate and object at once when another name is joined to the subject by 'and' or 'or', and any match with a name right beside the subject's", async () => {
    // (The first three were `supported` by "Aspirin stops platelets from clumping together.": nothing
    // stored says it of warfarin.)
    await expectUnverified(aspirin, [
      "Aspirin and warfarin stop platelets from clumping together.",
      "Both warfarin and aspirin stop platelets from clumping together.",
      "Aspirin or warfarin stops platelets from clumping.",
      // (Nor with a name right beside the subject's, with nothing between: of which does it speak?)
      "Aspirin warfarin stops platelets from clumping.",
      "Warfarin aspirin stops platelets from clumping.",
    ]);
    // (A class the subject is said with, or a name beside it as the claim says the two, is no other thing.)
    await expectAnswers(aspirin, [["The aspirin NSAID blocks COX-1.", "supported", "aspirin-inhibits-cox-1"]], 3);
    await expectAnswers(
      aspirin,
      [["Aspirin stops platelets from clumping together.", "supported", "aspirin-inhibits-platelet-aggregation"]],
      3,
    );
  });
  it("reads a noun after the object as the claim's only where the claim says it beside a name ('anxiety disorders')", async () => {
    // (Each was `refuted` or would have been `supported`: "disorders" was taken as the claim's own word
    // from "…, most markedly in people with panic disorder", far from its object.)
    await expectUnverified(caffeine, [
      "Caffeine does not cause anxiety disorders.",
      "Caffeine plays no role in anxiety disorders.",
    ]);
    await expectAnswers(caffeine, [["Caffeine plays no role in anxiety.", "refuted", "caffeine-increases-anxiety"]], 3);
  });
  it("reads a comparative in the subject's phrase set against one in the predicate as saying how the effect goes with the amount", async () => {
    // (The first two were `supported`, the third `refuted`: "lower" and "higher" of the dose were read as
    // the predicate's.)
    await expectUnverified(aspirin, [
      "A lower dose of aspirin gives a lower risk of stomach bleeding.",
      "A higher dose of aspirin gives a higher risk of stomach bleeding.",
      "Lower doses of aspirin cause less stomach bleeding.",
    ]);
    // (Alone, the subject's comparative says the claim of those doses.)
    await expectAnswers(
      caffeine,
      [["Higher doses of caffeine increase anxiety.", "supported", "caffeine-increases-anxiety"]],
      3,
    );
    await expectAnswers(
      aspirin,
      [
        ["Aspirin gives a lower risk of stomach bleeding.", "refuted", "aspirin-increases-risk-of-gi-bleeding"],
        ["Aspirin lowers the risk of stomach bleeding.", "refuted", "aspirin-increases-risk-of-gi-bleeding"],
      ],
      3,
    );
  });
  it("gives no verdict to irony after the assertion, an echo challenged, a denial said of a part or a time, or one that concedes some", async () => {
    // (A comma ends what "much" and "often" may concede: "…, as is commonly believed" is another's.)
    // (Each was decided, most `refuted`, by a hostile probe of 948 sentences: ", as if." and "Since when?"
    // were unread, "in the morning", "in the brain" narrowed no denial, and "much", "very often" were read
    // only within five words of the negation.)
    await expectUnverified(caffeine, [
      "Caffeine is a stimulant, as if.",
      "Caffeine disrupts sleep, as if!",
      "Caffeine is a stimulant? Since when?",
      "Caffeine disrupts sleep, or not.",
      "Caffeine doesn't disrupt sleep in the morning.",
      "Caffeine doesn't block adenosine receptors at night.",
      "Caffeine doesn't block adenosine receptors in the brain.",
      "Caffeine doesn't keep you awake very often.",
      "Caffeine withdrawal doesn't cause headaches very often.",
    ]);
    await expectAnswers(
      caffeine,
      [
        ["Caffeine blocks adenosine receptors in the brain.", "supported", "caffeine-antagonizes-adenosine-receptors"],
        [
          "Caffeine never raises blood pressure in people who drink it every day.",
          "refuted",
          "caffeine-raises-blood-pressure",
        ],
        ["Caffeine doesn't disrupt sleep, as is commonly believed.", "refuted", "caffeine-disrupts-sleep"],
      ],
      3,
    );
    // (Against a claim that denies, an assertion said at a time of day is said of that time only; it was
    // `refuted`, as the assertion said whole still is.)
    await expectUnverified(aspirin, ["Low-dose aspirin raises blood pressure if you take it at night."]);
    await expectAnswers(
      aspirin,
      [["Low-dose aspirin raises blood pressure.", "refuted", "low-dose-aspirin-does-not-increase-blood-pressure"]],
      3,
    );
    // ("In the blood", where what is measured is, narrows no denial.)
    await expectAnswers(
      statins,
      [["Statins do not lower LDL cholesterol in the blood.", "refuted", "statins-reduce-ldl-cholesterol"]],
      3,
    );
  });
  it("turns a comparison round by the phrasing it met, when that phrasing compares ('has fewer side effects than')", async () => {
    // (It was "opposes": the "fewer" was counted against the label "is better tolerated than", which has
    // none, while the curated phrasing met has one too.)
    const { body } = await postCheck(caffeine, "Tianeptine causes fewer side effects than SSRIs.", 1);
    expect(body.matches[0]).toMatchObject({
      claimId: "ssre-better-tolerated-than-ssri",
      polarity: "agrees",
      alignment: { predicate: { phrasing: "has fewer side effects than" } },
    });
  });
  it("keeps a 'No.' answering a question after a sentence that ends in a name", async () => {
    // (It was `refuted`: the answer's denial, said just before the question, was read as a negation cue
    // inside "aspirin", the name ending the sentence before, and dropped.)
    const res = await postCheck(aspirin, "I take aspirin. Does aspirin dissolve blood clots? No.", 3);
    expect(res.body.verdict).toBe("unverified");
    expect(res.body.matches[0]).toMatchObject({ claimId: "aspirin-dissolves-blood-clots", polarity: "opposes" });
  });

  it("gives no verdict to why someone takes a thing, a mock reason, a contrary of a disputed claim, 'usually' for 'can', or a part of the predicate", async () => {
    // (Each was decided by a hostile probe of 959 sentences: the purpose as the effect, "Right, because …" as
    // sincere, the contrary of a contested claim as contested, "usually" as the claim's "can", the verb of
    // "contain the labelled dose of" as all of it, and a third part after two joined objects as no part.)
    await expectUnverified(aspirin, ["People take aspirin to dissolve blood clots."]);
    // (The third part is read as one of two predicates joined by "and", and the store refutes it.)
    const third = await postCheck(aspirin, "Aspirin inhibits COX-1 and COX-2 and dissolves clots.", 3);
    expect(third.body.verdict).toBe("refuted");
    expect(third.body.matches.map((m: { claimId: string }) => m.claimId)).toContain("aspirin-dissolves-blood-clots");
    await expectUnverified(antibiotics, [
      "People take antibiotics to cure their colds.",
      "Antibiotics usually cause diarrhea.",
      "Antibiotics generally cause diarrhea.",
      "Probiotics cause C. diff infection.",
    ]);
    await expectUnverified(statins, ["Statins relieve muscle pain.", "Statins typically raise liver enzymes."]);
    await expectUnverified(vitaminD, ["Right, because sunscreen causes vitamin D deficiency."]);
    await expectUnverified(melatonin, [
      "Melatonin supplements contain melatonin.",
      "Right, because melatonin is a hormone.",
    ]);
    // (The thing's use, said of it, the claim said as it is, its denial, and the two objects joined.)
    await expectAnswers(
      aspirin,
      [
        ["Aspirin is used to dissolve blood clots.", "refuted", "aspirin-dissolves-blood-clots"],
        ["People take aspirin to relieve headaches.", "supported", "aspirin-relieves-headache"],
        ["Aspirin inhibits COX-1 and COX-2.", "supported", "aspirin-inhibits-cox-2"],
      ],
      3,
    );
    await expectAnswers(
      antibiotics,
      [
        ["Antibiotics can cause diarrhea.", "supported", "antibiotics-cause-diarrhoea"],
        // ("Often" may say no more than "can"; a reason shown true stands.)
        ["Antibiotics often cause diarrhea.", "supported", "antibiotics-cause-diarrhoea"],
        ["Probiotics do not prevent C. diff infection.", "contested", "probiotics-prevent-c-difficile-infection"],
      ],
      3,
    );
    await expectAnswers(
      vitaminD,
      [["Sunscreen does not cause vitamin D deficiency.", "supported", "sunscreen-causes-vitamin-d-deficiency"]],
      3,
    );
    await expectAnswers(melatonin, [["Melatonin is a hormone.", "supported", "melatonin-is-a-hormone"]], 3);
    const typically = await postCheck(statins, "Statins typically raise liver enzymes.", 1);
    expect(typically.body.explanation).toContain('the sentence says "typically" where the claim says "can"');
  });
  it("gives no verdict to 'may not' against what holds, a scope added after the fact, a false appositive, 'can never', or a belief closing the clause", async () => {
    // (Each was decided by a second hostile probe, 581 sentences: 57 wrong of 183 decisive. "May not" was
    // read as "does not", "But only in mice." not read, "a stimulant" after the subject not read, "can
    // never" read as "not", and "…, some people claim" checked as the writer's own.)
    const mayNot = await postCheck(caffeine, "Caffeine may not keep you awake.", 3);
    expect(mayNot.body.verdict).toBe("unverified");
    expect(mayNot.body.explanation).toMatch(
      /^The store's references show that it holds, and the sentence says only that it may not, which they do not deny: claim "caffeine-promotes-wakefulness"/,
    );
    await expectUnverified(metformin, ["Metformin may not lower HbA1c.", "Metformin might not lower HbA1c."]);
    await expectUnverified(statins, [
      "Statins cause dementia. But only in mice.",
      "Statins cause dementia. In a petri dish, that is.",
      "Statins cause muscle pain. Well, in rats.",
      "Statins cause dementia. Not in humans, though.",
      "Statins can never cause cancer.",
      "Statins cause dementia, some people claim.",
    ]);
    // (A scope said afterwards is read with the sentence before: the claim's own context, or emphasis.)
    await expectAnswers(
      vitaminD,
      [["Vitamin D deficiency causes rickets. In children.", "supported", "vitamin-d-deficiency-causes-rickets"]],
      3,
    );
    await expectAnswers(
      antibiotics,
      [["Antibiotics do not kill viruses. At all.", "supported", "antibiotics-do-not-kill-viruses"]],
      3,
    );
    await expectUnverified(alcohol, [
      "Alcohol, a stimulant, makes you pee more.",
      "Alcohol, an upper, makes you pee more.",
    ]);
    // (Denied outright, said alone, said the other way, reported by a plain "say", and a rate after the name.)
    await expectAnswers(metformin, [["Metformin does not lower HbA1c.", "refuted", "metformin-reduces-hba1c"]], 3);
    await expectAnswers(
      statins,
      [
        ["Statins cause dementia.", "refuted", "statins-cause-dementia"],
        ["Statins can never lower LDL cholesterol.", "refuted", "statins-reduce-ldl-cholesterol"],
        ["Statins cause dementia, doctors say.", "refuted", "statins-cause-dementia"],
      ],
      3,
    );
    await expectAnswers(
      alcohol,
      [["Alcohol makes you pee more.", "supported", "alcohol-increases-urine-production"]],
      3,
    );
    await expectAnswers(
      caffeine,
      [
        [
          "Is it true that a couple of cups of coffee a day will dehydrate you?",
          "refuted",
          "coffee-causes-dehydration",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check, from a third hostile probe: tags of disbelief, reasons, some cases, one's own case, 'even', times of taking (by import)", () => {
  let aspirin: Harness;
  let antibiotics: Harness;
  let caffeine: Harness;
  let melatonin: Harness;
  let metformin: Harness;
  let nicotine: Harness;
  let statins: Harness;
  beforeAll(async () => {
    const domain = (name: string) => startDomainApp(`tests/check-eval/${name}.ndjson`);
    aspirin = await domain("aspirin");
    antibiotics = await domain("antibiotics");
    caffeine = await domain("caffeine");
    melatonin = await domain("melatonin");
    metformin = await domain("metformin");
    nicotine = await domain("nicotine");
    statins = await domain("statins");
  });

  it("gives no verdict to a tag of disbelief, a reason after 'because' not shown, 'false that … never', 'some' of a refuted or disputed claim, one's own case, 'every dose', 'even …', a time of taking it, a name set apart as what another is, or an ailment that 'will' befall you", async () => {
    // (Each was decided by the probe: 1,029 sentences over ten domains, 256 decisive answers, 78 wrong.
    // "? Really?" and ". Get real." were not read, "because" joined the reason's verb to the predicate,
    // "false that … never" read as the plain claim, "some" refuted by the kind's refuted claim, "my
    // Lipitor" read as statins in general, "every dose", "even during the day" and "taken in the
    // morning" as nothing, and "a sulfonylurea" after "Metformin," as the subject.)
    await expectUnverified(aspirin, [
      "Aspirin dissolves blood clots? Really?",
      "Aspirin dissolves blood clots. Give me a break.",
      "Aspirin relieves headaches? Are you kidding me?",
    ]);
    await expectUnverified(nicotine, ["Nicotine is addictive because it blocks dopamine release."]);
    await expectUnverified(antibiotics, [
      "It is false that antibiotics never make the pill less effective.",
      "Some antibiotics make the pill less effective.",
      "Every dose of antibiotics disrupts the gut microbiome.",
    ]);
    await expectUnverified(statins, [
      "My Lipitor gives me muscle aches.",
      "It is false that statins never cause muscle pain.",
    ]);
    await expectUnverified(caffeine, [
      "Caffeine disrupts sleep if taken in the morning.",
      "Energy drinks contain caffeine in every can.",
    ]);
    await expectUnverified(melatonin, ["The pineal gland secretes melatonin even during the day."]);
    await expectUnverified(metformin, ["Metformin, a sulfonylurea, does not make the pancreas release more insulin."]);
    // ("Will give you" an ailment: a certainty for the reader, which a claim of a cause does not show.)
    await expectUnverified(nicotine, ["Smoking will give you lung cancer."]);
    await expectUnverified(statins, ["Statins will give you muscle pain."]);
    const some = await postCheck(antibiotics, "Some antibiotics make the pill less effective.", 3);
    expect(some.body.explanation).toMatch(
      /^The store's references are against the claim about the kind, or disagree about it, and the sentence says it only of some of it, or of some cases, which they do not decide: claim "antibiotics-reduce-effectiveness-of-birth-control-pill"/,
    );
    // (What stands: a plain "no" to the echo, what holds of a kind said of some of it, a myth that it never
    // happens, a cup of it, a time said as a scope, and the true class set apart.)
    await expectAnswers(
      aspirin,
      [
        ["Aspirin dissolves blood clots? Nope.", "supported", "aspirin-dissolves-blood-clots"],
        // (A dismissal that can only mean no, answering the echo, is its "no".)
        ["Aspirin dissolves blood clots? Yeah, no.", "supported", "aspirin-dissolves-blood-clots"],
      ],
      3,
    );
    await expectAnswers(
      antibiotics,
      [["Some antibiotics disrupt the gut microbiome.", "supported", "antibiotics-disrupt-gut-microbiome"]],
      3,
    );
    await expectAnswers(
      statins,
      [
        ["It's a myth that statins never cause rhabdomyolysis.", "supported", "statins-cause-rhabdomyolysis"],
        ["Statins will give you dementia.", "refuted", "statins-cause-dementia"],
      ],
      3,
    );
    await expectAnswers(
      caffeine,
      [
        ["Every cup of coffee contains some caffeine.", "supported", "coffee-contains-caffeine"],
        ["Caffeine keeps you awake at night.", "supported", "caffeine-promotes-wakefulness"],
        // (A time of taking it said as a scope, "Caffeine taken at night", is no condition; "Really." with a
        // full stop is emphasis, not disbelief.)
        ["Caffeine taken at night disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        ["Caffeine keeps you awake. Really.", "supported", "caffeine-promotes-wakefulness"],
      ],
      3,
    );
    await expectAnswers(
      metformin,
      [
        [
          "Metformin, a biguanide, does not make the pancreas release more insulin.",
          "supported",
          "metformin-does-not-increase-insulin-secretion",
        ],
        // (A certainty against a claim that denies it is refuted.)
        ["Metformin will make you gain weight.", "refuted", "metformin-does-not-cause-weight-gain"],
      ],
      3,
    );
  });
});

describe("/v1/check, from a fourth hostile probe: mock assent, 'any amount of', another's case, reasons for what holds (melatonin domain, by import, and the seed)", () => {
  let melatonin: Harness;
  beforeAll(async () => {
    melatonin = await startDomainApp("tests/check-eval/melatonin.ndjson");
  });

  it("gives no verdict to a mock assent or an echo met with 'What?', 'any amount of', another's or one's own case said first, or a reason given for what holds", async () => {
    // (Each was decided by the probe: 508 sentences over six domains, 158 decisive answers, 110 wrong.
    // "Sure, Jan." and "?? What?" were not read; "any amount of" was read as nothing, "His melatonin"
    // and "For me," as melatonin in general; and a link the store does not hold, "because" or "which is
    // why" between two claims it backs, as the two claims.)
    await expectUnverified(melatonin, [
      "Melatonin is not a hormone. Sure, Jan.",
      "Melatonin is not a hormone. Nice try.",
      "Light doesn't suppress melatonin. Keep dreaming.",
      "Melatonin isn't made from serotonin. Uh huh.",
      "Melatonin is a hormone?? What?",
      "Any amount of light suppresses melatonin.",
      "Any dose of melatonin increases total sleep time.",
      "His melatonin increased his total sleep time.",
      "For me, melatonin increases total sleep time.",
      "Melatonin shortens sleep latency because it is a hormone.",
    ]);
    await expectUnverified(harness, ["Tianeptine enhances serotonin reuptake, which is why it treats depression."]);
    const reason = await postCheck(melatonin, "Melatonin shortens sleep latency because it is a hormone.", 3);
    expect(reason.body.explanation).toMatch(
      /^The text also says what no stored claim says \("because it is a hormone"\)/,
    );
    // (What stands: the plain sentences, a plain "yes" to the echo, and a reason the store refutes.)
    await expectAnswers(
      melatonin,
      [
        ["Melatonin is not a hormone.", "refuted", "melatonin-is-a-hormone"],
        ["Is melatonin a hormone? Yes.", "supported", "melatonin-is-a-hormone"],
        ["Light suppresses melatonin.", "supported", "light-suppresses-melatonin"],
        // ("Her" before what holds of anyone's, with no one's case said again after it.)
        ["Her pineal gland secretes melatonin.", "supported", "pineal-gland-secretes-melatonin"],
      ],
      3,
    );
  });

  it("gives no verdict to an emoji of mockery, a scoffing reply, someone's scorn of what was said, or 'Because obviously'; reads a dismissal answering a question as its 'no'", async () => {
    // (From a fifth probe: 847 sentences over six domains, 309 decisive answers, 244 wrong, every one of
    // these shapes among them.)
    await expectUnverified(melatonin, [
      "Melatonin is a hormone 🤡",
      "🤡 Light suppresses melatonin",
      "Melatonin is not a hormone 😂",
      "Light suppresses melatonin? Ha!",
      "Melatonin is not a hormone? Bruh.",
      "My doctor laughed when I said melatonin is not a hormone.",
      "Because obviously melatonin is not a hormone.",
      "Melatonin is a hormone? Are you kidding me?",
      // (And from a sixth probe, 382 sentences, 81 wrong of 130 decisive: a one-word verdict after or
      // before it, a doubt or a retraction after it, a mock authority.)
      "Melatonin is not a hormone. BS.",
      "Melatonin is not a hormone. Or not. Idk.",
      "Melatonin is not a hormone. Not buying it.",
      "BS: melatonin is not a hormone.",
      "According to my horoscope, melatonin is not a hormone.",
    ]);
    await expectAnswers(
      melatonin,
      [
        ["Melatonin is a hormone? Get real.", "refuted", "melatonin-is-a-hormone"],
        ["Melatonin is a hormone? Lol no.", "refuted", "melatonin-is-a-hormone"],
        ["Melatonin is a hormone.", "supported", "melatonin-is-a-hormone"],
      ],
      3,
    );
  });
});

describe("/v1/check on the seed: a comparison said with the claim's own degree or its opposite adverb", () => {
  it("reads 'much faster' as the claim's own when its statement says 'much', and 'more slowly' as the opposite predicate, not a manner", async () => {
    // (It was `unverified`: "much" was a word the claim does not say, its statement's "much faster"
    // dropped as a grammar word.)
    await expectAnswers(
      harness,
      [["Tianeptine works much faster than SSRIs.", "contested", "ssre-has-faster-onset-than-ssri"]],
      3,
    );
    // ("Slowly", the opposite predicate's own word, was read as how it works; it is met as the opposite,
    // which a dispute about the claim is not about.)
    const slower = await postCheck(harness, "Tianeptine works more slowly than SSRIs.", 3);
    expect(slower.body.verdict).toBe("unverified");
    expect(slower.body.matches[0]).toMatchObject({ claimId: "ssre-has-faster-onset-than-ssri", polarity: "opposes" });
    expect(slower.body.explanation).toMatch(/^The store's references disagree about the claim, not about its opposite/);
  });
});

describe("/v1/check on a domain imported without wordings (zinc): a statement that names only its subject", () => {
  let zinc: Harness;
  beforeAll(async () => {
    zinc = await startDomainApp("tests/check-eval/zinc.ndjson");
  });

  it("reads the statement's other words after its subject only, unless the sentence is passive ('Losing your sense of taste can cause zinc deficiency' is no 'Zinc deficiency can cause a … lost sense of taste')", async () => {
    // (The first was `supported`: the statement names no name of its object, so its words after the
    // subject said predicate and object at once, and were met before the sentence's subject.)
    await expectUnverified(zinc, [
      "Losing your sense of taste can cause zinc deficiency.",
      "A lost sense of taste can cause zinc deficiency.",
    ]);
    await expectAnswers(
      zinc,
      [
        [
          "Zinc deficiency can cause you to lose your sense of taste.",
          "supported",
          "zinc-deficiency-causes-taste-loss",
        ],
        ["A lost sense of taste can be caused by zinc deficiency.", "supported", "zinc-deficiency-causes-taste-loss"],
      ],
      3,
    );
  });

  it("reads the object said of whom something helps ('helps people with X get back to work') as no object of the help", async () => {
    // (The first was supported. A blind set found the wrong answer in the vitamin C domain: "High-dose IV
    // vitamin C might help people with cancer feel better day to day" was refuted by the claim that it
    // cures cancer.)
    await expectUnverified(zinc, [
      "Zinc helps people with Wilson's disease get back to work.",
      "Zinc might help people with Wilson's disease feel better day to day.",
    ]);
    await expectAnswers(
      zinc,
      [["Zinc helps people with Wilson's disease.", "supported", "zinc-treats-wilson-disease"]],
      3,
    );
  });

  it("reads 'anyone' under a denial as no one ('never make anyone nauseous'), not as someone the claim does not name", async () => {
    await expectAnswers(
      zinc,
      [
        ["Zinc supplements never make anyone nauseous.", "refuted", "zinc-causes-nausea"],
        ["Zinc supplements don't make anybody nauseous.", "refuted", "zinc-causes-nausea"],
      ],
      3,
    );
    // (Without a denial, "anyone" is everyone: more than the claim says; "not just anyone" is some.)
    await expectUnverified(zinc, [
      "Zinc supplements make anyone nauseous.",
      "Zinc supplements don't make just anyone nauseous.",
    ]);
  });

  it("reads the claim the other way round in a passive of the subject, 'results from', and a cleft, and reads a cleft of the object as the claim", async () => {
    // (Each was decisive, `supported` for the most part: found by a hostile probe of the rule above.)
    await expectUnverified(zinc, [
      "Zinc deficiency is caused by a lost sense of taste.",
      "Zinc deficiency is not caused by a lost sense of taste.",
      "Zinc deficiency can result from a reduced sense of taste.",
      "It is zinc deficiency that taste loss causes.",
      "What causes zinc deficiency is taste loss.",
    ]);
    // (It was `unverified`: the names in the other order were read as swapped.)
    await expectAnswers(
      zinc,
      [
        ["It is taste loss that zinc deficiency can cause.", "supported", "zinc-deficiency-causes-taste-loss"],
        ["What zinc deficiency causes is taste loss.", "supported", "zinc-deficiency-causes-taste-loss"],
        ["It is zinc deficiency that causes taste loss.", "supported", "zinc-deficiency-causes-taste-loss"],
      ],
      3,
    );
  });

  it("implies no predicate when someone named before the two does something with them ('You had zinc for your acne')", async () => {
    // (They were `contested`: the two names alone, the claim's predicate implied.)
    await expectUnverified(zinc, [
      "You had zinc for your acne, didn't you?",
      "You'd had zinc for your acne, hadn't you?",
      "They'd had zinc for their acne.",
    ]);
  });
});

describe("/v1/check on a domain imported without vocabulary (caffeine): the opposite of a form of the predicate's word", () => {
  let caffeine: Harness;
  beforeAll(async () => {
    caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
  });

  it("reads a word whose opposite is a form of the predicate's as the opposite predicate ('an agonist at' against 'antagonizes')", async () => {
    // (Each was `unverified`, "predicate not said": "agonist" is the lexicon's opposite of "antagonist",
    // a form of "antagonizes", which it did not relate to "antagonizes" itself.)
    await expectAnswers(
      caffeine,
      [
        ["Caffeine is an agonist at adenosine receptors.", "refuted", "caffeine-antagonizes-adenosine-receptors"],
        ["Caffeine is an adenosine receptor agonist.", "refuted", "caffeine-antagonizes-adenosine-receptors"],
        [
          "Caffeine acts as an antagonist at adenosine receptors.",
          "supported",
          "caffeine-antagonizes-adenosine-receptors",
        ],
      ],
      3,
    );
    // (Denied, a contrary says neither the claim nor its opposite.)
    await expectUnverified(caffeine, ["Caffeine is not an agonist at adenosine receptors."]);
  });

  it("holds what a verb of hindering keeps the object from, unless the verb and the action are the predicate as met and the action is no change one way", async () => {
    // (The first two were `supported`, the next two `refuted`: "stops" was left out of the predicate, and
    // the action after "from" read as the claim's; the last was `refuted`, "stops" meeting "blocks" and
    // "activated" its opposite, where stopping activation is blocking.)
    await expectUnverified(caffeine, [
      "Caffeine stops adenosine receptors from being blocked.",
      "Caffeine stops sleep from being disrupted.",
      "Caffeine doesn't stop adenosine receptors from being blocked.",
      "Caffeine doesn't stop sleep from being disrupted.",
      "Caffeine stops adenosine receptors from being activated.",
    ]);
  });
});

describe("/v1/check on the metformin domain: a generic part said in place of the claim's own", () => {
  let metformin: Harness;
  beforeAll(async () => {
    metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
  });

  it("holds a part of the body said bare where the claim's own words say another ('the brain' for 'the body')", async () => {
    // (Both were decisive: "brain" is a generic scope, which narrows nothing said after "in".)
    await expectUnverified(metformin, [
      "Metformin makes the brain more sensitive to insulin.",
      "Metformin makes the brain less sensitive to insulin.",
    ]);
    await expectAnswers(
      metformin,
      [
        ["Metformin makes the body more sensitive to insulin.", "supported", "metformin-increases-insulin-sensitivity"],
        ["Metformin makes people more sensitive to insulin.", "supported", "metformin-increases-insulin-sensitivity"],
      ],
      3,
    );
  });
});

describe("/v1/check on the metformin domain: a report's frame before the subject, a class set beside it", () => {
  let metformin: Harness;
  beforeAll(async () => {
    metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
  });

  it("reads no word of the predicate in who reports it ('My doctor said metformin brings your sugar levels down')", async () => {
    // (The first was `refuted`: "doctor", which the lexicon also knows as a verb of mending, was read as
    // the opposite of "reduces". A blind set found it.)
    await expectAnswers(
      metformin,
      [
        [
          "My doctor said metformin brings your sugar levels down if you're diabetic.",
          "supported",
          "metformin-reduces-blood-glucose",
        ],
        [
          "My doctor said that metformin brings your sugar levels down if you're diabetic.",
          "supported",
          "metformin-reduces-blood-glucose",
        ],
        [
          "My doctor said metformin brings your sugar levels up if you're diabetic.",
          "refuted",
          "metformin-reduces-blood-glucose",
        ],
      ],
      3,
    );
  });

  it("still reads a reporting verb that is the claim's own word ('Nobody knows exactly how tianeptine works')", async () => {
    // (A first version set every reporting verb before the subject aside, and the claim fell out of the
    // first three matches.)
    const seed = (await startNodeApp()).harness;
    const res = await postCheck(seed, "Nobody fully knows how tianeptine works, even after decades of use.", 3);
    expect(res.body.matches[0].claimId).toBe("tianeptine-mechanism-of-action-remains-unclear");
    expect(res.body.matches[0].alignment.predicate.words).toBe("knows works");
  });

  it("reads the class the store holds the subject in, set beside it ('Metformin, a biguanide, …'), as no other name", async () => {
    // (The first two were `unverified`: "biguanide" was a name the claim does not account for.)
    await expectAnswers(
      metformin,
      [
        [
          "Metformin, a biguanide, makes people more sensitive to insulin.",
          "supported",
          "metformin-increases-insulin-sensitivity",
        ],
        [
          "Metformin, a biguanide, lowers blood glucose in people with diabetes.",
          "supported",
          "metformin-reduces-blood-glucose",
        ],
      ],
      3,
    );
    // (Another class, or one the store does not hold it in, says what the claim does not.)
    await expectUnverified(metformin, [
      "Metformin, a sulfonylurea, makes people more sensitive to insulin.",
      "Metformin, an insulin, makes people more sensitive to insulin.",
    ]);
  });
});

describe("/v1/check on the iron domain: a compound name said as its verb, with a word of amount or a verb of helping", () => {
  let iron: Harness;
  beforeAll(async () => {
    iron = await startDomainApp("tests/check-eval/iron.ndjson");
  });

  it("reads 'absorb more iron' and 'absorb less iron' as more and less iron absorption, and 'how much iron your body absorbs' as iron absorption", async () => {
    // (Each was `unverified`: a word of amount, or the body, between the verb and the noun.)
    await expectAnswers(
      iron,
      [
        ["Vitamin C makes you absorb more iron.", "supported", "vitamin-c-increases-iron-absorption"],
        ["Vitamin C makes you absorb way less iron.", "refuted", "vitamin-c-increases-iron-absorption"],
        ["Calcium makes you absorb less iron.", "supported", "calcium-reduces-iron-absorption"],
        ["Tums can reduce how much iron your body absorbs.", "supported", "calcium-reduces-iron-absorption"],
      ],
      3,
    );
  });

  it("reads a verb of helping before whom it helps and the object said as its verb as a raise ('helps your body absorb iron')", async () => {
    await expectAnswers(
      iron,
      [
        ["Vitamin C helps you absorb iron.", "supported", "vitamin-c-increases-iron-absorption"],
        ["Vit C helps your body absorb more iron.", "supported", "vitamin-c-increases-iron-absorption"],
        ["Vitamin C helps your body absorb less iron.", "refuted", "vitamin-c-increases-iron-absorption"],
        ["Calcium helps your body absorb iron.", "refuted", "calcium-reduces-iron-absorption"],
      ],
      3,
    );
    // (Whom else it helps, or another verb than helping, says something else.)
    await expectUnverified(iron, [
      "Vitamin C lets you absorb more iron.",
      "Vitamin C helps your body absorb iron if you take it in the morning.",
    ]);
  });
});

describe("/v1/check on the paracetamol and aspirin domains: 'has X in it', 'is good for lowering'", () => {
  let paracetamol: Harness;
  let aspirin: Harness;
  beforeAll(async () => {
    paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
    aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
  });

  it("reads 'X has Y in it' as a claim that X contains Y", async () => {
    // (The first was `unverified`: "actually" stood between; the others had the predicate only implied.)
    await expectAnswers(
      paracetamol,
      [
        ["Does Vicks NyQuil actually have acetaminophen in it?", "supported", "nyquil-contains-paracetamol"],
        ["NyQuil has acetaminophen in it.", "supported", "nyquil-contains-paracetamol"],
        ["NyQuil doesn't have any acetaminophen in it.", "refuted", "nyquil-contains-paracetamol"],
      ],
      3,
    );
    const said = await postCheck(paracetamol, "NyQuil has acetaminophen in it.", 3);
    expect(said.body.matches[0].alignment.predicate).toMatchObject({ aligned: true, words: "has in", implied: false });
    // (Somewhere else than in it is another scope.)
    await expectUnverified(paracetamol, ["NyQuil has acetaminophen in the box."]);
  });

  it("reads a word of benefit, its preposition and the predicate's verb after it ('is good for lowering a fever') as the predicate", async () => {
    // (Each was `unverified`: "good", "effective" were words the claim does not say.)
    await expectAnswers(
      aspirin,
      [
        ["Aspirin is good for lowering a fever.", "supported", "aspirin-reduces-fever"],
        ["Aspirin is effective for lowering a fever.", "supported", "aspirin-reduces-fever"],
        ["Aspirin isn't good for lowering a fever.", "refuted", "aspirin-reduces-fever"],
      ],
      3,
    );
    await expectUnverified(aspirin, ["Aspirin is good for lowering a fever in dogs."]);
  });
});

describe("/v1/check on the zinc and iron domains: a verb of ending and a comparative of pace, a bout of an ailment, a question between two", () => {
  let zinc: Harness;
  let iron: Harness;
  beforeAll(async () => {
    zinc = await startDomainApp("tests/check-eval/zinc.ndjson");
    iron = await startDomainApp("tests/check-eval/iron.ndjson");
  });

  it("reads 'clears up faster', 'ends any sooner', 'goes away sooner' as shorter, and a bout of an ailment as the ailment", async () => {
    // (Each was `unverified`: "clear", "quicker", "bouts" were words the claim does not say. Blind sets
    // found them.)
    await expectAnswers(
      zinc,
      [
        ["Zinc makes diarrhoea in children clear up faster.", "supported", "zinc-shortens-diarrhoea-in-children"],
        ["Zinc makes diarrhoea in children go away sooner.", "supported", "zinc-shortens-diarrhoea-in-children"],
        [
          "Oral rehydration salts make a bout of diarrhoea clear up quicker.",
          "refuted",
          "oral-rehydration-solution-does-not-shorten-diarrhoea",
        ],
        [
          "Pedialyte won't make diarrhoea end any sooner.",
          "supported",
          "oral-rehydration-solution-does-not-shorten-diarrhoea",
        ],
        [
          "Oral rehydration salts shorten bouts of diarrhea.",
          "refuted",
          "oral-rehydration-solution-does-not-shorten-diarrhoea",
        ],
      ],
      3,
    );
    // ("Clears faster" is how fast a thing is cleared; "go" needs "away".)
    await expectUnverified(zinc, [
      "Zinc makes diarrhoea in children clear faster.",
      "Zinc makes diarrhoea in children go faster.",
    ]);
  });

  it("gives no verdict to a question between two ('…, or does it block it?'), but reads '… or not?' and '… or is it something else?' as the one question", async () => {
    // (The first was `supported`: "block" after the object was read as the clause's verb. A hostile probe
    // found it.)
    await expectUnverified(iron, [
      "Does calcium help you absorb iron, or does it block it?",
      "Does calcium block iron absorption or does it boost it?",
    ]);
    await expectAnswers(
      iron,
      [
        ["Does calcium reduce iron absorption or not?", "supported", "calcium-reduces-iron-absorption"],
        [
          "Does calcium reduce iron absorption, or is it something else?",
          "supported",
          "calcium-reduces-iron-absorption",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check on the magnesium and iron domains: membership said by a view or a role, 'how much' after a denial, 'leave you with'", () => {
  let magnesium: Harness;
  let iron: Harness;
  beforeAll(async () => {
    magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
    iron = await startDomainApp("tests/check-eval/iron.ndjson");
  });

  it("reads 'is considered', 'is regarded as', 'works as a', 'acts as a' as membership, but not a view held 'by' someone nor 'works as well as'", async () => {
    // (Each was `unverified`: the verb said what the claim does not. A blind set found the first.)
    await expectAnswers(
      magnesium,
      [
        ["Is Milk of Magnesia actually considered an antacid?", "supported", "magnesium-hydroxide-is-an-antacid"],
        ["Milk of Magnesia is regarded as an antacid.", "supported", "magnesium-hydroxide-is-an-antacid"],
        ["Milk of Magnesia is not considered an antacid.", "refuted", "magnesium-hydroxide-is-an-antacid"],
        ["Citrate of magnesia works as a laxative.", "supported", "magnesium-citrate-is-a-laxative"],
        ["Citrate of magnesia acts as a laxative.", "supported", "magnesium-citrate-is-a-laxative"],
      ],
      3,
    );
    await expectUnverified(magnesium, [
      "Magnesium citrate is considered a laxative by some.",
      "Citrate of magnesia works as well as a laxative.",
    ]);
  });

  it("reads 'how much' after a denial as what is affected, not as a denial in part", async () => {
    // (It was `unverified`: "n't … much" was read as "not much".)
    await expectAnswers(
      iron,
      [
        [
          "Taking Tums with your iron doesn't affect how much iron you absorb.",
          "refuted",
          "calcium-reduces-iron-absorption",
        ],
      ],
      3,
    );
    await expectUnverified(iron, ["Calcium doesn't reduce iron absorption much."]);
  });

  it("reads 'leave you with' before the object as bringing it about", async () => {
    // (Both were `unverified`; a blind set found the first.)
    await expectAnswers(
      iron,
      [
        [
          "Can menorrhagia leave you with iron deficiency anemia?",
          "supported",
          "heavy-periods-cause-iron-deficiency-anaemia",
        ],
        [
          "Heavy periods won't leave you with iron deficiency anaemia.",
          "refuted",
          "heavy-periods-cause-iron-deficiency-anaemia",
        ],
      ],
      3,
    );
    await expectUnverified(iron, [
      "Heavy periods leave you with a higher risk of iron deficiency anaemia.",
      "Heavy periods leave you without iron deficiency anaemia.",
    ]);
  });
});

describe("/v1/check on the paracetamol, iron and lithium domains: chat's spelling and markers, a denial called a myth", () => {
  let paracetamol: Harness;
  let iron: Harness;
  let lithium: Harness;
  let vitaminC: Harness;
  beforeAll(async () => {
    paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
    iron = await startDomainApp("tests/check-eval/iron.ndjson");
    lithium = await startDomainApp("tests/check-eval/lithium.ndjson");
    vitaminC = await startDomainApp("tests/check-eval/vitamin-c.ndjson");
  });

  it("reads a 'not' contracted without its apostrophe ('isnt', 'doesnt') as the contraction", async () => {
    // (Each was `unverified`: "isnt", "doesnt" were words the claim does not say. A blind set found the first.)
    await expectAnswers(
      paracetamol,
      [
        ["acetaminophen is an nsaid isnt it?", "refuted", "paracetamol-is-not-an-nsaid"],
        ["nyquil doesnt have any acetaminophen in it", "refuted", "nyquil-contains-paracetamol"],
      ],
      3,
    );
  });

  it("takes a marker of talk that opens or closes the sentence ('Wait,', 'FYI', 'btw', and since December 7's eleventh stop 'lol') as no part of what it says", async () => {
    // (Each was `unverified`; two blind sets found the first. "lol" stayed a word of its own until the
    // eleventh stop, when every blind set that closed a plain assertion with it had labelled it as meant.)
    await expectAnswers(
      paracetamol,
      [
        ["Wait, does NyQuil actually have acetaminophen in it?", "supported", "nyquil-contains-paracetamol"],
        ["FYI Tylenol is an analgesic.", "supported", "paracetamol-is-an-analgesic"],
        ["Tylenol is an analgesic btw", "supported", "paracetamol-is-an-analgesic"],
        ["Tylenol is an analgesic lol", "supported", "paracetamol-is-an-analgesic"],
      ],
      3,
    );
  });

  it("reads a denial closed by 'that's a myth' as the writer's denial, but not an assertion so closed nor another's report", async () => {
    // (Each was `unverified`: the judgement was read as one of a report. Seven blind sets held one.)
    await expectAnswers(
      iron,
      [
        ["Iron tablets don't cause constipation, that's a myth.", "refuted", "iron-supplements-cause-constipation"],
        ["iron tablets dont cause constipation, thats a myth", "refuted", "iron-supplements-cause-constipation"],
        [
          "Iron tablets don't cause constipation, that's an old wives' tale.",
          "refuted",
          "iron-supplements-cause-constipation",
        ],
      ],
      3,
    );
    await expectUnverified(iron, [
      "Iron tablets cause constipation, that's a myth.",
      "My friend says iron tablets don't cause constipation, that's a myth.",
      "I think iron tablets don't cause constipation, that's a myth.",
      // (A judgement that may as well dismiss the denial itself.)
      "Iron tablets don't cause constipation, that's nonsense.",
      "Iron tablets don't cause constipation, that's been debunked.",
    ]);
    // ("As is its wont": the noun, not "won't", which had made it `refuted`.)
    await expectUnverified(lithium, ["Lithium, as is its wont, gave me a tremor."]);
  });

  it("gives no verdict to what the writer dismisses with 'So much for …'", async () => {
    // (It was `refuted`: the dismissal was read as an assertion. A hostile probe found it.)
    await expectUnverified(vitaminC, ["So much for vitamin C curing colds."]);
  });

  it("reads a denial's 'whatsoever' as emphasis where the predicate is implied, and 'nothing fancy about it' as an aside", async () => {
    // (Both were `unverified`: "whatsoever", "fancy" said what the claim does not. Blind sets found them.)
    await expectAnswers(
      paracetamol,
      [["NyQuil has no acetaminophen whatsoever.", "refuted", "nyquil-contains-paracetamol"]],
      3,
    );
    await expectAnswers(
      iron,
      [
        [
          "Galfer is just an iron tablet, nothing fancy about it.",
          "supported",
          "ferrous-fumarate-is-an-iron-supplement",
        ],
      ],
      3,
    );
    await expectUnverified(paracetamol, ["NyQuil has acetaminophen whatsoever."]);
  });

  it("reads the writer's source opening the sentence ('From what I've read, …') as a hedge, not as how, but not another's", async () => {
    // (Each was `unverified`: "from …" was read as the means. Six blind sets held one.)
    await expectAnswers(
      lithium,
      [
        ["From what I've read, lithium causes tremor.", "supported", "lithium-causes-tremor"],
        ["From what I understand lithium doesn't cause tremor.", "refuted", "lithium-causes-tremor"],
      ],
      3,
    );
    await expectUnverified(lithium, ["From what my uncle read, lithium causes tremor."]);
  });

  it("does not read 'I didn't know X', 'I never knew X' as a denial of X", async () => {
    // (Both were `refuted`, on 38a8375 too: what the writer did not know was read as denied.)
    await expectUnverified(paracetamol, [
      "I didn't know NyQuil had acetaminophen in it!",
      "I never knew paracetamol treats pain.",
    ]);
  });
});

describe("/v1/check on the aspirin, metformin, iron and magnesium domains: a name misspelt once", () => {
  let aspirin: Harness;
  let metformin: Harness;
  let iron: Harness;
  let magnesium: Harness;
  beforeAll(async () => {
    magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
    aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    iron = await startDomainApp("tests/check-eval/iron.ndjson");
  });

  it("reads a word the lexicon does not know, one slip from a name of six letters or more, as that name", async () => {
    // (Each was `no-match`: the misspelt name named nothing. Two blind sets found the first two.)
    await expectAnswers(aspirin, [["Asprin doesn't inhibit COX-1.", "refuted", "aspirin-inhibits-cox-1"]], 3);
    await expectAnswers(metformin, [["metfromin causes diarrhoea", "supported", "metformin-causes-diarrhoea"]], 3);
    await expectAnswers(iron, [["Galfar causes constipation.", "supported", "iron-supplements-cause-constipation"]], 3);
  });

  it("does not read an English word one slip from a name as that name ('gaffer' is not Galfer), nor a slip from two words", async () => {
    // ("Galfre" is one slip from "galore" too, "hypeglycemia" from "hyperglycemia" as well as from
    // "hypoglycaemia", and "sulfite" another compound than "sulfate": a hostile probe found the last two
    // `refuted` and `supported`.)
    for (const text of ["My gaffer causes constipation.", "Galfre causes constipation."]) {
      const res = await postCheck(iron, text, 3);
      expect(res.status, text).toBe(200);
      expect(res.body.verdict, text).toBe("no-match");
      expect(res.body.matches, text).toEqual([]);
    }
    await expectUnverified(metformin, ["Metformin taken on its own causes hypeglycemia."]);
    await expectUnverified(magnesium, ["Magnesium sulfite is used to treat eclampsia."]);
  });
});

describe("/v1/check on the iron, magnesium, alcohol, omega-3 and statins domains: idioms of assent, a myth that persists, a slight degree, the writer's own life, markers, a denied equality, no good for", () => {
  let iron: Harness;
  let magnesium: Harness;
  let alcohol: Harness;
  let omega3: Harness;
  let statins: Harness;
  beforeAll(async () => {
    iron = await startDomainApp("tests/check-eval/iron.ndjson");
    magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
    alcohol = await startDomainApp("tests/check-eval/alcohol.ndjson");
    omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    statins = await startDomainApp("tests/check-eval/statins.ndjson");
  });

  it("reads 'nobody seriously denies that X', 'no one disputes that X' as asserting X", async () => {
    // (Each was `unverified`: "seriously" said what the claim does not, "disputes" judged it.)
    await expectAnswers(
      alcohol,
      [
        ["Nobody seriously denies that alcohol reduces REM sleep.", "supported", "alcohol-reduces-rem-sleep"],
        ["No one disputes that alcohol reduces REM sleep.", "supported", "alcohol-reduces-rem-sleep"],
        ["No one really doubts that alcohol increases REM sleep.", "refuted", "alcohol-reduces-rem-sleep"],
      ],
      3,
    );
    await expectUnverified(alcohol, ["No one questions whether alcohol reduces REM sleep."]);
  });

  it("reads 'the myth that X just won't die' as the writer's denial of X", async () => {
    // (Each was `unverified`: the myth's persistence said what the claim does not. Three blind sets held one.)
    await expectAnswers(
      omega3,
      [
        [
          "The myth that fish oil lowers triglycerides just won't die.",
          "refuted",
          "omega-3-fatty-acids-reduce-triglycerides",
        ],
        [
          "That old myth that fish oil lowers triglycerides persists.",
          "refuted",
          "omega-3-fatty-acids-reduce-triglycerides",
        ],
      ],
      3,
    );
    // (A "myth" then called true is no denial: it had been `refuted`, on bbb09f2 too.)
    await expectUnverified(omega3, [
      "The myth that fish oil lowers triglycerides is true.",
      "The myth that fish oil lowers triglycerides is actually true.",
    ]);
  });

  it("reads ', that myth was debunked years ago' after a denial, and 'Good news for X:' as a label", async () => {
    // (Each was `unverified`: "debunked" judged a report, the label was one more assertion the store
    // lacks. A blind set found them.)
    await expectAnswers(
      statins,
      [
        ["Statins do NOT cause dementia, that myth was debunked years ago.", "supported", "statins-cause-dementia"],
        [
          "Good news for anyone on statins: they don't raise your risk of cancer.",
          "supported",
          "statins-do-not-increase-risk-of-cancer",
        ],
      ],
      3,
    );
    await expectUnverified(statins, [
      "Statins cause dementia, that myth was debunked years ago.",
      "Statins do not cause dementia, that's been debunked.",
    ]);
  });

  it("reads a report followed by 'Is that true?' as the writer's question of it", async () => {
    // (It was `unverified`: the report was read as someone else's belief. A blind set found it.)
    await expectAnswers(
      statins,
      [
        ["My aunt swears statins cause dementia. Is that true??", "refuted", "statins-cause-dementia"],
        ["My aunt says statins lower LDL cholesterol. Is she right?", "supported", "statins-reduce-ldl-cholesterol"],
      ],
      3,
    );
  });

  it("reads 'a bit', 'a little' as 'slightly': still the opposite of the claim, but not all of it", async () => {
    // (The first two were `unverified`: "bit" said what the claim does not; "slightly increases" was refuted.)
    await expectAnswers(
      alcohol,
      [
        ["Alcohol usually increases REM sleep a bit.", "refuted", "alcohol-reduces-rem-sleep"],
        ["Alcohol increases REM sleep a little.", "refuted", "alcohol-reduces-rem-sleep"],
      ],
      3,
    );
    await expectUnverified(alcohol, [
      "Alcohol reduces REM sleep a bit.",
      "Alcohol reduces REM sleep quite a bit.",
      "Alcohol doesn't reduce REM sleep a bit.",
    ]);
  });

  it("takes what came of it in the writer's own life ('…, which is why I …') as no claim, but not a claim said so of anyone", async () => {
    // (Each was `unverified`: the clause was read as one more assertion the store lacks. Two blind sets held one.)
    await expectAnswers(
      alcohol,
      [
        ["Alcohol reduces REM sleep, which is why I keep waking up tired.", "supported", "alcohol-reduces-rem-sleep"],
        [
          "Alcohol reduces REM sleep, which is why my doc won't let me drink.",
          "supported",
          "alcohol-reduces-rem-sleep",
        ],
      ],
      3,
    );
    await expectUnverified(alcohol, [
      "Alcohol reduces REM sleep, which is why you feel tired.",
      "Alcohol reduces REM sleep, which is why I think it causes cancer.",
    ]);
  });

  it("takes 'Heads up,', 'Good news,', 'Pretty sure' and 'popping' as no part of what a sentence says", async () => {
    // (Each was `unverified`: the marker's words said what the claim does not. Blind sets found them.)
    await expectAnswers(
      iron,
      [
        ["Heads up, iron tablets can cause constipation.", "supported", "iron-supplements-cause-constipation"],
        ["Fair warning, iron tablets cause constipation.", "supported", "iron-supplements-cause-constipation"],
        ["Good news, vitamin C increases iron absorption.", "supported", "vitamin-c-increases-iron-absorption"],
        ["I'm pretty sure vitamin C blocks iron absorption.", "refuted", "vitamin-c-increases-iron-absorption"],
      ],
      3,
    );
    await expectAnswers(
      omega3,
      [
        [
          "Popping fish oil won't lower your chances of getting dementia.",
          "supported",
          "omega-3-fatty-acids-do-not-reduce-risk-of-dementia",
        ],
      ],
      3,
    );
  });

  it("reads 'B isn't absorbed as well as A' as 'A is absorbed better than B', and a tag 'right?' after a denial as the denial", async () => {
    // (The first three were `unverified`: "as well as" was read as joining the two, a tag as asking the denial back.)
    await expectAnswers(
      iron,
      [
        [
          "Non-heme iron isn't absorbed as well as heme iron.",
          "supported",
          "heme-iron-is-absorbed-better-than-non-heme-iron",
        ],
        [
          "Heme iron is not absorbed as well as non-heme iron.",
          "refuted",
          "heme-iron-is-absorbed-better-than-non-heme-iron",
        ],
        ["Vitamin C doesn't increase iron absorption, right?", "refuted", "vitamin-c-increases-iron-absorption"],
        // ("Too much" is how much is eaten, not "not much": it had been held as a denial in part.)
        [
          "You can't get haemochromatosis from eating too much red meat.",
          "supported",
          "red-meat-does-not-cause-haemochromatosis",
        ],
      ],
      3,
    );
    await expectUnverified(iron, [
      "Non-heme iron is absorbed as well as heme iron.",
      "Vitamin C doesn't increase iron absorption?",
    ]);
  });

  it("reads 'useless for', 'a total waste of money', 'it's all hype' as denials, and 'does nothing for Y' as no denial that X causes Y", async () => {
    // (The denials were `unverified`. "Iron tablets do nothing for constipation" was `refuted`: no good for
    // it was read as a denial that they cause it.)
    await expectAnswers(
      magnesium,
      [
        ["Magnesium sulphate is useless for treating eclampsia.", "refuted", "magnesium-sulfate-treats-eclampsia"],
        [
          "Magnesium doesn't prevent migraines, total waste of money.",
          "refuted",
          "magnesium-supplements-prevent-migraine",
        ],
        ["Magnesium doesn't prevent migraines, it's all hype.", "refuted", "magnesium-supplements-prevent-migraine"],
      ],
      3,
    );
    await expectUnverified(magnesium, [
      "Magnesium sulphate isn't useless for treating eclampsia.",
      "Magnesium prevents migraines, it's all hype.",
    ]);
    await expectUnverified(iron, [
      "Iron tablets do nothing for constipation.",
      "Iron tablets are useless for constipation.",
    ]);
    await expectUnverified(statins, ["Statins do nothing for your risk of diabetes."]);
    await expectAnswers(
      statins,
      [["Statins do nothing to your chances of having a stroke.", "refuted", "statins-reduce-risk-of-stroke"]],
      3,
    );
  });
});

describe("/v1/check on the magnesium domain: a light verb and its object named as no condition", () => {
  let magnesium: Harness;
  beforeAll(async () => {
    magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
  });

  it("does not read 'taking magnesium' as magnesium depletion, though 'deplete magnesium' is", async () => {
    // (The first was `supported`, on bbb09f2 too: one sense of "take" is "deplete", whose noun names the
    // deficiency in "magnesium depletion". A blind set's miss showed it.)
    await expectUnverified(magnesium, ["Taking magnesium increases the risk of heart arrhythmias."]);
    await expectAnswers(
      magnesium,
      [
        ["Diuretics deplete magnesium.", "supported", "diuretics-cause-hypomagnesaemia"],
        ["Taking magnesium won't prevent migraines.", "refuted", "magnesium-supplements-prevent-migraine"],
      ],
      3,
    );
  });
});

describe("/v1/check on the metformin and vitamin C domains: an aside of 'no', the people a name qualifies", () => {
  let metformin: Harness;
  let vitaminC: Harness;
  beforeAll(async () => {
    metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    vitaminC = await startDomainApp("tests/check-eval/vitamin-c.ndjson");
  });

  it("reads ', no insulin or sulfonylurea,' as an aside (without them), not a denial of the clause", async () => {
    // (The first was `supported`, on bbb09f2 too: the aside's "no" denied the clause. A blind set found it.)
    await expectAnswers(
      metformin,
      [
        [
          "Heard that metformin alone, no insulin or sulfonylurea, can still cause hypos.",
          "refuted",
          "metformin-causes-hypoglycaemia-on-its-own",
        ],
        [
          "Metformin alone, no insulin or sulfonylurea, does not cause hypos.",
          "supported",
          "metformin-causes-hypoglycaemia-on-its-own",
        ],
      ],
      3,
    );
  });

  it("takes 'cancer patients' as the people, not cancer: 'helps cancer patients feel better' is no claim that it treats cancer", async () => {
    // (It was `refuted` against "IV vitamin C cures cancer", on bbb09f2 too. A blind set found it.)
    await expectUnverified(vitaminC, ["IV vitamin C might help cancer patients feel better day to day."]);
    await expectAnswers(vitaminC, [["IV vitamin C cures cancer.", "refuted", "intravenous-vitamin-c-cures-cancer"]], 3);
  });
});

describe("/v1/check on the seed: ', it's not …' after a comma opens a clause", () => {
  let harness: Harness;
  beforeAll(async () => {
    ({ harness } = await startNodeApp());
  });

  it("reads ', it's not enhancing it' as a clause of its own, as ', it doesn't enhance it' is", async () => {
    // (It was `unverified`: "it's not" was read into the clause before, a denial set against a contrary.)
    await expectAnswers(
      harness,
      [
        [
          "Stablon actually inhibits serotonin reuptake, it's not enhancing it.",
          "refuted",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check on the omega-3, caffeine and melatonin domains: where an ailment happens, a brand's words, an answer of assent", () => {
  let omega3: Harness;
  let caffeine: Harness;
  let melatonin: Harness;
  let lithium: Harness;
  beforeAll(async () => {
    omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    melatonin = await startDomainApp("tests/check-eval/melatonin.ndjson");
    lithium = await startDomainApp("tests/check-eval/lithium.ndjson");
  });

  it("takes 'bleeding in the brain' as narrower than the bleeding a claim says, but not 'in the brain' of what a drug does", async () => {
    // (It was `supported` by "icosapent ethyl increases the risk of bleeding", on bbb09f2 too. A blind set found it.)
    await expectUnverified(omega3, ["I read that Vascepa can cause bleeding in the brain."]);
    await expectAnswers(
      omega3,
      [["Vascepa can cause bleeding.", "supported", "icosapent-ethyl-increases-risk-of-bleeding"]],
      3,
    );
  });

  it("says a word of a brand's name again only as itself: 'taurine' is no word of 'Red Bull'", async () => {
    // (It was `supported` by "energy drinks contain caffeine", on bbb09f2 too: WordNet's adjective "taurine"
    // is akin to "bull". A blind set found it.)
    await expectUnverified(caffeine, [
      "Red Bull contains taurine, not just caffeine.",
      "Red Bull contains lots of taurine and caffeine.",
    ]);
    await expectAnswers(caffeine, [["Red Bull contains caffeine.", "supported", "energy-drinks-contain-caffeine"]], 3);
    // (A kind of a name's word still says it again: "lead or mercury" of "heavy metal".)
    await expectAnswers(
      lithium,
      [["Lithium is a toxic heavy metal, like lead or mercury.", "refuted", "lithium-is-a-heavy-metal"]],
      3,
    );
  });

  it("takes '…, but it's not' after a report back, as '…, but it isn't' is", async () => {
    // (It was `supported`, on bbb09f2 too: the contracted "it's not" was no taking back, and the report's
    // assertion was checked. A blind set found it.)
    await expectUnverified(omega3, ["People keep saying DHA is an omega-3 but it's not."]);
  });

  it("reads 'No doubt about it.' after a question as a yes", async () => {
    // (It was `unverified`: the answer was one more assertion the store lacks. A blind set found it.)
    await expectAnswers(
      melatonin,
      [
        [
          "Does bright light at night suppress melatonin? No doubt about it.",
          "supported",
          "light-suppresses-melatonin",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check on the paracetamol domain: one name said to be in another", () => {
  let paracetamol: Harness;
  beforeAll(async () => {
    paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
  });

  it("implies no predicate of two names joined by 'in', whose order does not say which holds which", async () => {
    // (It was `supported` by "co-codamol contains paracetamol", on bbb09f2 too: the implied predicate
    // read the pair in its written order. A blind set found it.)
    await expectUnverified(paracetamol, ["Is there co-codamol in Panadol?"]);
    await expectAnswers(
      paracetamol,
      [["Is there paracetamol in co-codamol?", "supported", "co-codamol-contains-paracetamol"]],
      3,
    );
  });
});

describe("/v1/check from the blind rounds of December 6: a contrast at the head, sentences in lower case, a state left in (omega-3, creatine and magnesium domains, by import)", () => {
  let omega3: Harness;
  let creatine: Harness;
  let magnesium: Harness;
  beforeAll(async () => {
    omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    creatine = await startDomainApp("tests/check-eval/creatine.ndjson");
    magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
  });

  it("reads 'Unlike X, …' as '…, unlike X': the clause, and a thing set against it", async () => {
    // (Each was `unverified`: the thing set aside was read as one more name of the clause. A blind set found it.)
    await expectAnswers(
      omega3,
      [
        [
          "Unlike Lovaza, Vascepa does not raise LDL cholesterol.",
          "supported",
          "icosapent-ethyl-does-not-increase-ldl-cholesterol",
        ],
        [
          "unlike Lovaza, icosapent ethyl doesn't raise LDL",
          "supported",
          "icosapent-ethyl-does-not-increase-ldl-cholesterol",
        ],
        [
          "Unlike Lovaza, Vascepa raises LDL cholesterol.",
          "refuted",
          "icosapent-ethyl-does-not-increase-ldl-cholesterol",
        ],
      ],
      3,
    );
    // (Not where the thing goes on past its comma: what the clause is then is not read.)
    await expectUnverified(omega3, ["Unlike Lovaza, which raises it, Vascepa does not raise LDL cholesterol."]);
    await expectAnswers(
      harness,
      [
        [
          "Unlike SSRIs, tianeptine enhances serotonin reuptake.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        ["Unlike SSRIs, tianeptine blocks serotonin reuptake.", "refuted", "tianeptine-enhances-serotonin-reuptake"],
      ],
      3,
    );
  });

  it("gives no verdict where 'unlike X' sets the assertion against a thing the store says the same of", async () => {
    // (Each was `supported`, the trailing form on 92ecd70 too: the contrast says DHA is no omega-3, fish oil
    // lowers no triglycerides, SSREs treat no depression — what the store is against. A hostile probe found
    // seven.)
    await expectUnverified(omega3, [
      "Unlike DHA, ALA is an omega-3 fatty acid.",
      "ALA is an omega-3 fatty acid, unlike DHA.",
      "Unlike fish oil capsules, Vascepa lowers triglycerides.",
    ]);
    await expectUnverified(harness, [
      "Unlike SSREs, tianeptine is used to treat depression.",
      "Tianeptine is used to treat depression, unlike SSREs.",
    ]);
    await expectUnverified(creatine, ["Unlike protein powder, creatine is a dietary supplement."]);
    // (The answer says which claims the contrast is against, the one it rests on still first.)
    const { status, body } = await postCheck(omega3, "ALA is an omega-3 fatty acid, unlike DHA.", 3);
    expect(status).toBe(200);
    expect(body.matches[0]?.claimId).toBe("ala-is-an-omega-3-fatty-acid");
    expect(body.explanation).toMatch(
      /^The sentence sets what it says against a thing of which the store says the same \("dha-is-an-omega-3-fatty-acid"\), so it says what the store is against\. /,
    );
    // (Of a thing the store says otherwise of, or nothing, the contrast stands.)
    await expectAnswers(
      creatine,
      [
        [
          "Unlike anabolic steroids, creatine is just a dietary supplement.",
          "supported",
          "creatine-is-a-dietary-supplement",
        ],
      ],
      3,
    );
  });

  it("ends a sentence at a full stop before one written in lower case, as before a capital", async () => {
    // (Intl.Segmenter goes on past ". mine …": the second sentence's words were read as the first's.)
    await expectAnswers(
      creatine,
      [
        ["creatine causes hair loss. mine started thinning two months in", "refuted", "creatine-causes-hair-loss"],
        ["Creatine causes hair loss. Mine started thinning two months in.", "refuted", "creatine-causes-hair-loss"],
      ],
      3,
    );
    // (A scope said after the stop is still the sentence's own.)
    await expectUnverified(creatine, ["creatine causes hair loss. not in humans though."]);
  });

  it("reads 'leaves you constipated' as 'makes you constipated': a state left in, named by the object", async () => {
    // (Each was `unverified`: "leave" said what the claim does not. Four blind sets held one.)
    await expectAnswers(
      magnesium,
      [
        ["Milk of Magnesia can leave you constipated.", "refuted", "magnesium-hydroxide-does-not-cause-constipation"],
        [
          "Milk of Magnesia leaves you feeling constipated.",
          "refuted",
          "magnesium-hydroxide-does-not-cause-constipation",
        ],
        [
          "Good news, Milk of Magnesia won't leave you constipated.",
          "supported",
          "magnesium-hydroxide-does-not-cause-constipation",
        ],
      ],
      3,
    );
    // (Not a thing left as it was: no one is left in a state.)
    await expectUnverified(magnesium, ["Milk of Magnesia can leave constipation untreated."]);
  });

  it("takes 'literally', 'genuinely' as adverbs that leave an assertion as it is", async () => {
    await expectAnswers(
      creatine,
      [
        ["Creatine literally causes hair loss.", "refuted", "creatine-causes-hair-loss"],
        ["Creatine genuinely causes water retention.", "supported", "creatine-causes-water-retention"],
      ],
      3,
    );
  });
});

describe("/v1/check from the blind rounds of December 6: a 'no' said to another, a sentence taken back by the next (alcohol, omega-3, fluoride and nicotine domains, by import)", () => {
  let alcohol: Harness;
  let omega3: Harness;
  let fluoride: Harness;
  let nicotine: Harness;
  beforeAll(async () => {
    alcohol = await startDomainApp("tests/check-eval/alcohol.ndjson");
    omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    fluoride = await startDomainApp("tests/check-eval/fluoride.ndjson");
    nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
  });

  it("reads a 'No,' that opens a sentence answering no question as said to another, not as a denial of what follows", async () => {
    // ("No, alcohol improves sleep quality." was `supported`, on 92ecd70 too: its "no" denied the clause.
    // With a denial after it, "No, alcohol does NOT …" was held as a double negative.)
    await expectAnswers(
      alcohol,
      [
        ["No, alcohol improves sleep quality.", "refuted", "alcohol-does-not-improve-sleep-quality"],
        ["No, alcohol does NOT protect you from COVID-19.", "supported", "alcohol-prevents-covid-19"],
        ["lol no, alcohol doesn't improve sleep quality", "supported", "alcohol-does-not-improve-sleep-quality"],
        ["Nope, alcohol doesn't improve sleep quality.", "supported", "alcohol-does-not-improve-sleep-quality"],
        // ("No" as a determiner still denies; an answer to a question still answers it.)
        ["No alcohol improves sleep quality.", "supported", "alcohol-does-not-improve-sleep-quality"],
        ["Does alcohol protect against covid? No, it does not.", "supported", "alcohol-prevents-covid-19"],
      ],
      3,
    );
    await expectUnverified(alcohol, ["Does alcohol protect against covid? No, alcohol protects against covid."]);
  });

  it("gives no verdict on a sentence the next one takes back or sets right", async () => {
    // (Each was `refuted`, on 92ecd70 too: the first sentence was read as the writer's, the second as saying
    // nothing of the store's. A hostile probe found them.)
    await expectUnverified(omega3, [
      "Fish oil lowers your risk of dementia. No, it doesn't.",
      "Fish oil lowers your risk of dementia. It doesn't, according to the big trials.",
      "Fish oil lowers your risk of dementia. Other way round.",
      "Fish oil lowers your risk of dementia. Jk.",
      "Vascepa raises LDL. That's Lovaza, not Vascepa.",
      "Flaxseed contains DHA. It only has ALA.",
    ]);
    await expectUnverified(fluoride, [
      "fluoride prevents cavities. just not in adults.",
      "a brita jug removes fluoride. it doesn't, it's a carbon filter.",
    ]);
    // (Set right by "my bad", "correction:", "strike that", "turns out it isn't", "the opposite", "I take
    // that back", doubted by "apparently not", "or was it …?", "then again", mocked by "Sike": two more
    // probes, each `refuted` on 92ecd70.)
    await expectUnverified(omega3, [
      "Flaxseed contains DHA. My bad, that's fish oil.",
      "Vascepa raises LDL. Correction: Lovaza does.",
      "Vascepa raises LDL. Apparently not.",
      "vascepa raises ldl. or was it lovaza?",
      "Fish oil prevents atrial fibrillation. Strike that, high doses raise the risk.",
      "Fish oil prevents atrial fibrillation. Turns out it doesn't.",
      "Fish oil prevents atrial fibrillation. I take that back.",
      "Fish oil prevents atrial fibrillation. Then again, maybe I'm thinking of aspirin.",
      "Someone said Vascepa raises LDL. No, the opposite.",
      "Icosapent ethyl raises LDL cholesterol. Sike.",
    ]);
    // (An example set off by commas is said of the thing before it: the denial reaches past it.)
    await expectAnswers(
      omega3,
      [
        [
          "It's wrong to say fish oil, e.g. Omacor, prevents atrial fibrillation.",
          "supported",
          "omega-3-fatty-acids-reduce-risk-of-atrial-fibrillation",
        ],
      ],
      3,
    );
    // (A sentence that goes on to say something of its own takes nothing back.)
    await expectAnswers(
      omega3,
      [
        [
          "Vascepa does not raise LDL. It is a prescription omega-3.",
          "supported",
          "icosapent-ethyl-does-not-increase-ldl-cholesterol",
        ],
      ],
      3,
    );
  });

  it("reads 'Hard disagree.' after a report as rejecting it, 'I agree.' as endorsing it", async () => {
    // (With the report and the judgement two sentences, "hard disagree" was read as nothing: the report's
    // claim was checked as the writer's, `refuted` — a third probe found it.)
    const vitaminD = await startDomainApp("tests/check-eval/vitamin-d.ndjson");
    await expectAnswers(
      vitaminD,
      [
        [
          "my derm says sunscreen gives you vitamin D deficiency. hard disagree",
          "supported",
          "sunscreen-causes-vitamin-d-deficiency",
        ],
        [
          "My derm says sunscreen gives you vitamin D deficiency. I agree.",
          "refuted",
          "sunscreen-causes-vitamin-d-deficiency",
        ],
      ],
      3,
    );
    // (A reply that agrees or disagrees in more words than these leaves the report unjudged: no verdict.)
    await expectUnverified(vitaminD, [
      "My derm says sunscreen gives you vitamin D deficiency. Disagree, but she's the doctor.",
      "My derm says sunscreen gives you vitamin D deficiency. I'd love to agree.",
    ]);
  });

  it("reads 'every bit as harmful as' as 'just as harmful as'", async () => {
    // (It was `unverified`: "bit" said what the claim does not. Three blind sets held one.)
    await expectAnswers(
      nicotine,
      [
        ["vaping is every bit as harmful as smoking", "refuted", "vaping-is-as-harmful-as-smoking"],
        ["Vaping isn't every bit as harmful as smoking.", "supported", "vaping-is-as-harmful-as-smoking"],
      ],
      3,
    );
  });
});

describe("/v1/check from the probes of December 6's second stop: a participle of a phrase of its own, a name no joined claim accounts for, a text that says a claim both ways (metformin, statins and sugar domains, by import)", () => {
  let metformin: Harness;
  let statins: Harness;
  let sugar: Harness;
  beforeAll(async () => {
    metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    statins = await startDomainApp("tests/check-eval/statins.ndjson");
    sugar = await startDomainApp("tests/check-eval/sugar.ndjson");
  });

  it("reads a word of lowering inside a phrase before the verb as saying which of the subject, not as turning the verb round", async () => {
    // (Each was `refuted` on d163cb2: "reduced" of "reduced kidney function" turned "can cause" round.)
    await expectAnswers(
      metformin,
      [
        [
          "It's not that metformin damages the kidneys; it's that with badly reduced kidney function it can cause lactic acidosis.",
          "supported",
          "metformin-increases-risk-of-lactic-acidosis-in-kidney-disease",
        ],
        [
          "Metformin with reduced kidney function can cause lactic acidosis.",
          "supported",
          "metformin-increases-risk-of-lactic-acidosis-in-kidney-disease",
        ],
      ],
      3,
    );
    // (A word of less that the verb governs still turns it round.)
    await expectUnverified(metformin, ["Metformin makes lactic acidosis less likely."]);
  });

  it("gives no verdict when a name joined to the subject is not the only name the claim leaves unaccounted for", async () => {
    // (It was `supported` on d163cb2, through "ezetimibe lowers LDL": only the first such name, "statins",
    // was weighed, and the store says the same of statins — "HMG-CoA reductase" went unread.)
    await expectUnverified(statins, [
      "Both ezetimibe and statins lower bad cholesterol by blocking HMG-CoA reductase.",
    ]);
    await expectAnswers(
      statins,
      [["Both ezetimibe and statins lower bad cholesterol.", "supported", "ezetimibe-reduces-ldl-cholesterol"]],
      3,
    );
  });

  it("gives no verdict on a text that says a claim one way and then the other", async () => {
    // (Each was `refuted` on d163cb2: the first clause's denial was the claim's best alignment, the second
    // clause's assertion went unread. A blind set held the first.)
    await expectUnverified(sugar, [
      "Quick q for the nutrition nerds: my cousin says white sugar isn't a carb because it's 'just sweet'. It is a carbohydrate though, right? Sucrose is literally a sugar molecule.",
      "My cousin says white sugar isn't a carb. It is, though.",
      "White sugar isn't a carb. But it is a carbohydrate.",
      "White sugar isn't a carb. Sucrose is a carbohydrate though.",
    ]);
    await expectAnswers(sugar, [["Sucrose is a carbohydrate.", "supported", "sucrose-is-a-carbohydrate"]], 3);
    // (A sentence after that says a claim of its own in full, with "though", takes nothing back.)
    await expectAnswers(
      statins,
      [
        [
          "Ezetimibe isn't a statin. It does lower LDL cholesterol, though.",
          "supported",
          "ezetimibe-reduces-ldl-cholesterol",
        ],
      ],
      3,
    );
  });

  it("reads an 'It' after a report as the name the report opens with", async () => {
    // (It was no one's: after "My cousin says", the sentence before named two things and opened with
    // neither. A fourth probe's "… . It is a carbohydrate though, right?" found it.)
    const res = await postCheck(sugar, "My cousin says white sugar is sweet. It is a carbohydrate.", 3);
    expect(res.body.matches[0].claimId).toBe("sucrose-is-a-carbohydrate");
    expect(res.body.matches[0].alignment.subject.words).toBe("it");
  });
});

describe("/v1/check from the blind rounds of December 6's second stop: a verb of besting, an answer with its label (nicotine, aspirin and seed domains)", () => {
  it("reads 'X beats Y' as 'X works better than Y', not a heart's beats", async () => {
    // (Each was `unverified` on d163cb2: "beats" said what the claim does not. Eight blind sets held one.)
    const nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
    await expectAnswers(
      nicotine,
      [
        ["Champix beats Zyban for quitting smoking.", "supported", "varenicline-more-effective-than-bupropion"],
        [
          "Zyban beats Champix when it comes to actually quitting.",
          "refuted",
          "varenicline-more-effective-than-bupropion",
        ],
      ],
      3,
    );
    await expectUnverified(nicotine, ["Nicotine makes your heart beat faster than Zyban."]);
    const aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    await expectAnswers(
      aspirin,
      [
        [
          "Aspirin outperforms warfarin at preventing strokes in people with atrial fibrillation.",
          "refuted",
          "warfarin-more-effective-than-aspirin",
        ],
      ],
      3,
    );
  });

  it("reads 'Short answer: no' after a question as a plain answer", async () => {
    // (Each was `unverified` on d163cb2: the ": no" was read as a judgement of what the text reports.)
    await expectAnswers(
      harness,
      [
        [
          "does tianeptine block dopamine reuptake? short answer: no",
          "supported",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
        [
          "Does tianeptine enhance serotonin reuptake? The short answer is no.",
          "refuted",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        [
          "Does tianeptine enhance serotonin reuptake? tl;dr: yes.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ],
      3,
    );
    // (An answer that goes on is no plain answer: each was `refuted` on d163cb2, the question's assertion
    // checked and the answer read as nothing — a probe found them.)
    const nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
    await expectUnverified(nicotine, ["Does nicotine itself cause lung cancer? Short answer: no, the smoke does."]);
    await expectUnverified(harness, [
      "Does tianeptine block dopamine uptake? Short answer: no, it blocks noradrenaline uptake instead.",
    ]);
  });
});

describe("/v1/check from the probes of December 6's second stop: an 'it' after two names joined, a treatment given for (seed, probiotics and lithium domains)", () => {
  it("reads no 'it' as one of two names joined by 'and' before it", async () => {
    // (Each was `refuted` on d163cb2: "It" stood for the first of the two. A fifth probe found them.)
    const probiotics = await startDomainApp("tests/check-eval/probiotics.ndjson");
    await expectUnverified(probiotics, [
      "Inulin and LGG are both sold for gut health. It is a probiotic.",
      "Inulin and LGG are both sold for gut health, and it is a probiotic.",
    ]);
    await expectUnverified(harness, [
      "Tianeptine and amineptine are chemically related. It is a dopamine reuptake inhibitor.",
    ]);
    // (One name before it still stands for it: both sentences are said, both supported.)
    await expectVerdicts(
      async (text) => (await postCheck(harness, text, 3)).body.verdict,
      [["Tianeptine is chemically related to amineptine. It is not a dopamine reuptake inhibitor.", "supported"]],
    );
  });

  it("reads 'is prescribed for', 'is used for', 'is given for' a condition as treating it", async () => {
    // (Each was `unverified` on d163cb2: a domain's "treats" has its slug for phrasing, and "prescribed"
    // said what the claim does not. Three blind sets held one.)
    const lithium = await startDomainApp("tests/check-eval/lithium.ndjson");
    await expectAnswers(
      lithium,
      [
        ["Lithium is prescribed for acute mania.", "supported", "lithium-treats-mania"],
        ["Lithium is used for acute mania.", "supported", "lithium-treats-mania"],
        ["Lithium is given for acute mania.", "supported", "lithium-treats-mania"],
      ],
      3,
    );
    // (What it is given for is why someone takes it: a refuted claim of curing does not refute that.)
    const vitaminC = await startDomainApp("tests/check-eval/vitamin-c.ndjson");
    await expectUnverified(vitaminC, ["Vitamin C is taken for colds."]);
    await expectAnswers(vitaminC, [["Vitamin C is prescribed for scurvy.", "supported", "vitamin-c-treats-scurvy"]], 3);
    // (Not of what is no condition: "used for" batteries is no treatment.)
    await expectVerdicts(
      async (text) => (await postCheck(lithium, text, 3)).body.verdict,
      [],
      ["Lithium is used for batteries."],
    );
  });
});

describe("/v1/check from the probes and blind rounds of December 6's third stop: the verdict words and labels of myth-busting pages, a question and answer written out, 'with no', a scope of many words, a participle in a name, 'Yes, it does.', a kind the store does not hold, an example it does not, a verb said again of another name, an emoji beside a 'Nope' (sugar, aspirin, antihistamines, caffeine, salt, lithium and statins domains, by import)", () => {
  it("reads 'Busted!' after a claim as judging it, and gives no verdict", async () => {
    // (It was `refuted` on 3db4a4f, the refuted claim asserted and the verdict word read as nothing: the
    // writer says the claim is false, which the store supports. A probe of myth-busting formats found it;
    // "Busted: …" before it, then `refuted` too, denies it: below.)
    const sugar = await startDomainApp("tests/check-eval/sugar.ndjson");
    await expectUnverified(sugar, [
      "Eating sugar makes cancer grow faster. Busted!",
      "Sugar makes kids hyperactive. Debunk that one, please: pseudoscience.",
    ]);
    // (A verdict word of assent changes nothing: the claim asserted is refuted.)
    await expectAnswers(
      sugar,
      [["Eating sugar makes cancer grow faster. True!", "refuted", "free-sugars-speed-growth-of-cancer"]],
      3,
    );
  });

  it("reads 'Myth: X', 'False: X', 'Busted: X' as denying X, when nothing follows that may say it true after all", async () => {
    // (Each was `unverified` on 3db4a4f, the label read as a judgement whose object is not read.)
    const sugar = await startDomainApp("tests/check-eval/sugar.ndjson");
    await expectAnswers(
      sugar,
      [
        ["Myth: eating sugar makes cancer grow faster.", "supported", "free-sugars-speed-growth-of-cancer"],
        ["False: eating sugar makes cancer grow faster.", "supported", "free-sugars-speed-growth-of-cancer"],
        ["Busted: eating sugar makes cancer grow faster.", "supported", "free-sugars-speed-growth-of-cancer"],
        ["MYTH: sugar makes kids hyperactive.", "supported", "free-sugars-cause-hyperactivity-in-children"],
        ["Myth: Sugar causes tooth decay.", "refuted", "free-sugars-cause-tooth-decay"],
        ["Myth: sugar does not make kids hyperactive.", "refuted", "free-sugars-cause-hyperactivity-in-children"],
      ],
      3,
    );
    // (A sentence after it may uphold the myth; a label that asks, or numbers the myth, denies nothing.)
    await expectUnverified(sugar, [
      "Myth: sugar makes kids hyperactive. Truth: it really does.",
      "Myth: sugar makes kids hyperactive. Not a myth!",
      "Myth or fact: sugar makes kids hyperactive?",
      "Myth #2: sugar makes kids hyperactive.",
    ]);
  });

  it("reads the 'A:' of a question and answer written out as the answer's label", async () => {
    // (The first was `refuted` on 3db4a4f: the "A:" hid the answer, and the question's assertion was
    // checked as the writer's. A blind set held it.)
    const aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    await expectAnswers(
      aspirin,
      [
        [
          "Q: does low-dose aspirin push your blood pressure up? A: no, at low doses it doesn't raise BP.",
          "supported",
          "low-dose-aspirin-does-not-increase-blood-pressure",
        ],
        [
          "Q: does low-dose aspirin push your blood pressure up? A: no.",
          "supported",
          "low-dose-aspirin-does-not-increase-blood-pressure",
        ],
      ],
      3,
    );
    await expectUnverified(aspirin, ["Q: does low-dose aspirin push your blood pressure up? A: No, only in rats."]);
  });

  it("reads 'with no' as 'without', not as a denial of the clause", async () => {
    // (Both were `supported` on 3db4a4f — the refuted claim that antihistamines alone treat anaphylaxis
    // denied by the "no". A probe of numbers, doses and populations found the first.)
    const antihistamines = await startDomainApp("tests/check-eval/antihistamines.ndjson");
    await expectAnswers(
      antihistamines,
      [
        [
          "Antihistamine tablets on their own, with no EpiPen, are enough to treat a severe allergic reaction.",
          "refuted",
          "antihistamines-alone-treat-anaphylaxis",
        ],
        [
          "Antihistamines on their own, with no adrenaline, treat anaphylaxis.",
          "refuted",
          "antihistamines-alone-treat-anaphylaxis",
        ],
      ],
      3,
    );
    await expectUnverified(antihistamines, ["Antihistamines treat hives with no drowsiness."]);
  });

  it("holds a scope the claim does not state unless each of its words is the claim's own", async () => {
    // (Both were `supported` on 3db4a4f: "fruit" is, to WordNet, derived from "taken", a word of one of the
    // claim's wordings, and that one word excused the whole scope. A blind set held the first.)
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectUnverified(caffeine, [
      "Headline: Caffeine disrupts sleep in fruit flies, genetics lab reports",
      "Caffeine disrupts sleep in fruit bats, researchers say.",
    ]);
  });

  it("meets a name's participle only by itself: 'raises blood pressure' is no 'raised blood pressure'", async () => {
    // (The first and the third were `unverified` on 3db4a4f: "raises blood pressure" was read as a form of
    // hypertension's alias "raised blood pressure", and neither the claim about blood pressure nor the one
    // about hypertension's risk said it; with "your" between, the second was read right. A blind set held
    // the like.)
    const salt = await startDomainApp("tests/check-eval/salt.ndjson");
    await expectAnswers(
      salt,
      [
        ["Salt raises blood pressure.", "supported", "salt-increases-blood-pressure"],
        ["Eating lots of salt raises your blood pressure.", "supported", "salt-increases-blood-pressure"],
        ["Salt doesn't raise blood pressure.", "refuted", "salt-increases-blood-pressure"],
      ],
      3,
    );
  });

  it("reads 'Yes, it does.' after a yes/no question as a plain yes", async () => {
    // (Each was `unverified` on 3db4a4f, the answer read as a sentence the store does not hold. A blind set
    // held the first.)
    const salt = await startDomainApp("tests/check-eval/salt.ndjson");
    await expectAnswers(
      salt,
      [
        [
          "is it true a high-salt diet ups your risk of gastric cancer? yes, it does",
          "supported",
          "salt-increases-risk-of-stomach-cancer",
        ],
        [
          "Does a high-salt diet raise the risk of stomach cancer? Yes, it does.",
          "supported",
          "salt-increases-risk-of-stomach-cancer",
        ],
      ],
      3,
    );
    await expectUnverified(salt, [
      "Does a high-salt diet raise the risk of stomach cancer? Yes, it does, but only in Japan.",
    ]);
  });

  it("refutes nothing by saying the opposite of a class's claim of a kind of it the store does not hold", async () => {
    // (The first was `refuted` on 3db4a4f, aspirin read through the lexicon as a kind of NSAID — and it is
    // the known exception. A probe of negation found it.)
    const lithium = await startDomainApp("tests/check-eval/lithium.ndjson");
    await expectUnverified(lithium, [
      "Aspirin doesn't raise lithium levels.",
      "Aspirin lowers lithium levels in people taking lithium.",
    ]);
    // (A member the store holds, by its own claim of class, still takes the class's claim both ways.)
    await expectAnswers(
      lithium,
      [
        [
          "Ibuprofen doesn't raise lithium levels in people taking lithium.",
          "refuted",
          "nsaids-increase-serum-lithium-level",
        ],
      ],
      3,
    );
  });

  it("backs a text only in part when it gives an example the store does not hold as one of the kind", async () => {
    // (The first was `supported` on 3db4a4f: the example was set aside unread, and ezetimibe is no statin.
    // A probe of class membership found it.)
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectUnverified(statins, [
      "Statins, including ezetimibe, lower the risk of heart attack.",
      "Statins, such as red yeast rice, lower LDL cholesterol.",
    ]);
    // (An example the store holds as a member is read as said; one in a text the store refutes leaves it refuted.)
    await expectAnswers(
      statins,
      [
        [
          "Statins, including atorvastatin, lower the risk of heart attack.",
          "supported",
          "statins-reduce-risk-of-heart-attack",
        ],
        ["Statins, including Lipitor, lower LDL cholesterol.", "supported", "statins-reduce-ldl-cholesterol"],
        ["Statins, such as ezetimibe, raise LDL cholesterol.", "refuted", "statins-reduce-ldl-cholesterol"],
      ],
      3,
    );
  });

  it("backs a text only in part when it says the verb again of another name ('…, but artificial sweeteners do')", async () => {
    // (The first was `supported` on 3db4a4f: a clause of a name and an auxiliary alone was read as saying
    // nothing. A probe of stored negatives and myths found it.)
    const sugar = await startDomainApp("tests/check-eval/sugar.ndjson");
    await expectUnverified(sugar, [
      "Eating sugar doesn't make cancer grow faster, but artificial sweeteners do.",
      "Eating sugar doesn't make cancer grow faster, but aspartame does.",
    ]);
    // (Said again of the same thing, it says nothing more.)
    await expectAnswers(
      sugar,
      [["Sugar causes tooth decay, it really does.", "supported", "free-sugars-cause-tooth-decay"]],
      3,
    );
  });

  it("reads a 'Nope' with an emoji beside it as it reads one without", async () => {
    // (The first was `refuted` on 3db4a4f: the emoji between "Nope" and what it says hid the writer's
    // rejection of the report, whose refuted claim was then checked as the writer's. A probe found it.)
    // (Since December 7's eleventh stop, a plain "Nope." judging a report denies it: see REPORT_JUDGED.)
    const antihistamines = await startDomainApp("tests/check-eval/antihistamines.ndjson");
    await expectUnverified(antihistamines, [
      'Article says "antihistamines cure hay fever". Nope 🙅 they only relieve the symptoms, they dont cure anything.',
    ]);
    for (const text of [
      "Article says antihistamines cure hay fever. Nope 🙅",
      "Article says antihistamines cure hay fever. Nope.",
    ])
      expect((await postCheck(antihistamines, text, 3)).body.verdict, text).toBe("supported");
    await expectAnswers(
      antihistamines,
      [["Antihistamines relieve hay fever symptoms 👍", "supported", "antihistamines-treat-allergic-rhinitis"]],
      3,
    );
  });
});

describe("/v1/check from the probes of December 6's fourth stop: a comparative past a 'not', a retraction labelled as an edit, names of other compounds, an abbreviation defined otherwise, a part of the body (nicotine, fluoride, antibiotics, omega-3, statins and seed domains, by import)", () => {
  it("reads a comparative past a 'not' after the object as the part set against the clause", async () => {
    // (The first was `supported` on e9d1013: the "less" of "not less hungry" turned the "makes" of the
    // clause, so the text was read as saying that nicotine lowers appetite. A probe of syntax found it.)
    const nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
    await expectAnswers(
      nicotine,
      [
        ["Nicotine makes you hungrier, not less hungry.", "refuted", "nicotine-reduces-appetite"],
        ["Nicotine makes you hungrier.", "refuted", "nicotine-reduces-appetite"],
      ],
      3,
    );
    await expectUnverified(nicotine, ["Nicotine makes you less hungry, not hungrier."]);
  });

  it("reads a retraction after an 'Edit:' label as it reads one without", async () => {
    // (The first was `refuted` on e9d1013: the label stood between the sentence and "scratch that", so the
    // retracted sentence was checked as the writer's. A probe of texts across sentences found it.)
    const fluoride = await startDomainApp("tests/check-eval/fluoride.ndjson");
    await expectUnverified(fluoride, [
      "Fluoride can give adults dental fluorosis. edit: scratch that, it can't, adult teeth are already formed.",
      "Fluoride can give adults dental fluorosis. EDIT: I take that back.",
      "Fluoride can give adults dental fluorosis. Edit 2: never mind.",
      "Fluoride can give adults dental fluorosis. PS: it doesn't.",
    ]);
    // (An edit that does not take it back leaves the text as it was.)
    await expectAnswers(
      fluoride,
      [
        [
          "Fluoride can give adults dental fluorosis. Edit: my dentist confirmed it.",
          "refuted",
          "fluoride-causes-dental-fluorosis-in-adults",
        ],
      ],
      3,
    );
  });

  it("reads no name in the name of another compound ('penicillamine', 'glutamine')", async () => {
    // (Both were `supported` on e9d1013: a long shared beginning made "penicillamine" a form of
    // "penicillin" and "glutamine" one of "glutamate". A probe of names found them.)
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    const penicillamine = await postCheck(antibiotics, "Penicillamine is a good treatment for strep throat.");
    expect(penicillamine.body).toMatchObject({ verdict: "no-match", matches: [] });
    await expectAnswers(
      antibiotics,
      [["Penicillin is a good treatment for strep throat.", "supported", "penicillin-treats-strep-throat"]],
      3,
    );
    const seed = (await startNodeApp()).harness;
    await expectUnverified(seed, ["Tianeptine acts by modulating glutamine levels in the brain."]);
    await expectAnswers(
      seed,
      [
        [
          "Tianeptine modulates glutamatergic transmission.",
          "supported",
          "tianeptine-modulates-glutamatergic-neurotransmission",
        ],
      ],
      3,
    );
  });

  it("reads no stored abbreviation that the text defines as other words ('Alpha-lipoic acid (ALA)')", async () => {
    // (The first was `supported` on e9d1013: "ALA" was read as alpha-linolenic acid's abbreviation, and
    // "alpha-lipoic" as a form of "alpha-linolenic". A probe of names found it.)
    const omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    await expectUnverified(omega3, [
      "Alpha-lipoic acid (ALA) is an omega-3 fatty acid.",
      "ALA (alpha lipoic acid) is an omega-3 fatty acid.",
    ]);
    await expectAnswers(
      omega3,
      [
        ["Alpha-linolenic acid (ALA) is an omega-3 fatty acid.", "supported", "ala-is-an-omega-3-fatty-acid"],
        ["ALA (alpha-linolenic acid) is an omega-3 fatty acid.", "supported", "ala-is-an-omega-3-fatty-acid"],
      ],
      3,
    );
  });

  it("reads a part of the body as narrowing a claim of the whole ('in the brain' for 'the body's levels')", async () => {
    // (The first was `supported` on e9d1013: "in the brain" was read as no scope, as it is of a claim
    // that names no part. A development set written this stop found it.)
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectUnverified(statins, [
      "Statins lower CoQ10 levels in the brain.",
      "Statins lower CoQ10 levels in the blood.",
    ]);
    await expectAnswers(
      statins,
      [
        ["Statins lower CoQ10 levels.", "supported", "statins-reduce-coenzyme-q10"],
        ["Statins lower CoQ10 levels in your body.", "supported", "statins-reduce-coenzyme-q10"],
      ],
      3,
    );
  });
});

describe("/v1/check from the development sets of December 6's fourth stop: being full of a thing, 'more likely to develop', those who take a thing, a number in words (omega-3, caffeine, statins and antibiotics domains, by import)", () => {
  it("reads 'is loaded with', 'packed with', 'full of', 'high in' as containing, asserted only", async () => {
    // (Each was `unverified` on e9d1013: no phrasing of an uncurated "contains" says them, and "loaded
    // with" read as a passive whose agent is the object.)
    const omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    await expectAnswers(
      omega3,
      [
        ["Linseed oil is loaded with alpha-linolenic acid.", "supported", "flaxseed-contains-ala"],
        ["Oil-rich fish are packed with omega-3s.", "supported", "oily-fish-contains-omega-3-fatty-acids"],
        ["Flaxseed is packed with DHA.", "refuted", "flaxseed-contains-dha"],
      ],
      3,
    );
    // ("Isn't loaded with" denies an amount, not the containing.)
    await expectUnverified(omega3, ["Flaxseed isn't loaded with DHA."]);
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        ["Coffee is loaded with caffeine.", "supported", "coffee-contains-caffeine"],
        ["Red Bull is full of caffeine.", "supported", "energy-drinks-contain-caffeine"],
      ],
      3,
    );
    await expectUnverified(caffeine, ["Caffeine is loaded with coffee."]);
  });

  it("reads 'more likely to develop' and those who take the subject as a claim of risk, said its way", async () => {
    // (The first two were `unverified` on e9d1013: "develop" was a word the claim does not say, and
    // "people on statins are more likely" no predicate.)
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectAnswers(
      statins,
      [
        [
          "Being on a statin makes you more likely to develop type 2 diabetes.",
          "supported",
          "statins-increase-risk-of-type-2-diabetes",
        ],
        [
          "People on statins are more likely to develop type 2 diabetes.",
          "supported",
          "statins-increase-risk-of-type-2-diabetes",
        ],
        ["People on statins are less likely to get heart attacks.", "supported", "statins-reduce-risk-of-heart-attack"],
        [
          "Statins make you less likely to develop type 2 diabetes.",
          "refuted",
          "statins-increase-risk-of-type-2-diabetes",
        ],
      ],
      3,
    );
    // (Who take a thing may be more likely to have what they take it for: said the other way, no verdict.)
    await expectUnverified(statins, [
      "People on statins are more likely to get heart attacks.",
      "People taking statins are less likely to get type 2 diabetes.",
      "People on statins are not more likely to develop type 2 diabetes.",
      // (With more said after it, which may explain the likelihood otherwise: a probe of this stop's rules.)
      "People on statins are more likely to develop type 2 diabetes, but they are also older and heavier.",
    ]);
  });

  it("reads a number said in words as the claim's in digits", async () => {
    // (The first was `unverified` on e9d1013: "eight" was a number the claim, which says "8", does not state.)
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [
        ["Doxycycline can stain the teeth of kids under eight.", "supported", "doxycycline-stains-teeth-in-children"],
        ["Doxy doesn't stain the teeth of children under eight.", "refuted", "doxycycline-stains-teeth-in-children"],
      ],
      3,
    );
    await expectUnverified(antibiotics, ["Doxycycline can stain the teeth of kids under nine."]);
  });

  it("reads advice to the reader after what it follows from as no assertion ('…, so keep an eye on it')", async () => {
    // (Each was `unverified` on e9d1013: the advice was read as words the claim does not say, or as a
    // part the store does not hold.)
    const omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    await expectAnswers(
      omega3,
      [
        [
          "Vascepa raises your LDL cholesterol, so keep an eye on it.",
          "refuted",
          "icosapent-ethyl-does-not-increase-ldl-cholesterol",
        ],
        [
          "Fish oil capsules don't contain harmful levels of mercury, so you can stop worrying.",
          "supported",
          "fish-oil-contains-harmful-levels-of-mercury",
        ],
        [
          "Fish oil lowers triglycerides. Talk to your doctor before starting it.",
          "supported",
          "omega-3-fatty-acids-reduce-triglycerides",
        ],
      ],
      3,
    );
    // (Advice that names a thing, or is on taking it, may say what the store does not hold.)
    await expectUnverified(omega3, [
      "Fish oil lowers triglycerides, so you should take fish oil for heart attacks.",
      "Fish oil lowers triglycerides, so you can't take it before surgery.",
    ]);
  });

  it("reads 'Despite what the labels say, X' and 'X, despite what the ads claim' as the writer's X", async () => {
    // (Both were `unverified` on e9d1013: the opening frame was read as belief refused, the closing one
    // as a word that speaks of the object.)
    const omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    await expectAnswers(
      omega3,
      [
        [
          "Despite what the labels say, EPA is not really an omega-3 fatty acid.",
          "refuted",
          "epa-is-an-omega-3-fatty-acid",
        ],
        [
          "Omega-3 supplements don't prevent atrial fibrillation, despite what the ads claim.",
          "supported",
          "omega-3-fatty-acids-reduce-risk-of-atrial-fibrillation",
        ],
        [
          "Contrary to what the ads claim, omega-3 supplements don't prevent atrial fibrillation.",
          "supported",
          "omega-3-fatty-acids-reduce-risk-of-atrial-fibrillation",
        ],
      ],
      3,
    );
    // ("Despite claims that X" still refuses X.)
    await expectUnverified(omega3, ["Despite claims that fish oil lowers triglycerides, it does not."]);
  });
});

describe("/v1/check from the blind rounds of December 6's fifth stop: too little of a thing, a phrasal verb of its own, the subject's claims ranked by their objects (vitamin D, vitamin C, metformin, zinc, melatonin, caffeine and omega-3 domains, by import)", () => {
  it("reads 'not getting enough X', 'too little X', 'low on X' and 'short of X' as the store's name of X's shortage", async () => {
    // (Each was `unverified` on d8f79dc: the shortage's entity was not named, so its claims were not read.
    // The negation inside the name denies nothing.)
    const vitaminD = await startDomainApp("tests/check-eval/vitamin-d.ndjson");
    await expectAnswers(
      vitaminD,
      [
        ["Not getting enough vitamin D gives kids rickets.", "supported", "vitamin-d-deficiency-causes-rickets"],
        ["Too little vitamin D causes rickets in children.", "supported", "vitamin-d-deficiency-causes-rickets"],
        ["Too little vitamin D never causes rickets.", "refuted", "vitamin-d-deficiency-causes-rickets"],
      ],
      3,
    );
    const vitaminC = await startDomainApp("tests/check-eval/vitamin-c.ndjson");
    await expectAnswers(
      vitaminC,
      [["Not getting enough vitamin C gives you scurvy.", "supported", "vitamin-c-deficiency-causes-scurvy"]],
      3,
    );
    const metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    await expectAnswers(
      metformin,
      [
        [
          "Sadly, long-term use of Glumetza can leave you short of vitamin B12.",
          "supported",
          "metformin-increases-risk-of-vitamin-b12-deficiency",
        ],
      ],
      3,
    );
    // (Enough of it from one source is no shortage the store names a claim of.)
    const zinc = await startDomainApp("tests/check-eval/zinc.ndjson");
    await expectUnverified(zinc, ["You can't get enough zinc from a vegan diet."]);
    await expectAnswers(
      zinc,
      [
        [
          "My nurse said cuts heal more slowly when your body is short on zinc.",
          "unverified",
          "zinc-deficiency-impairs-wound-healing",
        ],
        // (With the verb of coming to it: a probe of this stop's readings.)
        ["Running low on copper can leave you anaemic.", "supported", "copper-deficiency-causes-anaemia"],
      ],
      3,
    );
  });

  it("does not read the verb of a phrasal verb with a meaning of its own as an opposite ('end up')", async () => {
    // ("Kids with low vitamin D can end up with rickets" was `refuted` on d8f79dc: "end", the opposite of
    // a beginning, which a cause is in the lexicon, was set against "causes".)
    const vitaminD = await startDomainApp("tests/check-eval/vitamin-d.ndjson");
    await expectUnverified(vitaminD, [
      "Kids with low vitamin D can end up with rickets.",
      "Kids who don't get enough vitamin D can end up with rickets.",
    ]);
    // ("Slows down" is "slows": still the opposite of "increases … clearance".)
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [["Smoking slows down the clearance of caffeine.", "refuted", "smoking-increases-caffeine-clearance"]],
      3,
    );
  });

  it("lists first, among the subject's claims, the one whose object the text says", async () => {
    // (On d8f79dc the subject's claims came in the order of their ids, and the claim meant was not among
    // the first three.)
    const melatonin = await startDomainApp("tests/check-eval/melatonin.ndjson");
    await expectAnswers(
      melatonin,
      [["Is melatonin a vitamin? No, it's a hormone.", "unverified", "melatonin-is-a-hormone"]],
      3,
    );
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        [
          "Non-smokers get rid of caffeine faster than smokers do.",
          "unverified",
          "smoking-increases-caffeine-clearance",
        ],
        [
          "If you're on the birth control pill, caffeine sticks around in your system longer, so go easy on it.",
          "unverified",
          "oral-contraceptives-decrease-caffeine-clearance",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check from December 6's sixth stop: a treatment given for a thing said actively, an antidote, 'but' before a clause of its own (antihistamines, paracetamol and metformin domains, by import; the seed)", () => {
  it("reads 'Doctors give X for Y', 'X is what you take for Y' and 'the antidote for Y' as what X is given for", async () => {
    // (Each was `unverified` on f9a40d5: only "is given for", "is prescribed for" were read.)
    const antihistamines = await startDomainApp("tests/check-eval/antihistamines.ndjson");
    await expectAnswers(
      antihistamines,
      [
        ["Doctors usually give antihistamines for hives.", "supported", "antihistamines-treat-hives"],
        ["Antihistamines are what you take for hives.", "supported", "antihistamines-treat-hives"],
        [
          "Doctors prescribe Bonjesta for morning sickness.",
          "supported",
          "doxylamine-pyridoxine-treats-nausea-and-vomiting-of-pregnancy",
        ],
        // (What it is given for, denied, refutes nothing the references show of its effect.)
        ["Doctors don't give antihistamines for hives.", "unverified", "antihistamines-treat-hives"],
      ],
      3,
    );
    const paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
    await expectAnswers(
      paracetamol,
      [
        ["NAC is the antidote for a Tylenol overdose.", "supported", "acetylcysteine-treats-paracetamol-overdose"],
        [
          "Acetylcysteine is not an antidote to a Tylenol overdose.",
          "refuted",
          "acetylcysteine-treats-paracetamol-overdose",
        ],
      ],
      3,
    );
  });

  it("does not read the 'give' of what a thing is given for as a cause set against its relief", async () => {
    // (Both were `refuted` on f9a40d5 — "gives" read as causing pain, the opposite of "relieves pain" — the
    // second found by this stop's probe of its own readings.)
    const paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
    await expectAnswers(
      paracetamol,
      [
        ["Paracetamol is given for pain.", "supported", "paracetamol-treats-pain"],
        ["Doctors give paracetamol for mild to moderate pain.", "supported", "paracetamol-treats-pain"],
        // (A causative "gives" of the object itself is still read as one.)
        ["Paracetamol gives you pain.", "refuted", "paracetamol-treats-pain"],
      ],
      3,
    );
  });

  it("reads 'but' before a pronoun as opening a clause of its own, which may take back the one before", async () => {
    // (The first two were `supported` on f9a40d5, the clause that takes it back read as part of the first.)
    const antihistamines = await startDomainApp("tests/check-eval/antihistamines.ndjson");
    await expectUnverified(antihistamines, [
      "People take antihistamines for hives but they do nothing.",
      "Antihistamines help with hives but they do nothing.",
    ]);
    const metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    await expectAnswers(
      metformin,
      [
        [
          "People take metformin for type 2 but it does nothing for their blood sugar",
          "refuted",
          "metformin-reduces-blood-glucose",
        ],
      ],
      3,
    );
    const seed = (await startNodeApp()).harness;
    await expectAnswers(
      seed,
      [
        [
          "Tianeptine doesn't block dopamine reuptake but it does speed up serotonin reuptake.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check from December 6's seventh stop: a switch turned on or off, a phrasal verb of onset, next to none, kept from working, better at a doing, an emphatic close (metformin, caffeine, melatonin, lithium, paracetamol, omega-3, antibiotics, aspirin and creatine domains, by import; the seed)", () => {
  it("reads a verb of switching with 'on' as setting a thing going and with 'off' as stopping it", async () => {
    // (The metformin and caffeine ones were `unverified` on da0fca4: "switches" was a word the claim does
    // not say. "Shuts … off" was read already, as the phrasal verb WordNet knows.)
    const metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    await expectAnswers(
      metformin,
      [
        ["Metformin switches on AMPK.", "supported", "metformin-activates-ampk"],
        ["Metformin turns AMPK on.", "supported", "metformin-activates-ampk"],
        ["Glucophage works by switching AMPK off.", "refuted", "metformin-activates-ampk"],
        ["Metformin doesn't switch on AMPK.", "refuted", "metformin-activates-ampk"],
      ],
      3,
    );
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        ["Caffeine switches off adenosine receptors.", "supported", "caffeine-antagonizes-adenosine-receptors"],
        [
          "Caffeine works by switching on adenosine receptors in the brain.",
          "refuted",
          "caffeine-antagonizes-adenosine-receptors",
        ],
      ],
      3,
    );
    const melatonin = await startDomainApp("tests/check-eval/melatonin.ndjson");
    await expectAnswers(
      melatonin,
      [["Valdoxan shuts the 5-HT2C receptors off.", "supported", "agomelatine-antagonizes-5-ht2c-receptor"]],
      3,
    );
    // (Other senses of the verbs set nothing going: turning out, turning on someone.)
    await expectUnverified(melatonin, [
      "Agomelatine turned out to activate melatonin receptors.",
      "My brain turned on me after agomelatine.",
    ]);
  });

  it("reads 'end up with' and 'come down with' as coming to have a thing, and 'leave you with a …' past its article", async () => {
    // (Each was `unverified` on da0fca4.)
    const metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    await expectAnswers(
      metformin,
      [["You can end up with kidney damage from metformin.", "refuted", "metformin-causes-kidney-damage"]],
      3,
    );
    const lithium = await startDomainApp("tests/check-eval/lithium.ndjson");
    await expectAnswers(
      lithium,
      [
        [
          "Getting dehydrated on lithium makes you more likely to end up with lithium toxicity.",
          "supported",
          "dehydration-increases-risk-of-lithium-toxicity",
        ],
        ["Lithium can leave you with an underactive thyroid.", "supported", "lithium-causes-hypothyroidism"],
      ],
      3,
    );
    const paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
    await expectAnswers(
      paracetamol,
      [["Paracetamol won't leave you with a stomach ulcer.", "supported", "paracetamol-does-not-cause-stomach-ulcers"]],
      3,
    );
    // (The "down" of coming down with a fever lowers nothing.)
    await expectUnverified(paracetamol, [
      "After a dose of Calpol my son still came down with a fever.",
      "Calpol, and then she came down with a fever.",
    ]);
  });

  it("reads 'hardly any', 'barely any' and 'hardly does anything' as none, and other weak words as weak", async () => {
    // (The "hardly" and "barely" ones were `unverified` on da0fca4: "hardly" was read as saying the assertion
    // only weakly. "Doesn't do anything to" was `refuted` already, as an implied predicate; it is now read
    // as "does nothing to".)
    const omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    await expectAnswers(
      omega3,
      [
        ["Flaxseed has hardly any ALA in it.", "refuted", "flaxseed-contains-ala"],
        ["Flaxseed has barely any ALA.", "refuted", "flaxseed-contains-ala"],
      ],
      3,
    );
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        ["Caffeine hardly does anything to your sleep.", "refuted", "caffeine-disrupts-sleep"],
        ["Caffeine doesn't do anything to your sleep.", "refuted", "caffeine-disrupts-sleep"],
      ],
      3,
    );
    // ("Hardly" before a verb, "hardly anyone believes": weak, or a report — no verdict.)
    await expectUnverified(caffeine, [
      "Caffeine hardly disrupts sleep.",
      "Hardly anyone believes it, but caffeine disrupts sleep.",
    ]);
  });

  it("reads what keeps a thing from working as lowering how well it works", async () => {
    // (Each was `unverified` on da0fca4: "stop" was no word of the claim's.)
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [
        [
          "Antibiotics stop the pill from working.",
          "refuted",
          "antibiotics-reduce-effectiveness-of-birth-control-pill",
        ],
        ["Antibiotics stop the pill working.", "refuted", "antibiotics-reduce-effectiveness-of-birth-control-pill"],
        [
          "Taking antibiotics doesn't stop the pill from working.",
          "supported",
          "antibiotics-reduce-effectiveness-of-birth-control-pill",
        ],
        [
          "Probiotics like Culturelle don't stop your antibiotics from working.",
          "supported",
          "probiotics-do-not-reduce-effectiveness-of-antibiotics",
        ],
      ],
      3,
    );
    // (What protects a thing keeps it from harm, not from working.)
    await expectUnverified(antibiotics, ["Antibiotics protect the pill from working."]);
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [["Caffeine stops painkillers from working.", "refuted", "caffeine-enhances-analgesic-efficacy"]],
      3,
    );
  });

  it("reads '…, full stop', '…, end of story', '…, case closed' and '. Period.' as the writer's emphasis", async () => {
    // (Each was `unverified` on da0fca4: the closing words were words the claim does not say.)
    const creatine = await startDomainApp("tests/check-eval/creatine.ndjson");
    await expectAnswers(
      creatine,
      [
        ["Creatine causes hair loss, end of story.", "refuted", "creatine-causes-hair-loss"],
        [
          "creatine causes hair loss, full stop. mine started thinning two months in",
          "refuted",
          "creatine-causes-hair-loss",
        ],
      ],
      3,
    );
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [["Antibiotics do not cure a cold. Period.", "supported", "antibiotics-cure-common-cold"]],
      3,
    );
    // (Not where the words say something: "puts a full stop to".)
    await expectUnverified(antibiotics, ["Penicillin puts a full stop to strep throat."]);
    const seed = (await startNodeApp()).harness;
    await expectAnswers(
      seed,
      [["FYI tianeptine is used as an antidepressant, full stop.", "supported", "ssre-used-as-antidepressants"]],
      3,
    );
  });

  it("reads 'better than Y at (or for) doing' as more effective at it", async () => {
    // (The first two were `unverified` on da0fca4: "better" said no dimension.)
    const aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    await expectAnswers(
      aspirin,
      [
        [
          "Aspirin is better than Coumadin for preventing stroke in atrial fibrillation.",
          "refuted",
          "warfarin-more-effective-than-aspirin",
        ],
        [
          "Warfarin is better than aspirin at preventing strokes in atrial fibrillation.",
          "supported",
          "warfarin-more-effective-than-aspirin",
        ],
      ],
      3,
    );
    // (Better at another doing, or better with no doing, says nothing of the claim.)
    await expectUnverified(aspirin, [
      "Warfarin is better than aspirin at preventing bleeding.",
      "Aspirin is better than warfarin in my opinion.",
    ]);
  });
});

describe("/v1/check from December 6's eighth stop: a conversion 'into', a verb of hindering 'from', 'end up' and 'become' as onset, a consequence joined by 'and you', keeping a thing from working, 'not only … but also' (vitamin D, aspirin, creatine, salt, metformin, statins, caffeine, alcohol and antibiotics domains, by import)", () => {
  it("reads 'turns X into Y' as 'converts X into Y'", async () => {
    // (Each decisive one was `unverified` on 9d806da: "turns" was a word the claim does not say.)
    const vitaminD = await startDomainApp("tests/check-eval/vitamin-d.ndjson");
    await expectAnswers(
      vitaminD,
      [
        ["The liver turns vitamin D into calcifediol.", "supported", "vitamin-d-is-converted-to-calcifediol-in-liver"],
        [
          "Vitamin D is turned into calcifediol in the liver.",
          "supported",
          "vitamin-d-is-converted-to-calcifediol-in-liver",
        ],
        [
          "The liver doesn't turn vitamin D into calcifediol.",
          "refuted",
          "vitamin-d-is-converted-to-calcifediol-in-liver",
        ],
        [
          "The kidneys turn calcidiol into calcitriol.",
          "supported",
          "calcifediol-is-converted-to-calcitriol-in-kidneys",
        ],
      ],
      3,
    );
    // (Into no thing the store names, or no "into" at all: no verdict.)
    await expectUnverified(vitaminD, [
      "The liver turns vitamin D into something else.",
      "Sunlight turns into heat on your skin.",
    ]);
  });

  it("reads any verb of hindering before 'from' and a doing as 'stops … from'", async () => {
    // (Each decisive one was `unverified` on 9d806da: the claim says "stops platelets from clumping".)
    const aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    await expectAnswers(
      aspirin,
      [
        ["ASA keeps your platelets from clumping together.", "supported", "aspirin-inhibits-platelet-aggregation"],
        ["Aspirin prevents platelets from clumping together.", "supported", "aspirin-inhibits-platelet-aggregation"],
        ["Aspirin doesn't keep platelets from clumping together.", "refuted", "aspirin-inhibits-platelet-aggregation"],
      ],
      3,
    );
    // (Protecting a thing from a doing is another verb; keeping it doing is no hindering.)
    await expectUnverified(aspirin, [
      "Aspirin protects platelets from clumping together.",
      "Aspirin keeps platelets clumping together.",
    ]);
    const salt = await startDomainApp("tests/check-eval/salt.ndjson");
    await expectAnswers(
      salt,
      [
        // ("Becoming" is a verb of onset, as "getting" is.)
        [
          "Morton Iodized Salt keeps you from becoming iodine deficient.",
          "supported",
          "iodised-salt-prevents-iodine-deficiency",
        ],
        [
          "Iodized salt doesn't stop you from becoming iodine deficient.",
          "refuted",
          "iodised-salt-prevents-iodine-deficiency",
        ],
      ],
      3,
    );
  });

  it("reads 'end up' before a state as coming to it, and 'take X and you'll …' as what X brings", async () => {
    // (Each decisive one was `unverified` on 9d806da: "end" was a word the claim does not say, and "and
    // you" made the sentence say it of more than creatine.)
    const creatine = await startDomainApp("tests/check-eval/creatine.ndjson");
    await expectAnswers(
      creatine,
      [
        ["You'll end up dehydrated from creatine.", "refuted", "creatine-causes-dehydration"],
        ["You won't end up dehydrated from creatine.", "supported", "creatine-causes-dehydration"],
        ["Take creatine and you'll get dehydrated.", "refuted", "creatine-causes-dehydration"],
        ["Take creatine and you'll end up dehydrated.", "refuted", "creatine-causes-dehydration"],
        ["Take creatine and you won't get dehydrated.", "supported", "creatine-causes-dehydration"],
      ],
      3,
    );
    // (Stopping it is another thing; two names joined are said of both.)
    await expectUnverified(creatine, [
      "Stop taking creatine and you'll get dehydrated.",
      "Creatine and caffeine will get you dehydrated.",
    ]);
    // (Before a thing named, too: a verb of onset after "take X and you".)
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectAnswers(
      statins,
      [
        ["Take a statin and you'll end up with dementia.", "refuted", "statins-cause-dementia"],
        ["Take statins and you won't get dementia.", "supported", "statins-cause-dementia"],
      ],
      3,
    );
    await expectUnverified(statins, [
      "Stop taking statins and you'll get dementia.",
      "Take statins and your doctor will get dementia.",
      "Take statins and you'll get dementia tests.",
    ]);
  });

  it("reads what keeps an enzyme or a receptor from working as inhibiting it, and 'keeps X working' as no hindering", async () => {
    // (The decisive ones were `unverified` on 9d806da; "Antibiotics keep the pill working" was `refuted`
    // there, read as keeping it from working.)
    const aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    await expectAnswers(
      aspirin,
      [
        ["Aspirin stops COX-1 from working.", "supported", "aspirin-inhibits-cox-1"],
        ["Aspirin doesn't stop COX-1 from working.", "refuted", "aspirin-inhibits-cox-1"],
      ],
      3,
    );
    await expectUnverified(aspirin, ["COX-1 stops aspirin from working."]);
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [["Caffeine stops adenosine receptors from working.", "supported", "caffeine-antagonizes-adenosine-receptors"]],
      3,
    );
    const alcohol = await startDomainApp("tests/check-eval/alcohol.ndjson");
    await expectUnverified(alcohol, ["Antabuse keeps aldehyde dehydrogenase working."]);
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectUnverified(antibiotics, ["Antibiotics keep the pill working."]);
    await expectAnswers(
      antibiotics,
      [
        [
          "Antibiotics keep the pill from working.",
          "refuted",
          "antibiotics-reduce-effectiveness-of-birth-control-pill",
        ],
      ],
      3,
    );
  });

  it("reads 'not only A but also B' as asserting A and B", async () => {
    // (Each decisive one was `unverified` on 9d806da: "only" was a word the claim does not say, and the
    // sentence one clause.)
    const metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    await expectParts(metformin, [
      [
        "Metformin not only switches on AMPK but also lowers your A1c.",
        "supported",
        ["metformin-activates-ampk", "metformin-reduces-hba1c"],
      ],
      [
        "Not only does metformin switch on AMPK, it also lowers your A1c.",
        "supported",
        ["metformin-activates-ampk", "metformin-reduces-hba1c"],
      ],
    ]);
    // (A "not only" with no more said after it is left as written.)
    await expectUnverified(metformin, [
      "Metformin not only lowers your A1c.",
      "Metformin raises your A1c, not only your weight.",
    ]);
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectAnswers(
      statins,
      [
        ["Ezetimibe is not only a statin but also blocks cholesterol absorption.", "refuted", "ezetimibe-is-a-statin"],
        // (Two classes: read as such already.)
        [
          "Lipitor is not only a statin but also an HMG-CoA reductase inhibitor.",
          "supported",
          "atorvastatin-is-a-statin",
        ],
      ],
      3,
    );
  });
});

describe("/v1/check from December 7's ninth stop: a correction 'X doesn't A Y, it B's it', 'does nothing for' and 'does wonders for', the writer's own story, the writer's word that it is so, an appositive's comma, a denial of how soon, a state left in, what keeps a thing from working, a plain adverb in a condition (seed, caffeine, lithium, sugar, alcohol, zinc, metformin and antibiotics domains, by import)", () => {
  it("reads a correction's pronouns as the two things named before it, and the contrary it denies as part of it", async () => {
    // (The decisive ones were `unverified` on 250d986: the comma did not end the denial's clause, and "them"
    // stood for nothing.)
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        [
          "Caffeine doesn't activate adenosine receptors, it blocks them.",
          "supported",
          "caffeine-antagonizes-adenosine-receptors",
        ],
        [
          "Caffeine doesn't activate adenosine receptors. It blocks them.",
          "supported",
          "caffeine-antagonizes-adenosine-receptors",
        ],
      ],
      3,
    );
    // ("It" for a plural, a denied verb that is no contrary of the claim's, a condition: no verdict.)
    await expectUnverified(caffeine, [
      "Caffeine doesn't activate adenosine receptors, it blocks it.",
      "Caffeine doesn't bind adenosine receptors, it blocks them.",
      "If you don't drink coffee, it blocks adenosine receptors.",
    ]);
    // (A contrary said of a claim that itself denies is no correction: "enhances it" is what no claim says.)
    const seed = (await startNodeApp()).harness;
    await expectAnswers(
      seed,
      [
        [
          "Tianeptine doesn't enhance serotonin reuptake, it blocks it.",
          "refuted",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ],
      3,
    );
    await expectUnverified(seed, ["Tianeptine doesn't block dopamine uptake, it enhances it."]);
  });

  it("reads 'does nothing for' and 'does wonders for' a condition as treating it, denied or said", async () => {
    // (Each decisive one was `unverified` on 250d986: "do" was no word of treatment. Where the store relates
    // the two in one way only, as glucose and hypoglycaemia, the denials were read through that relation.)
    const lithium = await startDomainApp("tests/check-eval/lithium.ndjson");
    await expectAnswers(
      lithium,
      [
        ["Lithium doesn't do anything for mania.", "refuted", "lithium-treats-mania"],
        ["Lithium does nothing for mania.", "refuted", "lithium-treats-mania"],
      ],
      3,
    );
    await expectUnverified(lithium, ["Lithium does nothing.", "Lithium does wonders for your mood."]);
    const sugar = await startDomainApp("tests/check-eval/sugar.ndjson");
    await expectAnswers(
      sugar,
      [
        ["Glucose does wonders for hypos.", "supported", "glucose-treats-hypoglycaemia"],
        ["Glucose does a lot for hypoglycaemia.", "supported", "glucose-treats-hypoglycaemia"],
      ],
      3,
    );
  });

  it("reads the writer's own story of taking a thing up, changing it or giving it up as no claim beside one", async () => {
    // (Each decisive one was `unverified` on 250d986: the story was what no stored claim says.)
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        ["My doctor put me on Vivarin yesterday. It's a stimulant.", "supported", "caffeine-is-a-cns-stimulant"],
        ["I switched to decaf because caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
        ["My GP took me off NoDoz. Caffeine disrupts sleep.", "supported", "caffeine-disrupts-sleep"],
      ],
      3,
    );
    // (What befell the writer otherwise, what the writer is sure of or realised, what for, a second
    // subject: each says what no claim says.)
    await expectUnverified(caffeine, [
      "Caffeine disrupts sleep. I cured my cancer with coffee.",
      "Caffeine disrupts sleep. I'm sure it cures cancer.",
      "Caffeine disrupts sleep. I realised coffee cures cancer.",
      "Caffeine disrupts sleep. I quit coffee for my heart.",
      "Caffeine disrupts sleep. I started it and it cured my cold.",
    ]);
  });

  it("reads the writer's word that it is so, and 'look it up', as no claim beside one", async () => {
    // (Each decisive one was `unverified` on 250d986.)
    const seed = (await startNodeApp()).harness;
    await expectAnswers(
      seed,
      [
        ["Coaxil is a serotonin reuptake enhancer. All of this is true.", "supported", "tianeptine-is-an-ssre"],
        [
          "My GP says Stablon speeds up serotonin reuptake. Checked it myself and she's right.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        ["Tianeptine is an SSRE. Look it up.", "supported", "tianeptine-is-an-ssre"],
      ],
      3,
    );
    // (Taken back, mocked, or said of another thing: no verdict.)
    await expectUnverified(seed, [
      "Coaxil is a serotonin reuptake enhancer. None of this is true.",
      "Tianeptine is an SSRE. Yeah, right.",
      "Tianeptine is an SSRE. Checked, tianeptine is an opioid too, it's true.",
    ]);
  });

  it("reads an appositive up to the comma that closes it, and a denial of how soon as no denial of the claim", async () => {
    // ("Caffeine, a methylxanthine, keeps you alert" was `unverified` on 250d986: the appositive ran on
    // past its comma into "keeps you". "Alcohol doesn't cause cirrhosis overnight" was `refuted` there, a
    // wrong answer probe 104 found: it denies how soon, not that alcohol causes it.)
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [["Caffeine, a methylxanthine, keeps you alert.", "supported", "caffeine-promotes-wakefulness"]],
      3,
    );
    await expectUnverified(caffeine, ["Caffeine, a depressant, keeps you alert."]);
    const alcohol = await startDomainApp("tests/check-eval/alcohol.ndjson");
    await expectUnverified(alcohol, [
      "Alcohol doesn't cause cirrhosis overnight; it takes years of heavy drinking to do it.",
      "Alcohol doesn't cause cirrhosis overnight.",
    ]);
    await expectAnswers(
      alcohol,
      [["Alcohol doesn't cause cirrhosis.", "refuted", "alcohol-causes-liver-cirrhosis"]],
      3,
    );
  });

  it("reads a state a thing leaves you in past words of how long, what keeps a thing from working past words after it, and a plain adverb in a condition", async () => {
    // (Each decisive one was `unverified` on 250d986: "leave" was a word the claim does not say when words
    // of how long stood before it; the words after "from working" were read as how; "genuinely" was a
    // word of the condition the claim does not state.)
    const zinc = await startDomainApp("tests/check-eval/zinc.ndjson");
    await expectAnswers(
      zinc,
      [
        [
          "Taking zinc pills at high doses for years can leave you copper deficient.",
          "supported",
          "zinc-causes-copper-deficiency",
        ],
        [
          "If you're genuinely zinc deficient, zinc tablets will help your wounds heal better.",
          "supported",
          "zinc-improves-wound-healing-in-zinc-deficiency",
        ],
      ],
      3,
    );
    // (A state no claim names; a condition of another kind, or one that denies the claim's group.)
    await expectUnverified(zinc, [
      "Taking zinc for years can leave you tired.",
      "If you're genuinely worried, zinc tablets will help your wounds heal better.",
      "Even if you're not really zinc deficient, zinc tablets will help your wounds heal better.",
    ]);
    const metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    await expectAnswers(
      metformin,
      [
        [
          "Being on metformin for years can leave you low on B12.",
          "supported",
          "metformin-increases-risk-of-vitamin-b12-deficiency",
        ],
      ],
      3,
    );
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [
        [
          "Alcohol stops antibiotics from working, as is widely believed.",
          "refuted",
          "alcohol-reduces-effectiveness-of-antibiotics",
        ],
      ],
      3,
    );
    // (The two the other way round: no verdict. "From working properly" is still kept from working: see the
    // tenth stop's tests.)
    await expectUnverified(antibiotics, ["Antibiotics stop alcohol from working."]);
  });
});

describe("/v1/check from December 7's tenth stop: kept from doing its job, a softened 'no', markers of talk, 'it's also', a floor and a hedge, chat's spellings, the research's word, 'a few cups' (statins, antibiotics, nicotine, caffeine, sugar, melatonin, salt and aspirin domains, by import)", () => {
  it("reads what keeps the object from doing its job, functioning or working properly as keeping it from working", async () => {
    // (Each decisive one was `unverified` on de84ba5: "doing its job" and "functioning" were no working, and
    // "properly" a word no claim says.)
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectAnswers(
      statins,
      [
        ["Statins keep HMG-CoA reductase from doing its job.", "supported", "statins-inhibit-hmg-coa-reductase"],
        ["Statins stop HMG-CoA reductase functioning.", "supported", "statins-inhibit-hmg-coa-reductase"],
        [
          "Ezetimibe stops HMG-CoA reductase from working properly.",
          "refuted",
          "ezetimibe-does-not-inhibit-hmg-coa-reductase",
        ],
      ],
      3,
    );
    // (A job kept doing, helped along, done badly, or someone else's: no verdict.)
    await expectUnverified(statins, [
      "Statins keep HMG-CoA reductase doing its job.",
      "Statins help HMG-CoA reductase do its job.",
      "Statins stop HMG-CoA reductase from working badly.",
    ]);
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [
        [
          "Antibiotics can stop the pill from working properly.",
          "refuted",
          "antibiotics-reduce-effectiveness-of-birth-control-pill",
        ],
      ],
      3,
    );
  });

  it("reads 'Not really.', 'Hardly.' and 'Not true.' after a question as its 'no', and 'yes' and 'sorry' as talk", async () => {
    // (Each decisive one was `unverified` on de84ba5: the softened answers took the question back, and "yes"
    // and "sorry" were words no claim says.)
    const nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
    await expectAnswers(
      nicotine,
      [
        ["Does smoking give you lung cancer? Not really.", "refuted", "smoking-causes-lung-cancer"],
        ["Does smoking give you lung cancer? Hardly.", "refuted", "smoking-causes-lung-cancer"],
        ["Does smoking give you lung cancer? Not true.", "refuted", "smoking-causes-lung-cancer"],
      ],
      3,
    );
    // (An answer that says more, or a "not really" after no question: no verdict.)
    await expectUnverified(nicotine, [
      "Does smoking give you lung cancer? Not really sure.",
      "Does smoking give you lung cancer? Hardly anyone knows.",
      "Smoking gives you lung cancer. Not really.",
    ]);
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [
        ["Yes, antibiotics kill bacteria.", "supported", "antibiotics-kill-bacteria"],
        ["Sorry, but antibiotics won't cure a cold.", "supported", "antibiotics-cure-common-cold"],
        ["Sorry but antibiotics won't cure a cold.", "supported", "antibiotics-cure-common-cold"],
        ["Antibiotics don't kill viruses, sorry.", "supported", "antibiotics-do-not-kill-viruses"],
      ],
      3,
    );
    // (A mock reason, a mock assent: no verdict.)
    await expectUnverified(antibiotics, [
      "Yes, because antibiotics kill viruses.",
      "Yep, antibiotics kill viruses, and I'm the Pope.",
    ]);
  });

  it("reads ', it's also …' as a clause of its own, and chat's short spellings as the words they stand for", async () => {
    // (Each decisive one was `unverified` on de84ba5: the second class was said in the first's clause, and
    // "ur" was a word no claim says.)
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [["Caffeine isn't only a stimulant, it's also a methylxanthine.", "supported", "caffeine-is-a-cns-stimulant"]],
      3,
    );
    await expectAnswers(
      caffeine,
      [["Caffeine isn't a stimulant, it's also a methylxanthine.", "refuted", "caffeine-is-a-cns-stimulant"]],
      3,
    );
    const salt = await startDomainApp("tests/check-eval/salt.ndjson");
    await expectAnswers(
      salt,
      [
        ["salt pushes up ur blood pressure", "supported", "salt-increases-blood-pressure"],
        ["does salt raise ur blood pressure?", "supported", "salt-increases-blood-pressure"],
      ],
      3,
    );
    await expectUnverified(salt, ["salt raises blood pressure in some ppl"]);
  });

  it("reads a floor ('at least a little') and the writer's hedge ('as far as I know', 'if I remember right') as no words of the claim's", async () => {
    // (Each decisive one was `unverified` on de84ba5: "least" said more than the claim, "as far as" made a
    // comparison, and "if I remember" a condition.)
    const sugar = await startDomainApp("tests/check-eval/sugar.ndjson");
    await expectAnswers(
      sugar,
      [
        [
          "Drinking soda every day raises your risk of type 2 diabetes, at least a little.",
          "supported",
          "sugar-sweetened-beverages-increase-risk-of-type-2-diabetes",
        ],
        [
          "Drinking soda every day raises your risk of type 2 diabetes, at least somewhat.",
          "supported",
          "sugar-sweetened-beverages-increase-risk-of-type-2-diabetes",
        ],
      ],
      3,
    );
    // (A slight degree with no floor, a number's floor: no verdict.)
    await expectUnverified(sugar, [
      "Drinking soda every day raises your risk of type 2 diabetes a little.",
      "Drinking at least 3 cans of soda a day raises your risk of type 2 diabetes.",
    ]);
    const melatonin = await startDomainApp("tests/check-eval/melatonin.ndjson");
    await expectAnswers(
      melatonin,
      [
        ["Valdoxan, as far as I know, is an antidepressant.", "supported", "agomelatine-is-an-antidepressant"],
        ["If I remember right, Valdoxan is an antidepressant.", "supported", "agomelatine-is-an-antidepressant"],
      ],
      3,
    );
    // (A condition of taking it: no verdict.)
    await expectUnverified(melatonin, ["Valdoxan is an antidepressant as long as you take it daily."]);
  });

  it("reads the research's word after a claim as a clause of its own, and 'a few cups' as a moderate amount", async () => {
    // (Each decisive one was `unverified` on de84ba5: "the trials agree" was said in the claim's clause, and
    // "a few" was a word no claim says.)
    const aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    await expectAnswers(
      aspirin,
      [
        ["Aspirin reduces fever, and the trials agree.", "supported", "aspirin-reduces-fever"],
        ["Aspirin brings a fever down and the research backs that up.", "supported", "aspirin-reduces-fever"],
      ],
      3,
    );
    // (Research said to show another thing: no verdict.)
    await expectUnverified(aspirin, ["Aspirin reduces fever, and the trials show it causes ulcers."]);
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        ["A few cups of coffee a day won't dehydrate you.", "supported", "coffee-causes-dehydration"],
        ["Drinking a few mugs of coffee a day will leave you dehydrated.", "refuted", "coffee-causes-dehydration"],
      ],
      3,
    );
    // (A few of what is no drink: no verdict.)
    await expectUnverified(caffeine, ["A few grams of coffee a day won't dehydrate you."]);
  });

  it("reads 'take X and it …' as said of X, 'overdo' and 'loads of' as a large amount, 'read somewhere' as a hedge, 'side effects include' as causing, 'get rid of' as one verb, and 'Sure, and …' after a claim as mockery", async () => {
    // (Each decisive one was `unverified` on de84ba5: "X and it" was two subjects, "overdo", "loads",
    // "somewhere", "include" and "rid" words no claim says. The mock assent was `supported` there, a wrong answer probe 108 found.)
    const aspirin = await startDomainApp("tests/check-eval/aspirin.ndjson");
    await expectAnswers(
      aspirin,
      [
        ["Take an aspirin and it brings a fever down.", "supported", "aspirin-reduces-fever"],
        ["Overdo the aspirin and it can give you tinnitus.", "supported", "aspirin-causes-tinnitus-at-high-doses"],
        ["Taking loads of aspirin can give you tinnitus.", "supported", "aspirin-causes-tinnitus-at-high-doses"],
        ["I read somewhere that aspirin brings a fever down.", "supported", "aspirin-reduces-fever"],
      ],
      3,
    );
    // (Two subjects said together, a mock assent after the claim: no verdict.)
    await expectUnverified(aspirin, [
      "Aspirin and it together bring a fever down.",
      "'Aspirin dissolves blood clots.' Sure, and ibuprofen regrows hair.",
      "Aspirin dissolves blood clots. Yeah, and I'm the Pope.",
      "Loads of people get tinnitus from aspirin.",
    ]);
    const nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
    await expectAnswers(
      nicotine,
      [["Chantix side effects include nausea.", "supported", "varenicline-causes-nausea"]],
      3,
    );
    // (An effect listed beside one no claim says: partial.)
    await expectUnverified(nicotine, ["Chantix side effects include nausea and headaches."]);
    const fluoride = await startDomainApp("tests/check-eval/fluoride.ndjson");
    await expectAnswers(
      fluoride,
      [
        ["Boiling tap water gets rid of the fluoride.", "refuted", "boiling-water-removes-fluoride"],
        ["Boiling tap water won't get rid of the fluoride.", "supported", "boiling-water-removes-fluoride"],
      ],
      3,
    );
  });
});

describe("/v1/check from December 7's eleventh stop: no part at all, a quotation judged, a mock retort, side effects named, no evidence, laughter, 'what they give you for', 'I'm sure' (iron, lithium, nicotine and statins domains, by import)", () => {
  it("reads 'has nothing to do with' as denying whatever the claim says of the two, either way round", async () => {
    // (Each decisive one but the plain causal one was `unverified` on 13b0029: "has nothing to do with" met
    // only a claim of causing, said in the claim's order, with no adverb in it.)
    const iron = await startDomainApp("tests/check-eval/iron.ndjson");
    await expectAnswers(
      iron,
      [
        [
          "Low iron has nothing to do with restless legs syndrome.",
          "refuted",
          "iron-deficiency-increases-risk-of-restless-legs-syndrome",
        ],
        [
          "Restless legs syndrome has basically nothing to do with iron deficiency.",
          "refuted",
          "iron-deficiency-increases-risk-of-restless-legs-syndrome",
        ],
        [
          "Heavy periods have absolutely nothing to do with iron-deficiency anaemia.",
          "refuted",
          "heavy-periods-cause-iron-deficiency-anaemia",
        ],
        ["Vitamin C has nothing to do with iron absorption.", "refuted", "vitamin-c-increases-iron-absorption"],
      ],
      3,
    );
    // (Less than no part, or a part of a third thing: no verdict.)
    await expectUnverified(iron, [
      "Heavy periods have little to do with iron-deficiency anaemia.",
      "Heavy periods have nothing to do with hair loss, but iron deficiency does.",
    ]);
    // (Of a claim that denies a cause it agrees; of one that denies one direction of an effect, it says more.)
    await expectAnswers(
      iron,
      [["Red meat has nothing to do with haemochromatosis.", "supported", "red-meat-does-not-cause-haemochromatosis"]],
      3,
    );
    const vitaminC = await startDomainApp("tests/check-eval/vitamin-c.ndjson");
    await expectUnverified(vitaminC, ["Vitamin C pills have nothing to do with your heart disease risk."]);
  });

  it("reads a quotation judged in the next sentence, in a word or by a mock retort, as the writer's assertion or denial", async () => {
    // (Each decisive one was `unverified` on 13b0029: the verdict was a sentence no claim says, or the retort
    // took the quotation back. "'X.' Nope." against a stored negative was `refuted` there, a wrong answer
    // probe 112 found, as were a quotation the writer goes on from and two quotations before one "True.")
    const lithium = await startDomainApp("tests/check-eval/lithium.ndjson");
    await expectAnswers(
      lithium,
      [
        ['"Lithium causes tremors." Correct.', "supported", "lithium-causes-tremor"],
        ['"Lithium causes tremors." Nope.', "refuted", "lithium-causes-tremor"],
        ["'Lithium causes tremors.' Sure, and pigs fly.", "refuted", "lithium-causes-tremor"],
        ["“Lithium is a heavy metal.” Yeah, and I'm the Pope.", "supported", "lithium-is-a-heavy-metal"],
        ["Does lithium cause tremors? Sure, Jan.", "refuted", "lithium-causes-tremor"],
        ["My cousin says lithium is a heavy metal. Myth.", "supported", "lithium-is-a-heavy-metal"],
      ],
      3,
    );
    await expectUnverified(lithium, [
      // (The writer going on in words of their own, two quotations before one verdict, another absurdity.)
      '"Lithium causes tremors." Not sure.',
      '"Lithium causes tremors." True, for some people.',
      '"Lithium is a mood stabiliser." "Lithium causes tremors." True.',
      '"Lithium causes tremors." Sure, and aspirin regrows hair.',
      // (Not quoted and not reported: the retort takes it back.)
      "Lithium causes tremors. Sure, and pigs fly.",
    ]);
    // (A quotation alone is what the writer asks about: checked as said.)
    await expectAnswers(lithium, [['"Lithium causes tremors."', "supported", "lithium-causes-tremor"]], 3);
    const iron = await startDomainApp("tests/check-eval/iron.ndjson");
    await expectAnswers(
      iron,
      [
        [
          "'Iron supplements do not treat pernicious anaemia.' Nope.",
          "refuted",
          "iron-supplements-do-not-treat-pernicious-anaemia",
        ],
      ],
      3,
    );
  });

  it("reads a side effect's usual kind, a denied list and 'side effects of X include' as causing", async () => {
    // (Each decisive one was `unverified` on 13b0029: "known", "don't include" and "side effects of … include"
    // were words no claim says.)
    const iron = await startDomainApp("tests/check-eval/iron.ndjson");
    await expectAnswers(
      iron,
      [
        [
          "Constipation is a well-known side effect of iron tablets.",
          "supported",
          "iron-supplements-cause-constipation",
        ],
        ["Black stools are a normal side effect of iron pills.", "supported", "iron-supplements-cause-black-stools"],
        ["Iron tablets' side effects don't include constipation.", "refuted", "iron-supplements-cause-constipation"],
        [
          "Common side effects of iron tablets include constipation.",
          "supported",
          "iron-supplements-cause-constipation",
        ],
      ],
      3,
    );
    // (How seldom, an effect listed beside one no claim says, another drug's side effect: no verdict.)
    await expectUnverified(iron, [
      "Constipation is a rare side effect of iron tablets.",
      "Side effects of iron tablets include constipation and hair loss.",
    ]);
  });

  it("reads one of a thing's side effects, said with the possessive, as causing, and 'something to do with' as no predicate", async () => {
    // (Each decisive one was `unverified` on 13b0029: the possessive was no agent, the two names the other way
    // round. "Does melatonin have anything to do with …?" was `supported` there, its predicate implied by
    // the two names — a wrong answer probe 113 found.)
    const magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
    await expectAnswers(
      magnesium,
      [
        ["Diarrhoea is one of Slow-Mag's main side effects.", "supported", "magnesium-supplements-cause-diarrhoea"],
        ["Loose stools aren't one of Slow-Mag's side effects.", "refuted", "magnesium-supplements-cause-diarrhoea"],
        [
          "Constipation isn't one of Milk of Magnesia's side effects.",
          "supported",
          "magnesium-hydroxide-does-not-cause-constipation",
        ],
      ],
      3,
    );
    const iron = await startDomainApp("tests/check-eval/iron.ndjson");
    await expectUnverified(iron, [
      "Do heavy periods have anything to do with iron-deficiency anaemia?",
      "Heavy periods have something to do with iron-deficiency anaemia.",
      "Heavy periods have a lot to do with iron-deficiency anaemia.",
    ]);
    await expectAnswers(
      iron,
      [
        [
          "Your heavy periods have nothing to do with your iron-deficiency anaemia.",
          "refuted",
          "heavy-periods-cause-iron-deficiency-anaemia",
        ],
      ],
      3,
    );
  });

  it("reads a word of less inside the subject's name as the name's, not the effect's", async () => {
    // ("Eating less salt brings your blood pressure down" was `refuted` on 13b0029: the "less" of the name
    // turned the causative verb round — a wrong answer probe 115 found.)
    const salt = await startDomainApp("tests/check-eval/salt.ndjson");
    await expectAnswers(
      salt,
      [
        ["Eating less salt brings your blood pressure down.", "supported", "salt-reduction-reduces-blood-pressure"],
        ["Eating less salt pushes your blood pressure up.", "refuted", "salt-reduction-reduces-blood-pressure"],
      ],
      3,
    );
  });

  it("reads a treatment's standing, asserted, as a treatment, and 'a course of X' as taking it", async () => {
    // (Each decisive one was `unverified` on 13b0029: "standard", "go-to" and "course" were words no claim says.)
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [
        ["Amoxicillin is a standard treatment for strep throat.", "supported", "penicillin-treats-strep-throat"],
        ["Penicillin is the go-to treatment for strep throat.", "supported", "penicillin-treats-strep-throat"],
        [
          "A course of antibiotics can leave you with C. diff.",
          "supported",
          "antibiotics-increase-risk-of-c-difficile-infection",
        ],
      ],
      3,
    );
    // (Its standing denied denies no treating.)
    await expectUnverified(antibiotics, ["Penicillin isn't the first-line treatment for strep throat any more."]);
  });

  it("reads 'there's no evidence that' as a denial, but not of a claim that itself denies", async () => {
    // (Each decisive one was `unverified` on 13b0029, where evidence said to be lacking took it back.)
    const iron = await startDomainApp("tests/check-eval/iron.ndjson");
    await expectAnswers(
      iron,
      [
        ["There's no evidence that tea reduces iron absorption.", "refuted", "tea-reduces-iron-absorption"],
        [
          "Honestly, there is zero evidence that coffee reduces iron absorption.",
          "refuted",
          "coffee-reduces-iron-absorption",
        ],
        [
          "No good evidence that iron tablets reduce fatigue in people whose iron levels are normal.",
          "supported",
          "iron-supplements-reduce-fatigue-with-normal-iron-levels",
        ],
      ],
      3,
    );
    // (Some evidence, a finding never made, or the evidence for what a stored negative denies: no verdict.)
    await expectUnverified(iron, [
      "There's some evidence that tea reduces iron absorption.",
      "Nobody has ever shown that tea reduces iron absorption.",
      "There's no evidence that red meat causes haemochromatosis.",
      "No good evidence iron tablets treat pernicious anaemia.",
    ]);
    const nicotine = await startDomainApp("tests/check-eval/nicotine.ndjson");
    await expectUnverified(nicotine, ["There is no evidence that varenicline makes people suicidal."]);
  });

  it("reads laughter as a marker of talk, 'what they give you for' as a treatment and 'I'm sure' as the writer's own word", async () => {
    // (Each decisive one was `unverified` on 13b0029: "lol", "haha", "you" and "sure" were words no claim says.)
    const iron = await startDomainApp("tests/check-eval/iron.ndjson");
    await expectAnswers(
      iron,
      [
        ["Tea reduces iron absorption lol", "supported", "tea-reduces-iron-absorption"],
        ["haha tea reduces iron absorption", "supported", "tea-reduces-iron-absorption"],
        [
          "Iron tablets are what they give you for iron-deficiency anaemia.",
          "supported",
          "iron-supplements-treat-iron-deficiency-anaemia",
        ],
      ],
      3,
    );
    // (A laugh with a mock assent, a treatment the store does not hold: no verdict.)
    await expectUnverified(iron, [
      "lol sure, tea reduces iron absorption, and pigs fly",
      "Iron tablets are what they give you for hair loss.",
    ]);
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectAnswers(
      statins,
      [["I'm sure statins lower LDL cholesterol.", "supported", "statins-reduce-ldl-cholesterol"]],
      3,
    );
    await expectUnverified(statins, ["I'm not sure statins lower LDL cholesterol."]);
  });
});

describe("/v1/check from December 7's twelfth stop: a report judged by its verb said again or by words that open the writer's own, a past belief of the writer's, an answer that goes on, a challenge answered, 'every day', advice to ask a clinician (antihistamines, creatine, magnesium, omega-3, antibiotics, alcohol and salt domains, by import)", () => {
  it("reads a report judged by its verb said again ('It doesn't.'), or by a verdict that opens the writer's own words, as denied or granted", async () => {
    // (Each decisive one was `unverified` on 6cd8b08: "It doesn't." took the report back, a verdict followed by
    // the writer's words was read as a judgement whose object the check does not read, and "at my gym" as a
    // scope of the claim.)
    const antihistamines = await startDomainApp("tests/check-eval/antihistamines.ndjson");
    await expectAnswers(
      antihistamines,
      [
        [
          "Everyone says Claritin in pregnancy causes birth defects. It doesn't.",
          "supported",
          "loratadine-in-pregnancy-causes-birth-defects",
        ],
        ["My doctor says cetirizine makes some people drowsy. It does.", "supported", "cetirizine-causes-drowsiness"],
        // (The writer's own past belief, judged now.)
        [
          "I used to think Sudafed was an antihistamine. I was wrong.",
          "supported",
          "pseudoephedrine-is-not-an-antihistamine",
        ],
        [
          "I used to think Sudafed was an antihistamine. Turns out it is.",
          "refuted",
          "pseudoephedrine-is-not-an-antihistamine",
        ],
      ],
      3,
    );
    // (A verdict granted only in part or under a condition, a past belief not judged: no verdict.)
    await expectUnverified(antihistamines, [
      "Everyone says Claritin causes birth defects. True, but only in the first trimester.",
      "Everyone says Claritin causes birth defects. Wrong, it only does in the first trimester.",
      "I used to think Sudafed was an antihistamine.",
    ]);
    const creatine = await startDomainApp("tests/check-eval/creatine.ndjson");
    await expectAnswers(
      creatine,
      [
        ["Everyone at my gym says creatine causes hair loss. It doesn't.", "supported", "creatine-causes-hair-loss"],
        ["I always thought creatine caused hair loss. Turns out it doesn't.", "supported", "creatine-causes-hair-loss"],
        [
          "My coach says creatine causes hair loss. Wrong, it doesn't cause hair loss.",
          "supported",
          "creatine-causes-hair-loss",
        ],
      ],
      3,
    );
    // (Research's scope is the finding's: "Studies in mice say …" is said of mice.)
    await expectUnverified(creatine, [
      "Studies in mice say creatine causes hair loss.",
      "I always thought creatine caused hair loss. Turns out it doesn't, at least not in young men.",
    ]);
  });

  it("reads an answer that goes on ('Not really, it doesn't …', 'Yep, same family.') and a challenge answered 'They don't.'", async () => {
    // ("Not really, …" was read as no answer on 6cd8b08, and the question checked as said: `refuted`, two
    // wrong answers probe 119 found. "Yep, same family." was a sentence no claim says; "Since when …?" and
    // "Who says …?" challenges whose answer the check did not read.)
    const magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
    await expectAnswers(
      magnesium,
      [
        [
          "Does magnesium sulfate stop preterm labor? Not really, it doesn't halt the contractions.",
          "supported",
          "magnesium-sulfate-does-not-stop-preterm-labour",
        ],
      ],
      3,
    );
    await expectUnverified(magnesium, ["Does magnesium sulfate stop preterm labor? Not really, only in rats."]);
    const omega3 = await startDomainApp("tests/check-eval/omega3.ndjson");
    await expectUnverified(omega3, [
      "Do omega-3 supplements lower your risk of dementia? Not really, studies keep coming up empty.",
    ]);
    const antibiotics = await startDomainApp("tests/check-eval/antibiotics.ndjson");
    await expectAnswers(
      antibiotics,
      [
        ["Is amoxicillin a penicillin? Yep, same family.", "supported", "amoxicillin-is-a-penicillin"],
        ["Do antibiotics cure a cold? They don't.", "supported", "antibiotics-cure-common-cold"],
        ["Since when do antibiotics cure a cold? They don't.", "supported", "antibiotics-cure-common-cold"],
        ["Who says antibiotics cure colds? They don't.", "supported", "antibiotics-cure-common-cold"],
      ],
      3,
    );
    // (A "yes" narrowed, a challenge left unanswered or answered otherwise: no verdict.)
    await expectUnverified(antibiotics, [
      "Is amoxicillin a penicillin? Yes, in kids.",
      "Since when do antibiotics cure a cold?",
      "Who says antibiotics cure colds? My GP does.",
    ]);
  });

  it("reads 'every day' as how often a thing is taken, 'every case' as more than a claim says, advice to ask a clinician as no assertion", async () => {
    // (On 6cd8b08 "every day" was read as "every case", and a universal held even of a refuted claim; advice
    // to ask a clinician, "loads", "fyi" were words no claim says.)
    const alcohol = await startDomainApp("tests/check-eval/alcohol.ndjson");
    await expectAnswers(
      alcohol,
      [
        ["Drinking every day prevents COVID.", "refuted", "alcohol-prevents-covid-19"],
        // (What shows the claim false shows false what says it of every case.)
        ["Alcohol prevents every case of COVID.", "refuted", "alcohol-prevents-covid-19"],
      ],
      3,
    );
    // (Said of every case, a claim the references back is not shown; denied of every case, nor is its denial.)
    await expectUnverified(alcohol, [
      "Alcohol causes every case of liver cirrhosis.",
      "Alcohol doesn't prevent every case of COVID.",
    ]);
    const antihistamines = await startDomainApp("tests/check-eval/antihistamines.ndjson");
    await expectAnswers(
      antihistamines,
      [
        [
          "Everyone says Claritin in pregnancy causes birth defects. It doesn't. Still, talk to your midwife about anything you take.",
          "supported",
          "loratadine-in-pregnancy-causes-birth-defects",
        ],
      ],
      3,
    );
    // (Advice that says what to take is advice of its own.)
    await expectUnverified(antihistamines, ["Sudafed isn't an antihistamine. Take Claritin for hay fever."]);
    const salt = await startDomainApp("tests/check-eval/salt.ndjson");
    await expectAnswers(
      salt,
      [
        ["Eating loads of salt pushes your blood pressure up.", "supported", "salt-increases-blood-pressure"],
        ["Salt pushes your blood pressure up, fyi.", "supported", "salt-increases-blood-pressure"],
      ],
      3,
    );
  });

  it("reads 'Quit X and you'll get Y' as the withdrawal's effect, the writer's own story as no assertion, and a case of the writer's last week as one case", async () => {
    // (On 6cd8b08 "Quit caffeine and …" opened with no verb of taking; "Coffee made my PACs worse last week"
    // was `refuted`, one case of the writer's checked as the claim — a wrong answer probe 123 found; and a
    // sentence of the writer's own story, or "Get it checked", was something more the text said.)
    const caffeine = await startDomainApp("tests/check-eval/caffeine.ndjson");
    await expectAnswers(
      caffeine,
      [
        ["Quit caffeine and you'll get headaches.", "supported", "caffeine-withdrawal-causes-headache"],
        ["Quit caffeine and you won't get headaches.", "refuted", "caffeine-withdrawal-causes-headache"],
        [
          "Caffeine withdrawal causes headaches. I just wasn't drinking enough water.",
          "supported",
          "caffeine-withdrawal-causes-headache",
        ],
        [
          "Having caffeine every day pushes your blood pressure up over time. Get it checked, folks.",
          "supported",
          "caffeine-raises-blood-pressure",
        ],
      ],
      3,
    );
    // (One case, the writer's, on an occasion; what the writer thinks besides, or a story of an effect the
    // store does not hold: no verdict.)
    await expectUnverified(caffeine, [
      "Coffee made my PACs worse last week.",
      "Caffeine withdrawal causes headaches. I think there's no safe level.",
      "Caffeine withdrawal causes headaches. I cured my cancer with apricot kernels.",
    ]);
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    // ("Since when is …?" challenges as "Since when does …?" did: `supported` on 6cd8b08, probe 120's find.)
    await expectUnverified(statins, [
      "Since when is high-dose simvastatin linked to muscle damage? Was there a recall?",
    ]);
  });

  it("reads 'no better than a placebo' said before the object as denying the effect, and nothing else said against a baseline", async () => {
    // (Each decisive one was `unverified` on 6cd8b08: a denied comparison with a baseline was held as a
    // comparison the claim does not make.)
    const paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
    await expectAnswers(
      paracetamol,
      [
        [
          "Calpol is no better than a placebo at preventing fever fits.",
          "supported",
          "paracetamol-does-not-prevent-febrile-seizures",
        ],
      ],
      3,
    );
    // ("No more than a placebo does", "no worse than": what the claim says neither way.)
    await expectUnverified(paracetamol, [
      "Calpol prevents fever fits no more than a placebo does.",
      "Calpol is no worse than a placebo at preventing fever fits.",
    ]);
    const vitaminD = await startDomainApp("tests/check-eval/vitamin-d.ndjson");
    await expectAnswers(
      vitaminD,
      [
        [
          "Vitamin D pills are no better than a placebo at lowering blood pressure.",
          "supported",
          "vitamin-d-supplements-do-not-reduce-blood-pressure",
        ],
      ],
      3,
    );
    // (Said after the object, the "no" denies no "lower": nothing the claim says.)
    await expectUnverified(vitaminD, ["Vitamin D pills lower blood pressure no better than a placebo."]);
  });
});

describe("/v1/check from December 7's thirteenth stop: soaking in a thing taken by mouth, sitting in the dark, 'pretty' (magnesium, melatonin and probiotics domains, by import)", () => {
  it("reads being out in a thing as its exposure only when the claim does not have it taken by mouth, and 'pretty' as a plain adverb", async () => {
    // (Probe 125's one wrong answer: "Soaking in Epsom salts works as a laxative." was `supported` on
    // 6a4d6de, for a claim of magnesium sulfate taken by mouth.)
    const magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
    await expectUnverified(magnesium, [
      "Soaking in Epsom salts works as a laxative.",
      "Sitting in an Epsom salt bath is a laxative.",
    ]);
    await expectAnswers(
      magnesium,
      [["Epsom salts work as a laxative.", "supported", "magnesium-sulfate-is-a-laxative"]],
      3,
    );
    // (Each decisive one was `unverified` on 6a4d6de: "sitting" and "pretty" were words the claim does not say.)
    const melatonin = await startDomainApp("tests/check-eval/melatonin.ndjson");
    await expectAnswers(
      melatonin,
      [
        [
          "Sitting in the dark ramps up how much melatonin your body makes.",
          "supported",
          "darkness-increases-melatonin-production",
        ],
      ],
      3,
    );
    const probiotics = await startDomainApp("tests/check-eval/probiotics.ndjson");
    await expectAnswers(
      probiotics,
      [["Probiotics can make you pretty gassy.", "supported", "probiotics-cause-flatulence"]],
      3,
    );
  });
});

describe("/v1/check from December 7's fourteenth stop: being out in a thing one takes, and a word akin to one the sentence says as itself (fixture domain, by import)", () => {
  let domain: Harness;
  beforeAll(async () => {
    const cites = [{ referenceId: "exposure-ref", stance: "supports" }];
    domain = await importedDomain([
      {
        record: "reference",
        id: "exposure-ref",
        type: "webpage",
        title: "Exposure fixture",
        url: "https://example.org/e",
      },
      { record: "entity", id: "magnesium-sulfate", label: "magnesium sulfate", kind: "drug", aliases: ["Epsom salts"] },
      { record: "entity", id: "laxatives", label: "laxatives", kind: "drug-class", aliases: ["laxative"] },
      { record: "entity", id: "sunlight", label: "sunlight", kind: "other", aliases: ["the sun"] },
      { record: "entity", id: "vitamin-d-synthesis", label: "vitamin D synthesis", kind: "process" },
      {
        record: "claim",
        id: "magnesium-sulfate-is-a-laxative",
        // (Its statement does not say "by mouth": the subject's kind says it is a thing one takes.)
        statement: "Magnesium sulfate is a laxative.",
        subject: "magnesium-sulfate",
        predicate: "is-a",
        object: "laxatives",
        confidence: "supported",
        wordings: ["Epsom salts work as a laxative."],
        citations: cites,
      },
      {
        record: "claim",
        id: "sunlight-increases-vitamin-d-synthesis",
        statement: "Sunlight increases vitamin D synthesis.",
        subject: "sunlight",
        predicate: "increases",
        object: "vitamin-d-synthesis",
        confidence: "supported",
        citations: cites,
      },
    ]);
  });

  it("reads sitting or soaking in a drug as no way of taking it, and a curated wording's 'work' as no excuse for 'soaking' beside 'works'", async () => {
    await expectAnswers(
      domain,
      [
        ["Epsom salts work as a laxative.", "supported", "magnesium-sulfate-is-a-laxative"],
        ["Sitting in the sun increases vitamin D synthesis.", "supported", "sunlight-increases-vitamin-d-synthesis"],
      ],
      3,
    );
    // (Both were `supported` on abe23eb: the first through the statement, being out in the subject read
    // as its exposure; the second through the wording, "soaking" a kind of the wording's "work".)
    await expectUnverified(domain, [
      "Sitting in Epsom salts is a laxative.",
      "Soaking in Epsom salts works as a laxative.",
    ]);
    const soaking = await postCheck(domain, "Soaking in Epsom salts works as a laxative.", 3);
    expect(soaking.body.matches[0]).toMatchObject({
      claimId: "magnesium-sulfate-is-a-laxative",
      alignment: { held: 'the sentence says what the claim does not ("soaking")' },
    });
  });

  it("reads a drug swallowed, chewed or taken by mouth as taken the ordinary way, unless the claim has it taken another; 'absolutely', 'fair warning', and 'counts as' for a class denied (paracetamol, magnesium, zinc, antihistamines, metformin and salt domains, by import)", async () => {
    // (Each decisive one was `unverified` on abe23eb, from probes 126–127.)
    const paracetamol = await startDomainApp("tests/check-eval/paracetamol.ndjson");
    await expectAnswers(
      paracetamol,
      [
        ["Swallowing a couple of Panadol tablets eases mild pain.", "supported", "paracetamol-treats-pain"],
        ["Taking Calpol by mouth brings a high temperature down.", "supported", "paracetamol-reduces-fever"],
        [
          "Swallowing acetaminophen tablets brings down swelling.",
          "refuted",
          "paracetamol-does-not-reduce-inflammation",
        ],
      ],
      3,
    );
    await expectUnverified(paracetamol, ["Rubbing paracetamol gel on sore muscles relieves the pain."]);
    // (A claim of magnesium sulfate "given intravenously": swallowing it is another way.)
    const magnesium = await startDomainApp("tests/check-eval/magnesium.ndjson");
    await expectUnverified(magnesium, ["Swallowing magnesium sulfate treats severe asthma attacks."]);
    // ("When taken by mouth", the claim's context, stated by "swallowing".)
    const zinc = await startDomainApp("tests/check-eval/zinc.ndjson");
    await expectAnswers(
      zinc,
      [
        ["Swallowing zinc can cause loss of smell.", "refuted", "oral-zinc-does-not-cause-anosmia"],
        ["Swallowing zinc tablets can make you feel sick to your stomach.", "supported", "zinc-causes-nausea"],
      ],
      3,
    );
    await expectUnverified(zinc, ["Zinc does not cause loss of smell."]);
    const antihistamines = await startDomainApp("tests/check-eval/antihistamines.ndjson");
    await expectAnswers(
      antihistamines,
      [["Antihistamines do absolutely nothing for hives.", "refuted", "antihistamines-treat-hives"]],
      3,
    );
    const metformin = await startDomainApp("tests/check-eval/metformin.ndjson");
    await expectAnswers(
      metformin,
      [["Metformin can give you the runs, fair warning.", "supported", "metformin-causes-diarrhoea"]],
      3,
    );
    const salt = await startDomainApp("tests/check-eval/salt.ndjson");
    await expectAnswers(
      salt,
      [
        ["Himalayan salt does not count as a salt substitute.", "supported", "himalayan-salt-is-not-a-salt-substitute"],
        ["Pink salt counts as a low-sodium salt substitute.", "refuted", "himalayan-salt-is-not-a-salt-substitute"],
      ],
      3,
    );
  });
});

describe("/v1/check from December 7's fifteenth stop: an outcome said as its verb, a word's rarer sense and a preposition taken for no name or particle, a cause denied where the claim denies a risk", () => {
  let domain: Harness;
  beforeAll(async () => {
    const cites = [
      { referenceId: "outcome-ref-a", stance: "supports" },
      { referenceId: "outcome-ref-b", stance: "supports" },
    ];
    domain = await importedDomain([
      {
        record: "reference",
        id: "outcome-ref-a",
        type: "webpage",
        title: "Outcome fixture A",
        url: "https://example.org/a",
      },
      {
        record: "reference",
        id: "outcome-ref-b",
        type: "webpage",
        title: "Outcome fixture B",
        url: "https://example.org/b",
      },
      { record: "entity", id: "drug-q", label: "quelmorin", kind: "drug" },
      { record: "entity", id: "dementia", label: "dementia", kind: "condition" },
      { record: "entity", id: "stroke", label: "stroke", kind: "condition" },
      { record: "entity", id: "hair-loss", label: "hair loss", kind: "condition", aliases: ["losing hair"] },
      { record: "entity", id: "weight-gain", label: "weight gain", kind: "condition", aliases: ["putting on weight"] },
      { record: "entity", id: "tremor", label: "tremor", kind: "condition", aliases: ["shaking hands"] },
      { record: "entity", id: "common-cold", label: "common cold", kind: "condition", aliases: ["colds"] },
      ...(
        [
          ["drug-q-reduces-risk-of-dementia", "Quelmorin reduces the risk of dementia.", "reduces-risk-of", "dementia"],
          ["drug-q-reduces-risk-of-stroke", "Quelmorin reduces the risk of stroke.", "reduces-risk-of", "stroke"],
          ["drug-q-causes-hair-loss", "Quelmorin causes hair loss.", "causes", "hair-loss"],
          [
            "drug-q-does-not-cause-weight-gain",
            "Quelmorin does not cause weight gain.",
            "does-not-cause",
            "weight-gain",
          ],
          ["drug-q-causes-tremor", "Quelmorin causes tremor.", "causes", "tremor"],
          ["drug-q-reduces-risk-of-colds", "Quelmorin reduces the risk of colds.", "reduces-risk-of", "common-cold"],
        ] as const
      ).map(([id, statement, predicate, object]) => ({
        record: "claim",
        id,
        statement,
        subject: "drug-q",
        predicate,
        object,
        confidence: "established",
        citations: cites,
      })),
    ]);
  });

  it("reads 'lose your hair' for an alias 'losing hair', 'put on weight' for one 'putting on weight' and 'your hands shake' for 'shaking hands'", async () => {
    // (Each `unverified` on 2667034: the alias's "-ing" verb said as a verb, before its object or after it.)
    await expectAnswers(
      domain,
      [
        ["Quelmorin makes you lose your hair.", "supported", "drug-q-causes-hair-loss"],
        ["Quelmorin won't make you lose your hair.", "refuted", "drug-q-causes-hair-loss"],
        ["Quelmorin won't make you put on weight.", "supported", "drug-q-does-not-cause-weight-gain"],
        ["Quelmorin makes you put on weight.", "refuted", "drug-q-does-not-cause-weight-gain"],
        ["Quelmorin can make your hands shake.", "supported", "drug-q-causes-tremor"],
        ["Quelmorin doesn't make your hands shake.", "refuted", "drug-q-causes-tremor"],
      ],
      3,
    );
  });

  it("takes no word for a thing through a rarer sense of it, a sense derived from the word itself or an attribute of both ('throw', 'sick', 'warm')", async () => {
    // (Each was `refuted` on 2667034: "throw" named stroke through a rare noun sense it shares with
    // "stroke", "sick" dementia through "sick" as mad, and "warm" colds through temperature, the attribute
    // of "warm" and of "cold"; "make … up" and "makes" opposed "reduces the risk".)
    const texts = ["Quelmorin makes you throw up.", "Quelmorin makes you feel sick.", "Quelmorin makes you warm."];
    await expectUnverified(domain, texts, 3);
    for (const text of texts) {
      const { body } = await postCheck(domain, text, 3);
      expect(
        body.matches.every((m: { alignment: { object: { aligned: boolean } } }) => !m.alignment.object.aligned),
      ).toBe(true);
    }
  });

  it("reads a cause denied as what a claim that denies the raised risk shows true (statins domain), a line after '>' as a quote (fluoride domain), and 'down the line' as no particle", async () => {
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    // ("Statins don't give you cancer" was `unverified` on 2667034, held back as saying more than the claim.)
    await expectAnswers(
      statins,
      [
        ["Statins don't give you cancer.", "supported", "statins-do-not-increase-risk-of-cancer"],
        ["Statins give you cancer.", "refuted", "statins-do-not-increase-risk-of-cancer"],
        ["Statins bring your LDL down a lot.", "supported", "statins-reduce-ldl-cholesterol"],
      ],
      3,
    );
    // (A chat's quote of the post it answers, after ">", is another's words: judged by the reply, or unread.
    // Once "boil your tap water" named boiling tap water, the first was `refuted` without this rule, the
    // quote read as the writer's own advice.)
    const fluoride = await startDomainApp("tests/check-eval/fluoride.ndjson");
    const quoted = await postCheck(
      fluoride,
      "> just boil your tap water to get rid of the fluoride\nDoesn't work. Boiling leaves it in.",
      3,
    );
    expect(quoted.body.verdict).toBe("unverified");
    expect(quoted.body.explanation).toMatch(
      /^The sentence judges what it reports, or puts it at another time \("just boil your tap water to get rid of the fluoride"\)/,
    );
    await expectAnswers(
      fluoride,
      [["> boiling your tap water gets rid of the fluoride\nNope.", "supported", "boiling-water-removes-fluoride"]],
      3,
    );
    // ("Down the line" read as the particle of "give … down" on 2667034: the way of lowering, against "causes".)
    const { body } = await postCheck(statins, "Taking a statin will give you dementia down the line.", 3);
    expect(body.verdict).toBe("unverified");
    expect(body.matches[0]).toMatchObject({
      claimId: "statins-cause-dementia",
      alignment: { predicate: { words: "give", opposite: false } },
    });
  });
});

describe("/v1/check from December 7's sixteenth stop: a denial made emphatic ('not even a little') and the writer's word for what they say ('trust me', 'I'm sure')", () => {
  let domain: Harness;
  beforeAll(async () => {
    const [supports, contradicts] = (["supports", "contradicts"] as const).map((stance) => [
      { referenceId: "degree-ref-a", stance },
      { referenceId: "degree-ref-b", stance },
    ]);
    domain = await importedDomain([
      ...["a", "b"].map((k) => ({
        record: "reference",
        id: `degree-ref-${k}`,
        type: "webpage",
        title: `Degree fixture ${k.toUpperCase()}`,
        url: `https://example.org/degree-${k}`,
      })),
      { record: "entity", id: "drug-v", label: "velmorin", kind: "drug" },
      { record: "entity", id: "tremor", label: "tremor", kind: "condition", aliases: ["shaking hands"] },
      { record: "entity", id: "blood-pressure", label: "blood pressure", kind: "process" },
      { record: "entity", id: "common-cold", label: "common cold", kind: "condition", aliases: ["colds"] },
      { record: "entity", id: "constipation", label: "constipation", kind: "condition" },
      { record: "entity", id: "addiction", label: "addiction", kind: "condition" },
      ...(
        [
          ["drug-v-causes-tremor", "Velmorin causes tremor.", "causes", "tremor", "established"],
          [
            "drug-v-increases-blood-pressure",
            "Velmorin raises blood pressure.",
            "increases",
            "blood-pressure",
            "established",
          ],
          ["drug-v-prevents-colds", "Velmorin prevents colds.", "prevents", "common-cold", "refuted"],
          [
            "drug-v-does-not-cause-constipation",
            "Velmorin does not cause constipation.",
            "does-not-cause",
            "constipation",
            "established",
          ],
          ["drug-v-causes-addiction", "Velmorin causes addiction.", "causes", "addiction", "refuted"],
        ] as const
      ).map(([id, statement, predicate, object, confidence]) => ({
        record: "claim",
        id,
        statement,
        subject: "drug-v",
        predicate,
        object,
        confidence,
        citations: confidence === "refuted" ? contradicts : supports,
      })),
    ]);
  });

  it("reads 'even slightly', 'even a little' and 'not even a bit' after a denial as emphasis, not a part", async () => {
    // (Each `unverified` on ef3de6a: held as a denial of part, "at all, not even" read as a universal scope,
    // or the second "not" as a double negative.)
    await expectAnswers(
      domain,
      [
        ["Velmorin won't raise your blood pressure even slightly.", "refuted", "drug-v-increases-blood-pressure"],
        ["Velmorin doesn't cause constipation, not even a little.", "supported", "drug-v-does-not-cause-constipation"],
        [
          "Velmorin doesn't cause constipation at all, not even a little.",
          "supported",
          "drug-v-does-not-cause-constipation",
        ],
        ["Velmorin doesn't cause addiction even a bit.", "supported", "drug-v-causes-addiction"],
      ],
      3,
    );
  });

  it("reads 'trust me', 'I'm sure', 'I'm certain of it' and 'annoyingly' as the writer's word, nothing of the thing", async () => {
    // (Each `unverified` on ef3de6a, held on "trust", "sure", "certain" or "annoyingly".)
    await expectAnswers(
      domain,
      [
        ["Trust me, velmorin causes tremor.", "supported", "drug-v-causes-tremor"],
        ["Velmorin doesn't cause constipation, trust me.", "supported", "drug-v-does-not-cause-constipation"],
        ["Velmorin raises blood pressure, I'm absolutely sure.", "supported", "drug-v-increases-blood-pressure"],
        ["Velmorin doesn't cause tremor, I'm certain of it.", "refuted", "drug-v-causes-tremor"],
        ["Velmorin doesn't prevent colds, annoyingly.", "supported", "drug-v-prevents-colds"],
      ],
      3,
    );
    // (Not when more follows the remark, nor a doubt: "I'm not sure".)
    await expectUnverified(
      domain,
      ["Velmorin causes tremor, I'm sure, said no doctor ever.", "Velmorin raises blood pressure, I'm not sure."],
      3,
    );
  });

  it("reads '…, which surprised me' and '…, which was a huge relief' as how the writer took it", async () => {
    // (Each `unverified` on ef3de6a, held on the words of the reaction.)
    await expectAnswers(
      domain,
      [
        ["Velmorin causes tremor, which surprised me.", "supported", "drug-v-causes-tremor"],
        [
          "Velmorin doesn't cause constipation, which was a huge relief.",
          "supported",
          "drug-v-does-not-cause-constipation",
        ],
      ],
      3,
    );
    await expectUnverified(domain, ["Velmorin causes tremor, which surprised me because nobody else gets it."], 3);
  });

  it("reads ', but only in …' as narrowing the clause before it, and 'who's right?' as asking between two (vitamin C and statins domains)", async () => {
    // (Both wrong answers on ef3de6a: the first two `refuted`, the clause after "but" read apart; the
    // third `supported`, the leaflet's word taken as the writer's.)
    const vitaminC = await startDomainApp("tests/check-eval/vitamin-c.ndjson");
    await expectUnverified(
      vitaminC,
      [
        "A study on the news said vitamin C supplements lower cancer risk, but only in heavy smokers.",
        "Vitamin C supplements lower cancer risk, but mainly in smokers.",
      ],
      3,
    );
    const statins = await startDomainApp("tests/check-eval/statins.ndjson");
    await expectUnverified(
      statins,
      [
        "The leaflet says statins can raise liver enzymes, but my sister's GP insists they never do, who's right?",
        "Statins raise liver enzymes, my GP says. Which is it?",
      ],
      3,
    );
    const { body } = await postCheck(statins, "Statins raise liver enzymes. Who's right?", 3);
    expect(body.explanation).toMatch(
      /^The sentence judges what it reports, or puts it at another time \("who's right\?"\)/,
    );
  });
});

/**
 * English grammar words: the closed classes a sentence is read with — function words, negation,
 * hedges, question openers, copulas, comparison. These are the language's own small, fixed sets, not
 * any dataset's vocabulary (which lives in the database: predicates, entity names, claim wordings) nor
 * its open classes (which come from WordNet, in the lexicon table). A tagger package would carry the
 * same lists inside a model several megabytes large, too big for the Worker bundle.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Function words: they carry no content of their own, so they never count as matching words. */
export const FUNCTION_WORDS = set(`
  a an the this that these those such some any each every all both either neither other another
  of to in on at by for with from into onto upon over under about above below between among through
  via per within across against toward towards during after before since until than as like unlike
  and or but nor so yet if then else whereas while although though because whether
  it its itself they them their theirs themselves he him his she her hers we us our you your i me my mine
  who whom whose which what where when why how there here
  is are was were be been being am do does did doing done have has had having
  can could may might must shall should will would
  not no never also just even very much many more most less least really quite rather too
  still already again ever often always usually sometimes one ones
  up down out off away back over
  thing things way ways people someone something anything everything lot lots loads tons heaps
  i'm i've i'd i'll you're you've it's that's there's here's what's we're we've they're they've
`);

/**
 * Negation cues. A clause with an odd number of them says the opposite of what it would say without
 * them ("does not inhibit", "has no affinity", "fails to", "lacks").
 */
export const NEGATION_WORDS = set("not no never none nothing nobody neither nor cannot without lacks lack lacking");
/** Verbs that negate the verb after them: "fails to inhibit". */
export const NEGATING_VERBS = set("fail fails failed failing");
/**
 * Idioms that assert what follows by denying its denial or a doubt of it: "there's no denying (that) X",
 * "you can't deny X", "no doubt X", "without a doubt", "it's not untrue that X" (as words, contractions
 * written out: "there's" is "there is", "can't" is "can n't"). An adverb of manner may stand inside
 * one: "nobody seriously denies that", "you can't really deny".
 */
export const AFFIRMING_DENIALS = [
  "there is no denying",
  "no doubt",
  "without a doubt",
  "without any doubt",
  "beyond doubt",
  "beyond a doubt",
  "beyond any doubt",
  "can n't deny",
  "can not deny",
  "cannot deny",
  "could n't deny",
  "no one can deny",
  "nobody can deny",
  "do n't doubt",
  "not untrue",
  // ("Nobody seriously denies that X", "no one really disputes that X": the doubt of no one.)
  ...["nobody", "no one"].flatMap((who) =>
    ["denies", "disputes", "doubts", "questions"].map((verb) => `${who} ${verb} that`),
  ),
].map((idiom) => idiom.split(" "));
/** An adverb of manner or degree by its ending: "seriously", "really", "honestly" (not "only"). */
export const MANNER_ADVERB = /^(?!only$)\p{L}{2,}ly$/u;
/** The words after "not" in "not only … but also", "not just X; also Y", which assert X, not deny it. */
export const NOT_ONLY_WORDS = set("only just merely simply");
/** "Not only", "not just" (NOT_ONLY_WORDS) in a clause's text. */
export const NOT_ONLY = new RegExp(String.raw`(?:\bnot|n't)\s+(?:${[...NOT_ONLY_WORDS].join("|")})\b`);
/** "Not only", "not just", "n't only" as written in a text, before what they assert with more after it. */
export const NOT_ONLY_OPENING = new RegExp(
  String.raw`(?:\bnot|n['’]t)\s+(?:${[...NOT_ONLY_WORDS].join("|")})\b`,
  "giu",
);
/** What says the more after "not only" in one sentence: "… but (also) …", "…, it also …", "… too", "… either", "… as well". */
export const NOT_ONLY_MORE = /\b(?:but|also|too|either|as\s+well)\b/iu;
/** The copulas of a sentence that says two classes of its subject: "X is a Y, not a Z". */
export const PAIRED_COPULAS = set("is are was were");
/** The most words after its article a class said in a pair may have ("a serotonin reuptake enhancer"). */
export const MAX_CLASS_WORDS = 3;
/** The most words the subject of such a pair may have ("Lipitor", "the Z-Pak", "my Lipitor prescription"). */
export const MAX_SUBJECT_WORDS = 3;
/**
 * Contractions of "not" typed without their apostrophe ("doesnt", "isnt", "wont"): each verb as the
 * contraction's first part, which the tokenizer reads as it reads "doesn't" ("does", "n't").
 */
export const UNMARKED_NOT = new Map<string, string>([
  ..."does do did is are was were has have had could would should must need"
    .split(" ")
    .map((v) => [`${v}nt`, v] as const),
  ["cant", "can"],
  ["wont", "will"],
]);
/**
 * The writer's own source, opening what they assert: "From what I've read, …", "From what I understand
 * …", "From what we can tell …" — a hedge, the words after it the assertion.
 */
export const WRITERS_SOURCE = {
  opener: ["from", "what"],
  knowers: set("i we i've we've"),
  auxiliaries: set("have can could"),
  verbs: set("read heard hear understand understood know gather gathered seen see saw remember recall tell"),
};
/** The words before which "wont" is a noun or an adjective ("as is its wont", "are wont to"), not "won't". */
export const WONT_BEFORE = set("its his her their our your my is are was were");
/**
 * Markers of talk that open a sentence ("Wait, …", "Well, …", "FYI …", "Ok so …") or close it ("… btw",
 * "… tbh"): they say how the writer takes part in the exchange, nothing of the thing said.
 */
export const DISCOURSE_MARKERS = {
  // ("Yes, fluoride does prevent decay", "Sorry, but …", "…, sorry.": an answer's assent, the writer's
  // apology for what follows — not "yeah", as often mock as meant; "lol", "haha": the writer's laugh,
  // which says nothing of whether they mean it — a mock assent is read from its own words, "lol sure, …".)
  opening: set(
    "wait well ok okay oh hey so anyway alright careful psa fyi btw tbh imo imho fwiw yes yep yup sorry lol haha lmao",
  ),
  closing: set("btw fyi tbh imo imho fwiw sorry lol haha lmao"),
  // ("Heads up, …", "Good news, …", "Pretty sure …", "I'm fairly sure …": a warning, the news's tone, the
  // writer's confidence — a hedge at most, the words after it the assertion.)
  openingPhrases: [
    "heads up",
    "fair warning",
    "word of warning",
    "good news",
    "bad news",
    "quick question",
    "pro tip",
    // ("Trust me, …": the writer's word for it.)
    "trust me",
    // ("Reminder that …": the writer's reason for saying it.)
    ...["", "friendly ", "quick ", "gentle ", "just a ", "a "].map((how) => `${how}reminder that`),
    ...["", "i'm ", "im ", "i am "].flatMap((who) =>
      ["pretty", "fairly", "quite", "100%"].map((how) => `${who}${how} sure`),
    ),
    // ("I'm sure …": the writer's own word, sure without a degree — not "Sure, …", an assent that may mock.)
    ...["i'm", "im", "i am"].map((who) => `${who} sure`),
  ].map((phrase) => phrase.split(" ")),
};
/** Words of chat spelled short, read as their plain spelling: "raise ur blood pressure", "some ppl". */
export const CHAT_SPELLINGS = new Map([
  ["ur", "your"],
  ["u", "you"],
  ["ppl", "people"],
  ["thru", "through"],
]);
/** "Get rid of" in its forms, one verb the lexicon knows whole ("gets rid of a headache": eliminates it). */
export const GET_RID_OF = { get: set("get gets got getting gotten"), rest: ["rid", "of"], word: "get rid of" };
/** Interjections of chat, which say the writer's mood, not the thing: "… haha", "jk", "lol". */
export const INTERJECTIONS = set("lol lmao rofl haha hahaha jk smh tbh imo imho fwiw omg wtf ugh meh");

/**
 * Adverbs of the writer's attitude to what they say ("Thankfully, …", "…, sadly"): they judge nothing of
 * its truth and say nothing of its content.
 */
export const ATTITUDE_ADVERBS = set(`
  thankfully luckily fortunately unfortunately sadly happily mercifully regrettably admittedly frankly
  honestly interestingly surprisingly unsurprisingly ironically oddly strangely funnily annoyingly
`);
/**
 * "It turns out (that) …", "Turns out …", "But it turned out …": the writer's finding, opening what they
 * assert — the verb (before "out") and the words that may come before it in the clause.
 */
export const FINDING_FRAME = { verbs: set("turns turned"), before: set("it but and so well now then") };
/** Words that hedge an assertion without changing it: it is still the assertion that is checked. */
export const HEDGE_WORDS = set(`
  may might could possibly perhaps probably maybe likely presumably reportedly allegedly supposedly
  apparently seemingly arguably potentially somewhat seem seems seemed appear appears appeared
  suggest suggests suggested speculate speculated believe believed claim claimed claims say says said
  think thought heard read
`);

/**
 * A hedge of what the writer knows or remembers: "as far as I know", "as far as anyone can tell", "if I
 * remember right", "if memory serves" — no condition of what follows; "I read somewhere that …".
 */
export const KNOWING_HEDGE =
  /^(?:as far as (?:i|we|anyone|anybody|they|scientists|researchers) (?:know|knows|can tell|understand|understands)|if (?:i|we) (?:remember|recall)(?: (?:right|rightly|correctly))?|if memory serves(?: me)?(?: (?:right|correctly))?|(?:read|heard|saw|seen) somewhere)\b/;

/** Words that open a yes/no question: "Does tianeptine…", "Is caffeine…". */
export const QUESTION_OPENERS = set("do does did is are was were can could will would should has have had may might");

/** The copula: "X is a Y" states membership or identity. */
export const COPULAS = set("is are was were be been being am");

/**
 * What a "than" may compare with that is no other thing but the thing's absence or the usual state:
 * "faster than usual", "than a placebo", "than before". (The subject's own absence — "than
 * non-smokers", "than people who don't smoke" — is read against the subject's name.)
 */
export const BASELINE_TERMS = set("usual normal normally before otherwise placebo placebos baseline nothing");
/** Comparatives that say the subject does worse than its baseline: "worse than a placebo". */
export const BASELINE_AGAINST = set("worse weaker slower poorer");
/** Words before a "than"'s term that say no thing of their own: "than in people who …", "than with a placebo". */
export const BASELINE_LEAD = set("in among with on for the a an people those ones patients adults users");
/** Marks of a comparison: "faster than", "as effective as", "equally". */
export const COMPARISON = {
  than: "than",
  /** Words that make a comparison of equality: "as … as", "equally", "comparable". */
  equality: set("equally comparable comparably equivalent similar same"),
  /** "less", "fewer", "worse": the comparison goes down. */
  less: set("less fewer"),
} as const;

/**
 * Grammar words of degree a phrasing may carry ("makes less effective", "makes more likely"): they are not
 * among its content words, yet part of what it says.
 */
export const DEGREE_WORDS = { down: new Set([...COMPARISON.less, "least"]), up: set("more most") } as const;
/** Words of amount before a noun that say more or less of it: "absorb less iron", "pump out extra insulin". */
export const AMOUNT_DEGREES = { down: COMPARISON.less, up: set("more extra") } as const;

/** What opens a clause that sets it against another thing: "…, unlike SSRIs, …", "rather than", "instead of". */
export const CONTRAST_OPENERS = new Set(["unlike", "rather than", "instead of"]);
/** Contrasts that set aside what the subject does: "… rather than enhancing it", "… instead of blocking it". */
export const FOIL_OPENERS = new Set(["rather than", "instead of"]);
/**
 * What sets a verb aside before the clause it is set against, at the head of the sentence: "Far from
 * raising blood pressure, caffeine lowers it", "Instead of blocking serotonin reuptake, tianeptine …".
 */
export const FRONTED_FOIL_OPENERS = new Set([...FOIL_OPENERS, "far from"]);
/** Object pronouns a clause may use for what a verb set aside before it was said of ("… lowers it"). */
export const FOIL_OBJECT_PRONOUNS = set("it them");
/** Prepositions a thing set aside may repeat: "related to X rather than to Y", "by X rather than by Y". */
export const FOIL_PREPOSITIONS = set("to for by in on at with from of through via against into");

/** What opens a clause that concedes or limits the one before it: "…, but only in adults". */
export const CONCESSIVE_OPENERS = set("but yet though although");

/** Verbs that say one thing brings another about: what a "side effect of" X says X does. */
export const CAUSING_VERBS = set(
  "cause causes caused induce induces induced trigger triggers triggered produce produces",
);
/** How big a part is: "a major role", "a key part" — denied, only that degree is ("no major role"). */
export const ROLE_DEGREES = set("big major key important central causal significant");
/** "Has nothing to do with", "has absolutely nothing whatsoever to do with": no part at all, denied. */
const NOTHING_TO_DO_WITH = String.raw`(?:has|have|had|having)\s+(?:(?:absolutely|basically|really|literally|just|got)\s+)?nothing\s+(?:(?:at\s+all|whatsoever)\s+)?to\s+do\s+with`;
/**
 * Phrases of a part in bringing a thing about, said between the two: "plays a (major) role in",
 * "plays no part in", "contributes to", "is responsible for", "has nothing to do with" (only denied:
 * "has something to do with" says too little) say a claim's causing of its object.
 */
export const INVOLVEMENT = new RegExp(
  String.raw`(?:^|\s)(?:(?:plays?|played|playing)\s+(?:(?:a|an|no|any|some|the)\s+)?(?:(?:${[...ROLE_DEGREES].join("|")})\s+)?(?:role|part)\s+in|(?:contributes?|contributed|contributing)\s+to|(?:is|are|was|were)\s+(?:not\s+)?responsible\s+for|${NOTHING_TO_DO_WITH})(?:\s+(?:the|getting|developing|having))?$`,
);
/**
 * Any part at all denied between two things, said between them: "has nothing to do with", "has
 * absolutely nothing whatsoever to do with". It denies whatever a claim says of the two, either way
 * round: "ADH has nothing to do with breaking down alcohol" denies that alcohol is broken down by ADH.
 * Matched on the words between the two, to their end.
 */
export const NO_PART_AT_ALL = new RegExp(
  String.raw`(?:^|\s)${NOTHING_TO_DO_WITH}(?:\s+(?:the|a|an|your|my|his|her|their|our|its|getting|developing|having|being))?$`,
);
/**
 * A cause said after its effect, between the two: "headaches come from withdrawal", "stem from",
 * "result from", "are a result of", "are a symptom of", "are due to", "happen because of" (and, only
 * denied, "have nothing to do with"; "are not a symptom of" denies, "are not a common symptom of" says
 * neither). The later name is the agent, and the phrase says a claim's causing of the earlier one.
 * Matched on the words between effect and cause, to their end.
 */
export const CAUSED_FROM = new RegExp(
  String.raw`(?:^|\s)(?:(?:comes?|came|coming|stems?|stemmed|stemming|arises?|arose|arising|results?|resulted|resulting)\s+from|(?:is|are|was|were|be|been|being)\s+(?:(?:not|n't)\s+(?:(?:a|an|the)\s+)?|(?:(?:a|an|the)\s+)?(?:(?:direct|common|known|main|possible|likely|typical|classic)\s+)?)(?:result|consequence|product|symptoms?|signs?)\s+of|(?:(?:happens?|happened|occurs?|occurred)\s+)?(?:(?:due|owing)\s+to|because\s+of)|${NOTHING_TO_DO_WITH})(?:\s+(?:the|a|an))?$`,
);
/**
 * How usual a side effect is, said before "side effect": "a known side effect of", "a classic side effect",
 * "its common side effects" — one of its side effects still (not "rare": how seldom says more).
 */
export const SIDE_EFFECT_KINDS = set(
  "known well-known common commonest normal classic typical possible usual frequent main major recognised recognized documented",
);
/** Listing a thing's side effects: "include", "can include", "don't include" (denied). */
const INCLUDE = String.raw`(?:(?:do|does|did)\s+(?:n't|not)\s+)?(?:include|includes|included|including|can\s+include|may\s+include)`;
/**
 * The effects a thing causes, listed after it: "Metformin side effects include diarrhoea", "Chantix's common
 * side effects include nausea", "Iron pills' side effects don't include constipation" (denied). Matched on
 * the words between the two.
 */
export const SIDE_EFFECTS_INCLUDE = new RegExp(
  String.raw`^(?:(?:${[...SIDE_EFFECT_KINDS].join("|")})\s+)?side\s+effects?\s+${INCLUDE}$`,
);
/**
 * The same said of the thing after "of": "Side effects of booze include …", "Common side effects of iron
 * tablets include …" — matched on the words before the thing (to the clause's start) and between it and
 * the effect.
 */
export const SIDE_EFFECTS_OF = new RegExp(
  String.raw`^(?:(?:the|some|a\s+few)\s+)?(?:(?:${[...SIDE_EFFECT_KINDS].join("|")})\s+)?side\s+effects?\s+of(?:\s+(?:the|a|an|taking|using|having|drinking|eating))?$`,
);
/** The listing verb alone, as the whole of the words between a thing and its effect. */
export const INCLUDES_BETWEEN = new RegExp(`^${INCLUDE}$`);
/**
 * An association with the object, which says a raised risk of it (not that the one causes the other):
 * "is linked to", "is associated with", "has been tied to", "has no link with", "a link to". Matched on
 * the words between subject and object, to their end.
 */
export const ASSOCIATION =
  /(?:^|\s)(?:(?:linked|associated|tied|connected)\s+(?:to|with)|(?:a|no|any)\s+(?:link|links|association|connection)\s+(?:to|with|between))(?:\s+(?:the|a|an|getting|developing|having|higher|more))*$/;
/** Participles of association: "is associated with X" does not make X the agent, as "is treated with X" does. */
export const ASSOCIATION_PARTICIPLES = set("linked associated tied connected correlated");
/** "Side effect", "side effects": "Y is a side effect of X" says that X causes Y. */
export const SIDE_EFFECT = /^side effects?$/;
/**
 * Verbs by which someone files a thing in a class: "The IARC lists solariums as a Group 1 carcinogen",
 * "Doctors describe asthma as an inflammatory disease" say membership, the one who files it a frame.
 */
export const CLASSIFYING_VERBS = set(`
  list lists listed listing classify classifies classified classifying class classes classed
  describe describes described describing consider considers considered considering regard regards
  regarded regarding recognize recognizes recognized recognizing recognise recognises recognised
  recognising designate designates designated designating label labels labelled labeled labelling
  labeling categorize categorizes categorized categorise categorises categorised count counts counted
`);
/**
 * Verbs that say membership with their particle, as "is" does: "belongs to the vitamin K antagonists",
 * "counts as an NSAID", "qualifies as", "is classified as".
 */
export const MEMBERSHIP_VERBS = new Map<string, string>([
  ...[...set("belong belongs belonged")].map((verb): [string, string] => [verb, "to"]),
  ...[...set("count counts counted qualify qualifies qualified classed classified regarded viewed")].map(
    (verb): [string, string] => [verb, "as"],
  ),
  // ("Is considered an antacid", "considered as", "considered to be": its particle may go unsaid.)
  ...[...set("considered")].map((verb): [string, string] => [verb, ""]),
]);
/** Membership verbs of a view, whose holder may be said after "by": "is considered a laxative by some". */
export const VIEWING_VERBS = set("regarded viewed considered");
/**
 * Verbs of a role, which with "as a" say what a thing is as "is" does: "works as a laxative", "acts as an
 * antacid" (not "works as well as", a comparison).
 */
export const ROLE_VERBS = set("act acts acted acting work works worked working serve serves served serving");
/**
 * Words of a thing taken alone: "on its own", "alone", "by itself", "as monotherapy" say the same, and a
 * context that says one and what it is taken without ("on its own, without insulin or a sulfonylurea")
 * is said by any of them.
 */
export const ALONE_WORDS = set("alone own itself themselves monotherapy");
/** Nouns that say membership with "of" after a copula, as "is a" does: "is a member of", "one of", "part of". */
export const MEMBERSHIP_NOUNS = set("member members one part");

/** Passive voice: "is enhanced by". */
export const AGENT_MARKER = "by";

/** Relations that hold both ways: "X is related to Y" says "Y is related to X". */
export const SYMMETRIC_WORDS = set("related similar associated correlated interacts interact contrasts equivalent");

/**
 * The two directions of change that English verbs of effect take: a verb whose WordNet hypernyms lead
 * to one of these has that direction ("boost" → increase, "block" → prevent, "ease" → relieve), so
 * that two verbs the lexicon does not otherwise relate still agree ("boosts" ~ "enhances", "eases" ~
 * "reduces") or oppose ("enhances" ~ "inhibits").
 */
export const EFFECT_VERBS = {
  up: ["increase", "cause", "promote", "enhance"],
  down: ["decrease", "prevent", "reduce", "lower", "suppress", "counteract", "antagonize", "relieve", "disrupt"],
} as const;
/**
 * Words that make an assertion exclusive or universal ("the only", "always", "in every case"): a sentence
 * with one says more than a claim without.
 */
export const EXCLUSIVE_WORDS = set("sole solely exclusively unique uniquely always invariably first best worst least");
/**
 * "Only" makes an assertion exclusive ("the only …", "only at high doses", "is metabolized only by"), but
 * not in "not only", "if only", "only partly"; "in every case", "in all cases" make it universal.
 */
export const EXCLUSIVE_ONLY =
  /(?<!\b(?:not|if)\s)\bonly\b(?!\s+(?:partly|partially|slightly|somewhat))|\bin\s+(?:every|all)\s+(?:case|cases|patient|patients|people)\b/;
/**
 * A universal over doses, ages, amounts, servings…: "at any dose", "in all age groups", "for every
 * patient", "in every can" say the assertion holds whatever they are, which a claim without it does not
 * state. (Not the "at all" of a denial before "in people": the word between is no preposition; nor
 * before another denial, "at all, not even a little".)
 */
export const UNIVERSAL_SCOPE =
  /\b(?:at|in|for|with|of)\s+(?:any|every|all)\s+(?:(?!(?:at|in|for|with|of|on|not|no|never|even)\s)\p{L}+\s+)?(?!(?:the|of|that|this|these|those|its|their|at|in|for|with|on|to|from|by|among|not|no|never|even)\b)\p{L}+/u;

/**
 * Nouns of a thing's absence, which "of" joins to it: "lack of caffeine", "a deficiency of vitamin D"
 * speak of the thing's absence, not of the thing.
 */
export const ABSENCE_NOUNS = set("lack lacks absence deficiency deficiencies deficit shortage deprivation scarcity");
/** Phrasal verbs of stopping: "giving up booze", "cutting out coffee". */
export const CESSATION_PHRASE =
  /^(?:give|gives|gave|given|giving|cut|cuts|cutting|lay|lays|laying|kick|kicks|kicking)\s+(?:up|out|off)$/;
/** Ways of taking a thing other than by mouth, said as a word of their own: "topical", "inhaled", "nasal". */
export const NON_ORAL_ROUTES = set(`
  topical topically inhaled injected injectable intravenous intramuscular subcutaneous transdermal nasal
  rectal vaginal ophthalmic
`);
/**
 * Routes and amounts said of the subject right before its name: "topical metronidazole", "inhaled
 * corticosteroids", "a small overdose" speak of one way or amount of taking it, which a claim without
 * it may not cover.
 */
export const ROUTE_WORDS = new Set([
  ...NON_ORAL_ROUTES,
  ...set("sublingual small large tiny huge massive single high low long short"),
]);
/**
 * Adverbs that leave an assertion as it is ("actually raises", "mainly by"): any other adverb in "-ly"
 * between subject and object ("irreversibly inhibits", "dramatically raises") says how, which a claim
 * without it may not.
 */
export const PLAIN_ADVERBS = set(`
  actually really truly certainly definitely clearly obviously indeed simply basically essentially generally
  usually typically commonly mostly mainly largely primarily chiefly principally normally naturally
  reliably consistently literally genuinely undeniably undoubtedly unquestionably pretty absolutely
`);
/** "For years", "for six weeks": a duration, a time the assertion is said to hold for. */
export const DURATION = /^for\s+(?:\S+\s+)?(?:hours|days|weeks|months|years|decades|life)\b/;
/** "Within a week", "within hours", "in a day": how soon an effect is said to come. */
export const WITHIN =
  /^(?:within\s+(?:\S+\s+)?|in\s+(?:a|an|one|two|three|\d+)\s+)(?:minutes?|hours?|days?|weeks?|months?|years?|nights?)\b/;
/** Nouns of how much or how long of the subject: "a single dose of antibiotics", "long courses of …". */
export const DOSE_NOUNS = set("dose doses course courses");
/** Nouns of how much of a thing, whatever it is: "any amount of alcohol", "every level of it". */
export const AMOUNT_NOUNS = set("amount amounts quantity quantities level levels");
/** Nouns of too much of the subject: "an overdose of amlodipine". */
export const OVERDOSE_NOUNS = set("overdose overdoses megadose megadoses");
/**
 * Phrases that say an amount of a kind (QUANTITY_KINDS) in other words: "too much vitamin D", "an
 * excessive dose", "an overdose", "overdo it", "loads of" say a large amount ("at excessive doses", "when the dose is too
 * high"); "a couple of cups", "a cup or two", "a few cups" a moderate one ("in moderate amounts"); "for a long time", "for many years", "over time", "every day" say repeated use ("with
 * long-term use"). Matched at a word, on the words that follow it.
 */
export const AMOUNT_PHRASES: Record<string, RegExp> = {
  large:
    /^(?:too\s+(?:much|many|high|large|big)|excess|excessive|excessively|overdos(?:e|es|ed|ing)|overd(?:o|oes|id|oing|one)|megados(?:e|es|ed|ing)|(?:loads|lots|tons|heaps)\s+of)\b/,
  // "A couple of cups a day", "a cup or two", "one or two glasses", "a few cups": what speech calls a
  // moderate amount (of drinks: "a few grams" of a pill says no such thing).
  moderate:
    /^(?:a\s+few\s+(?:cups|glasses|mugs|cans|drinks|coffees|teas|cuppas|pints|beers)\b|a\s+couple\s+of|(?:a|one)\s+(?:cup|glass|mug|can|drink|coffee|tea)\s+or\s+two|one\s+or\s+two)\b/,
  repeated:
    /^(?:for\s+(?:a\s+long\s+time|(?:many|several)\s+(?:years|months|decades)|years|decades)|over\s+(?:time|the\s+years|the\s+long\s+term|many\s+years)|(?:every|each)\s+day|long\s+term|long-term)\b/,
};
/**
 * Nouns a possessive may take and still speak of the thing itself: "caffeine's ability to keep you
 * awake", "tianeptine's effect on …"; "losartan's metabolite" is another thing.
 */
export const OWN_PROPERTY_NOUNS = set("ability abilities effect effects action actions role use power capacity");
/**
 * A frame that sets the writer's own assertion against what many believe: "Contrary to popular belief,
 * …", "Despite common wisdom, …" (before a comma; "Contrary to claims that X" refuses X instead).
 */
export const OPINION_FRAME =
  /^(?:(?:contrary\s+to|despite|notwithstanding)\s+(?:(?:popular|common|widespread|general|conventional)\s+)?(?:belief|beliefs|opinion|wisdom|perception|myth|myths)\b|(?:no\s+matter|regardless\s+of|despite|in\s+spite\s+of|contrary\s+to)\s+what\b)/;
/**
 * Words after which "no" denies nothing: "No matter what your friends say, …", "No doubt it raises …",
 * "No wonder coffee keeps you up".
 */
export const UNDENIED_AFTER_NO = set("matter doubt wonder");
/**
 * Words after which "zero" is the determiner "no": "has zero effect on", "makes zero difference",
 * "contains zero caffeine", "with zero side effects" (not the number: "cuts apnea to zero").
 */
export const ZERO_AS_NO_AFTER = set("has have had having makes make made making contains contain contained with");
/**
 * Verbs of besting another ("Warfarin beats aspirin at preventing strokes", "outperforms"): said of how
 * well a thing works, they say "works better than" the thing after them.
 */
export const BESTING_VERBS = set("beats outperforms outperformed outdoes outdid trumps");
/**
 * Words after a verb of besting by which it bests no thing named after it: "heart beats faster", "beats
 * me", "beats the odds", "beats the crap out of".
 */
export const NOT_BESTED = set("faster slower harder quicker me the it them you out per from more less");
/** Words that wish or hope rather than assert: "I hope amlodipine lowers my blood pressure". */
export const WISH_WORDS = set("hope hopes hoped hoping wish wishes wished");
/**
 * Adjectives of no good, which before "for", "against" or "at" deny what follows: "is useless for treating
 * eclampsia", "ineffective against viruses" (see USELESS_FOR).
 */
export const USELESS_WORDS = set("useless ineffective worthless pointless");
/** The prepositions after which USELESS_WORDS deny. */
export const USELESS_FOR = set("for against at");
/** Adjectives that negate: "not impossible", "isn't unheard of" make a double negative. */
export const NEGATING_ADJECTIVES = set(
  "impossible unlikely unheard uncommon unusual improbable unknown untrue incorrect inaccurate unfounded",
);
/** Multipliers written as one word: "fivefold", "tenfold". */
export const FOLD = /^\p{L}+fold$/u;
/** Nouns of a thing's stopping: "caffeine withdrawal", "smoking cessation" are said by "quitting caffeine". */
export const CESSATION_NOUNS = set("withdrawal cessation discontinuation abstinence");
/**
 * Names of a thing's shortage ("zinc deficiency", "low zinc", "lack of zinc"), by which "not getting
 * enough zinc", "too little zinc", "low on zinc" and "short of zinc" name it: the nouns after the thing,
 * and the words before it.
 */
export const SHORTAGE_NAMES = {
  after: set("deficiency deficiencies deficit deficits insufficiency shortage"),
  before: ["low", "lack of", "not enough"],
};
/** What says too little of the thing after it: "low on", "short of", "too little", "deficient in". */
export const SHORTAGE_PHRASE = /^(?:(?:low|short|lacking|deficient)\s+(?:on|in|of)|too\s+(?:little|few))$/;
/** Verbs of coming to have too little, before the words of it: "running low on", "ran short of". */
export const SHORTAGE_VERBS = set("run runs ran running");
/** Words of a level, said after what it is of: "low zinc levels", "your vitamin D status". */
export const LEVEL_NOUNS = set("level levels status stores");
/** Nouns of a change in an amount, said after it: "weight loss", "weight gain", "a rise in …". */
export const CHANGE_NOUNS = {
  down: set("loss losses reduction reductions decrease decreases drop drops decline declines fall"),
  up: set("gain gains increase increases rise rises"),
};
/** Verbs of a change in an amount, said before it: "lose weight", "gain weight". */
export const CHANGE_VERBS = {
  down: set("lose loses losing lost shed sheds shedding"),
  up: set("gain gains gaining gained"),
};
/** Nouns a number labels a kind of: "type 2 diabetes", "a Group 1 carcinogen", "stage 3 cancer". */
export const LABEL_NOUNS = set(
  "type types grade grades stage stages group groups phase phases class classes category schedule generation tier",
);
/** Forms of "do": "does nothing for a child's cough". */
export const DO_FORMS = set("do does did doing done");
/** What a form of "do" may do for a thing, said before "for": "does nothing for", "does wonders for". */
export const DONE_FOR = set("nothing anything wonders");
/** Adverbs of stopping at once, which a thing's stopping is unless said otherwise: "quitting caffeine abruptly". */
export const SUDDEN_WORDS = set("abruptly suddenly");
/** Verbs of stopping: "quitting smoking" speaks of smoking's absence, not of smoking. */
export const CESSATION_WORDS = set(
  "quit quits quitting stop stops stopped stopping cease ceasing ceased abstain abstaining avoid avoiding avoided skip skipping",
);

/** Nouns of how often, which say no place or population: "in rare cases" is "rarely". */
export const CASE_NOUNS = set("case cases instance instances");
/** Animals studies are done in: "in people" is another scope than "in rats". */
export const ANIMAL_SUBJECTS = set(`
  animal animals rat rats mouse mice rodent rodents monkey monkeys primate primates dog dogs cat cats pig
  pigs rabbit rabbits hamster hamsters guinea zebrafish
`);
/**
 * The generic scopes (below) that are a part of the body or a time of day: a denial said there ("doesn't disrupt
 * sleep in the morning", "doesn't block the receptors in the brain") denies it there only. (Not "in the
 * blood", where what is measured in it is: "Statins do not lower LDL cholesterol in the blood".)
 */
export const PART_SCOPES = set(`
  brain morning mornings evening evenings afternoon afternoons night nights day days daytime week weeks
`);
/**
 * The part scopes that are a time: said in a condition ("if taken in the morning", "when you drink it at
 * night"), a time the claim must state.
 */
export const TIMES_OF_DAY = new Set([...PART_SCOPES].filter((word) => word !== "brain"));
/**
 * Scopes that narrow no claim about people or their bodies: "in the brain", "in humans", "at night". Any
 * other scope a sentence sets that the claim does not state ("in dogs", "in athletes") may be one its
 * evidence does not cover.
 */
/** The generic scopes that are the body or a part of it: "makes the brain more sensitive" is not "the body". */
export const BODY_SCOPES = set("body bodies blood system brain");
/** The body scopes that say the whole of it: "the body's levels", against which "in the brain" is a part. */
export const WHOLE_BODY = set("body bodies system");
export const GENERIC_SCOPES = new Set([
  ...BODY_SCOPES,
  ...set("humans human adults adult person persons people patients patient practice general life"),
  // (Where one lives: "cleans the air in your house", "at home".)
  ...set("home homes house houses room rooms bedroom bedrooms flat apartment"),
  ...PART_SCOPES,
  ...CASE_NOUNS,
]);

/** Prepositions a contrast may open with: "caused by the nocebo effect, not by the drug", "in rats, not in humans". */
export const CONTRAST_PREPOSITIONS = set("by in at with from through via for on");
/** Nouns of research, any of which says where a finding was made as another does: "in animal experiments" for "in animal studies". */
export const RESEARCH_NOUNS = set("study studies experiment experiments trial trials research test tests");
/** Who or what reports a finding from research: "Researchers in Japan found …", "Evidence from trials shows …". */
export const RESEARCHERS = set("researchers scientists investigators evidence data review reviews science findings");
/** Prepositions that open the scope of an assertion: "in rats", "among smokers", "during pregnancy". */
export const SCOPE_PREPOSITIONS = set("in among during within against");
/**
 * Prepositions of time that narrow an assertion too ("after surgery", "before a meal"): a sentence's scope
 * opened by one must be the claim's, though a claim's own ("six hours before bedtime") is no place.
 */
export const TIME_PREPOSITIONS = set("after before following at");

/** Verbs of moving a thing one way, which a particle after their object sets: "pushes your LDL up", "drives it down". */
export const MOVING_VERBS = set(
  "push pushes pushed pushing drive drives drove driven driving send sends sent sending knock knocks knocked knocking pull pulls pulled pulling force forces forced forcing",
);
/**
 * Verbs of switching, which "on" or "off" (SWITCH_PARTICLES) sets one way: "switches on AMPK", "turns
 * those receptors off".
 */
export const SWITCHING_VERBS = set(
  "switch switches switched switching turn turns turned turning flip flips flipped flipping shut shuts shutting",
);
/** The particles of switching and the way each sets an effect: "on" sets a thing working, "off" stops it. */
export const SWITCH_PARTICLES: ReadonlyMap<string, number> = new Map([
  ["on", 1],
  ["off", -1],
]);
/**
 * Verbs that say a conversion with "into" after what they convert: "turns vitamin D into calcifediol",
 * "is changed into", "turns into melatonin" — as "converts … into" does.
 */
export const CONVERTING_VERBS = set("turn turns turned turning change changes changed changing");
/**
 * Most words between a verb and the word that completes its frame past its object: "turns … into",
 * "keeps … from" (the object's name, past determiners).
 */
export const MAX_FRAME_WORDS = 6;
/** Particles of phrasal verbs ("speed up", "cut down", "give up"): read with the verb before them. */
export const PARTICLES = set("up down out off away back over");

/** Adjectives of how hard a thing is to do: "makes it harder to sleep" lowers sleep, "easier to absorb" raises absorption. */
export const HARD_WORDS = set("hard harder hardest difficult tough tougher impossible");
export const EASY_WORDS = set("easy easier easiest simpler");
/**
 * Verbs of a thing's ending, with the particle each needs or null ("go" only with "away", "clear" only
 * with "up"): "clears up faster", "ends sooner", "goes away quicker" say it is shorter.
 */
export const ENDING_VERBS: ReadonlyMap<string, string | null> = new Map([
  ...["end", "ends", "ended", "pass", "passes", "passed", "resolve", "resolves", "resolved"].map(
    (w) => [w, null] as const,
  ),
  ...["clear", "clears", "cleared"].map((w) => [w, "up"] as const),
  ...["go", "goes", "went"].map((w) => [w, "away"] as const),
]);
/** Comparatives of pace after a verb of ending: "sooner" says shorter, "later" longer. */
export const ENDING_PACE = { shorter: set("sooner faster quicker earlier"), longer: set("later slower") } as const;
/** Nouns of one bout of an ailment: "shortens bouts of diarrhoea", "an episode of gout" speak of the ailment itself. */
export const EPISODE_NOUNS = set("bout bouts episode episodes attack attacks spell spells");
/** The forms of "take", which with "longer to", "less time to" say how fast a thing is done. */
export const TAKE_FORMS = set("take takes took taken taking");
/**
 * Causative light verbs: "X makes Y anxious", "X leads to more Y", "X gives you Y" say that X raises Y —
 * an effect whose direction the comparatives around it set.
 */
export const CAUSATIVE_VERBS = set(
  "make makes made making lead leads led leading give gives gave given giving result results resulted bring brings brought produce produces produced create creates created",
);
/** Comparatives that set an effect's direction: "more Y" raises it, "less Y" lowers it. */
/** Words of risk or likelihood: "raises your chances of", "makes bleeding more likely" say a risk. */
export const RISK_WORDS = set(
  "risk risks chance chances odds likelihood likely likelier probability prone susceptible vulnerable",
);
/** Words after which "how" opens what is affected: "no effect on how quickly", "a role in how much". */
export const DIMENSION_OPENERS = set("on in change changes changed changing determine determines determined");
/**
 * Verbs of an effect in no direction: "X does not affect Y", "has no effect on Y" deny that X raises or
 * lowers Y; said without a negation they assert no direction, so nothing.
 */
export const ANY_EFFECT_WORDS = set(
  "affect affects affected affecting influence influences influenced alter alters altered impact impacts impacted effect effects difference",
);
/**
 * Nouns of a part played in something: "X plays no role in Y", "has no part in Y", "has no place in the
 * treatment of Y" deny, as "has no effect on Y" does, that X moves Y either way — read so only after a
 * form of "play" or "have" (with at most a determiner between) and before "in": never "part of", which
 * says membership.
 */
export const ROLE_NOUNS = set("role roles part place");
export const PLAY_FORMS = set("play plays played playing have has had having");
export const MORE_WORDS = set("more higher greater increased extra worse");
/** Comparatives of how good a thing is, not how much of it there is: "worse sleep" is less of it, "worse pain" more. */
export const VALENCED_COMPARATIVES = set("worse");
export const LESS_WORDS = set("less fewer lower reduced decreased");
/** Comparatives of how long: of a state, more or less of it ("shorter sleep"); of a process, how slowly it goes. */
export const DURATION_COMPARATIVES = set("shorter longer");

/** Words that set one thing against another: a name after them is compared with, not the subject. */
export const COMPARED_MARKERS = set("like unlike than versus vs");
/** "compared with X", "relative to X". */
export const COMPARED_PHRASE = /^(?:compared|relative|contrasted)$/;

/** Prepositions that open a fronted adverbial ("In rats trained on fluoxetine, …"). */
export const FRONTING_WORDS = set(
  "in during among after before for with according at on by over when while if because unlike like in contrary despite notwithstanding",
);

/**
 * Words that judge rather than measure: "worse" anxiety is more of it, a "worse" night's sleep less. They
 * are opposed to each other ("better"/"worse") but never to verbs of effect.
 */
export const EVALUATIVE_WORDS = set(
  "good bad better worse best worst improve improves improved worsen worsens worsened well",
);

/** Words of comparison alone: a comparative claim must be met by more than these (its dimension). */
export const COMPARISON_WORDS = set("good bad better worse best worst well more less much greater lesser higher lower");

/**
 * An aside closing a sentence that says its thing is nothing out of the ordinary: "Galfer is just an iron
 * tablet, nothing fancy about it", "…, nothing exotic" — no more than "is an iron tablet" (to blank).
 */
export const ORDINARY_AFTER =
  /,\s*nothing\s+(?:fancy|special|exotic|magic|magical|unusual)(?:\s+(?:about|to)\s+(?:it|them))?(?=\s*[.!]*\s*$)/g;
/**
 * An example set off by commas: "It's wrong to say statins, e.g. atorvastatin, cause dementia", "…,
 * such as X, …", "…, including X, …" — what the sentence says is said of the thing before it (to blank).
 */
export const EXAMPLE_ASIDE = /,\s*(?:e\.\s?g\.|i\.\s?e\.|eg|ie|such\s+as|including)\s+[^,.;:!?]{1,60},/g;
/**
 * A "myth" the sentence then calls true: "The myth that X is actually true", "… turns out to be right" —
 * the writer's quotes round "myth", not a denial of X (no verdict: who is right is not read).
 */
export const MYTH_UPHELD =
  /\b(?:myth|misconception)\s+that\s.*\b(?:is|was|are|were|turns?\s+out\s+to\s+be|turned\s+out\s+to\s+be|proves?\s+to\s+be|proved\s+to\s+be)\s+(?:(?:actually|really|in\s+fact|completely|totally|partly|not\s+a\s+myth\s+but)\s+)?(?:true|correct|right|real|accurate|a\s+fact)\b/;
/**
 * A sentence about a myth's persistence: "The myth that X just won't die", "That old misconception that X
 * persists" — the writer calls X a myth, as "It's a myth that X" does; the myth's age (group 1) and
 * persistence (group 2), to blank, say nothing of X.
 */
export const MYTH_PERSISTS =
  /^(?:(?:the|that|this)\s+)?((?:(?:old|common|popular|persistent|stubborn|tired)\s+)*)(?:myth|misconception)\s+that\s.+?(\s+(?:(?:just|still|simply)\s+)?(?:(?:won't|wont|will\s+not|refuses?\s+to|never\s+seems?\s+to)\s+(?:die|go\s+away|disappear)|persists|lives\s+on|keeps\s+(?:coming\s+back|going\s+around|circulating|spreading)|is\s+still\s+(?:around|going\s+around|everywhere))(?:\s+(?:online|on\s+the\s+internet))?)\s*[.!]*$/;
/**
 * A judgement closing a denial: "X doesn't cause Y, that's a myth", "…, total myth", "…, that's pure
 * marketing", "…, it's all hype", "…, total waste of money", "…, that myth was debunked years ago" — the
 * writer's denial, said of the belief it denies (the judgement alone, to blank). (Not "…, that's
 * nonsense" nor "…, that's been debunked", which may as well dismiss the denial itself.)
 */
export const DEBUNKING_AFTER =
  /(?:[,;]|\s[-–—])\s*(?:(?:(?:that's|that\s+is|thats|which\s+is|it's|it\s+is)\s+)?(?:(?:just|only|all|simply)\s+)?(?:(?:a|an)\s+)?(?:(?:total|complete|utter|pure|old|big)\s+)*(?:myth|wives'?\s+tale|urban\s+legend|marketing|hype|waste\s+of\s+(?:money|time))(?:\s+(?:imo|imho|tbh))?|(?:that|this|the)\s+myth\s+(?:was|has\s+been|got|is)\s+(?:(?:long|thoroughly|totally|completely)\s+)?debunked(?:\s+(?:years|decades|long)\s+ago)?)(?=\s*(?:[.!;]|\s[-–—]|$))/g;
/**
 * Words that judge an assertion false or doubtful ("nonsense", "a myth", "I doubt that", "wrongly",
 * "outdated"): a sentence with one may report a claim to deny it ("The claim that coffee dehydrates you
 * is a myth", "Some say X, but they are wrong"). The check does not read whom such a judgement is
 * about, so it gives no decisive verdict (except "It's a myth that X", read as a denial: DENIAL_THAT).
 */
export const DISBELIEF_WORDS = set(`
  myth myths hoax false untrue fake bogus nonsense rubbish misconception misconceptions fallacy lie lies
  fiction wrong wrongly mistaken mistakenly erroneous erroneously incorrect incorrectly debunked disproven
  discredited outdated obsolete exaggerated overblown overrated overstated unproven unfounded baseless
  doubt doubts doubted doubtful dubious questionable critics skeptics sceptics anymore deny denies denied
  denying dispute disputes disputed disputing refute refutes refuted whether reject rejects rejected
  rejecting allegedly supposedly purportedly ostensibly rumor rumors rumour rumours misinformation
  disinformation retracted quack quacks exaggeration misleading overstatement busted bunk debunk debunks
  debunking pseudoscience quackery poppycock balderdash codswallop claptrap hooey twaddle
`);
/**
 * A belief or a fact the sentence reports as past ("once thought", "used to raise", "no longer") or as
 * future ("will soon be", "one day"), or takes back ("…, but it is not", "…, but only in the loosest sense").
 */
export const PAST_BELIEF = new RegExp(
  [
    String.raw`\b(?:once|formerly|previously|originally)\s+(?:thought|believed|considered|said|claimed|classed|classified|regarded|labell?ed|seen|viewed|called|known)\b`,
    String.raw`\bused\s+to\s+be\s+(?:thought|believed|considered)\b`,
    // (Not the passive "is used to treat": a form of "be" or "get" a few words before, in the same clause —
    // "is not used to", "is also widely used to", "Is tianeptine used to …?".)
    String.raw`(?<!\b(?:is|are|was|were|be|been|being|get|gets|got)(?:n't)?(?:\s+(?!(?:that|who|which|when|because|and|but|or)\b)[\w'-]+){0,4}\s+)\bused\s+to\b`,
    String.raw`\bno\s+longer\b`,
    // A past belief said in the passive: "was thought to", "were claimed to"; a report at second hand:
    // "is said to", "are claimed to".
    String.raw`\b(?:was|were)\s+(?:thought|believed|claimed|assumed|supposed|said)\s+to\b`,
    String.raw`\b(?:is|are)\s+(?:said|claimed|alleged|rumou?red)\s+to\b`,
    // "It is often said that …", "it's widely believed that …": a report of no one in particular.
    String.raw`\bit(?:\s+is|'s)\s+(?:often\s+|commonly\s+|widely\s+|sometimes\s+|generally\s+|frequently\s+)?(?:said|claimed|believed|thought|rumou?red|alleged)\s+that\b`,
    // (Said with nothing after it but a word of emphasis or truth: "…, but it doesn't raise your core
    // temperature" says a thing of its own, read as a clause.)
    String.raw`\bbut\s+(?:actually\s+|really\s+|in\s+fact\s+)?(?:(?:(?:it|that|this|they|he|she)\s+)?(?:is|are|was|were|does|do|did|has|have|can|could|will|would)(?:\s+not|n't)|(?:it|that|this|they|he|she)['’](?:s|re)\s+not)\b(?=(?:\s+(?:really|actually|though|tho|anymore|any\s+more|at\s+all|true|so|the\s+case|proven|right|correct))*\s*(?:[.!?;,)]|$))`,
    // The future, or a day that may come: "will soon be", "could one day".
    String.raw`\bwill\s+soon\b|\bone\s+day\b|\bsomeday\b|\bin\s+the\s+future\b|\bwill\s+be\s+shown\b`,
    // A tail that takes most of it back: "…, but only in the loosest sense", "sort of" — not the noun
    // after a determiner ("a kind of statin", "this sort of drug").
    String.raw`\bloosest\s+sense\b|(?<!\b(?:a|an|the|one|some|any|this|that|which|what|every|each|another)\s)\b(?:sort|kind)\s+of\b`,
  ].join("|"),
);
/**
 * Words that judge an assertion at all, true or false: a sentence that names a claim's two things with
 * one of them is not taken to imply the claim's predicate (see `impliedByPair`).
 */
export const VERACITY_WORDS = new Set([...DISBELIEF_WORDS, ..."true truth real fact facts proven".split(" ")]);

/**
 * Words that say an assertion holds only weakly, in part or at times: "hardly raises", "rarely causes",
 * "slightly increases", "partially inhibits", "sometimes causes", "has little effect" — by kind: a claim
 * that says one of a kind ("usually mildly") is said by another of it ("a little").
 */
export const MINIMIZER_KINDS: Record<string, Set<string>> = {
  nearlyNone: set("hardly barely scarcely"),
  seldom: set("rarely seldom sometimes occasionally"),
  slight: set("slightly partially partly mildly marginally modestly little"),
  brief: set("temporarily briefly transiently"),
};
export const MINIMIZERS = new Set(Object.values(MINIMIZER_KINDS).flatMap((kind) => [...kind]));
/** What a word of nearly none ("hardly", "barely") denies before: "hardly any ALA", "barely does anything". */
export const NEARLY_NONE_OF = set("any anything");
/** Words of degree between a denial and an equality: "not nearly as good as", "not quite as fast as". */
export const EQUALITY_DEGREES = set("nearly quite half remotely anywhere near so");
/** Nouns of a slight amount that, after "a", say a degree as "slightly" does: "raises it a bit". */
export const SLIGHT_AMOUNTS = set("bit tad little");
/**
 * Words of how often before a denial, which then denies only at times: "often does not help", "often
 * fails to" (and a modal of possibility before a failure: "can fail to prevent").
 */
export const AT_TIMES = set("often frequently commonly usually occasionally sometimes");
/**
 * Words that a negation before them denies only in part: "not always", "not all", "not much", "fails to
 * help some"; and how soon, which a denial may be of alone: "doesn't cause cirrhosis overnight".
 */
export const PARTIAL_AFTER_NEGATION = set(
  "always all every everyone everybody everything much many entirely completely fully totally necessarily exclusively only some certain several overnight immediately instantly straightaway",
);
/** Counts and parts: "ten cups a day", "by two thirds", "half a tablet" state an amount. */
export const NUMBER_WORDS = set(
  "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands dozen dozens half halves third thirds quarter quarters percent",
);
/** A number written in digits: "10", "2.5", "50%". */
export const DIGITS = /^\d+(?:[.,]\d+)?%?$/;
/** Words of how many times: "doubles the risk" says an amount the claim may not. */
export const MULTIPLIERS = set(
  "double doubles doubled doubling triple triples tripled tripling quadruple quadruples halve halves halved halving",
);
/** Prepositions that make a name no subject of its clause: "with caffeine you can't sleep". */
export const SUBJECTLESS_PREPOSITIONS = set("with without after from on under for");
/** Words that say an assertion more strongly: "much better accepted", "clearly better", "far more". */
export const INTENSIFIERS = set(
  "much far lot greatly vastly hugely considerably substantially significantly markedly dramatically clearly definitely strongly powerfully deeply severely seriously heavily sharply",
);
/** Words of how often that say most cases: "usually causes" says more than "can cause". */
export const MOST_TIMES = set(
  "usually typically mostly mainly largely primarily chiefly principally generally normally predominantly",
);
/**
 * Words of how often, or how much, an assertion holds, by rank: a few cases or a part (1), most cases
 * or the most part (2). A sentence's word of one rank says something else than a claim's of the other:
 * "Statins commonly cause rhabdomyolysis" for "very rarely", "Tirzepatide mainly reduces lean body
 * mass" for "part of the weight lost is lean body mass".
 */
export const HOW_OFTEN: ReadonlyMap<string, number> = new Map([
  ...[...set("rarely seldom occasionally infrequently uncommonly sometimes part partly partially")].map(
    (w): [string, number] => [w, 1],
  ),
  ...[...set("often frequently commonly"), ...MOST_TIMES].map((w): [string, number] => [w, 2]),
]);
/** Prefixes that make a word the negation of the rest: "irreversibly" is not a compound of "reversibly". */
export const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|non|dis|a|an|anti)-?$/;
/**
 * Words and phrases that only make a denial emphatic, as "at all" does: "contains no vitamin D
 * whatsoever" denies what "contains no vitamin D" does; "doesn't bring it down one bit", "not in the
 * slightest".
 */
export const DENIAL_EMPHASIS_PHRASES = [
  ["whatsoever"],
  ["one", "bit"],
  ["a", "single", "bit"],
  ["one", "iota"],
  ["the", "slightest"],
  // ("Won't dehydrate you even slightly", "not even a little": none of it, not a part.)
  ["even", "slightly"],
  ["even", "a", "little", "bit"],
  ["even", "a", "little"],
  ["even", "a", "bit"],
  ["even", "a", "tad"],
];
/**
 * Adjectives of full degree before the noun of an action: "gives good protection against" says what
 * "protects against" does, no less. (Not "some", "partial", "poor", "little": they say less of it.)
 */
export const FULL_DEGREE = set("good great excellent strong effective powerful robust");
/** Their opposites: "gives some protection against" says it only in part. */
export const PART_DEGREE = set("some partial limited modest moderate mild slight little poor weak");
/** Words by which a claim says itself weakly: "shows a trend toward", "tends to be", "somewhat". */
export const TENDENCY_WORDS = set("trend trends tend tends tendency somewhat");
/** Articles: "like a stimulant" compares with a stimulant. */
export const ARTICLES = set("a an the");
/**
 * Words that open a noun phrase, where a participle after them says which of the thing it qualifies
 * ("with reduced kidney function", "at a lowered dose"), not what a verb does.
 */
export const NOUN_PHRASE_OPENERS = set("a an the with without in of for at on among");
/** Auxiliaries of the past: "didn't prevent my sunburn", "was cured". */
export const PAST_AUXILIARIES = set("did was were had");
/** Words that say a thing of every case: "treats every case of GERD", "heals any ulcer". */
export const UNIVERSALS = set("every any all each");
/** Words that place a thing in time against another: "before exercise", "after meals", "during exercise". */
export const TIME_ORDER = set("before after during");
/** Pronouns that open a relative clause: "statins that are not taken regularly". */
export const RELATIVE_PRONOUNS = set("that which who whom whose");
/** Quantifiers that open a clause said of part of a kind: "Some statins …", "Certain patients …". */
export const SOME_OPENERS = set("some certain several many");
/** Words that open a condition: "if taken with food", "unless…", "when taken with alcohol", "when combined with…". */
export const CONDITION_WORDS = set("if unless when whenever provided combined");
/** Phrases that open with a condition word but set none: "when it comes to depression". */
export const CONDITION_IDIOMS = /^when\s+it\s+comes\b/;
/**
 * Verbs that carry little of their own in a condition: "if taken regularly", "when you use it"; and of
 * putting a thing on: "applying sunscreen", "putting on Coppertone".
 */
export const LIGHT_VERBS = set(
  "take takes took taken taking use uses used using have has had having get gets got getting do does did done apply applies applied applying wear wears wore worn wearing put puts putting pop pops popped popping",
);
/** Verbs of using a thing, which with "to" say what it is used to do: "is used to treat …". */
export const USE_VERBS = set("use uses used using");
/**
 * Words of anyone at all, which under a denial deny of everyone and name no one: "never makes anyone
 * nauseous", "doesn't make anybody sick" (not "just anyone").
 */
export const ANY_ONE = set("anyone anybody");
/** Words before "anyone" that make it "not everyone": "doesn't make just anyone nauseous". */
export const ANY_ONE_RESTRICTED = set("just simply merely");
/** Verbs of feeling a state, which say the state: "makes you feel exhausted", "people who quit feel tired". */
export const FEELING_VERBS = set("feel feels felt feeling");
/** Modals of advice or obligation: "should not take", "must avoid" prescribe rather than assert. */
export const PRESCRIPTIVE_WORDS = set("should shouldn't must mustn't ought");
/** Words that join two names spoken of together: "caffeine and painkillers", "coffee or tea". */
export const COORDINATORS = set("and or with nor vs versus plus");

/**
 * Saying, believing, agreeing or knowing denied: "I don't believe that X", "nobody says X", "I wouldn't say
 * X", "My GP never told me X", "I didn't know X" report what someone does not hold (or takes as known),
 * which the check cannot weigh.
 */
export const NEGATED_SAYING = new RegExp(
  [
    String.raw`(?:\b(?:not|never|nobody|no\s+one|none)|n't)\s+(?:\w+\s+){0,3}?(?:believe|believes|believed|think|thinks|thought|say|says|said|tell|tells|told|mention|mentions|mentioned|suggest|suggests|suggested|agree|agrees|agreed|claim|claims|claimed|accept|accepts|accepted)\b`,
    // "…, said no one ever"; "Few experts still think …", "hardly anyone believes …" (not "a few").
    String.raw`\bsaid\s+(?:no\s+one|nobody)\b`,
    // Knowing denied: "I didn't know X", "I never realised X", "I had no idea X" take X as known, not
    // denied — the writer's own assertion the check does not read so (it was read as a denial of X).
    String.raw`(?:\b(?:not|never)|n't)\s+(?:\w+\s+){0,2}?(?:know|knew|known|realise|realised|realize|realized|notice|noticed)\b`,
    String.raw`\bno\s+(?:idea|clue)\b|\b(?:dunno|idk)\b`,
    String.raw`(?:(?<!\ba\s)\bfew|\bhardly\s+any(?:one|body)?|\bnot\s+many|\balmost\s+no(?:\s+one|body)?)\s+(?:[\w-]+\s+){0,2}?(?:still\s+)?(?:believe|believes|think|thinks|say|says|claim|claims|accept|accepts|agree|agrees)\b`,
  ].join("|"),
);
/**
 * A belief others hold, set against what follows: "Some people think X, but …", "Many believe X, yet …",
 * "People say X, but actually …". Whose assertion the first part is, and whether the writer's "but"
 * denies it, the check does not read: no decisive verdict. (A named teller — "My doctor says …" — is
 * whose assertion it is.)
 */
export const CROWD_BELIEF =
  /(?:^|[.!?;]\s+)((?:(?:some|many|most|lots\s+of|a\s+lot\s+of)\s+)?(?:people|folks|others|some|many|critics|everyone|everybody)(?:\s+(?:still|often|wrongly|mistakenly|always|usually))?\s+(?:say|says|said|think|thinks|thought|believe|believes|believed|claim|claims|claimed|argue|argues|insist|insists|assume|assumes))\b[^.;!?]*?,?\s+(?:but|yet|however)\b/;
/** An absurdity everyone knows for one, said after "and" to mock what went before: "pigs fly", "I'm the Pope". */
const KNOWN_ABSURDITY = String.raw`(?:pigs\s+(?:can\s+|will\s+|might\s+)?fly|(?:i'm|i\s+am)\s+the\s+(?:pope|queen|king))`;
/**
 * A mock assent that rejects what it answers by an absurdity everyone knows for one, the whole of the
 * sentence: "Sure, and pigs fly.", "Yeah, and I'm the Pope.", "Sure, Jan." (a mock assent with any other
 * absurdity only takes it back: see TAKEN_BACK).
 */
const MOCK_RETORT = String.raw`(?:(?:oh\s+)?(?:sure|yeah|right|yes),?\s+and\s+${KNOWN_ABSURDITY}(?:\s+of\s+[a-z]+)?|sure,?\s+jan)`;
/**
 * A judgement of the report before it: "My friend says X. She's wrong.", "… Total rubbish.", "… He was
 * right.", "She has it backwards.", "… Hard disagree.", "… I agree.", in a word or a mock retort ("… True.",
 * "… Nope.", "… Myth.", "… Sure, and pigs fly."), or the report's verb said again, denied or not ("… It
 * doesn't.", "… Wrong, they don't.", "… Turns out it's not.", "… I was wrong.", "… It does.") — groups
 * `no`… reject the report, `yes`… endorse it; `asked` ("Is that true?") asks it, as a question of the
 * writer's own.
 */
const JUDGEMENT = String.raw`(?:(?:is|was)\s+(?:that|this|it|she|he)\s+(?:(?:really|actually)\s+)?(?<asked>true|right|correct)\s*\?+|(?:he|she|they|that|this|it)\s*(?:is|was|are|were|'s|'re)\s+(?:(?:just|simply|completely|totally|dead|so|absolutely|quite|flat|flat-out|actually|really|definitely)\s+)?(?:(?<no>wrong|mistaken|incorrect|backwards?|false|untrue|not\s+(?:true|right|correct))|(?<yes>right|correct|true))|(?:he|she|they|that|this|it)\s*(?:has|have|had|'s|'ve|got|gets|get)\s+(?:got\s+)?(?:it|that|this)\s+(?:(?:all|completely|totally|exactly|just)\s+)?(?:(?<no3>backwards?|wrong|the\s+wrong\s+way\s+(?:round|around)|upside\s+down|the\s+other\s+way\s+(?:round|around))|(?<yes2>right|spot\s+on))|(?:(?:total|complete|utter|pure|absolute)\s+)?(?<no2>nonsense|rubbish|garbage)|(?:i\s+)?(?:(?:hard|strongly|totally|completely|respectfully)\s+)?(?<no4>disagree)|(?:i\s+)?(?:(?:totally|completely|fully|strongly)\s+)?(?<yes3>agree)|(?:(?:yes|yep|yup|yeah|totally|absolutely|completely|100%|very|so)[,!]?\s+)?(?<yes4>true|correct|exactly|spot\s+on)|(?<no5>false|untrue|not\s+true|wrong|nope|nah|no|(?:a\s+)?myth|busted|${MOCK_RETORT})|(?<no6>(?:(?:(?:it\s+)?(?:turns?|turned)\s+out(?:\s+that)?|actually|apparently|sadly|(?:wrong|nope|nah|no|false|not\s+true))[,!]?\s+){0,2}(?:(?:it|they)\s*(?:(?:does|do|did|is|are|was|were|can|could|will|would|has|have)(?:n't|\s+not)|won't|can't|cannot|(?:'s|'re)\s+not)(?:\s+at\s+all)?)|(?:it\s+)?(?:turns?|turned)\s+out\s+(?:(?:it's|it\s+is|they're|they\s+are)\s+)?not|i\s+was\s+(?:so\s+|completely\s+|totally\s+)?wrong(?:\s+about\s+(?:that|this|it))?)|(?<yes5>(?:(?:(?:it\s+)?(?:turns?|turned)\s+out(?:\s+that)?|actually|and)[,!]?\s+)?(?:it|they)\s+(?:does|do|did|is|are|can|will)(?:\s+(?:indeed|actually|too))?))`;
/** A judgement (JUDGEMENT) said as the whole of the next sentence: "My friend says X. She's wrong." */
export const REPORT_JUDGED = new RegExp(String.raw`^(?:(?:but|and)\s+)?${JUDGEMENT}\s*[.!]*$`);
/**
 * A judgement (JUDGEMENT) opening the next sentence, the writer's own words after it (`rest`): "Everyone
 * says X. Wrong, it doesn't cause Y.", "I used to think X. Turns out it's not, it's a Z." — not words that
 * grant it only in part, of some, or under a condition ("True, but only at high doses.", "Wrong, it only
 * does at night.", "Nope, not in kids.").
 */
export const REPORT_JUDGED_OPENING = new RegExp(
  String.raw`^(?:(?:but|and)\s+)?${JUDGEMENT}\s*[,;:—–-]\s*(?!(?:but|though|although|however|only|just|except|unless|if|when|whenever|while|whereas|in|for|at|on|among|with|without|partly|partially|half|mostly|mainly|largely|sometimes|not|well|kind|sort|maybe|probably|possibly|perhaps|depends|it\s+depends|more\s+or\s+less|to\s+(?:some|a)|up\s+to|until|after|before|during|then|or|and|so|because|since|lol|haha|lmao|i\s+think|i\s+guess|i\s+believe|at\s+least)\b)(?<rest>(?![^.!?]*\b(?:only|except|unless|sometimes|partly|partially|some|but|though|however|if|when|depends|usually|often|mostly)\b)[\p{L}\d"'“‘].*)$`,
  "u",
);
/** The time of a writer's own past belief, before its verb: "I used to think", "I once believed", "I always thought". */
export const OWN_PAST_BELIEF =
  /(?<=\bi\s+)(?:used\s+to|once|always|originally)\s+(?=(?:think|believe|thought|believed|assume|assumed|reckon|reckoned)\b)/;
/**
 * A judgement that grants the report only in part, or only of some: "That's partly true.", "She's half
 * right.", "It's true for some people.", "That's true of bacteria, not viruses." — the writer takes a
 * position between the report and its denial (or grants it of something else).
 */
export const PARTLY_JUDGED =
  /(?:^|[.!?;]\s+)(?:(?:but|and|well),?\s+)?(?:he|she|they|that|this|it)\s*(?:is|was|are|were|'s|'re)\s+(?:(?:only|just)\s+)?(?:(?:partly|partially|half|somewhat|sort\s+of|kind\s+of|not\s+entirely|not\s+completely|not\s+quite|not\s+always|sometimes|only\s+partly)\s+(?:true|right|correct|wrong)|(?:true|right|correct)\s+(?:for|in|of|with|about)\s+(?!(?:all|every|everyone|everybody|anyone|anybody)\b)[\w-]+)/;
/**
 * The same judgement closing the report's own sentence: "…, which is nonsense.", "…, but that's not
 * true.", "…, and she's right.", "…, but he's got it (totally) wrong." — groups `no`, `no2` reject the
 * report, `yes`, `yes2` endorse it.
 */
export const REPORT_JUDGED_AFTER =
  /,?\s*(?:(?:(?:which|and\s+that|but\s+that)\s*(?:is|was|'s)|(?:and|but)\s+(?:he|she|they|it)\s*(?:is|was|are|were|'s|'re))\s+(?:(?:just|simply|complete|completely|total|totally|utter|utterly|pure|absolutely|dead|quite)\s+)?(?:(?<no>nonsense|rubbish|not\s+true|untrue|false|wrong|mistaken|a\s+myth)|(?<yes>right|correct|true))|(?:and|but)\s+(?:he|she|they)\s*(?:has|have|had|'s|'ve|got|gets|get)\s+(?:got\s+)?(?:it|that|this)\s+(?:(?:all|completely|totally|exactly|just|dead)\s+)?(?:(?<no2>backwards?|wrong|the\s+wrong\s+way\s+(?:round|around)|upside\s+down|the\s+other\s+way\s+(?:round|around))|(?<yes2>right|spot\s+on)))\s*[.!]*$/;
/** An afterthought closing a scope said at the end: "…, in mice, anyway", "…, in a petri dish, that is". */
const AFTERTHOUGHT = String.raw`(?:,\s*(?:anyway|at\s+least|that\s+is|though|mind\s+you|of\s+course|i\s+think|apparently))?`;
/**
 * A sentence that is only a scope, said after the assertion as a sentence of its own: "… . But only in
 * mice.", "… . In a petri dish, that is.", "… . Well, in rats.", "… . In children.", "… . At all." — read as
 * a part of the sentence before it ("…, but only in mice."), where a scope is weighed against the claim's.
 * ("At least that's what I heard." is a report, not a scope.)
 */
export const SCOPE_AFTERWARDS = new RegExp(
  String.raw`^(?:(?:but|well|and|though|not|except|at\s+least|only|mostly|mainly|just|even|especially),?\s+){0,3}(?:in|at|for|on|during|among|with|within|under|after|before|over|until|through|without)\s+(?!least\b)(?:[\w'’-]+\s+){0,4}[\w'’-]+${AFTERTHOUGHT}\s*[.!]*\s*$`,
);
/**
 * Verbs of believing, and of saying with a doubt in it ("insists", "swears", "claims"), by which a text
 * reports what someone holds rather than what is so: "My neighbour thinks statins cause dementia" is the
 * neighbour's, not the writer's (said of "I" or "we", it is the writer's own, hedged).
 */
export const BELIEF_VERBS = set(`
  think thinks thought believe believes believed reckon reckons reckoned assume assumes assumed suspect
  suspects suspected fear fears feared worry worries worried imagine imagines imagined
  insist insists insisted swear swears swore claim claims claimed allege alleges alleged
`);
/**
 * Verbs of knowing, noticing or wagering that take a clause of their own, beyond REPORTING_VERBS and
 * BELIEF_VERBS: "I realised X causes Y", "I bet it also cures colds", "I noticed it makes me tired".
 */
export const MIND_VERBS = set(`
  realise realises realised realising realize realizes realized realizing notice notices noticed noticing
  bet bets betting guess guesses guessed guessing hope hopes hoped hoping wish wishes wished doubt doubts
  doubted feel feels felt feeling figure figures figured understand understands understood remember
  remembers remembered forget forgets forgot expect expects expected suppose supposes supposed discover
  discovers discovered see sees saw seen agree agrees agreed reading knowing thinking believing hearing
  learning learns
`);
/**
 * Verbs of taking up a regimen, changing it or giving it up: "My doctor put me on Crestor", "I switched to
 * Allegra", "I stopped drinking coffee" — the writer's own story (not "gave me", which may say an effect,
 * nor "took", "tried" or "prescribed", which may say what for).
 */
export const REGIMEN_VERBS = set(`
  put puts putting switch switches switched switching start starts started starting stop stops stopped
  stopping quit quits quitting cut cuts cutting began begin begins change changes changed changing moved move
  moves
`);
/**
 * Who speaks for what they sell: "Pfizer's ad says …", "the manufacturer claims …". What they say is
 * theirs, reported, not the writer's assertion.
 */
export const PROMOTIONAL_SOURCES = set(`
  ad ads advert adverts advertisement advertisements advertising commercial commercials marketing promo
  promos maker makers manufacturer manufacturers seller sellers label labels packaging package packet box
`);
/**
 * Things that carry a slogan: "My niece's hoodie says …", "a poster says …" — what they say is a slogan
 * reported, not the writer's assertion.
 */
export const SLOGAN_CARRIERS = set(`
  shirt shirts t-shirt t-shirts tee tees hoodie hoodies sweatshirt mug mugs sticker stickers poster posters
  billboard billboards sign signs banner banners meme memes slogan slogans placard placards badge badges
`);
/** Who speaks for the writer: "I think …", "we believe …". */
export const FIRST_PERSON = set("i we");
/** What opens a supposition, which asserts nothing: "Even if Zetia were a statin, …", "Suppose …". */
export const SUPPOSING_OPENERS = set("if unless suppose supposing assuming imagine");
/** The pronouns a question tag closes with: "…, isn't it?", "…, don't they?", "…, wasn't there?". */
export const TAG_PRONOUNS = set("it they he she you we i there that");
/** The words of a tag that asks assent by themselves: "…, right?", "…, correct?". */
export const ASSENT_TAGS = set("right correct");
/**
 * The research's word that what is said is so, said after it: "…, and the trials agree", "and the research
 * backs that up", "and the studies back her up" — a clause of its own (CLAUSE_BREAK) that endorses it.
 */
const RESEARCH_AGREES = String.raw`(?:the\s+)?(?:trials?|research|studies|evidence|science|data)\s+(?:all\s+)?(?:agrees?|backs?\s+(?:it|this|that|her|him|them)(?:\s+up)?|confirms?\s+(?:it|this|that)|supports?\s+(?:it|this|that))`;
/**
 * Advice to ask a clinician, or to be tested, which asserts nothing of the things the store holds: "Talk to
 * your doctor.", "Still, check with your pharmacist about anything you take.", "Ask your GP first.", "Get
 * tested, folks." (Not advice that says what to take or avoid, "Take zinc for colds.", nor what to tell
 * one: "Tell your doctor it cures colds.")
 */
export const CONSULT_ADVICE =
  /^(?:(?:still|so|but|and|just|please|anyway|always|definitely|honestly|seriously|pls|plz|then)[,\s]+)*(?:(?:talk|speak|ask|check|consult|see|call|run\s+it\s+by)\s+(?:(?:to|with)\s+)?(?:your|a|the|ur)\s+(?:own\s+|local\s+|usual\s+)?(?:doctor|doctors|gp|gps|pharmacist|pharmacists|midwife|nurse|dentist|doc|physician|prescriber|consultant|specialist|endo|endocrinologist|obgyn|ob|psychiatrist|cardiologist|pediatrician|paediatrician|health\s+visitor|care\s+team)s?\b(?:,?\s+(?:first|anyway|though|too|again|for\s+(?:advice|alternatives|help)|(?:before|about|if)\b[^.!?;]*))*|get\s+(?:(?:it|them|that|this|yourself|your\s+levels|your\s+bloods|your\s+blood|your\s+[\w-]+\s+levels)\s+)?(?:tested|checked|looked\s+at)\b(?:\s+first|\s+regularly)?(?:,\s*(?:folks|everyone|guys|people|y'all|all))?)\s*[.!]*$/i;
/**
 * The writer's word that what is said is so, as a clause of its own: "All of this is true.", "Correct.",
 * "Yep, it's true.", "Looked it up and she's right.", "Checked the structures myself, it's true." — a
 * checking of it (a verb of checking, no name) before it, if anything. ("Right" only of someone: "Yeah,
 * right" mocks; not "None of this is true", which takes it back.)
 */
export const ENDORSEMENT = new RegExp(
  String.raw`^(?:(?:yes|yep|yeah|yup|so|and)\b[,\s—–-]*)*(?:(?:looked\s+(?:it|this|that)\s+up|checked|double-checked|googled|verified)\b[^,;:.!?]*?(?:,\s*|\s+and\s+))?(?:(?:(?:it|that|this|all\s+of\s+(?:it|this|that))(?:['’]s|\s+is|\s+was)\s+)?(?:(?:totally|absolutely|completely|entirely|quite|100%)\s+)?(?:true|correct|accurate)|(?:she|he|they|you)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:(?:totally|absolutely|completely|entirely|quite|100%)\s+)?(?:right|correct)|${RESEARCH_AGREES})\s*[.!]*$`,
  "iu",
);
/**
 * A question that challenges what it asks rather than asking it: "Since when do antibiotics cure colds?",
 * "Who says …?", "Who still thinks …?" — answered "They don't.", it is denied as a yes/no question is.
 */
export const RHETORICAL_CHALLENGE =
  /^\s*(?:since\s+when|who\s+(?:(?:still|really|even|ever|actually|seriously)\s+)?(?:says|said|told\s+you|thinks|believes|claims))\b/i;
/** Words that open a question asking for more than yes or no (or challenging: "since when …?"). */
export const WH_WORDS = set("who whom whose what which when where why how since");
/** Words that open a clause inside another: "… because it …", "… that X causes Y", "… once I started". */
export const CLAUSE_JOINERS = new Set([
  ...RELATIVE_PRONOUNS,
  ...WH_WORDS,
  ...set("whether if unless because as once whenever while although though until so"),
]);
/**
 * A label an answer may open with: "Short answer: no", "The short answer is yes", "tl;dr: no", and the
 * "A:" of a question and answer written out ("Q: Does X …? A: No.").
 */
export const ANSWER_LABEL = String.raw`(?:(?:the\s+)?(?:short|quick|simple|honest)\s+answer(?:\s+is)?|tl;?dr|(?:a|answer)(?=\s*:))\s*[:,-]?\s*`;
/**
 * A plain "no" to a yes/no question, the whole of the sentence after it: "Does X …? No.", "Nope.",
 * "Of course not.", "Not one bit.", "No, it doesn't.", "No, not even close.", "No, that's not how it works.", a
 * softened no ("Not really.", "Hardly.", "Not true.") and a dismissal that can only mean no ("Give me a
 * break.", "Get real.", "Yeah, no.", "What a joke."). It denies what the question asks (hedged answers —
 * "Unlikely.", "Not in my experience." —
 * answers that go on to say more, and surprise that may be either — "Are you kidding me?" — take it back
 * instead).
 */
export const ANSWERED_NO = new RegExp(
  String.raw`^(?:(?:sadly|honestly|well|lol|lmao|haha|um+|uh+),?\s+|${ANSWER_LABEL})?(?:no|nope|nah|no way|not really|hardly|not true|of course not|absolutely not|certainly not|definitely not|not at all|not (?:one|a|a single) bit|not in the slightest|not one iota|${MOCK_RETORT}|give me a break|gimme a break|get real|yeah,? no|what a joke|keep dreaming|dream on|in your dreams|(?:no|nope),?\s+(?:it|they|he|she|that|this|you)\s+(?:(?:does|do|did|is|are|was|were|can|will|would|could|has|have)(?:n't|\s+not)|won't|can't|cannot)|(?:it|they)\s+(?:(?:simply|just|really|actually|certainly|definitely)\s+)?(?:(?:does|do|did|is|are|was|were|can|will|would|could|has|have)(?:n't|\s+not)|won't|can't|cannot)(?:,?\s+(?:no|nope))?|(?:no|nope),?\s+(?:not\s+even\s+close|not\s+at\s+all|not\s+(?:one|a)\s+bit|not\s+in\s+the\s+slightest|never|absolutely\s+not|of\s+course\s+not|definitely\s+not|(?:that's|that\s+is)\s+(?:just\s+|simply\s+)?not\s+(?:true|how\s+it\s+works)))\s*[.!]*$`,
);
/**
 * Words by which what follows a "no" says something else than the question's denial: a correction ("No,
 * only bacteria"), another thing credited ("No, that's what sulfonylureas do"), a quantifier ("No, not
 * everyone gets it").
 */
export const NO_TURNS = set("only just but instead opposite what all every everyone everybody always some most many");
/** The word of a plain "no" that may open an answer: "No, it doesn't", "Nope, they can't". */
export const NO_ANSWERS = set("no nope nah");
/** The plain "no"s that may open an answer and go on: "No, it doesn't", "Not really, it doesn't halt them". */
export const NO_ANSWER_PHRASES = String.raw`(?:no|nope|nah|not\s+really|not\s+at\s+all|absolutely\s+not|definitely\s+not|certainly\s+not|of\s+course\s+not)`;
/**
 * What a "yes" may go on to in a few words that say no clause of their own (no subject, verb or negation)
 * nor narrow it (a scope, a condition, a frequency, a degree): "Yep, same family.", "Yes, noticeably
 * better.", "Yes, by a long way.", "Yep, paracetamol plus codeine." — not "Yes, in kids.", "Yes, a bit.",
 * "Yes, sometimes.", "Yes, it's a known side effect."
 */
const YES_FRAGMENT = String.raw`(?!(?:only|just|but|if|when|in|for|at|on|with|without|among|except|unless|after|before|during|until|once|sometimes|usually|often|mostly|mainly|largely|partly|rarely|occasionally|seldom|maybe|probably|possibly|perhaps|kind|sort|kinda|sorta|slightly|somewhat|eventually|theoretically|depends|though|although|lol|haha|lmao|apparently|allegedly|supposedly)\b)(?:(?!(?:it|its|they|he|she|that|this|there|i|you|we|is|are|was|were|be|been|do|does|did|can|could|will|would|may|might|must|should|has|have|had|not|no|never|only|but|if|when|unless|some|sometimes|usually|often|mostly|partly|rarely|little|bit|slightly|somewhat|except)\b)[\p{L}\d%'’-]+[\s,]*){1,6}`;
/**
 * A plain "yes" to a yes/no question, the whole of the sentence after it ("Yes.", "Of course.", "Yes, it
 * does."): the question's assertion stands.
 */
export const ANSWERED_YES = new RegExp(
  String.raw`^(?:${ANSWER_LABEL})?(?:yes|yep|yup|of course|absolutely|definitely|certainly|indeed|(?:there(?:'s|\s+is)\s+)?no\s+(?:doubt|question)\s+about\s+it|without\s+(?:a|any)\s+doubt|(?:yes|yep|yup),?\s+(?:it|they|he|she|that|this)\s+(?:does|do|did|is|are|was|were|can|will|would|could|has|have)|(?:yes|yep|yup|absolutely|definitely|certainly|of\s+course|correct|exactly|indeed),\s+${YES_FRAGMENT})\s*[.!]*$`,
  "u",
);
/**
 * What takes an assertion back, leaves it open or says it of no one, by its form: an answer that rejects
 * it without a plain "no" ("…. Not really.", "… - not true.", "… (not)", "…. Actually, it doesn't.",
 * "… ? Not a chance.", "Yeah right.", "Yeah, right."), irony ("As if …!", "…, as if."), a mock assent ("… ? Yeah, and pigs fly.",
 * "Sure, she's right", "Right, because …"), a scope denied at the end ("…, not in humans, though."), a challenge or an open question ("Who says …?", "may or may not", "Nobody knows
 * if …"), a finding not made ("remains to be shown"), belief refused ("Contrary to claims that …"), a
 * label ("Hypothesis: …", "BS: …"), a mock authority ("according to my horoscope"), a retraction or a
 * one-word verdict after the fact ("Just kidding.", "Or not.", "Hogwash."), mockery (an emoji of it, a
 * scoffing reply, someone's scorn reported), a negative quantifier after the
 * verb ("… in no one", "at no dose"), an exception ("Every drug but statins …", "Nothing but UVB …") and
 * scare quotes ('Statins "lower" LDL'). The check gives such a text no decisive verdict.
 */
export const TAKEN_BACK = new RegExp(
  [
    String.raw`(?:^|[?.!;:]\s*|\s[-–—]+\s*|\(\s*)(?:(?:lol|haha|um+|well|actually|honestly|spoiler|sorry)[,:]?\s+)?(?:no|nope|nah|no way|not|not really|not true|not at all|not so|hardly|absolutely not|of course not|certainly not|definitely not|think again|not in my experience|not a chance|no chance|fat chance|not likely|unlikely|yeah,?\s+right|in your dreams|dream on|(?:it|they|that|this|he|she|we|you)\s+(?:does|do|did|is|are|was|were|can|will|has|have|would)(?:n't|\s+not))\s*(?:[.!)]+\s*|$)`,
    String.raw`(?:^|[.!?]\s+)as\s+if\b`,
    // ("So much for vitamin C curing colds": what the writer dismisses.)
    String.raw`(?:^|[.!?;]\s+)so\s+much\s+for\b`,
    // ("…, as if.", "… as if!": the same irony after what it mocks.)
    String.raw`[,\s]\s*as\s+if\s*(?:!+|\.(?!\.)|$)`,
    // An answer that goes on: "… ? No, only bacteria.", "… ? Yes, but only in rats." (a plain "no" denies:
    // see ANSWERED_NO).
    String.raw`\?\s*(?:(?:lol|lmao|haha|um+|uh+|well|honestly|sadly),?\s+|${ANSWER_LABEL})?(?:${NO_ANSWER_PHRASES},|(?:yes|yeah|yep),?\s+but)(?=\s+\S)`,
    // A mock assent that goes on to something absurd: "… ? Yeah, and cigarettes are health food.", "Sure,
    // she's right, and I'm the Pope.", "… and pigs fly." — after a question, or opening a sentence after
    // what it mocks ("'Aspirin dissolves clots.' Sure, and ibuprofen regrows hair.").
    String.raw`(?:\?|[.!]['"’”]?\s)\s*(?:oh\s+)?(?:yeah|sure|right),?\s+and\b`,
    String.raw`(?:^|[.!?]\s+)(?:oh\s+)?(?:sure|yeah|right),?\s+(?:he|she|they|you|that)\s*(?:'s|'re|is|are|was|were)\s+(?:right|correct|true)\b`,
    // A scope denied after the assertion, to the end: "…, not in humans, though." (A scope added after the
    // fact as a sentence of its own, "… . Not in humans.", is read as a part of the sentence before: see
    // SCOPE_AFTERWARDS.)
    String.raw`,\s*(?:(?:just|but|only|though)\s+)?not\s+(?:in|for|among|at|during|with|within|under)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+${AFTERTHOUGHT}\s*[.!]*\s*$`,
    // Taken back, set right or doubted in the sentence after: "… . No, it doesn't.", "… . Turns out it
    // isn't.", "… . It doesn't, according to the trials.", "… . No, that's amineptine.", "… . My bad,
    // that's atorvastatin.", "… . Correction: …", "… . Strike that, …", "… . I take that back.", "… . Then
    // again, …", "… . No, the opposite.", "… . That's Lovaza, not Vascepa.", "… . It only has ALA.", "… .
    // Other way round.", "… . Apparently not.", "… . Or was it the pituitary?"; a reply that agrees or
    // disagrees in more words than REPORT_JUDGED reads ("… . Disagree, but she's the nurse.", "… . I'd love
    // to agree."). (Not a sentence that goes on to say a thing of its own: "… . It doesn't cause Y.", "… .
    // That's why …".)
    String.raw`[.!;]\s+(?:(?:no|nope|nah|actually|wait|well|lol|oh|(?:it\s+)?turns\s+out(?:\s+that)?|apparently|in\s+fact),?\s+)*(?:(?:strike|scratch)\s+that\b|i\s+take\s+(?:that|it)\s+back\b|(?:[\w'’]+\s+){0,4}?(?:dis)?agree\b|never\s+mind\b|then\s+again\b|(?:it['’]s\s+|it\s+is\s+|quite\s+|just\s+)?the\s+(?:exact\s+)?opposite\b|(?:it|they|that|this)\s+(?:does|do|did|is|are|was|were|can|will|has|have|would)(?:n't|\s+not)\s*(?:[,;:.!—–-]|$)|(?:no|nope|nah|my\s+bad|sorry|oops|correction),?:?\s+that(?:['’]s|\s+is)\s+(?!(?:true|right|correct|so)\b)|correction\s*:|(?:apparently|probably|maybe|guess|or\s+maybe)\s+not\s*(?:[.!]|$)|or\s+(?:was|is|were|did|does|do)\s+(?:it|that|they|this)\b|that(?:['’]s|\s+is)\s+(?!(?:why|because|true|right|correct|so|how)\b)[^.!?]*\b(?:not|only)\b|(?:it|they)\s+only\b|(?:it(?:['’]s|\s+is)\s+)?(?:the\s+)?other\s+way\s+(?:round|around)\b)`,
    // Said back in the sentence after, in so many words and no more: "… . But it does.", "… . It is,
    // though.", "… . They are though, right?" (Which of the two is the writer's the check does not read; a
    // sentence that says it in full, "It is a carbohydrate, though", is read as a clause of its own.)
    String.raw`[.!;]\s+(?:(?:but|well|actually),?\s+)?(?:it|they|that|this)\s+(?:is|are|does|do|did|was|were|can|has|have)(?:,?\s+(?:though|tho))?(?:,?\s+right\s*\?|\s*[.!?]|\s*$)`,
    // A mock reason: "Right, because melatonin is a hormone.", "Yeah, because caffeine cures everything." (Not
    // as the answer to a question: "Does it? Sure, because …".)
    String.raw`(?:^|[.!;]\s+)(?:oh\s+)?(?:sure|yeah|yes|yep|yup|right|riiight|totally),?\s+because\b`,
    String.raw`\band\s+${KNOWN_ABSURDITY}\b`,
    // Asked as a challenge or left open: "Who says …?", "Since when do …?", "… ? Since when?", "… or do they?", "may or may
    // not", "either … or it doesn't", "…, or (perhaps) not"; "Find out if …", "Nobody knows if …".
    String.raw`\bsince\s+when\s*[?!]|(?:^|[.!?]\s+)(?:who\s+(?:says|said|claims|claimed|thinks|told|do|does|did)|since\s+when\s+(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would))\b`,
    String.raw`\bor\s+(?:do|does|did|is|are|can|could|was|were)\s+(?:they|it|he|she|we|you)\s*\?`,
    // ("The leaflet says X, but my GP insists it doesn't, who's right?": asked between two, of neither.)
    String.raw`\b(?:who(?:['’]s|\s+is)\s+(?:right|correct)|which\s+(?:one\s+)?is\s+(?:it|right|true|correct)|which\s+(?:one\s+)?(?:do|should)\s+i\s+believe|what(?:['’]s|\s+is)\s+the\s+truth)\s*\?`,
    String.raw`\b(?:may|might|can|could|will|would|does|do|did)\s+or\s+(?:may|might|can|could|will|would|does|do|did)(?:\s+not|n't)|\bor\s+(?:it|they|he|she)\s+(?:does|do|did|is|are|was|were|can|will)(?:n't|\s+not)\b|,\s*or\s+(?:(?:perhaps|maybe|possibly)\s+)?not\b(?!\s+at\s+all)`,
    String.raw`\b(?:find\s+out|know|knows|wonder|wondering|wondered|ask|asked|asking|tell|see|check|unclear|unsure|sure)\s+if\b`,
    // … or a sentence of its own: "… . Or not.", "… . Or doesn't. Who knows."
    String.raw`[.!?]\s+or\s+(?:not|(?:it|they|he|she)\s+(?:does|do|is|are)(?:n't|\s+not)|doesn't|don't|isn't|aren't|does\s+not|do\s+not|is\s+not)\b`,
    // A finding not (yet) made: "remains to be shown", "has not been established", "could not confirm".
    // (And a finding said never made: "Nobody has ever shown that …". "There is no evidence that …" denies:
    // see NO_EVIDENCE.)
    String.raw`\b(?:nobody|no\s+one|no\s+study|no\s+studies|no\s+trials?|no\s+research)\s+(?:has|have|had)\s+(?:ever\s+|yet\s+)?(?:shown|proven|proved|demonstrated|established|confirmed|found)\b`,
    String.raw`\b(?:remains|remain|yet)\s+to\s+be\b|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:shown|established|proven|proved|confirmed|demonstrated)\b|\b(?:could|can)(?:\s+not|n't)\s+(?:confirm|show|establish|prove)\b`,
    // Belief refused or a claim set aside: "I refuse to believe", "impossible to believe", "Contrary to
    // claims that …", "Despite claims that …" — opening the sentence: after what it asserts ("…, despite
    // what Reddit claims"), it is a report the writer sets aside. ("Despite what the labels say, X" sets the
    // writer's own X against them: OPINION_FRAME.)
    String.raw`\brefuses?\s+to\s+believe\b|\b(?:impossible|hard)\s+to\s+believe\b|(?:^|[.!?;]\s+)(?:contrary\s+to|despite|notwithstanding)\s+(?:the\s+|popular\s+)?(?:claims?|beliefs?|reports?|rumou?rs?)\b(?!\s*,)`,
    // A label that says what follows is not asserted: "Hypothesis: …", "Rumor: …" (not "Claim: …", which
    // fact-checkers use for what they check).
    String.raw`(?:^|[.!?]\s+)(?:hypothesis|working\s+theory|theory|assumption|prediction|speculation|rumou?r|misinformation|joke|bs|bullshit|hogwash|nonsense|fake|lies?)\s*:`,
    // A mock authority: "According to my horoscope, …", "My astrologer says …".
    String.raw`\b(?:horoscopes?|astrologers?|astrology|tarot|crystal\s+ball|magic\s+8)\b|\b(?:my|a|the)\s+psychic\b(?!\s+(?:effects?|symptoms?|disorders?|illness))`,
    // Taken back after the fact: "Just kidding.", "Or so I thought.", "April fools!", "Psych!", "Sike!", "… or so
    // they say", "said no doctor ever", an eye-roll; a last sentence of only "Kidding.", "Jk.", "Joke.", "In my
    // dreams." or "Sure."; a last sentence of disbelief, dismissal or mock assent: "… ? Really?",
    // "Seriously?", "Are you kidding me?", "Yeah, no.", "Give me a break.", "Come on.", "Get real.", "What a
    // joke.", "Sure, Jan.", "Suuure.", "Nice try.", "Keep dreaming.", "Uh huh.", "… ?? What?", "… ? Lol ok.";
    // a one-word verdict or a doubt as the last sentence: "BS.", "Hogwash.", "Scam.", "Not buying it.",
    // "Probably not though.", "Big if true.", "Idk.", "Who knows." (a verdict before it, "BS: …", is a label
    // above; "… . Or not." a retraction above).
    String.raw`(?:^|[.!?]\s+)(?:kidding|joking|joke|jk|j/k|in\s+my\s+dreams)\s*[.!]*\s*$|(?:^|[.!?]\s+)(?:(?:lol|lmao|haha)\s+)?(?:(?:really|seriously)(?=\s*[?!]*\?)|are\s+you\s+(?:kidding|joking|serious)(?:\s+me)?|you(?:['’]re|\s+are|\s+must\s+be|\s+have\s+to\s+be)\s+(?:kidding|joking)(?:\s+me)?|yeah,?\s+no|give\s+me\s+a\s+break|gimme\s+a\s+break|come\s+on|get\s+real|what\s+a\s+joke|(?:oh\s+)?please|puh-?lease|pf+t+|(?:oh\s+|yeah,?\s+)?su+re(?:,?\s+(?:jan|buddy|pal|mate|man|dude|thing))?|nice\s+try|keep\s+dreaming|dream\s+on|uh[-\s]?huh|mm+[-\s]?hm+|ok(?:ay)?(?:\s+then)?|k|what|huh|wut|wow|totally|riii*ght|h+a+h*|(?:ha){2,}h?|lo+l+|lma+o+|rofl|bruh+|smh|ok(?:ay)?\s+boomer|cool\s+story(?:,?\s+bro)?|(?:total(?:ly)?\s+)?(?:bs|bull(?:shit)?|hogwash|scam|baloney|malarkey)|not\s+(?:buying\s+it|convinced|sure(?:\s+though)?)|big\s+if\s+true|probably\s+not(?:\s+though)?|maybe,?\s+maybe\s+not|idk|who\s+knows)\s*[.!?]*\s*$|\bjust\s+kidding\b|\bor\s+so\s+(?:[\w-]+\s+){1,4}?(?:thought|say|says|said|claim|claims|claimed|believe|believed|told)\b|\bsays\s+who\b|\bdo\s+you\s+really\s+(?:think|believe)\b|(?:^|[.!?]\s+)what\s+if\b|\bclaims?\s+to\b|\bnowhere\b|\bapril\s+fools?\b|(?:^|[.!?]\s+)(?:psych|sike)\b|\bsaid\s+no\s+\w+\s+ever\b|\u{1F644}`,
    // An emoji of mockery or of a lie anywhere in the text, or one whose tone may go either way: 🤡 🧢 🤥 ❌
    // 🙃 😏 🚩 🤣 😂 🤦 💀 😭 😆 🤭.
    String.raw`[\u{1F921}\u{1F9E2}\u{1F925}\u{274C}\u{1F643}\u{1F60F}\u{1F6A9}\u{1F923}\u{1F602}\u{1F926}\u{1F480}\u{1F62D}\u{1F606}\u{1F92D}]`,
    // Someone's scorn of what the writer said: "My doctor laughed when I said …", "… rolled her eyes when
    // I told him …"; and a sarcastic reason opening a sentence: "Because obviously …".
    String.raw`\b(?:laughed|laughs|scoffed|scoffs|snickered|chuckled|smirked|rolled\s+(?:his|her|their|my)\s+eyes|shook\s+(?:his|her|their)\s+head)\s+(?:at\s+\w+\s+)?(?:when|as)\b|(?:^|[.!?]\s+)because\s+(?:obviously|clearly|naturally|totally|surely)\b`,
    // Scare quotes around a word or two of the sentence: 'Statins "lower" LDL', 'a “safe” dose'.
    String.raw`(?<=\p{L}[,:]?\s+)(?:"[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?"|“[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?”|‘[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?’)`,
    String.raw`\b(?:in|for|at|among|to)\s+(?:no\s+one|nobody|none|no\s+(?:case|dose|patient|patients|one|person|people|circumstances?))\b`,
    String.raw`\b(?:every|all|any|anything|everything|nothing|everyone|everybody|nobody|none)(?:\s+[\w-]+){0,3}?\s+(?:but|except|save|other\s+than|apart\s+from)\s`,
  ].join("|"),
  "u",
);
/**
 * Words that open the means or the source of an effect: "through the TRPV6 channel", "via A1 receptors",
 * "from a family member" ("by lowering …" too).
 */
export const MEANS_WORDS = set("through via from");
/**
 * Nouns that speak of taking or having the thing named before them, as it is usually taken: "caffeine
 * intake", "caffeine pills", "vitamin D levels" are still caffeine and vitamin D; "vitamin D injections"
 * is a route, another assertion.
 */
export const USE_NOUNS = set(`
  use usage intake consumption dose doses dosing supplementation supplement supplements administration level
  levels exposure pill pills tablet tablets capsule capsules drinking eating taking consuming wearing applying
  user users consumer consumers
`);

/**
 * Words that open a report the writer sets aside, after what the writer asserts: "…, whatever the forums
 * say about it", "no matter what Reddit claims", "regardless of what", "despite what", "contrary to what"
 * (with a reporting verb a few words on).
 */
export const DISMISSIVE_WORDS = set("whatever regardless despite contrary matter");
/** How far after a dismissive word its reporting verb may come ("whatever the online forums say"). */
export const DISMISSIVE_REACH = 4;
/** Verbs that report whose assertion a sentence makes: "my doctor told me that …", "studies show …". */
export const REPORTING_VERBS = set(`
  say says said saying tell tells told telling show shows showed shown suggest suggests suggested find finds
  found report reports reported claim claims claimed claiming post posts posted posting think thinks thought
  believe believes believed hear hears heard read learn learned learnt argue argues argued insist insists
  insisted insisting swear swears swore mention mentions
  mentioned warn warns warned explain explains explained note notes noted confirm confirms confirmed know
  knows knew according
`);
/**
 * How advice to the reader opens: "you can stop worrying", "don't bother", "keep an eye on it", "talk to
 * your doctor" — what the writer tells the reader to do, which asserts nothing the store could hold.
 */
export const ADVICE_OPENING = String.raw`(?:(?:you|u)\s+(?:can|could|should|might|may|must|need\s+to|have\s+to|will|['’]ll|won['’]t|don['’]t|do\s+not)|don['’]t|do\s+not|never|please|just|keep|ask|talk|check|see|stop|avoid|watch|make\s+sure|take|try|consider|skip|switch|tell|remember|think\s+twice|look\s+(?:it|this|that)\s+up|google\s+(?:it|this|that))\b`;
/** A clause of advice (ADVICE_OPENING) from its first word. */
export const ADVICE = new RegExp(`^${ADVICE_OPENING}`, "iu");
/** What opens a clause that says why the one before holds, or what follows from it (see CLAUSE_BREAK). */
export const REASON_OPENERS = /^(?:because|which\s+(?:is\s+why|means|explains\s+why))$/;
/**
 * A comma after a denial and before "it" or "they" and a verb said plainly: "Tianeptine doesn't block
 * serotonin reuptake, it enhances it", "SSREs don't inhibit reuptake, they actually speed it up" — the
 * correction a clause of its own. (Not after a condition, "If you don't take it, it …"; nor before a
 * denial or a copula, which CLAUSE_BREAK and the reading of two classes take.)
 */
const DENIED_THEN_SAID = String.raw`(?<=(?:\b(?:not|never)|n['’]t)\b[^,;:.!?]*)(?<!\b(?:if|when|whenever|unless|although|though|while|once|since|because|as|until)\b[^,;:.!?]*),\s*(?=(?:it|they)\s+(?:(?:actually|just|only|really|in\s+fact)\s+)?(?!(?:does|do|did|is|are|was|were|can|could|will|would|has|have|had|may|might)\b)\p{L}+\b)`;
/**
 * Clause boundaries inside a sentence: "…, whereas SSRIs inhibit it", "…; …"; "so" before what the
 * writer did about it ("…, so I stop after noon") or advice to the reader (ADVICE_OPENING: "…, so keep an
 * eye on it"); ", and it/they …" and ", it/they also …" ("it's also"), a clause
 * with a subject of its own ("Alcohol is a carcinogen, and it reduces REM sleep"); and "and" before someone
 * who reports ("My aunt has been on Stablon for years and her doctor told her it …": what the doctor
 * said is an assertion of its own, not said of the aunt's years); and "but" with no comma before a
 * pronoun that opens a clause of its own ("People take antihistamines for hives but they do nothing"); and
 * "and" before the research's word that it is so ("…, and the trials agree": RESEARCH_AGREES). (Not ", but
 * only", ", but mainly": what follows narrows the clause before it — "… lower cancer risk, but only in
 * heavy smokers" says it of smokers alone.)
 */
export const CLAUSE_BREAK = new RegExp(
  String.raw`\s*(?:;|:|\s+but\s+(?=(?:it|they|he|she|we|i|you)\s)|,\s*(?:but(?!\s+(?:only|just|solely|mainly|mostly|chiefly)\s)|whereas|while|although|though|yet|so(?=\s+(?:(?:i|we|my|our)(?:['’]\p{L}+)?\s|${ADVICE_OPENING}))|unlike|which\s+(?:is\s+why|means|explains\s+why))\b|\b(?:whereas|although|instead of|rather than|unlike)\b|,?\s*\bbecause\b(?!\s+of\b)|,\s*(?:and\s+)?(?=(?:it|they)(?:['’](?:s|re))?\s+(?:also|too)\b)|,\s*(?=(?:it|they)(?:\s+(?:does|do|did|is|are|was|were|can|will|would|has|have)|['’](?:s|re))(?:n['’]t|\s+not)\b)|,\s*and\s+(?=(?:it|they)\s)|,?\s+and\s+(?=${RESEARCH_AGREES}\b)|${DENIED_THEN_SAID}|,?\s+and\s+(?=(?:(?:my|his|her|their|our|your)\s+(?:[\p{L}'-]+\s+){1,2}|(?:i|we|he|she|they)\s+(?:[\p{L}'-]+\s+)?)(?:${[...REPORTING_VERBS].filter((w) => w !== "according").join("|")})\b))\s*`,
  "iu",
);
/**
 * "'s" read as "is" (or "has"): after a pronoun ("it's", "that's", "there's"), or before an article, a
 * negation or "been" ("Alcohol's a depressant", "Caffeine's not a sedative") — and before a plain adverb
 * (PLAIN_ADVERBS: "melatonin's actually a hormone"); elsewhere a possessive.
 */
export const CONTRACTED_COPULA = {
  subjects: set("it that there here what who he she this"),
  before: set("a an not never no been"),
};
/**
 * A pronoun's contracted modal: "'d" is "would" ("you'd use it"), or "had" before a past participle or
 * "been", "better" ("you'd taken it", "you'd better"); "'ll" is "will".
 */
export const CONTRACTED_MODAL = {
  subjects: set("i you we they he she it that who there"),
  hadBefore: /^(?:been|better|\p{L}+ed|\p{L}+en)$/u,
};
/** Verbs of coming down with something, which with "from" name its cause: "you get headaches from withdrawal". */
export const EXPERIENCER_VERBS = set(
  "get gets got getting develop develops developed developing suffer suffers suffered suffering experience experiences experienced",
);
/** Who may open a clause about their own life: "My aunt has been on it for years", "I take it daily". */
export const NARRATORS = set("i we he she my his her our their your");
/** The writer, and no one else: "I", "my" (not "we", "you", which speech uses of anyone). */
export const WRITER_WORDS = set("i my");
/** The writer's words of themselves, in every form: "I just wasn't drinking enough water", "my hairline". */
export const WRITER_SELF = set("i i'm i've i'd i'll me my mine myself");
/** Words that point at a thing said elsewhere: a clause with one may say of it what the store holds. */
export const POINTING_WORDS = set(
  "it its it's they them their theirs they're this that these those he she him her his",
);
/**
 * Possessives of the writer's own case: "my Lipitor", "our sunscreen" (not "your", which speech uses of
 * anyone, nor "her", which may be a verb's object: "gave her aspirin").
 */
export const PERSONAL_POSSESSIVES = set("my");
/** Who a person's own case befalls, said again after the thing: "gave me", "raised his LDL". */
export const PERSONAL_PRONOUNS = set("me my him his her them their");
/** Possessives of another person's case, when they open the clause: "His Lovaza raised his LDL". */
export const OTHERS_POSSESSIVES = set("his her their");
/** What says the writer's own case, opening the clause: "In my case …", "For me, …", "In my experience …". */
export const OWN_CASE = /^(?:in\s+my\s+(?:case|experience)|for\s+me)\b/;
/** Who a report is told to, closing its frame: "…, my doctor told me", "…, or so they say". */
export const REPORTED_OBJECTS = set("me us you him her them so");
/** Nouns of time: "many years", "a few weeks" say how long, not how many it holds for. */
export const TIME_NOUNS = set("hour hours day days week weeks month months year years decade decades");
/** Spans of time long enough to say a claim's "long-term" use: "years of heavy drinking", "for decades". */
export const LONG_SPANS = set("months years decades lifetime");
/** Words by which a claim says it holds of use over a long time. */
export const LONG_TERM_WORDS = set("long-term longterm chronic chronically prolonged lifelong");
/**
 * When a teller's own story happened, said from now: "last winter", "this morning", "two years ago",
 * "yesterday". It places the telling, not the claim (unlike "at night", "before bed").
 */
export const TOLD_WHEN = {
  words: set("yesterday today tonight recently lately"),
  before: set("last this next past"),
  after: set("ago"),
  howLong: set("a few several many couple"),
  nouns: new Set([...TIME_NOUNS, ...set("morning evening night weekend winter summer spring autumn fall christmas")]),
} as const;
/** Units of time, each with its plural. */
export const TIME_UNITS = set(`second seconds minute minutes ${[...TIME_NOUNS].join(" ")}`);
/**
 * "In some", "among a few", "for several": said of some only. Not before a unit of time, where it says
 * how long ("headaches for a few days").
 */
export const SOME_OF = new RegExp(
  String.raw`\b(?:in|among|for)\s+(?:some|certain|several|a\s+few|few)\b(?!\s+(?:${[...TIME_UNITS].join("|")})\b)`,
);
/** Words that put an amount before a unit: "by about an hour", "within minutes", "for weeks". */
export const AMOUNT_LEADS = set("by about around over under within for than nearly almost roughly");
/** Words that make an amount of time a duration, how long a thing is taken: "for years", "over many years". */
export const DURATION_LEADS = set("for over throughout");
/** Words after a unit that make "a day", "an hour" an amount of time, not a rate: "a day before exercise". */
export const TIME_RELATIVE = set("before after earlier later ago sooner longer");
/** Words before a unit that make it a rate, not an amount: "every day", "per week". */
export const RATE_LEADS = set("every each per");
/** Words that make a comparative say more ("much better", "far more", "a lot more", "way more"). */
export const COMPARATIVE_INTENSIFIERS = set("much far lot way");
/** Comparatives an intensifier may strengthen, besides MORE_WORDS and LESS_WORDS. */
export const COMPARATIVES = set("better faster slower stronger weaker larger smaller bigger longer shorter");
/** Words of how many an assertion holds for: "in most people", "many patients", "a few". */
export const HOW_MANY = set("most many few several majority minority");
/** Of them, those that say most cases: "in most people", "the majority of patients". */
export const MOST_CASES = set("most majority");
/** Verbs that soften an absolute one: "helps prevent" says no more than "reduces". */
export const HELP_VERBS = set("help helps helped helping");
/** Verbs of protecting, which with "against"/"from" say a lowered risk: "protects against fractures". */
export const PROTECTION_VERBS = set(
  "protect protects protected protecting guard guards guarded guarding shield shields shielded shielding",
);
/**
 * Modals of what one may or should do: "You can't give doxycycline to kids …", "You shouldn't take
 * aspirin …" — said of "you" and denied, they advise, as an imperative does.
 */
export const ADVICE_MODALS = set("can could should must may ought shall");
/** Modals of possibility: "can cause", "may prevent" say that an effect may come about, a likelihood. */
export const POSSIBILITY_MODALS = set("can could may might");
/** Modals of ability, which before "never" or "not possibly" say a thing cannot happen: "can never cause". */
export const CAN_WORDS = set("can could");
/** Modals that, before a negation, say what may not be so, not what is not: "may not keep you awake". */
export const MAY_WORDS = set("may might");
/** "Has been able to", "is able to": "can" in other words. */
export const ABILITY_WORDS = set("able");
/** Verbs that say an effect is complete: "prevents" or "cures" says more than "reduces" or "treats". */
export const ABSOLUTE_VERBS = set(
  "prevent prevents prevented preventing cure cures cured curing eliminate eliminates eliminated eradicate eradicates eradicated abolish abolishes abolished",
);
/**
 * Verbs that keep a thing from happening to someone, with "from": "stops you from getting sunburned",
 * "keeps infants from getting rickets" say a prevention of what follows.
 */
export const HINDERING_VERBS = set(
  "stop stops stopped stopping keep keeps kept keeping prevent prevents prevented preventing protect protects protected protecting",
);
/** Forms of "have": "who do not have diabetes" sets a thing aside, as "without" does. */
export const HAVE_FORMS = set("have has had");
/** Words before "one" that make it no count: "no one", "any one", "the one", "number one". */
export const ONE_NOT_COUNTED = set("no any every each the this that which number");
/** Verbs of keeping a thing off, with "away" after it: "keeps colds away". */
export const KEEPING_VERBS = set("keep keeps kept keeping");
/** Verbs of coming to have what follows them: "from getting sunburned", "from catching a cold". */
export const ONSET_VERBS = set(
  "get gets got getting catch catches caught catching develop develops developed developing contract contracts contracted contracting become becomes became becoming",
);
/**
 * Phrasal verbs of coming to have what follows them, as their three words: "end up with kidney damage",
 * "come down with a cold".
 */
export const ONSET_PHRASE = /^(?:(?:end|ends|ended|ending) up|(?:come|comes|came|coming) down) with$/;
/** "End up" right before what one comes to be: "end up dehydrated", "end up low on copper". */
export const ONSET_UP = /^(?:end|ends|ended|ending) up$/;
/** Who gives a treatment, and the giving: "doctors prescribe X for Y", "for treating depression". */
export const PRESCRIBERS = set(
  "doctor doctors physician physicians clinician clinicians gp gps prescriber prescribers treating treatment treatments",
);
/** Verbs that lend the predicate a hand: "helps prevent", "works by", "tends to", "acts as", "offers protection". */
export const SUPPORT_VERBS = set(
  "help helps helped helping work works worked working tend tends tended act acts acted acting serve serves served serving offer offers offered offering provide provides provided providing",
);
/**
 * Participles of a thing given for a condition: "is prescribed for mania", "is taken for colds". They say
 * what it is given for — why someone takes it — which what the store shows against the effect does not
 * refute ("Vitamin C is taken for colds" is true of the taking).
 */
export const GIVEN_FOR = set("prescribed used given taken recommended");
/**
 * Verbs of giving a treatment or taking it, said actively before what is given and "for" what: "Doctors
 * give antihistamines for hives", "is what you take for hives" (see GIVEN_FOR).
 */
export const GIVING_VERBS = set(`
  give gives gave giving prescribe prescribes prescribing take takes took taking use uses using
  recommend recommends recommending ${[...GIVEN_FOR].join(" ")}
`);
/**
 * Phrases of benefit, said of a condition: "helps (with) hay fever", "works for hives", "doesn't work
 * against anaemia", "is good for heartburn", "is the antidote for an overdose", "is effective for back
 * pain", "is prescribed for mania" say that the one treats the other. (Keyed by the verb or adjective; the
 * words that must follow it, if any. "Works on" says where a drug acts, not what it treats.)
 */
export const BENEFIT_PHRASES: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ...["help", "helps", "helped", "helping"].map((word) => [word, null] as const),
  ...["work", "works", "worked", "working"].map((word) => [word, set("for against")] as const),
  ["good", set("for")],
  ["effective", set("for against")],
  // "Is the antidote for a paracetamol overdose", "an antidote to it".
  ...["antidote", "antidotes"].map((word) => [word, set("for to")] as const),
  // "Is prescribed for mania", "is used for gout", "is given for fever", "is taken for jet lag": a treatment
  // given for it (GIVEN_FOR).
  ...[...GIVEN_FOR].map((word) => [word, set("for")] as const),
  // "Fights inflammation", "combats depression": acting against it.
  ...["fight", "fights", "fought", "fighting", "combat", "combats", "combated", "combating"].map(
    (word) => [word, null] as const,
  ),
]);
/**
 * "Works better than", "performed worse than": how well one thing works against another, which is its
 * effectiveness ("is more effective than"); "worse" turns it down.
 */
export const WORKS_COMPARED = /^(?:work|works|worked|working|perform|performs|performed|performing)\s+(better|worse)$/;
/** Forms of "work" after what a thing keeps from working: "stops the pill (from) working", "functioning". */
export const WORKING_FORMS = set("work working function functioning");
/**
 * Its job, done, said after what a thing keeps from doing it: "keeps HMG-CoA reductase from doing its
 * job" — as "working" says it.
 */
export const DOING_ITS_JOB = { verbs: set("do doing"), owners: set("its their"), job: "job" };
/** How well, said right after "working": "stops the pill from working properly" — still kept from working. */
export const WORKING_WELL = set("properly");
/** Forms of "stop" after a causative verb and its object: "makes antibiotics stop working". */
export const STOP_FORMS = set("stop stops stopped stopping");
/** Prepositions of what a thing is better at: "better than warfarin at preventing strokes", "for treating". */
export const BETTER_AT = set("at for in");
/** Words of how well a thing works: the dimension "works better" compares. */
export const EFFECTIVENESS_WORDS = set("effective efficacious effectiveness efficacy");
/** Verbs of containing: a claim that says one ("contains") is also said of the thing contained. */
export const CONTAIN_WORDS = set("contain contains contained containing");
/**
 * Words of being full of a thing, each with the preposition it takes: "is loaded with caffeine", "packed
 * with omega-3s", "full of sugar", "high in sodium" say that the one contains the other.
 */
export const FULL_OF: ReadonlyMap<string, string> = new Map([
  ...["loaded", "packed", "laden", "filled", "stuffed", "crammed", "brimming", "bursting", "teeming"].map(
    (word) => [word, "with"] as const,
  ),
  ["full", "of"],
  ["chock-full", "of"],
  ["rich", "in"],
  ["high", "in"],
]);
/** Verbs of not having: "Coffee lacks caffeine" denies that coffee contains it (they are negation cues too). */
export const LACKING_VERBS = set("lack lacks lacked lacking");
/**
 * Words that place a thing in another: "Monacolin K is found in red yeast rice", "is present in"
 * (with "there is … in …") say that the other contains it.
 */
export const PRESENCE_WORDS = set("found present contained");
/** Nouns of being part of a thing: "Caffeine is an ingredient in energy drinks" says that they contain it. */
export const PART_NOUNS = set("ingredient ingredients component components constituent constituents");
/** Nouns of what a thing yields: "Coffee is a source of caffeine" says that coffee contains it. */
export const SOURCE_NOUNS = set("source sources");
/**
 * Words that open a context of emphasis, not of restriction: "especially in late pregnancy" says the
 * claim holds, most of all there.
 */
export const EMPHASIS_WORDS = set("especially particularly notably mostly mainly chiefly");
/**
 * Verbs of taking a thing in by being out in it, said just before it: "soaking up the sun", "basking in
 * sunlight", "spending time in the sun" are its exposure.
 */
export const EXPOSURE_VERBS = set(
  "soak soaks soaked soaking bask basks basked basking spend spends spent spending sit sits sat sitting",
);
/**
 * Words by which a claim says its thing is taken by mouth: being out in it or soaking in it is another
 * way in ("Soaking in Epsom salts works as a laxative" for "Magnesium sulfate taken by mouth is a laxative").
 */
export const BY_MOUTH_WORDS = set("mouth orally oral swallowed ingested");
/** BY_MOUTH_WORDS in a claim's text, "mouth" as "by mouth" (a context "when taken by mouth"). */
export const BY_MOUTH = new RegExp(
  String.raw`\b(?:by\s+mouth|${[...BY_MOUTH_WORDS].filter((word) => word !== "mouth").join("|")})\b`,
);
/** Verbs of taking a thing by mouth, said before it: "swallowing a couple of Panadol", "chewing an aspirin". */
export const ORAL_VERBS = set("swallow swallows swallowed swallowing chew chews chewed chewing");
/**
 * Words by which a claim has its thing taken, or met, another way than by mouth: into a vein or a muscle,
 * through the nose or the lungs, on the skin, in a bath ("Magnesium sulfate given intravenously …", "Zinc
 * applied inside the nose …").
 */
export const OTHER_ROUTES = new RegExp(
  String.raw`\b(?:${[...NON_ORAL_ROUTES].join("|")}|intravenously|intramuscularly|rectally|intranasal(?:ly)?|iv|inject\w*|infus\w*|drips?|applied|skin|nose|nostrils?|inhal\w*|nebuli[sz]\w*|patch(?:es)?|baths?|soak\w*|suppositor\w*|creams?|gels?|ointments?|sprays?)\b`,
);
/** How long one is out in it, between such a verb and the thing: "spending too long (time, hours) in the sun". */
export const EXPOSURE_SPANS = set("time long hours days");
/** Verbs of taking a thing in: a context "when consumed during pregnancy" is stated by "during pregnancy". */
export const INTAKE_VERBS = set(
  "consume consumes consumed consuming drink drinks drank drunk drinking eat eats ate eaten eating ingest ingests ingested ingesting inhale inhales inhaled inhaling breathe breathes breathed breathing swallow swallows swallowed swallowing",
);
/**
 * Verbs of taking or using a thing, after which "to" says why it is taken, not what it does: "People take
 * aspirin to dissolve clots", "People smoke to reduce stress" (the intake verbs too).
 */
export const TAKING_VERBS = set(
  "take takes took taking use uses used using smoke smokes smoked smoking vape vapes vaped vaping chew chews chewed chewing pop pops popped popping",
);
/**
 * Verbs that say one transfer from either side: "is given for depression" and "people take it for
 * depression" say the same. WordNet makes them antonyms; that opposition turns no claim round.
 */
export const CONVERSE_VERBS = set(
  "give gives gave given giving take takes took taken taking receive receives received receiving buy buys bought buying sell sells sold selling lend lends lent lending borrow borrows borrowed borrowing",
);
/**
 * Words of treatment or relief: a claim's predicate said with one ("treats", "is a treatment for",
 * "relieves") is what a phrase of benefit says.
 */
export const TREATMENT_WORDS = set(
  "treat treats treated treating treatment treatments relieve relieves relieved relieving alleviate alleviates alleviated",
);
/**
 * Words of a treatment's standing, right before a word of treatment: "a standard treatment for", "the
 * first-line treatment", "the go-to treatment" — a treatment still, said only where it is asserted (not
 * being the first-line one denies no treating).
 */
export const TREATMENT_STANDING = set("standard usual go-to first-line mainstay preferred recommended established");
/** Nouns of a choice among treatments, which say nothing more after a word of treatment: "a treatment option for". */
export const OPTION_NOUNS = set("option options choice choices alternative alternatives");
/** Nouns that name a substance as such: "an anticoagulant drug", "corticosteroid drugs". */
export const PRODUCT_NOUNS = set(
  `drug drugs medication medications medicine medicines substance substances compound compounds agent agents
  chemical chemicals preparation preparations product products formulation formulations`,
);
/** Nouns that say what kind of thing a name is: "the enzyme HMG-CoA reductase", "the COX-2 enzyme". */
export const CLASSIFIER_NOUNS = set("enzyme enzymes protein proteins hormone hormones molecule molecules");
/**
 * Nouns of what a thing does, which a verb acting on the thing acts on: "blocks aldehyde dehydrogenase
 * activity", "boosts the activity of ALDH" say what "blocks aldehyde dehydrogenase" says.
 */
export const ACTIVITY_NOUNS = set("activity activities");
/**
 * Nouns of a serving or an amount of the thing: "every cup of coffee", "a couple of cans of Red Bull",
 * "the number of asthma flare-ups".
 */
export const SERVING_NOUNS = set(
  "cup cups mug mugs glass glasses can cans bottle bottles serving servings shot shots amount amounts couple number numbers frequency incidence course courses",
);
/** Words that give a thing's name again: "soft bones, known as osteomalacia", "a condition called rickets". */
export const NAMING_WORDS = set("known called termed named aka");
/** Words of ease or worth before "way to": "a good way to lower it", "an easy way to" say the verb that follows. */
export const WAY_WORDS = set("good great excellent effective proven reliable safe easy simple");
/** Words that name a class as such: "belongs to a drug class called …", "acts as", "is a kind of". */
export const CLASS_WORDS = set(`
  act acts acting as belong belongs belonging class classes classed classified call called named known kind
  kinds type types sort member members group family category speaking count counts counted qualify
  qualifies qualified regarded viewed considered acted work works worked working serve serves served
  serving
`);
/** Adjectives that ask or affirm truth: "Is it right that …", "correct". */
export const TRUTH_ADJECTIVES = set("right correct accurate");

/** "It's a myth that …", "It is false that …", "It would be wrong to say …": a denial of what follows. */
export const DENIAL_THAT = /\b(?:myth|false|untrue|misconception|wrong)\s+that\b|\bwrong\s+to\s+say\b/;
/**
 * A label that opens a sentence and calls what follows it false, as myth-busting pages and fact-checks
 * write: "Myth: …", "False: …", "Busted: …", "Debunked: …" — a denial of the sentence (not "Myth or
 * fact: …", which asks).
 */
export const DENIAL_LABEL = /^\s*(?:myth|false|busted|debunked)\s*:/i;
/**
 * The writer's emphasis closing what they say, after a comma, a dash or a sentence's end: "…, full stop",
 * "… — end of story", "…, case closed", "…. Period." (not "a full stop to bleeding", "for a short period");
 * or their part in the talk, said last: "…, fair warning", "…, just so you know", "…, just saying"; or
 * their word for it: "…, trust me", "…, I'm sure", "…, I'm absolutely certain of it", "…, I'm 100% sure";
 * or whose word it is, closing it with nothing more: "…, my GP said so", "…, my cardiologist was clear",
 * "…, our health visitor told us", "…, I learned that the hard way"; or how the writer took it: "…, which
 * was a relief", "…, which surprised me". (Not "…, and it's right", "…, and I believe her": the writer's
 * judgement of what they report, which REPORT_JUDGED reads.)
 */
export const EMPHATIC_CLOSE =
  /(?:[,;]|\s[-–—]|(?<=[.!?]))\s*(?:full\s+stop|end\s+of\s+story|case\s+closed|period|fair\s+warning|just\s+so\s+you\s+know|just\s+saying|trust\s+me|(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}(?:said\s+so|told\s+(?:me|us)|explained\s+(?:it|why|that)|was\s+(?:very\s+)?(?:clear|adamant)(?:\s+(?:on|about)\s+(?:it|that|this))?|reassured\s+(?:me|us)|confirmed\s+(?:it|that)|drilled\s+(?:it|that)\s+into\s+(?:me|us))|i\s+learned\s+(?:it|that|this)\s+the\s+hard\s+way|which\s+(?:(?:is|was)\s+(?:a\s+)?(?:(?:huge|big|real)\s+)?(?:relief|worrying|surprising|reassuring|news\s+to\s+me)|(?:really\s+)?surprised\s+me|i\s+(?:honestly\s+)?(?:didn['’]t|did\s+not)\s+know|i(?:['’]d|\s+had)\s+never\s+heard\s+(?:of\s+)?before)|i(?:['’]?m|\s+am)\s+(?:(?:absolutely|totally|completely|100%|quite|pretty|fairly|very)\s+)?(?:sure|certain|positive)(?:\s+(?:of|about)\s+(?:it|that|this))?)\s*(?:[.!;]+|$)/giu;
/**
 * A label that opens what a writer adds to a post afterwards: "… . Edit: scratch that, it can't.",
 * "… . EDIT 2: I take that back.", "… . Update: never mind.", "… . PS: it doesn't." Set aside, what follows
 * is read as the sentence after the post ("Correction:" is kept: it says a retraction itself).
 */
export const AFTERWORD_LABEL =
  /(?<=[.!?;)]\s*)(?:edit(?:ed)?|update[ds]?|upd|eta|p\.?\s?s\.?|addendum)\s*\d*\s*[:–—-]\s*/giu;
/**
 * The writer's word that evidence is lacking, opening a clause: "There's no evidence that …", "There is
 * no good evidence …", "no proof whatsoever that …", "zero evidence …" — a denial of what follows (its "no"
 * or "zero" denies; the rest says nothing of the thing). Matched on the clause's words from where it
 * opens; group `no` is the denying word.
 */
export const NO_EVIDENCE =
  /^(?:there\s+(?:is|was)\s+|theres\s+)?(?<no>no|zero)\s+(?:(?:good|solid|real|convincing|scientific|strong|reliable|hard|clinical|actual)\s+)?(?:evidence|proof)(?:\s+(?:at\s+all|whatsoever))?(?:\s+that)?(?=\s)/;
/** A clause's opening that denies all that follows it: "It's not true that", "it isn't the case that". */
export const DENIED_WHOLE = /(?:\bnot|n't)\s+(?:true|the\s+case)\s+that\b/;

/** Articles, demonstratives and possessives: they say which thing, not how much of it ("the iron", "your iron"). */
export const DEFINITE_DETERMINERS = set("the a an this that these those its their his her our your my");

/**
 * Words of a raised level that name a condition with what they qualify ("high blood pressure", "high
 * blood calcium"): a verb of raising and the rest name it — "raises your blood calcium" says high
 * blood calcium, the verb then saying its cause.
 */
export const HIGH_LEVEL_WORDS = set("high elevated raised");
/** Pronouns that say who does something: "how much iron you absorb". */
export const SUBJECT_PRONOUNS = set("i you we they he she");
/** Verbs of leaving, which with whom and "with" bring a thing about: "can leave you with anaemia". */
export const LEAVING_VERBS = set("leave leaves left leaving");
/** Verbs that make someone be in a state: "makes you tired", "leaves you exhausted", "keeps you awake". */
export const STATE_VERBS = set("make makes made making leave leaves left leaving keep keeps kept keeping");
/** Verbs of seeming between a causative verb's person and the state: "makes you feel tired". */
export const SEEMING_VERBS = set("feel feels felt feeling seem look become get");
/**
 * Who takes or has a thing, said before its name: "people on statins", "those taking aspirin", "patients
 * with diabetes", "people who drink" — the nouns, and the words that join them to the name.
 */
export const TAKERS = {
  nouns: set("people those patients adults children kids women men users anyone someone everyone"),
  joiners: set("on taking using with who take takes use uses have has eat eats drink drinks"),
} as const;
/** Nouns of people, which after a name say whom it qualifies: "cancer patients", "migraine sufferers". */
export const PERSON_NOUNS = set("patient patients sufferer sufferers survivor survivors");
/** Whom a verb of helping helps, between it and the verb it helps to: "helps you sleep", "helps people relax". */
export const HELPED = set("you me us them him her people patients someone everyone");

/** Determiners: a word right after one (or after a possessive) is a noun — "the effect", "its block". */
export const DETERMINERS = new Set([...DEFINITE_DETERMINERS, ...set("some any each every no")]);

/**
 * Coordinated predicates of one subject ("Nicotine raises your pulse, narrows your blood vessels and gives
 * you lung cancer"): the words that join them, the adverbs that may open the next one ("and also lowers"),
 * and the words that open a clause of another subject between them ("… the receptors that adenosine binds
 * and …"), after which a verb may be that clause's.
 */
export const PREDICATE_JOINS = set("and or");
/** Words that pair two things: the word after one is a noun ("both zinc tablets and …"). */
export const PAIRING_WORDS = set("both either neither");
/** Verbs in the third person whose ending the stems do not show. */
export const IRREGULAR_S_FORMS = set("is has was does");
export const JOINED_PREDICATE_ADVERBS = set("also even then still");
export const SUBORDINATORS = set(
  "that which who whom whose when whenever while if unless until because since although though where whereas so than",
);
/**
 * What joins two things one verb is said of, each then said on its own ("SSREs treat anxiety and
 * depression", "… anxiety as well as depression"); and the words that make the two one thing, said
 * together rather than each ("… binds A and B together", "… A and B combined").
 */
export const OBJECT_JOINS = ["and", "as well as"].map((join) => join.split(" "));
export const JOINT_WORDS = set("together combined jointly alike simultaneously respectively mixed mixture");
/** Most words of each of two things joined after a verb (a name, with its article). */
export const MAX_JOINED_OBJECT_WORDS = 4;

/** Auxiliaries and copulas a "not" negates: "is not a", "does not block", "cannot". */
export const NEGATED_AUXILIARIES = set(
  "is are was were be been am do does did has have had can could will would shall should may might must",
);

/**
 * Words of amount and frequency, by kind: a claim made "at high doses" or "with regular intake" says
 * nothing of "a small amount" or "a single dose".
 */
export const QUANTITY_KINDS: Record<string, Set<string>> = {
  small: set("small little low few tiny minimal slight light"),
  moderate: set("moderate moderately normal"),
  large: set("high large heavy big excessive huge"),
  once: set("single once occasional occasionally acute"),
  repeated: set("regular regularly daily chronic chronically habitual habitually repeated long-term"),
};
/** Kinds of amount that exclude each other. */
export const QUANTITY_CONFLICTS: [string, string][] = [
  ["small", "large"],
  ["moderate", "large"],
  ["once", "repeated"],
];

/**
 * Words general English gives no meaning of their own in an assertion, for the check's "every word
 * accounted for": copulas, hedges, reporting verbs ("has been shown to"), light, causative and
 * supporting verbs, generic scopes, the thing's use, serving, product and kind ("intake", "a cup of",
 * "drugs", "the enzyme"), who prescribes, plain adverbs, words of truth ("is it true that") and of
 * emphasis ("…, especially in people with panic disorder" says no less than the claim).
 */
export const UNMARKED_WORDS = new Set([
  ...COPULAS,
  ...HEDGE_WORDS,
  ...REPORTING_VERBS,
  ...LIGHT_VERBS,
  ...FEELING_VERBS,
  ...ABILITY_WORDS,
  ...CAUSATIVE_VERBS,
  ...SUPPORT_VERBS,
  ...GENERIC_SCOPES,
  ...USE_NOUNS,
  ...SERVING_NOUNS,
  ...OWN_PROPERTY_NOUNS,
  ...PRODUCT_NOUNS,
  ...CLASSIFIER_NOUNS,
  ...PRESCRIBERS,
  ...PLAIN_ADVERBS,
  ...VERACITY_WORDS,
  ...TRUTH_ADJECTIVES,
  ...EMPHASIS_WORDS,
]);

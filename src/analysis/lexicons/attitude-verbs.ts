/**
 * Verbs that attribute a belief, an intention, a stance or a finding to a source, for the
 * attributions stage only (not framing: most of them are not reporting verbs, and none of them
 * colours a statement the way "claimed" does). Attribution in news covers more than speech: a
 * source's beliefs, intentions and positions are attributed to it just as its words are, and
 * attribution corpora annotate them so (Pareti 2015, ch. 3; the PARC 3.0 guidelines, Pareti 2016;
 * PolNeAR, Newell, Margolin & Ruths 2018, which extends them to a source's attitude toward an
 * entity: "X endorses Y", "X attacked Y").
 *
 * The classes, and the verb classes they are built from (Levin 1993, as extended in VerbNet,
 * Kipper-Schuler 2005); each lemma is in the named class or, where marked, assigned to it here:
 * - belief: conjecture verbs (Levin 29.5: assume, believe, consider, doubt, expect, fear, feel,
 *   figure, guess, imagine, know, presume, suppose, suspect, think, understand) and declare verbs
 *   (Levin 29.4); they take a clause, with or without "that".
 * - desire: want verbs (Levin 32.1: want, need, desire, crave) and long verbs (Levin 32.2: hope,
 *   wish, long, yearn), with the verbs of intention that take an infinitive (Quirk et al. 1985,
 *   §16.38-16.40: plan, intend, aim, seek, decide, refuse, agree, offer, vow); they take "to",
 *   "that", or an object and "to" (`expects the bill to pass`).
 * - stance: judgement verbs (Levin 33: blame, criticize, praise, condemn, denounce) and
 *   characterize verbs (Levin 29.2: describe, portray, view, regard, depict), with the verbs of
 *   support and opposition PolNeAR annotates as a source's attitude (endorse, support, back,
 *   oppose, attack, defend, champion, favor, embrace, welcome, challenge); they take an object.
 * - evidence: verbs of finding and showing whose subject may be a study, a poll or a record as
 *   well as a person (Levin 29.5 find, show, reveal; Hyland 2005's research verbs: conclude,
 *   demonstrate, determine, document, indicate, suggest, confirm, prove); object or clause.
 * - communication: talk verbs (Levin 37.5: talk, speak), transfer-of-message verbs (Levin 37.1:
 *   cite, quote, relay, repeat), say verbs (Levin 37.7: mention, disclose, detail, outline),
 *   manner-of-speaking verbs (Levin 37.3: sing, chant, shout) and instrument-of-communication
 *   verbs (Levin 37.4, with the newer tweet, retweet, post); object or "about".
 *
 * Sources:
 * - Levin, Beth (1993). English Verb Classes and Alternations. University of Chicago Press.
 * - Kipper-Schuler, Karin (2005). VerbNet: A broad-coverage, comprehensive verb lexicon. PhD
 *   dissertation, University of Pennsylvania.
 * - Pareti, Silvia (2015). Attribution: A Computational Approach. PhD thesis, University of
 *   Edinburgh; (2016) "PARC 3.0: A Corpus of Attribution Relations", LREC 2016, 3914-3920.
 * - Newell, Edward, Drew Margolin & Derek Ruths (2018). "An Attribution Relations Corpus for
 *   Political News", LREC 2018.
 * - Quirk, Randolph et al. (1985). A Comprehensive Grammar of the English Language. Longman.
 * - Hyland, Ken (2005). Metadiscourse. London: Continuum.
 */

/** Which complement a verb's class takes, and so which frames count. */
export type AttitudeClass = "belief" | "desire" | "stance" | "evidence" | "communication";

/** One verb: its dictionary form, its forms (US and UK spellings), its class. */
export interface AttitudeVerb {
  readonly lemma: string;
  readonly forms: readonly string[];
  readonly kind: AttitudeClass;
}

/** Entries separated by ";", each the lemma and then its other forms. */
function verbs(kind: AttitudeClass, list: string): AttitudeVerb[] {
  return list
    .trim()
    .split(/\s*;\s*/)
    .map((entry) => {
      const forms = entry.split(/\s+/);
      return { lemma: forms[0] ?? "", forms, kind };
    });
}

export const attitudeVerbs: readonly AttitudeVerb[] = [
  ...verbs(
    "belief",
    `feel feels felt feeling; figure figures figured; reckon reckons reckoned; assume assumes assumed;
     imagine imagines imagined; consider considers considered; presume presumes presumed;
     know knows knew known; understand understands understood; realize realizes realized realise
     realises realised; learn learns learned learnt; doubt doubts doubted; expect expects expected;
     fear fears feared; worry worries worried; believe believes believed; think thinks thought;
     suspect suspects suspected; guess guesses guessed; recognize recognizes
     recognized recognise recognises recognised; remember remembers remembered`,
  ),
  ...verbs(
    "desire",
    `want wants wanted; need needs needed; desire desires desired; wish wishes wished;
     hope hopes hoped hoping; yearn yearns yearned; plan plans planned planning;
     intend intends intended intending; aim aims aimed aiming; seek seeks sought seeking;
     decide decides decided deciding; refuse refuses refused refusing; agree agrees agreed agreeing;
     offer offers offered offering; vow vows vowed vowing;
     prefer prefers preferred; pledge pledges pledged pledging; promise promises promised promising;
     threaten threatens threatened threatening`,
  ),
  ...verbs(
    "stance",
    `endorse endorses endorsed endorsing; support supports supported supporting;
     back backs backed backing; oppose opposes opposed opposing; attack attacks attacked attacking;
     defend defends defended defending; champion champions championed championing;
     favor favors favored favoring favour favours favoured favouring; embrace embraces embraced
     embracing; welcome welcomes welcomed welcoming; challenge challenges challenged challenging;
     reject rejects rejected rejecting; criticize criticizes criticized criticizing criticise
     criticises criticised criticising; praise praises praised praising; blame blames blamed
     blaming; condemn condemns condemned condemning; denounce denounces denounced denouncing;
     portray portrays portrayed portraying; depict depicts depicted depicting; view views viewed;
     regard regards regarded; describe describes described describing; liken likens likened
     likening; compare compares compared comparing; tout touts touted touting;
     advocate advocates advocated advocating; applaud applauds applauded applauding;
     ridicule ridicules ridiculed ridiculing; mock mocks mocked mocking; slam slams slammed
     slamming; blast blasts blasted blasting; hail hails hailed hailing; accuse accuses accused
     accusing; question questions questioned questioning; dismiss dismisses dismissed dismissing`,
  ),
  ...verbs(
    "evidence",
    `show shows showed shown showing; find finds found finding; reveal reveals revealed revealing;
     suggest suggests suggested suggesting; indicate indicates indicated indicating;
     document documents documented documenting; demonstrate demonstrates demonstrated
     demonstrating; conclude concludes concluded concluding; determine determines determined;
     confirm confirms confirmed confirming; prove proves proved proven proving;
     detail details detailed detailing; estimate estimates estimated estimating;
     predict predicts predicted predicting`,
  ),
  ...verbs(
    "communication",
    `talk talks talked talking; speak speaks spoke spoken speaking; discuss discusses discussed
     discussing; outline outlines outlined outlining; reference references referenced referencing;
     cite cites cited citing; quote quotes quoted quoting; relay relays relayed relaying;
     repeat repeats repeated repeating; echo echoes echoed echoing; recount recounts recounted
     recounting; mention mentions mentioned mentioning; disclose discloses disclosed disclosing;
     sing sings sang sung singing; chant chants chanted chanting; shout shouts shouted shouting;
     tweet tweets tweeted tweeting; retweet retweets retweeted retweeting; post posts posted
     posting;
     announce announces announced announcing; express expresses expressed expressing`,
  ),
];

/**
 * Adjectives that attribute a belief, a feeling or a will to their subject through "be" (`Okafor
 * is convinced that …`, `the council was reluctant to …`, `officials are critical of …`): Quirk et
 * al. 1985, §16.68-16.72, adjectives complemented by a that-clause, an infinitive or a
 * preposition, in their classes of certainty, emotion and volition. Each counts only with its
 * complement (`that`, `to`, or the preposition it takes).
 */
export const attitudeAdjectives: ReadonlySet<string> = new Set(
  (
    "sure certain confident convinced positive doubtful unsure uncertain skeptical sceptical " +
    "aware afraid worried concerned anxious fearful nervous alarmed frustrated angry furious " +
    "incensed outraged upset disappointed dismayed unhappy happy glad pleased delighted proud " +
    "thankful grateful hopeful optimistic pessimistic determined eager keen anxious willing " +
    "unwilling reluctant ready prepared adamant insistent critical supportive opposed hostile " +
    "dismissive wary suspicious coy bearish bullish enthusiastic passionate"
  ).split(" "),
);

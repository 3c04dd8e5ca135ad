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
 *   Also the rest of Levin's verbs of communication that take the message or the hearer as an
 *   object: advise verbs (37.9: advise, alert, brief, counsel, instruct, notify), chitchat verbs
 *   (37.6: debate, confer), lecture verbs (37.10-37.11: lecture, preach, exaggerate, overstate,
 *   understate), say verbs (37.7: articulate, convey, proclaim, propose, recite), VerbNet's
 *   urge-58 (encourage, exhort, implore, press, pressure) and the verbs of presenting a message
 *   that PolNeAR marks as cues (unveil, present, address, invoke, highlight, promote,
 *   pitch, wonder).
 * - stance, further: Levin's admire verbs (31.2: admire, adore, appreciate, despise, detest,
 *   dislike, hate, loathe, love, resent, trust, distrust, regret, deplore), the rest of
 *   the judgement verbs (33: censure, chastise, compliment, congratulate, fault, laud, rebuke,
 *   reprimand, scold, thank, salute) and characterize verbs (29.2: characterize, brand, rate),
 *   and the acts of support or opposition a political source takes toward a bill, a person or a
 *   policy (PolNeAR's guidelines, Newell et al. 2018: sponsor, veto, vote for, vote against,
 *   boycott, snub, spurn,
 *   rebuff, resist, lobby, confront).
 *
 * - stance, judged aloud and decided: the rest of FrameNet's Judgment_communication and
 *   Judgment_direct_address verbs (decry, deride, disparage, vilify, belittle, extol, excoriate,
 *   castigate, lambaste, berate, assail, upbraid, chide; grill, hammer assigned here), paint and
 *   link as characterize verbs (Levin 29.2, `painted X as`, `linked X to Y`; assigned here), and
 *   the decisions of a court or a legislature that PolNeAR annotates as a source's position
 *   (FrameNet's Verdict frame: rule, overrule, overturn, uphold; repeal, with veto above); "rules"
 *   is left out, a noun far more often (`state rules require`).
 * - desire, further: decline, the negative implicative beside refuse (Karttunen 1971).
 *
 * Sources:
 * - Karttunen, Lauri (1971). "Implicative verbs." Language 47(2): 340-358.
 * - Ruppenhofer, Josef et al. (2016). FrameNet II: Extended Theory and Practice. ICSI Berkeley;
 *   the frames Judgment_communication, Judgment_direct_address and Verdict.
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
     threaten threatens threatened threatening; decline declines declined declining`,
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
     announce announces announced announcing; express expresses expressed expressing;
     advise advises advised advising; alert alerts alerted alerting; brief briefs briefed;
     counsel counsels counseled counselled counseling counselling; instruct instructs instructed
     instructing; notify notifies notified notifying; debate debates debated debating;
     confer confers conferred conferring; lecture lectures lectured lecturing; preach preaches
     preached preaching; exaggerate exaggerates exaggerated exaggerating; overstate overstates
     overstated overstating; understate understates understated understating; articulate
     articulates articulated articulating; convey conveys conveyed conveying; proclaim proclaims
     proclaimed proclaiming; propose proposes proposed proposing; recite recites recited reciting;
     encourage encourages encouraged encouraging; exhort exhorts exhorted exhorting; implore
     implores implored imploring; press presses pressed pressing; pressure pressures pressured
     pressuring; unveil unveils unveiled unveiling; present presents presented presenting;
     address addresses addressed addressing; invoke invokes
     invoked invoking; highlight highlights highlighted highlighting; promote promotes promoted
     promoting; pitch pitches pitched pitching; wonder wonders wondered wondering`,
  ),
  ...verbs(
    "stance",
    `admire admires admired admiring; adore adores adored adoring; appreciate appreciates
     appreciated appreciating; despise despises despised despising; detest detests detested
     detesting; dislike dislikes disliked disliking; hate hates hated hating; loathe loathes
     loathed loathing; love loves loved loving; resent resents resented resenting; trust trusts trusted trusting; distrust distrusts distrusted
     distrusting; mistrust mistrusts mistrusted mistrusting; regret regrets regretted regretting;
     deplore deplores deplored deploring; censure censures censured censuring; chastise chastises
     chastised chastising; compliment compliments complimented complimenting; congratulate
     congratulates congratulated congratulating; fault faults faulted faulting; laud lauds lauded
     lauding; rebuke rebukes rebuked rebuking; reprimand reprimands reprimanded reprimanding;
     scold scolds scolded scolding; thank thanks thanked thanking; salute salutes saluted
     saluting; characterize characterizes characterized characterizing characterise characterises
     characterised characterising; brand brands branded branding; rate rates rated;
     sponsor sponsors sponsored sponsoring; veto vetoes vetoed vetoing;
     boycott boycotts boycotted boycotting; snub snubs snubbed snubbing; spurn spurns spurned
     spurning; rebuff rebuffs rebuffed rebuffing; resist resists resisted resisting; lobby lobbies
     lobbied lobbying; confront confronts confronted confronting`,
  ),
  ...verbs(
    "stance",
    `decry decries decried decrying; deride derides derided deriding; disparage disparages
     disparaged disparaging; vilify vilifies vilified vilifying; belittle belittles belittled
     belittling; extol extols extolled extolling; excoriate excoriates excoriated excoriating;
     castigate castigates castigated castigating; lambaste lambastes lambasted lambasting;
     berate berates berated berating; assail assails assailed assailing; upbraid upbraids
     upbraided upbraiding; chide chides chided chiding; grill grills grilled grilling;
     hammer hammers hammered hammering; paint paints painted painting; link links linked linking;
     rule ruled; overrule overrules overruled overruling; overturn overturns overturned
     overturning; uphold upholds upheld upholding; repeal repeals repealed repealing`,
  ),
  ...verbs(
    "communication",
    `publish publishes published publishing; release releases released releasing; issue issues
     issued issuing`,
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

/** A phrasal verb: its verb's forms and its particle words (`lay out`, `weigh in on`). */
export interface AttitudePhrase {
  readonly lemma: string;
  /** Forms of the verb, the first word. */
  readonly forms: readonly string[];
  /** The words after the verb, lowercase. */
  readonly particles: readonly string[];
  readonly kind: AttitudeClass;
}

function phrases(kind: AttitudeClass, list: string): AttitudePhrase[] {
  return list
    .trim()
    .split(/\s*;\s*/)
    .map((entry) => {
      const [verb = "", particles = ""] = entry.split(/\s*\|\s*/);
      const forms = verb.split(/\s+/);
      const words = particles.split(/\s+/);
      return { lemma: `${forms[0] ?? ""} ${words.join(" ")}`, forms, particles: words, kind };
    });
}

/**
 * Phrasal verbs of communication and of stance (Quirk et al. 1985, §16.2-16.6: a verb and a
 * particle that together take the object, `laid out her plan`, `weighed in on the vote`), in the
 * classes above: the message-presenting and speaking ones (Levin 37: lay out, spell out, sum up,
 * bring up, point to, speak out, weigh in, open up about) and the ones that take a stance toward
 * someone (Levin 33 judgement and PolNeAR's attitudes: call out, single out, rule out, play
 * down, play up, hit back at, push back on, go after, double down on, back away from, walk back,
 * come out against, come out for, sign on to, side with, vote for, vote against). Entries are
 * "forms | particles".
 */
export const attitudePhrases: readonly AttitudePhrase[] = [
  ...phrases(
    "communication",
    `lay lays laid laying | out; spell spells spelled spelt spelling | out; sum sums summed
     summing | up; bring brings brought bringing | up; point points pointed pointing | to;
     speak speaks spoke spoken speaking | out; weigh weighs weighed weighing | in; open opens
     opened opening | up about; follow follows followed following | up with; reach reaches reached
     reaching | out to`,
  ),
  ...phrases(
    "stance",
    `call calls called calling | out; single singles singled singling | out; rule rules ruled
     ruling | out; play plays played playing | down; play plays played playing | up; hit hits
     hitting | back at; push pushes pushed pushing | back on; push pushes pushed pushing | back
     against; go goes went gone going | after; double doubles doubled doubling | down on; back
     backs backed backing | away from; walk walks walked walking | back; come comes came coming |
     out against; come comes came coming | out for; sign signs signed signing | on to; side sides
     sided siding | with; vote votes voted voting | for; vote votes voted voting | against`,
  ),
];

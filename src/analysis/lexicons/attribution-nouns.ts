/**
 * Nouns that name what a source says, believes, wants or holds, for the attributions stage only
 * (not framing): `his determination to act alone`, `the senator's support for the bill`,
 * `warnings from the agency that …`, `made the case that …`. A statement, a belief or a stance
 * is attributed through a noun as often as through a verb (Pareti 2016, PARC 3.0 guidelines,
 * §3: noun cues such as "statement", "view", "plan"; Newell, Margolin & Ruths 2018, PolNeAR,
 * which keeps the same cue types), and most of these nouns are the nominalisations of the verb
 * classes in attitude-verbs.ts and report-verbs.ts (Quirk et al. 1985, App. I.30-I.34: nouns
 * in -ment, -ion, -al, -ance and zero-derived nouns naming the act or its result).
 *
 * They count only in a frame that names their source (attributions/noun-frame.ts): a possessive
 * before them (`her view that`), "from" and a source after them (`a plea from the mayor to`), or
 * a light verb with a source subject before them (`Okafor made the case that`); and only with a
 * complement that carries the content ("that", "to", or the preposition the noun takes).
 *
 * Sources:
 * - Pareti, Silvia (2016). "PARC 3.0: A Corpus of Attribution Relations", LREC 2016.
 * - Newell, Edward, Drew Margolin & Derek Ruths (2018). "An Attribution Relations Corpus for
 *   Political News", LREC 2018.
 * - Quirk, Randolph et al. (1985). A Comprehensive Grammar of the English Language. Longman.
 * - Levin, Beth (1993). English Verb Classes and Alternations. University of Chicago Press
 *   (the verb classes the nominalisations come from).
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Singular forms; the caller folds regular plurals. */
export const attributionNouns: ReadonlySet<string> = new Set(
  words(`
    statement remark comment announcement claim allegation assertion contention insistence
    accusation admission acknowledgment acknowledgement denial rejection warning complaint
    criticism condemnation threat vow pledge promise assurance plea demand call appeal request
    proposal suggestion recommendation argument case message testimony prediction assessment
    conclusion finding estimate view belief opinion position stance theory assumption expectation
    hope fear concern doubt worry skepticism scepticism suspicion conviction determination
    refusal reluctance willingness eagerness commitment intention intent desire wish bid
    effort push decision support opposition backing endorsement praise disdain contempt
    admiration adulation objection outcry insistence defense defence attack pitch vision
    agreement disagreement
  `),
);

/**
 * Light verbs: verbs that carry little meaning of their own and take a noun that names the act
 * (Quirk et al. 1985, §2.36 and §10.66: make a statement, give a warning, issue a denial).
 */
export const lightVerbs: ReadonlySet<string> = new Set(
  words(`
    make makes made making give gives gave given giving issue issues issued issuing offer offers
    offered offering deliver delivers delivered delivering express expresses expressed expressing
    voice voices voiced voicing raise raises raised raising lodge lodges lodged lodging sign signs
    signed signing reach reaches reached reaching
  `),
);

/**
 * Channels a statement is made through (PARC 3.0's "in a statement", "in an interview" cues):
 * after "in" and an owner (`In her statement, …`), they name where the words that follow come
 * from.
 */
export const channelNouns: ReadonlySet<string> = new Set(
  words(`
    statement interview speech remark address testimony letter memo op-ed editorial column essay
    tweet post blog book memoir ad advertisement broadcast briefing message report filing
  `),
);

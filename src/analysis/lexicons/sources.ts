/**
 * Bibliography of the lexicons. Every entry's `basis` names keys from this table, so each word
 * can be traced to the published work or style guide that motivates it.
 *
 * A key on an entry means the work lists that word, or defines the class the word is assigned
 * to (for example Caldas-Coulthard's class of reporting verbs that describe the manner of
 * speaking). It does not mean the work uses our wording of the note; the notes are ours.
 *
 * No list below is reproduced wholesale. Where a list was checked word by word (the Recasens et
 * al. 2013 bias lexicon; the Hu & Liu opinion lexicon; Hooper 1975 and Hyland 2005 as
 * distributed with Recasens et al.), `use` or `licence` says so.
 */

/** One published work. */
export interface LexiconSource {
  /** Authors or issuing body, as cited. */
  readonly authors: string;
  /** Year of publication; "n.d." for continuously revised guides. */
  readonly year: string;
  /** Title of the work or entry. */
  readonly title: string;
  /** Where it appeared: journal, proceedings, publisher, or site. */
  readonly venue: string;
  /** Licence of the text, where it matters for reuse. */
  readonly licence?: string;
  /** How the lexicons use it. */
  readonly use: string;
}

export const lexiconSources = {
  ap: {
    authors: "The Associated Press",
    year: "n.d.",
    title:
      "The Associated Press Stylebook (annual editions; entries on terrorism, government/regime, immigration and abortion)",
    venue: "New York: The Associated Press",
    use: "Contested labels that AP tells reporters to avoid or to attribute, e.g. 'anti-abortion' over 'pro-life', 'illegal' only for actions since 2013.",
  },
  bauer1983: {
    authors: "Laurie Bauer",
    year: "1983",
    title: "English Word-formation",
    venue: "Cambridge: Cambridge University Press",
    use: "Productive affixes and combining forms that coin evaluative words.",
  },
  bbc: {
    authors: "BBC",
    year: "2019",
    title:
      "BBC Editorial Guidelines, Section 11: War, Terror and Emergencies, with the guidance note 'Terrorism: Language when Reporting Terrorism'",
    venue: "London: British Broadcasting Corporation",
    use: "Labels for armed actors and acts ('terrorist' only with attribution; prefer 'bomber', 'gunman', 'attacker', 'militant').",
  },
  bednarek2006: {
    authors: "Monika Bednarek",
    year: "2006",
    title: "Evaluation in Media Discourse: Analysis of a Newspaper Corpus",
    venue: "London: Continuum",
    use: "Evaluative and evidential language in newspapers, including reporting expressions.",
  },
  bell1991: {
    authors: "Allan Bell",
    year: "1991",
    title: "The Language of News Media",
    venue: "Oxford: Blackwell",
    use: "'Said' as the neutral default of news attribution; other verbs add the reporter's interpretation.",
  },
  bergler1992: {
    authors: "Sabine Bergler",
    year: "1992",
    title: "Evidential Analysis of Reported Speech",
    venue: "PhD dissertation, Brandeis University",
    use: "Reporting verbs as evidential markers that encode the reporter's stance toward the source.",
  },
  biber1999: {
    authors: "Douglas Biber, Stig Johansson, Geoffrey Leech, Susan Conrad and Edward Finegan",
    year: "1999",
    title: "Longman Grammar of Spoken and Written English",
    venue: "Harlow: Longman",
    use: "Stance adverbials: epistemic (doubt and certainty, source of knowledge such as 'reportedly', 'allegedly') and attitude.",
  },
  caldas1994: {
    authors: "Carmen Rosa Caldas-Coulthard",
    year: "1994",
    title:
      "On reporting reporting: the representation of speech in factual and factional narratives",
    venue:
      "In Malcolm Coulthard (ed.), Advances in Written Text Analysis, 295-308. London: Routledge",
    use: "Classes of reporting verbs: neutral structuring, metapropositional (assertive, directive, expressive), descriptive (manner of speaking), and discourse signalling.",
  },
  carrington2019: {
    authors: "Damian Carrington",
    year: "2019",
    title: "Why the Guardian is changing the language it uses about the environment",
    venue: "The Guardian, 17 May 2019 (with the Guardian and Observer style guide)",
    use: "Alternative names for climate change ('climate crisis', 'climate emergency', 'global heating').",
  },
  cleaneval2008: {
    authors: "Marco Baroni, Francis Chantree, Adam Kilgarriff and Serge Sharoff",
    year: "2008",
    title: "CleanEval: a competition for cleaning web pages",
    venue:
      "Proceedings of the Sixth International Conference on Language Resources and Evaluation (LREC 2008), Marrakech",
    use: "Defines boilerplate (navigation, link lists, copyright notices, adverts) as text to remove from web pages.",
  },
  entman1993: {
    authors: "Robert M. Entman",
    year: "1993",
    title: "Framing: Toward clarification of a fractured paradigm",
    venue: "Journal of Communication 43(4): 51-58",
    use: "Framing by selection and salience: the name given to an actor or event promotes one definition of the problem.",
  },
  hooper1975: {
    authors: "Joan B. Hooper",
    year: "1975",
    title: "On assertive predicates",
    venue:
      "In John P. Kimball (ed.), Syntax and Semantics, vol. 4, 91-124. New York: Academic Press",
    use: "Assertive and factive predicates; checked against the lists distributed with Recasens et al. (2013).",
  },
  huliu2004: {
    authors: "Minqing Hu and Bing Liu; Bing Liu, Minqing Hu and Junsheng Cheng",
    year: "2004",
    title:
      "Mining and summarizing customer reviews (KDD 2004, 168-177); Opinion Observer: analyzing and comparing opinions on the Web (WWW 2005, 342-351)",
    venue: "Proceedings of ACM SIGKDD 2004 and of the 14th International World Wide Web Conference",
    licence:
      "The opinion lexicon states no licence (only a request to cite), so it is not reproduced; membership was checked word by word for hand-picked entries.",
    use: "Prior polarity of evaluative words; the opinion lexicon Recasens et al. (2013) also use as a bias feature.",
  },
  hyland1999: {
    authors: "Ken Hyland",
    year: "1999",
    title: "Academic attribution: citation and the construction of disciplinary knowledge",
    venue: "Applied Linguistics 20(3): 341-367",
    use: "Evaluative reporting verbs (research, cognition and discourse acts; factive, non-factive, counter-factive).",
  },
  hyland2002: {
    authors: "Ken Hyland",
    year: "2002",
    title: "Activity and evaluation: reporting practices in academic writing",
    venue: "In John Flowerdew (ed.), Academic Discourse, 115-130. Harlow: Longman",
    use: "Reporting verbs by the writer's evaluation: acceptance, tentative, neutral, critical, counter-factive.",
  },
  hyland2005: {
    authors: "Ken Hyland",
    year: "2005",
    title: "Metadiscourse: Exploring Interaction in Writing",
    venue:
      "London: Continuum (appendix of metadiscourse items: hedges, boosters, attitude markers)",
    use: "Hedges and boosters; the hedge list was checked against the copy distributed with Recasens et al. (2013).",
  },
  karttunen1971: {
    authors: "Lauri Karttunen",
    year: "1971",
    title: "Implicative verbs",
    venue: "Language 47(2): 340-358",
    use: "Implicative and negative implicative verbs ('manage', 'fail', 'refuse', 'decline').",
  },
  kiparsky1970: {
    authors: "Paul Kiparsky and Carol Kiparsky",
    year: "1970",
    title: "Fact",
    venue:
      "In Manfred Bierwisch and Karl Erich Heidolph (eds.), Progress in Linguistics, 143-173. The Hague: Mouton",
    use: "Factive versus non-factive predicates: a factive verb presupposes that its complement is true.",
  },
  kohlschutter2010: {
    authors: "Christian Kohlschütter, Peter Fankhauser and Wolfgang Nejdl",
    year: "2010",
    title: "Boilerplate detection using shallow text features",
    venue:
      "Proceedings of the Third ACM International Conference on Web Search and Data Mining (WSDM 2010), 441-450",
    use: "Shallow cues (short blocks, link density, template wording) that separate page chrome from article text.",
  },
  lakoff1973: {
    authors: "George Lakoff",
    year: "1973",
    title: "Hedges: A study in meaning criteria and the logic of fuzzy concepts",
    venue: "Journal of Philosophical Logic 2(4): 458-508",
    use: "The notion of a hedge: a word that makes a statement fuzzier or less committed.",
  },
  lakoff2004: {
    authors: "George Lakoff",
    year: "2004",
    title: "Don't Think of an Elephant! Know Your Values and Frame the Debate",
    venue: "White River Junction, VT: Chelsea Green",
    use: "Policy labels that carry a frame ('tax relief', 'death tax').",
  },
  lakoffjohnson1980: {
    authors: "George Lakoff and Mark Johnson",
    year: "1980",
    title: "Metaphors We Live By",
    venue: "Chicago: University of Chicago Press",
    use: "ARGUMENT IS WAR and related conceptual metaphors: political disagreement told as combat ('pounced', 'hammered', 'power grab'), the class of the dramatising verbs and nouns in loaded-terms.ts.",
  },
  lewis2004: {
    authors: "David D. Lewis, Yiming Yang, Tony G. Rose and Fan Li",
    year: "2004",
    title: "RCV1: A new benchmark collection for text categorization research",
    venue:
      "Journal of Machine Learning Research 5: 361-397 (online appendix 11: the SMART stop list)",
    use: "Published copy of the SMART stop list, used as a reference for the stop words.",
  },
  lutz1989: {
    authors: "William Lutz",
    year: "1989",
    title: "Doublespeak: From 'Revenue Enhancement' to 'Terminal Living'",
    venue: "New York: Harper & Row",
    use: "Euphemisms that hide an unpleasant fact ('collateral damage', 'revenue enhancement').",
  },
  marchand1969: {
    authors: "Hans Marchand",
    year: "1969",
    title: "The Categories and Types of Present-Day English Word-Formation (2nd edition)",
    venue: "München: C. H. Beck",
    use: "Affixes with a derogatory sense ('-monger', '-ster', '-nik', 'pseudo-', 'crypto-').",
  },
  martinwhite2005: {
    authors: "J. R. Martin and P. R. R. White",
    year: "2005",
    title: "The Language of Evaluation: Appraisal in English",
    venue: "Basingstoke: Palgrave Macmillan",
    use: "Appraisal: attribution that acknowledges ('said'), distances ('claimed') or endorses ('showed'); judgement and appreciation lexis; graduation (force) for intensifiers.",
  },
  mpqa2005: {
    authors: "Theresa Wilson, Janyce Wiebe and Paul Hoffmann",
    year: "2005",
    title: "Recognizing contextual polarity in phrase-level sentiment analysis",
    venue: "Proceedings of HLT/EMNLP 2005, 347-354 (the MPQA subjectivity clues lexicon)",
    licence:
      "GPL; not copied. Cited only as the category source for a small hand-picked set of common evaluative words.",
    use: "Category source for strongly subjective evaluative adjectives and nouns.",
  },
  nltk2009: {
    authors: "Steven Bird, Ewan Klein and Edward Loper",
    year: "2009",
    title: "Natural Language Processing with Python (NLTK stopwords corpus, English)",
    venue: "Sebastopol, CA: O'Reilly",
    use: "Reference stop list (pronouns, auxiliaries, contractions) compared against ours.",
  },
  orwell1946: {
    authors: "George Orwell",
    year: "1946",
    title: "Politics and the English Language",
    venue: "Horizon 13(76): 252-265",
    use: "Political euphemism ('pacification', 'transfer of population') and dying metaphors.",
  },
  quirk1985: {
    authors: "Randolph Quirk, Sidney Greenbaum, Geoffrey Leech and Jan Svartvik",
    year: "1985",
    title: "A Comprehensive Grammar of the English Language",
    venue: "London: Longman",
    use: "Intensifiers: amplifiers (maximizers, boosters) and downtoners; closed-class function words.",
  },
  recasens2013: {
    authors: "Marta Recasens, Cristian Danescu-Niculescu-Mizil and Dan Jurafsky",
    year: "2013",
    title: "Linguistic models for analyzing and detecting biased language",
    venue:
      "Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (ACL 2013), 1650-1659, Sofia",
    licence:
      "The 654-lemma bias lexicon released with the paper states no licence (only a request to cite), so it is not reproduced; a word is tagged with this key only when it is in that lexicon and is also justified by another cited work.",
    use: "Framing and epistemological bias in Wikipedia NPOV edits; membership in its bias lexicon was checked word by word.",
  },
  reuters: {
    authors: "Thomson Reuters",
    year: "n.d.",
    title:
      "Reuters Handbook of Journalism (style guide entry on terrorism and guidance on neutral language)",
    venue: "Thomson Reuters, online edition",
    use: "Labels used only with attribution ('terrorist'); neutral descriptions of acts and actors.",
  },
  salton1971: {
    authors: "Gerard Salton (ed.)",
    year: "1971",
    title: "The SMART Retrieval System: Experiments in Automatic Document Processing",
    venue: "Englewood Cliffs, NJ: Prentice-Hall",
    use: "Origin of the SMART stop list.",
  },
  thompson1991: {
    authors: "Geoff Thompson and Ye Yiyun",
    year: "1991",
    title: "Evaluation in the reporting verbs used in academic papers",
    venue: "Applied Linguistics 12(4): 365-382",
    use: "Writer's stance in reporting verbs: factive, counter-factive, non-factive; author's stance positive, neutral, negative.",
  },
  wtw: {
    authors: "Wikipedia contributors",
    year: "n.d.",
    title: "Wikipedia:Manual of Style/Words to watch",
    venue: "English Wikipedia",
    licence: "CC BY-SA 4.0; category names and short example words are cited, no prose is copied.",
    use: "Puffery, contentious labels, unsupported attributions, expressions of doubt, editorializing, synonyms for 'said', euphemisms.",
  },
} as const satisfies Record<string, LexiconSource>;

/** Key of a work in {@link lexiconSources}. */
export type SourceKey = keyof typeof lexiconSources;

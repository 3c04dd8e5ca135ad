/**
 * Common nouns that can head the phrase naming a source (`the spokesman`, `officials`, `the
 * agency`, `a new poll`), for the attributions stage: a source is a person, a group of people,
 * an organisation, or, for verbs of finding and showing, a document or a piece of evidence
 * (Pareti 2016, PARC 3.0 guidelines: sources are "the entity to whom the content is attributed",
 * people, organisations, and documents; Quirk et al. 1985, §5.108-5.117 on personal and
 * collective nouns). A noun phrase headed by anything else (`an estimated 20,000 people joined a
 * peaceful`, `the economy`) is no speaker. Singular forms; regular plurals are folded by the
 * caller, irregular ones are listed.
 *
 * Sources:
 * - Pareti, Silvia (2016). "PARC 3.0: A Corpus of Attribution Relations", LREC 2016.
 * - Quirk, Randolph et al. (1985). A Comprehensive Grammar of the English Language. Longman.
 * - The Associated Press Stylebook (2022), entries "titles" and "anonymous sources".
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** People, by role, office, occupation or group. */
export const personNouns: ReadonlySet<string> = new Set(
  words(`
    person people man men woman women child children official spokesman spokeswoman spokesperson
    representative lawmaker legislator senator congressman congresswoman governor mayor president
    minister secretary ambassador envoy diplomat leader chairman chairwoman chair director chief
    executive ceo founder owner manager head adviser advisor aide assistant staffer staff counsel
    attorney lawyer prosecutor judge justice investigator detective officer police agent analyst
    expert economist scientist researcher professor scholar historian strategist consultant
    pollster observer critic opponent supporter backer ally rival foe candidate nominee challenger
    incumbent voter resident citizen worker employee member activist advocate protester organizer
    campaigner volunteer donor insider source witness victim survivor veteran doctor physician
    nurse teacher student parent mother father wife husband son daughter brother sister friend
    neighbor neighbour author writer reporter journalist editor columnist commentator host
    anchor correspondent blogger economist democrat republican conservative liberal progressive
    moderate independent partisan operative fundraiser surrogate delegate elector
    governor-elect commissioner inspector auditor regulator negotiator mediator
    general colonel commander soldier troop admiral king queen prince princess pope bishop
    priest pastor rabbi imam cleric crew family public electorate audience crowd
  `),
);

/** Organisations and bodies of people that speak as one. */
export const bodyNouns: ReadonlySet<string> = new Set(
  words(`
    government administration ministry department agency office bureau commission committee
    council board panel court senate house congress parliament assembly legislature cabinet
    party campaign team company firm corporation business bank group association union coalition
    alliance organization organisation foundation institute university college school hospital
    network newspaper paper magazine outlet station channel publication website site media press
    army military police force regime authority authorities embassy consulate state county city
    country nation county prosecutors delegation caucus leadership establishment club league
    industry lobby watchdog
  `),
);

/** Documents and evidence, sources for verbs of finding and showing only. */
export const evidenceNouns: ReadonlySet<string> = new Set(
  words(`
    study report poll survey analysis research review audit investigation inquiry probe data
    figure number statistic result finding record document filing memo email letter note
    video footage photo photograph image recording tape transcript evidence test experiment
    model projection estimate forecast index census book article story paper
  `),
);

import { CENTRAL_DETERMINERS } from "../lexicons/stopwords.ts";
import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";
import {
  clauseEnd,
  clauseStart,
  gap,
  isBoundary,
  quotationStart,
  trimContent,
  type Cued,
  type Mention,
  type Quoted,
} from "./frame.ts";
import {
  AUXILIARIES,
  RELATIVES,
  antecedent,
  apposed,
  invertedSubject,
  isSpeakerPhrase,
  mentionOf,
} from "./mention.ts";

/*
 * The frames of a reporting verb (cues.ts lists them): where its speaker and its content are,
 * from the punctuation and the words around it.
 */

/** Conjunctions that join a second verb to the first one's subject (`… and said …`). */
const CONJUNCTIONS = new Set(["and", "but", "or", "yet", "while"]);

/** Verbs whose object is the hearer: `X told reporters that …`, `X assured them …`. */
const HEARER_VERBS = new Set([
  "tell",
  "assure",
  "warn",
  "remind",
  "inform",
  "ask",
  "urge",
  "caution",
]);
/**
 * Verbs that take a clause with no "that" (`X said the talks failed`), so a bare complement counts;
 * other reporting words need "that", a colon or a quotation after them, as their other senses
 * (found a body, showed the film, called a meeting) take plain objects.
 */
const BARE_CLAUSE_VERBS = new Set(
  (
    "say tell add argue claim insist warn believe think suggest note stress predict acknowledge admit " +
    "announce explain contend maintain assert write state report estimate reply respond answer " +
    "recall complain declare affirm reiterate allege speculate concede confirm deny emphasize " +
    "underscore observe remark agree vow promise pledge testify propose hint indicate"
  ).split(" "),
);
/**
 * Verbs whose object is the statement or its target, said of a speaker (`X accused Y of …`,
 * `X called the claims "baseless"`, `X rejected the report`, `X expressed concern about …`):
 * Caldas-Coulthard's (1994) metapropositional verbs, which report a speech act in one word.
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set([
  ..."accuse reject dismiss condemn criticize denounce blame praise slam dispute cite rebuke".split(
    " ",
  ),
  ..."urge demand hail applaud refute rebut mock ridicule threaten".split(" "),
  ..."mention question charge".split(" "),
  "express concern",
  "voice concern",
  "raise concerns",
  "call for",
  "call on",
]);

/** Words that open an indirect question after a reporting verb. */
const WH_WORDS = new Set("whether if why how what who when where".split(" "));
/** Conjunctions that join a narrator's clause after a trailing cue (`…, Okafor said, and …`). */
const JOINING = new Set(["and", "but", "while", "as"]);
/**
 * Coordinating conjunctions (Quirk et al. 1985, §13.1): a clause they open is a clause of its
 * own, not a reporting tag on what comes before it (`…, but she declined.`).
 */
const COORDINATORS = new Set(["and", "but", "or", "nor", "yet", "so"]);

function isCoordinator(t: Token, quoted: Quoted): boolean {
  return COORDINATORS.has(t.lower) && !quoted(t);
}
/**
 * Verbs that report a judgement through an object and its complement (Quirk et al. 1985,
 * §16.44-16.46, complex-transitive verbs of speaking): `X called the plan a mistake`, `X described
 * the vote as a ploy`. They count when the complement's "a"/"as" follows in the clause.
 */
const COMPLEMENT_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["call", new Set(["a", "an", "as"])],
  ["label", new Set(["a", "an", "as"])],
  ["dub", new Set(["a", "an", "as"])],
  ["describe", new Set(["as"])],
  ["deride", new Set(["as"])],
  ["dismiss", new Set(["as"])],
  ["denounce", new Set(["as"])],
  ["praise", new Set(["as"])],
  ["hail", new Set(["as"])],
]);

/** Object pronouns that a complex-transitive verb's complement may follow. */
const PRONOUN_OBJECTS = new Set("him her them it us me".split(" "));

/** True when a complex-transitive reporting verb has its complement later in the clause. */
function complemented(
  text: string,
  tokens: readonly Token[],
  after: number,
  lemma: string,
  sentence: Span,
): boolean {
  const markers = COMPLEMENT_VERBS.get(lemma);
  if (!markers) return false;
  // `called them liars`, `called it reckless`: a pronoun object and a bare complement after it.
  const object = tokens[after];
  const complement = tokens[after + 1];
  if (
    object &&
    complement &&
    PRONOUN_OBJECTS.has(object.lower) &&
    !isBoundary(gap(text, object, complement, sentence.end)) &&
    !complement.form.stopword
  )
    return true;
  const stop = clauseEnd(text, tokens, after, sentence.end);
  for (let k = after + 1; k <= stop; k++) if (markers.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * Words that open the adverbial after a trailing verb (`X said on Monday.`, `X said in a
 * statement.`, `X said last week.`); anything else after the verb is its complement.
 */
const TAIL_STARTS = new Set(
  (
    "on in at during after before last this yesterday today tonight earlier later recently while when " +
    "monday tuesday wednesday thursday friday saturday sunday late early afterward afterwards here there " +
    "through via by from"
  ).split(" "),
);
/** Object pronouns that can be the hearer in a tail (`"…," she told me.`). */
const HEARER_PRONOUNS = new Set(["me", "us", "him", "her", "them", "you"]);
/** Most words after a trailing verb (`X said in a statement on Monday.`). */
const MAX_TAIL_WORDS = 7;
/** Most words between a verb and its "that" (`told reporters on Monday that`). */
const MAX_THAT_GAP = 6;

/**
 * The attribution a reporting verb at token `i` (`length` words) heads, if it stands in one of
 * the frames; `objects` lets a plain object count as its content (`X endorsed Y`), for verbs whose
 * caller has checked their subject and complement (attitude.ts).
 */
export function verbFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  length: number,
  lemma: string,
  sentence: Span,
  quoted: Quoted,
  previousQuote: Span | undefined,
  objects = false,
): Cued | undefined {
  const verb = tokens[i] as Token;
  const lastWord = tokens[i + length - 1] as Token;
  const cue: { start: number; end: number } = { start: verb.start, end: lastWord.end };
  const after = i + length;
  const next = tokens[after];
  const before = gap(text, tokens[i - 1], verb, 0);
  const following = gap(text, lastWord, next, sentence.end);
  // A quotation right after the verb with no punctuation before it is its object or its
  // content (`X called it "a mistake"`), not a new sentence after a trailing cue.
  const atEnd =
    !next ||
    /[.!?]/.test(following) ||
    (quoted(next) && isBoundary(following.replace(/["“‘]/g, "")));

  // Participle after a comma: `…, adding that …`, `…, saying …`; or a gerund after a
  // preposition, whose subject is the main clause's too (`… by saying that …`, `after warning
  // the council …`: Quirk et al. 1985, §15.60, the attachment rule for non-finite clauses).
  const gerund = /ing$/.test(verb.lower) && GERUND_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "");
  if (
    i > 0 &&
    /ing$/.test(verb.lower) &&
    (/,/.test(before) || (gerund && !isBoundary(before))) &&
    next
  ) {
    const from = next.lower === "that" ? tokens[after + 1] : next;
    if (!from) return undefined;
    return {
      cue,
      content: trimContent(text, from.start, sentence.end),
      mention: undefined,
      participle: true,
    };
  }

  // `"Why now?" asked Okafor.`, split after the "?": the quotation is the sentence before.
  if (i === 0 && previousQuote && next) {
    const stop = clauseEnd(text, tokens, after, sentence.end);
    const mention = invertedSubject(text, tokens, after, stop, sentence);
    if (mention) return { cue, content: previousQuote, mention, participle: false };
  }

  // Inverted: `"…," said X.` — the verb right after a boundary, its subject after it.
  const quoteBefore = /["“”‘’«»]/.test(before);
  if (
    i > 0 &&
    isBoundary(before) &&
    next &&
    next.lower !== "that" &&
    (quoteBefore || !apposed(text, tokens, i))
  ) {
    const stop = clauseEnd(text, tokens, after, sentence.end);
    const mention = invertedSubject(text, tokens, after, stop, sentence);
    // Up to the verb: the punctuation between is trimmed, a closing "?" or "!" kept.
    const content = trimContent(text, sentence.start, (tokens[i] as Token).start);
    if (mention && content.end > content.start)
      return {
        cue,
        content: extendOverQuote(text, tokens, stop, content, sentence),
        mention,
        participle: false,
      };
  }

  // Subject before the verb, from the clause boundary, past a catenative chain (`went on to say`).
  const head = chainStart(tokens, i);
  if (head < i) cue.start = (tokens[head] as Token).start;
  const from = clauseStart(text, tokens, head);
  // `… and said …`, `… but insisted …`: the subject of the verb before, as for a participle.
  const conjunction = subjectless(tokens, from, head);
  if (conjunction && next)
    return {
      cue,
      content: trimContent(
        text,
        next.lower === "that" ? (tokens[after + 1]?.start ?? next.start) : next.start,
        sentence.end,
      ),
      mention: undefined,
      participle: true,
    };
  let mention = from < head ? mentionOf(text, tokens, from, head - 1) : undefined;
  // `…, which Tehran denies` / `X, who said …`: a relative pronoun stands for the name before it.
  if (mention?.kind === "pronoun" && RELATIVES.has(mention.text.toLowerCase()) && from > 0)
    mention = antecedent(text, tokens, clauseStart(text, tokens, from - 1), from - 1);
  // `Okafor, the agency's director, has since said …`: auxiliaries alone between the apposition
  // and the verb.
  // The subject's first token: before its apposition when the subject is apposed.
  let lead = from;
  if (!mention && from > 0 && tokens.slice(from, head).every((t) => AUXILIARIES.has(t.lower))) {
    mention = apposed(text, tokens, from);
    // `"…," Okafor, the agency's director, told …`: what is said ends before the subject.
    const start = mention?.span.start ?? Infinity;
    while (lead > 0 && (tokens[lead - 1] as Token).start >= start) lead--;
  }

  // `"Why now?" Okafor asked.`, split after the "?": the quotation is the sentence before.
  if (
    mention &&
    from === 0 &&
    previousQuote &&
    // Not `Okafor said: "…"`, which leads into a quotation of its own.
    !/:/.test(following) &&
    !(next && quoted(next)) &&
    (atEnd ||
      /^\s*,/.test(following) ||
      shortTail(text, tokens, after, sentence, HEARER_VERBS.has(lemma)))
  )
    return { cue, content: previousQuote, mention, participle: false };

  // Trailing: `"…," X said.` / `…, the ministry said on Monday.` — a boundary before the subject,
  // not a colon, which introduces what follows (`Update: Okafor urges crews to …`).
  if (
    mention &&
    from > 0 &&
    lead > 0 &&
    !gap(text, tokens[from - 1], tokens[from], 0).includes(":") &&
    // `…, but she declined.`: a coordinated clause of the narrator's, not a reporting tag (a
    // quotation's own last word aside).
    !isCoordinator(tokens[from - 1] as Token, quoted) &&
    !isCoordinator(tokens[from] as Token, quoted) &&
    (atEnd ||
      shortTail(text, tokens, after, sentence, HEARER_VERBS.has(lemma)) ||
      // `"…," Okafor said, adding …`: a subject right after a quotation, the verb before a comma.
      (/^\s*,/.test(following) && quoted(tokens[from - 1] as Token)) ||
      // `…, Okafor said, and the talks …`: a clause joined after the cue is the narrator's.
      (/^\s*,\s*$/.test(following) && JOINING.has(next.lower)))
  ) {
    const content = trimContent(
      text,
      quotationStart(text, tokens, lead - 1, quoted) ?? sentence.start,
      (tokens[lead - 1] as Token).end,
    );
    if (content.end > content.start) {
      const stop = isBoundary(following) ? after - 1 : clauseEnd(text, tokens, after, sentence.end);
      return {
        cue,
        content: extendOverQuote(text, tokens, stop, content, sentence),
        mention,
        participle: false,
      };
    }
  }
  if (!mention || !next) return undefined;

  // Parenthetical: `The talks, Okafor said, had failed.`: the cue between two commas inside the
  // statement, which runs from the sentence's start to its end.
  if (
    from > 0 &&
    isSpeakerPhrase(mention, tokens[from] as Token) &&
    /^\s*,\s*$/.test(gap(text, tokens[from - 1], tokens[from], 0)) &&
    /^\s*,\s*$/.test(following) &&
    !quoted(tokens[from - 1] as Token) &&
    !quoted(next)
  ) {
    const content = trimContent(text, sentence.start, sentence.end);
    if (content.end > content.start) return { cue, content, mention, participle: false };
  }

  // Leading: `X said (that) …`, `X told Y (that) …`, `X said: "…"`.
  if (/[:"“]/.test(following)) return leading(text, next.start, cue, mention, sentence);
  for (let j = after; j < Math.min(tokens.length, after + MAX_THAT_GAP); j++) {
    const t = tokens[j] as Token;
    if (t.lower === "that" && j + 1 < tokens.length) {
      const clause = tokens[j + 1] as Token;
      return leading(text, clause.start, cue, mention, sentence);
    }
    // An indirect question: `X asked whether …`, `X questioned why …`, `X told them how …`.
    // After a hearer only if it is a pronoun: in `asked the people who …` "who" is a relative.
    const hearer = tokens[after] as Token;
    if (
      WH_WORDS.has(t.lower) &&
      j + 1 < tokens.length &&
      (j === after ||
        (j === after + 1 && HEARER_VERBS.has(lemma) && HEARER_PRONOUNS.has(hearer.lower)))
    )
      return leading(text, t.start, cue, mention, sentence);
    // A hearer may be a quoted title (`told the show "Morning Call" that …`); else a quotation
    // ends the search.
    if ((quoted(t) && !HEARER_VERBS.has(lemma)) || /[.;!?]/.test(gap(text, tokens[j - 1], t, 0)))
      break;
  }
  // A reported request (Quirk et al. 1985, reported directives): `X asked the crews to wait`.
  if (HEARER_VERBS.has(lemma)) {
    const stop = Math.min(clauseEnd(text, tokens, after, sentence.end), after + MAX_THAT_GAP);
    for (let k = after + 1; k <= stop; k++) {
      const to = tokens[k] as Token;
      if (to.lower === "to" && k + 1 < tokens.length && !quoted(to))
        return leading(text, to.start, cue, mention, sentence);
    }
  }
  // Other reporting words count beside a quotation: `X called the plan "reckless"`.
  const nearQuote = tokens.slice(after, after + MAX_THAT_GAP).some(quoted);
  if (
    !objects &&
    !BARE_CLAUSE_VERBS.has(lemma) &&
    !OBJECT_VERBS.has(lemma) &&
    !nearQuote &&
    !complemented(text, tokens, after, lemma, sentence)
  )
    return undefined;
  let clause = after;
  if (HEARER_VERBS.has(lemma)) {
    // `X told reporters the talks …`: skip the hearer (one name or noun phrase).
    const stop = clauseEnd(text, tokens, after, sentence.end);
    if (/[,:]/.test(gap(text, tokens[stop], tokens[stop + 1], sentence.end))) clause = stop + 1;
    else {
      // `X told his advisers to find another way`: the request starts at "to".
      let to = after + 1;
      while (to <= Math.min(stop, after + MAX_THAT_GAP) && (tokens[to] as Token).lower !== "to")
        to++;
      // `X told the council the repairs …`: the hearer is a name, a pronoun or a short phrase.
      clause = to <= stop && to <= after + MAX_THAT_GAP ? to : hearerEnd(tokens, after) + 1;
      if (clause > stop) return undefined;
    }
  }
  const start = tokens[clause];
  return start ? leading(text, start.start, cue, mention, sentence) : undefined;
}

/**
 * True for verbs whose frames above already read their object (a hearer, a complement, a
 * judged object): their other objects are other senses (`called a meeting`, `asked the crews`).
 */
export function hasObjectFrame(lemma: string): boolean {
  return HEARER_VERBS.has(lemma) || COMPLEMENT_VERBS.has(lemma) || OBJECT_VERBS.has(lemma);
}

/** The last token of a hearer after `tell`: a run of capitals, `the council`, or one word. */
function hearerEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (!first) return at;
  if (first.capitalized) {
    let j = at;
    while (tokens[j + 1]?.capitalized) j++;
    return j;
  }
  return CENTRAL_DETERMINERS.has(first.lower) ? at + 1 : at;
}

function leading(text: string, from: number, cue: Span, mention: Mention, sentence: Span): Cued {
  return { cue, content: trimContent(text, from, sentence.end), mention, participle: false };
}

/**
 * A short tail after a trailing verb: `X said on Monday.`, `X said in a statement.`: at most four
 * words before the sentence ends or a quotation resumes.
 */
function shortTail(
  text: string,
  tokens: readonly Token[],
  after: number,
  sentence: Span,
  hearer: boolean,
): boolean {
  const stop = clauseEnd(text, tokens, after, sentence.end);
  const g = gap(text, tokens[stop], tokens[stop + 1], sentence.end);
  const first = tokens[after];
  return (
    stop - after < MAX_TAIL_WORDS &&
    (/[.!?]/.test(g) || stop === tokens.length - 1 || /,/.test(g)) &&
    !!first &&
    (TAIL_STARTS.has(first.lower) ||
      (hearer && (!first.form.stopword || HEARER_PRONOUNS.has(first.lower))))
  );
}

/** `"…," X said, "…"`: a quotation that resumes after the cue belongs to the same attribution. */
function extendOverQuote(
  text: string,
  tokens: readonly Token[],
  stop: number,
  content: Span,
  sentence: Span,
): Span {
  const g = gap(text, tokens[stop], tokens[stop + 1], sentence.end);
  if (!/,\s*["“‘]|:\s*["“‘]/.test(g) || !tokens[stop + 1]) return content;
  const rest = trimContent(text, (tokens[stop] as Token).end, sentence.end);
  return rest.end > content.end ? { start: content.start, end: rest.end } : content;
}

/** Prepositions that take a gerund whose subject is the main clause's (`by saying`, `after urging`). */
const GERUND_PREPOSITIONS = new Set(
  "by after before while without for from when upon since besides despite".split(" "),
);

/**
 * Catenative verbs (Quirk et al. 1985, §16.49-16.52; Huddleston & Pullum 2002, ch. 14): a verb
 * that chains to the next through "to" and shares its subject, carrying aspect or effort rather
 * than a statement of its own (`went on to say`, `tried to argue`, `seemed to suggest`). Verbs of
 * desire and intention are not here: they attribute on their own (attitude-verbs.ts).
 */
const CATENATIVES = new Set(
  (
    "continue continues continued continuing try tries tried trying attempt attempts attempted " +
    "begin begins began begun start starts started seem seems seemed appear appears appeared " +
    "hasten hastens hastened rush rushes rushed move moves moved manage manages managed tend " +
    "tends tended come comes came get gets got used has have had going ought"
  ).split(" "),
);
/** Forms of "go" before "on to": `went on to say`. */
const GO = new Set("go goes went gone going".split(" "));

/**
 * The first token of a catenative chain ending at the verb at `i` (`went on to` before `say`),
 * or `i` when there is none: the chain belongs to the cue, its subject is before it.
 */
export function chainStart(tokens: readonly Token[], i: number): number {
  let at = i;
  for (;;) {
    if (tokens[at - 1]?.lower !== "to") return at;
    const verb = tokens[at - 2]?.lower ?? "";
    if (CATENATIVES.has(verb)) at -= 2;
    else if (verb === "on" && GO.has(tokens[at - 3]?.lower ?? "")) at -= 3;
    else return at;
  }
}

/** True when the words before the verb are only a conjunction (and auxiliaries) after a verb phrase. */
export function subjectless(tokens: readonly Token[], from: number, verb: number): boolean {
  let j = verb - 1;
  while (j >= from && AUXILIARIES.has((tokens[j] as Token).lower)) j--;
  if (j < 0 || !CONJUNCTIONS.has((tokens[j] as Token).lower)) return false;
  return j > 0;
}

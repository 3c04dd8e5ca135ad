import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodeShareFragment,
  SHARE_LIMITS,
  shareUrl,
  validateSharedState,
  type SharedLesson,
  type SharedState,
  type SharedWork,
} from "./link.ts";
import { decodeErr, decodeOk, linkOfJson, two } from "./test-support.ts";

/** `v2=` around arbitrary JSON, framed as the encoder frames it. */
const classLinkOf = (payload: unknown): string =>
  linkOfJson(JSON.stringify(payload)).replace(/^v1=/, "v2=");

const lesson: SharedLesson = {
  title: "Two reports of one statement",
  instructions: "Tag the words that tell you how each outlet sees the story.",
  focus: ["loaded", "attribution", "only-here"],
  questions: [
    {
      id: "attribution-B-120",
      kind: "attribution",
      text: "B writes “rejected” where A writes “called”. What does “rejected” suggest?",
      passages: [
        { source: 1, start: 120, end: 128 },
        { source: 0, start: 40, end: 46 },
      ],
    },
    {
      id: "custom-1",
      kind: "custom",
      text: "Which report would you trust more, and why?",
      passages: [],
    },
  ],
};

const work: SharedWork = {
  student: "Ana",
  tags: [
    { id: "t1", kind: "loaded", source: 0, start: 3, end: 9, note: "sounds like a verdict" },
    { id: "t2", kind: "only-here", source: 1, start: 0, end: 4, afterCheck: true },
  ],
  answers: [
    {
      question: "attribution-B-120",
      text: "It makes the claim sound refused.\nNot just answered.",
    },
  ],
  checked: true,
};

describe("class links", () => {
  it("carry a seed with its lesson as v2 and reopen equal", () => {
    const state: SharedState = {
      kind: "seed",
      seed: "iran-russia-ties",
      view: { mode: "class" },
      lesson,
    };
    const fragment = encodeShareFragment(state);
    expect(fragment).toMatch(/^v2=[A-Za-z0-9_-]+$/);
    expect(decodeOk(fragment)).toStrictEqual(state);
    expect(decodeOk(`#${fragment}`)).toStrictEqual(state);
  });

  it("carry the user's reports with the lesson", () => {
    const state: SharedState = {
      kind: "inputs",
      sources: [...two],
      view: { mode: "class" },
      lesson,
    };
    expect(decodeOk(encodeShareFragment(state))).toStrictEqual(state);
  });

  it("leave plain links as they were: v1 for reports, readable for a seed", () => {
    expect(encodeShareFragment({ kind: "inputs", sources: [...two] })).toMatch(/^v1=/);
    expect(
      encodeShareFragment({ kind: "seed", seed: "iran-russia-ties", view: { mode: "class" } }),
    ).toBe("seed=iran-russia-ties&mode=class");
  });

  it("stay short for a lesson of ten questions", () => {
    const long: SharedLesson = {
      ...lesson,
      questions: Array.from({ length: 10 }, (_, k) => ({
        id: `q${k}`,
        kind: "quote",
        text: `Question ${k}: the first source quotes a speaker directly, and the second gives the point in its own words. What changes when a quotation becomes a paraphrase?`,
        passages: [{ source: 0, start: k * 100, end: k * 100 + 40 }],
      })),
    };
    const url = shareUrl("https://parallax.example/", { kind: "seed", seed: "s", lesson: long });
    expect(url.length).toBeLessThan(SHARE_LIMITS.warnFragmentChars / 4);
  });
});

describe("handed-in links", () => {
  it("carry the lesson and the student's work and reopen equal", () => {
    const state: SharedState = {
      kind: "seed",
      seed: "iran-russia-ties",
      view: { mode: "class" },
      lesson,
      work,
    };
    expect(decodeOk(encodeShareFragment(state))).toStrictEqual(state);
  });

  it("carry only known fields", () => {
    const rich = {
      kind: "seed",
      seed: "s",
      lesson: { ...lesson, draft: true, questions: [{ ...lesson.questions[0], edited: true }] },
      work: { ...work, tags: [{ ...work.tags[0], colour: "red" }], savedAt: 1 },
    } as unknown as SharedState;
    const decoded = decodeOk(encodeShareFragment(rich));
    expect(decoded.lesson?.questions[0]).toStrictEqual(lesson.questions[0]);
    expect(decoded.work?.tags).toStrictEqual([work.tags[0]]);
    expect(decoded.work).not.toHaveProperty("savedAt");
  });

  it("round-trip any lesson and work the limits allow", () => {
    const passage = fc.record({
      source: fc.integer({ min: 0, max: SHARE_LIMITS.maxSources - 1 }),
      start: fc.integer({ min: 0, max: 5000 }),
      length: fc.integer({ min: 1, max: 500 }),
    });
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
    const text = (max: number) => fc.string({ unit: "grapheme", maxLength: max });
    const lessonArb = fc.record(
      {
        title: text(40),
        instructions: text(200),
        focus: fc.array(id, { maxLength: 7 }),
        questions: fc.array(
          fc.record({
            id,
            kind: id,
            text: text(120),
            passages: fc.array(passage, { maxLength: 3 }),
          }),
          { maxLength: 6 },
        ),
      },
      { requiredKeys: ["focus", "questions"], noNullPrototype: true },
    );
    const workArb = fc.record(
      {
        student: text(30),
        tags: fc.array(
          fc.record(
            { id, kind: id, p: passage, note: text(80), afterCheck: fc.boolean() },
            { requiredKeys: ["id", "kind", "p"], noNullPrototype: true },
          ),
          { maxLength: 8 },
        ),
        answers: fc.array(fc.record({ question: id, text: text(200) }), { maxLength: 6 }),
        checked: fc.boolean(),
      },
      { requiredKeys: ["tags", "answers"], noNullPrototype: true },
    );
    const toPassage = (p: { source: number; start: number; length: number }) => ({
      source: p.source,
      start: p.start,
      end: p.start + p.length,
    });
    fc.assert(
      fc.property(lessonArb, workArb, (rawLesson, rawWork) => {
        const l = {
          ...rawLesson,
          questions: rawLesson.questions.map((q) => ({
            ...q,
            passages: q.passages.map(toPassage),
          })),
        } as SharedLesson;
        const w = {
          ...rawWork,
          tags: rawWork.tags.map(({ p, ...tag }) => ({ ...tag, ...toPassage(p) })),
        } as SharedWork;
        // Through JSON first: fast-check may build objects without a prototype.
        const state = JSON.parse(
          JSON.stringify({ kind: "inputs", sources: [...two], lesson: l, work: w }),
        ) as SharedState;
        expect(decodeOk(encodeShareFragment(state))).toStrictEqual(state);
      }),
      { numRuns: 150 },
    );
  });
});

describe("bad class links are refused with a plain sentence", () => {
  const base = { seed: "iran-russia-ties" };
  it.each<[string, unknown, RegExp]>([
    ["no comparison", { lesson }, /neither one shipped comparison nor one set of sources/],
    [
      "both a seed and sources",
      { ...base, sources: two, lesson },
      /neither one shipped comparison/,
    ],
    [
      "a passage that ends before it starts",
      {
        ...base,
        lesson: {
          ...lesson,
          questions: [{ ...lesson.questions[0], passages: [{ source: 0, start: 9, end: 3 }] }],
        },
      },
      /a passage ends before it starts \(question 1, passage 1\)/,
    ],
    [
      "a passage in a seventh source",
      {
        ...base,
        lesson: {
          ...lesson,
          questions: [{ ...lesson.questions[0], passages: [{ source: 6, start: 0, end: 3 }] }],
        },
      },
      /past the 6th \(question 1, passage 1\)/,
    ],
    [
      "a fractional offset",
      { ...base, work: { ...work, tags: [{ ...work.tags[0], start: 1.5 }] } },
      /not a whole number \(tag 1\)/,
    ],
    [
      "too many questions",
      {
        ...base,
        lesson: { ...lesson, questions: Array.from({ length: 41 }, () => lesson.questions[1]) },
      },
      /more than 40 questions/,
    ],
    [
      "an answer too long",
      { ...base, lesson, work: { ...work, answers: [{ question: "q", text: "x".repeat(6001) }] } },
      /an answer is longer than 6,000 characters \(answer 1\)/,
    ],
    [
      "a question id with markup",
      { ...base, lesson: { ...lesson, questions: [{ ...lesson.questions[1], id: "<b>" }] } },
      /a question's id has characters an id cannot have \(question 1\)/,
    ],
    ["an unknown field", { ...base, lesson, grade: "A" }, /not hold a comparison with a lesson/],
    [
      "a lesson that is a string",
      { ...base, lesson: "read it" },
      /its lesson is not in the expected form/,
    ],
  ])("%s", (_label, payload, message) => {
    const error = decodeErr(classLinkOf(payload));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(message);
  });

  it("nesting deeper than a lesson's, refused before parsing", () => {
    const error = decodeErr(classLinkOf({ ...base, lesson: { ...lesson, focus: [[[[["x"]]]]] } }));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(/nested deeper than a lesson's/);
  });

  it("a newer version is 'future-version', not damage", () => {
    expect(decodeErr("v3=AAAA").code).toBe("future-version");
  });

  it("validateSharedState checks a lesson before a link is offered", () => {
    const tooLong = { ...lesson, title: "t".repeat(201) };
    const result = validateSharedState({ kind: "seed", seed: "s", lesson: tooLong });
    expect(result.ok ? undefined : result.error.message).toMatch(/title is longer than 200/);
  });
});

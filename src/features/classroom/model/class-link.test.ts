import { describe, expect, it } from "vitest";
import { decodeShareFragment, encodeShareFragment, type SharedState } from "../../../share/link.ts";
import { at, TEXT_B, twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import {
  fromSharedLesson,
  fromSharedWork,
  lessonDraftKey,
  toSharedLesson,
  toSharedWork,
  workStorageKey,
} from "./class-link.ts";
import { expectedItems, kindsFound } from "./expected.ts";
import { addCustomQuestion, defaultLesson, rewordQuestion } from "./lesson.ts";
import { suggestQuestions } from "./questions.ts";
import { deserializeLesson, deserializeWork, serializeLesson, serializeWork } from "./stored.ts";
import { TAG_KINDS } from "./tag-kinds.ts";
import { analyse, analysed, seedInputs } from "./test-support.ts";
import { EMPTY_WORK, type Lesson, type StudentWork } from "./types.ts";
import { addTag, markChecked, setAnswer, setStudent } from "./work.ts";

const seed = analyse("seed pair", seedInputs);
const seedLesson = (() => {
  const suggestions = suggestQuestions(seed.index, seed.marks);
  const found = kindsFound(
    expectedItems(
      seed.index,
      seed.marks,
      TAG_KINDS.map((k) => k.id),
    ),
  );
  return defaultLesson("Iran answers the CIA chief", suggestions, found);
})();

function roundTrip(state: SharedState): SharedState {
  const decoded = decodeShareFragment(encodeShareFragment(state));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value;
}

describe("a class link", () => {
  it("reopens the teacher's lesson exactly", () => {
    const lesson: Lesson = rewordQuestion(
      addCustomQuestion(seedLesson),
      "custom-1",
      "Which report would you send a friend, and why?",
    );
    const link = roundTrip({
      kind: "seed",
      seed: "iran-russia-ties",
      view: { mode: "class" },
      lesson: toSharedLesson(seed.index, lesson),
    });
    expect(link.view?.mode).toBe("class");
    expect(fromSharedLesson(seed.index, link.lesson!, "fallback")).toStrictEqual(lesson);
  });

  it("leaves out a question the teacher left blank", () => {
    const shared = toSharedLesson(seed.index, addCustomQuestion(seedLesson));
    expect(shared.questions.map((q) => q.id)).not.toContain("custom-1");
  });

  it("fits what does not belong to this comparison instead of refusing it", () => {
    const lesson = fromSharedLesson(
      seed.index,
      {
        focus: ["loaded", "gossip", "hedge"],
        questions: [
          {
            id: "q",
            kind: "future-kind",
            text: "Why?",
            passages: [{ source: 5, start: 0, end: 4 }],
          },
          { id: "q", kind: "custom", text: "Again?", passages: [] },
          {
            id: "r",
            kind: "unique",
            text: "Far?",
            passages: [{ source: 1, start: 0, end: 10_000_000 }],
          },
        ],
      },
      "A title",
    );
    expect(lesson.title).toBe("A title");
    expect(lesson.focus).toEqual(["loaded", "hedge"]);
    expect(lesson.questions).toEqual([
      { id: "q", kind: "custom", text: "Why?", passages: [] },
      { id: "r", kind: "unique", text: "Far?", passages: [] },
    ]);
  });
});

describe("a handed-in link", () => {
  const pair = analysed("invented pair", twoSources);
  const order = ["A", "B"];
  let work: StudentWork = setStudent(EMPTY_WORK, "Ana");
  work = addTag(
    work,
    { source: "B", ...at(TEXT_B, "rejected") },
    "attribution",
    "sounds final",
    order,
  ).work;
  work = addTag(work, { source: "A", start: 0, end: 7 }, "loaded", "", order).work;
  work = setAnswer(
    markChecked(work),
    "headline",
    "One leads with the mayor,\nthe other with the council.",
  );
  work = addTag(work, { source: "B", ...at(TEXT_B, "alarmist", 1) }, "loaded", "", order).work;

  it("reopens with the tags, notes and answers", () => {
    const lesson = toSharedLesson(
      pair.index,
      defaultLesson("Bridge", suggestQuestions(pair.index, pair.marks), new Set(["loaded"])),
    );
    const link = roundTrip({
      kind: "inputs",
      sources: twoSources.sources.map((s) => ({ name: s.name, text: s.text })),
      view: { mode: "class" },
      lesson,
      work: toSharedWork(pair.index, work),
    });
    expect(link.lesson).toStrictEqual(lesson);
    expect(fromSharedWork(pair.index, link.work!)).toStrictEqual(work);
  });

  it("keeps tags in reading order and marks those made after checking", () => {
    expect(work.tags.map((t) => [t.source, t.kind, t.afterCheck])).toEqual([
      ["A", "loaded", false],
      ["B", "attribution", false],
      ["B", "loaded", true],
    ]);
  });

  it("drops tags that do not fit this comparison", () => {
    const shared = toSharedWork(pair.index, work);
    const odd = fromSharedWork(pair.index, {
      ...shared,
      tags: [
        ...shared.tags,
        { id: "x", kind: "sarcasm", source: 0, start: 0, end: 3 },
        { id: "y", kind: "hedge", source: 1, start: 0, end: 1_000_000 },
        { ...shared.tags[0]!, note: "a second tag with the first one's id" },
      ],
      answers: [...shared.answers, { question: "empty", text: "   " }],
    });
    expect(odd).toStrictEqual(work);
  });
});

describe("kept on this device", () => {
  it("round-trips work and a draft lesson, and ignores anything else", () => {
    const pair = analysed("invented pair", twoSources);
    const work = setAnswer(EMPTY_WORK, "q1", "An answer");
    const shared = toSharedWork(pair.index, work);
    expect(deserializeWork(serializeWork(shared))).toStrictEqual(shared);
    const lesson = toSharedLesson(seed.index, seedLesson);
    expect(deserializeLesson(serializeLesson(lesson))).toStrictEqual(lesson);
    for (const bad of [
      undefined,
      "",
      "{",
      "null",
      '{"v":2,"data":{}}',
      '{"v":1,"data":{"tags":"x"}}',
    ]) {
      expect(deserializeWork(bad)).toBeUndefined();
      expect(deserializeLesson(bad)).toBeUndefined();
    }
  });

  it("keys work by the reports and the lesson together", () => {
    const lesson = toSharedLesson(seed.index, seedLesson);
    const other = { ...lesson, title: "Another lesson" };
    expect(workStorageKey(seedInputs, lesson)).toBe(workStorageKey(seedInputs, lesson));
    expect(workStorageKey(seedInputs, lesson)).not.toBe(workStorageKey(seedInputs, other));
    expect(workStorageKey(seedInputs, lesson)).not.toBe(
      workStorageKey([...seedInputs].reverse(), lesson),
    );
    expect(lessonDraftKey(seedInputs)).toMatch(/^parallax:lesson-draft:[0-9a-f]+$/);
  });
});

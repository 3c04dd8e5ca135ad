import { describe, expect, it } from "vitest";
import { twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { expectedItems, kindsFound } from "./expected.ts";
import {
  addCustomQuestion,
  addQuestion,
  askableQuestions,
  defaultLesson,
  isEdited,
  moreSuggestions,
  moveQuestion,
  removeQuestion,
  rewordQuestion,
  setFocus,
} from "./lesson.ts";
import { suggestQuestions } from "./questions.ts";
import { TAG_KINDS } from "./tag-kinds.ts";
import { analysed } from "./test-support.ts";

const pair = analysed("invented pair", twoSources);
const suggestions = suggestQuestions(pair.index, pair.marks);
const found = kindsFound(
  expectedItems(
    pair.index,
    pair.marks,
    TAG_KINDS.map((k) => k.id),
  ),
);
const lesson = defaultLesson("Bridge", suggestions, found);
const ids = (l: typeof lesson) => l.questions.map((q) => q.id);

describe("the lesson a teacher starts from", () => {
  it("asks about every kind Parallax found, with the default questions", () => {
    expect(lesson.title).toBe("Bridge");
    expect(lesson.focus).toEqual([
      "loaded",
      "attribution",
      "name",
      "same-quote",
      "paraphrase",
      "only-here",
    ]);
    expect(ids(lesson)).toEqual(suggestions.filter((s) => s.byDefault).map((s) => s.question.id));
    expect(lesson.instructions).toMatch(/tag them/);
  });
});

describe("choosing what students look for", () => {
  it("switching a kind off takes its untouched questions with it, and on brings them back", () => {
    const variant = lesson.questions.find((q) => q.kind === "variant");
    expect(variant).toBeDefined();
    const off = setFocus(
      lesson,
      lesson.focus.filter((k) => k !== "name"),
      suggestions,
    );
    expect(off.focus).not.toContain("name");
    expect(ids(off)).not.toContain(variant?.id);
    expect(moreSuggestions(off, suggestions).some((q) => q.kind === "variant")).toBe(false);
    const on = setFocus(off, [...off.focus, "name"], suggestions);
    expect(on.focus).toEqual(lesson.focus);
    expect(ids(on)).toContain(variant?.id);
  });

  it("keeps a question the teacher reworded", () => {
    const variant = lesson.questions.find((q) => q.kind === "variant")!;
    const edited = rewordQuestion(lesson, variant.id, "Why two spellings?");
    expect(
      isEdited(
        edited.questions.find((q) => q.id === variant.id)!,
        suggestions,
      ),
    ).toBe(true);
    const off = setFocus(
      edited,
      edited.focus.filter((k) => k !== "name"),
      suggestions,
    );
    expect(off.questions.find((q) => q.id === variant.id)?.text).toBe("Why two spellings?");
  });

  it("headlines and the teacher's own questions stay whatever the focus", () => {
    const own = addCustomQuestion(lesson);
    const none = setFocus(own, [], suggestions);
    expect(none.questions.map((q) => q.kind).sort()).toEqual(["custom", "headline"]);
  });
});

describe("editing the questions", () => {
  it("adds, rewords, moves and removes", () => {
    const first = lesson.questions[0]!.id;
    const second = lesson.questions[1]!.id;
    expect(ids(moveQuestion(lesson, first, 1)).slice(0, 2)).toEqual([second, first]);
    expect(moveQuestion(lesson, first, -1)).toBe(lesson);
    expect(ids(removeQuestion(lesson, first))).not.toContain(first);
    const extra = moreSuggestions(lesson, suggestions)[0];
    if (extra) expect(ids(addQuestion(lesson, extra)).at(-1)).toBe(extra.id);
    expect(addQuestion(lesson, lesson.questions[0]!)).toBe(lesson);
  });

  it("numbers the teacher's own questions without reusing an id, and leaves blank ones out", () => {
    const two = addCustomQuestion(addCustomQuestion(lesson));
    expect(ids(two).slice(-2)).toEqual(["custom-1", "custom-2"]);
    const again = addCustomQuestion(removeQuestion(two, "custom-1"));
    expect(ids(again).at(-1)).toBe("custom-1");
    const worded = rewordQuestion(again, "custom-2", "Which report would you trust?");
    expect(askableQuestions(worded).map((q) => q.id)).toContain("custom-2");
    expect(askableQuestions(worded).map((q) => q.id)).not.toContain("custom-1");
  });
});

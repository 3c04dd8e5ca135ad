import { describe, expect, it } from "vitest";
import { EMPTY_WORK } from "./types.ts";
import {
  addTag,
  hasWork,
  markChecked,
  removeTag,
  setAnswer,
  setStudent,
  tagsAt,
  updateTag,
} from "./work.ts";

const order = ["A", "B"];

describe("a student's work", () => {
  it("numbers tags without reusing an id, and keeps them in reading order", () => {
    let work = addTag(EMPTY_WORK, { source: "B", start: 5, end: 9 }, "loaded", "", order).work;
    work = addTag(work, { source: "A", start: 40, end: 48 }, "hedge", "", order).work;
    work = addTag(work, { source: "A", start: 2, end: 8 }, "name", "", order).work;
    expect(work.tags.map((t) => `${t.id}:${t.source}${t.start}`)).toEqual([
      "t3:A2",
      "t2:A40",
      "t1:B5",
    ]);
    const fewer = removeTag(work, "t2");
    const again = addTag(fewer, { source: "A", start: 50, end: 52 }, "hedge", "", order);
    expect(again.tag.id).toBe("t4");
  });

  it("changes a tag's kind and note, and finds the tags under a point, innermost first", () => {
    let work = addTag(EMPTY_WORK, { source: "A", start: 0, end: 50 }, "only-here", "", order).work;
    work = addTag(work, { source: "A", start: 10, end: 18 }, "loaded", "", order).work;
    expect(tagsAt(work, "A", 12).map((t) => t.kind)).toEqual(["loaded", "only-here"]);
    expect(tagsAt(work, "A", 18).map((t) => t.kind)).toEqual(["only-here"]);
    expect(tagsAt(work, "B", 12)).toEqual([]);
    const changed = updateTag(work, "t2", { kind: "hedge", note: "maybe" });
    expect(changed.tags.find((t) => t.id === "t2")).toMatchObject({ kind: "hedge", note: "maybe" });
  });

  it("an empty answer is no answer; a tag after the check says so", () => {
    const answered = setAnswer(EMPTY_WORK, "q1", "Because.");
    expect(answered.answers).toEqual({ q1: "Because." });
    expect(setAnswer(answered, "q1", "  \n").answers).toEqual({});
    const late = addTag(
      markChecked(EMPTY_WORK),
      { source: "A", start: 0, end: 3 },
      "loaded",
      "",
      order,
    );
    expect(late.tag.afterCheck).toBe(true);
  });

  it("has something worth keeping only once the student did something", () => {
    expect(hasWork(EMPTY_WORK)).toBe(false);
    expect(hasWork(markChecked(EMPTY_WORK))).toBe(false);
    expect(hasWork(setStudent(EMPTY_WORK, "Ana"))).toBe(true);
    expect(hasWork(setAnswer(EMPTY_WORK, "q", "x"))).toBe(true);
  });
});

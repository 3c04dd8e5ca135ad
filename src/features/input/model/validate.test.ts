import { describe, expect, it } from "vitest";
import { emptyDraft, type Draft, type DraftSource } from "./draft.ts";
import {
  countWords,
  isWebAddress,
  issueMessage,
  MAX_SOURCE_BYTES,
  MIN_WORDS,
  sourceFormat,
  toInputs,
  utf8Bytes,
  validateDraft,
} from "./validate.ts";

const REPORT =
  "Hundreds of residents left their homes in Marrowby on Tuesday night after the River Tellam burst its banks. Fire crews used boats to reach people trapped on Mill Lane, and the council opened a shelter at the leisure centre.";
const OTHER =
  "The River Tellam flooded Marrowby late on Tuesday, forcing about 400 households out. Rescuers in boats reached residents cut off on Mill Lane, the county fire service said, and about 150 people slept at a shelter.";

function draftOf(...texts: string[]): Draft {
  const base = emptyDraft().sources[0]!;
  return {
    sources: texts.map((text, k): DraftSource => ({ ...base, key: `k${k}`, text, name: "" })),
  };
}

describe("validating sources", () => {
  it("accepts two different reports long enough to compare", () => {
    expect(validateDraft(draftOf(REPORT, OTHER))).toEqual([undefined, undefined]);
  });

  it("names what is wrong with each source", () => {
    const draft = draftOf(
      "  \n",
      "https://news.example.com/2024/flood",
      "Too short.",
      REPORT,
      `${REPORT}  `,
    );
    const issues = validateDraft(draft);
    expect(issues.map((i) => i?.kind)).toEqual([
      "empty",
      "web-address",
      "too-short",
      undefined,
      "duplicate",
    ]);
    expect(issueMessage(issues[2]!, draft)).toContain(`at least ${MIN_WORDS} words`);
    expect(issueMessage(issues[1]!, draft)).toMatch(/fetches nothing.*save the page as HTML/s);
    expect(issueMessage(issues[4]!, draft)).toContain("Source D");
  });

  it("states the size limit", () => {
    const huge = "a ".repeat(MAX_SOURCE_BYTES / 2 + 10);
    const [issue] = validateDraft(draftOf(huge, OTHER));
    expect(issue?.kind).toBe("too-large");
    expect(issueMessage(issue!, draftOf(huge, OTHER))).toContain("the limit is 5 MB");
  });

  it("recognises a web address only when it is the whole input", () => {
    for (const url of [
      "https://example.com/a",
      "http://x.org",
      "www.example.com/story",
      "example.co.uk/news/1",
    ]) {
      expect(isWebAddress(`  ${url}\n`), url).toBe(true);
    }
    for (const text of ["See https://example.com for more.", "example.com", "Mr. Smith/Jones"]) {
      expect(isWebAddress(text), text).toBe(false);
    }
  });

  it("counts bytes and words the way the limits mean them", () => {
    expect(utf8Bytes("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(countWords("<p>One <b>two</b></p><script>var three;</script>", true)).toBe(2);
    expect(countWords("one two three four", false, 2)).toBe(2);
  });
});

describe("engine inputs", () => {
  it("reads HTML as HTML, names unnamed sources by column", () => {
    const draft = draftOf("<!doctype html><html><body><p>Hi</p></body></html>", OTHER);
    const inputs = toInputs({
      sources: [draft.sources[0]!, { ...draft.sources[1]!, name: "  Tellam Post " }],
    });
    expect(inputs).toEqual([
      { name: "Source A", text: draft.sources[0]!.text, format: "html" },
      { name: "Tellam Post", text: OTHER },
    ]);
    expect(sourceFormat({ text: "plain words", file: { name: "page.html", html: true } })).toBe(
      "html",
    );
  });
});

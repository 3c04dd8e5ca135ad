import { describe, expect, it } from "vitest";
import { tagSentence, tagText, wordAt } from "./tagger.ts";

describe("tagText", () => {
  it("gives each word its span, part of speech and lemma", () => {
    const text = "The ministry’s envoy said on Friday that talks had stalled.";
    const { words } = tagText(text);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.value);
    expect(words.map((w) => w.value).join(" ")).toBe(
      "The ministry ’s envoy said on Friday that talks had stalled .",
    );
    const said = words.find((w) => w.value === "said")!;
    expect([said.pos, said.lemma]).toEqual(["VERB", "say"]);
    expect(words.find((w) => w.value === "envoy")!.pos).toBe("NOUN");
  });

  it("tells a word's part of speech by its place in the sentence", () => {
    const noun = tagText("The claims were false.").words[1]!;
    const verb = tagText("She claims the vote was rigged.").words[1]!;
    expect([noun.value, noun.pos]).toEqual(["claims", "NOUN"]);
    expect([verb.value, verb.pos, verb.lemma]).toEqual(["claims", "VERB", "claim"]);
  });

  it("keeps spans in the whole text's coordinates when tagging a slice of it", () => {
    const text = "First sentence here. Then the mayor spoke.";
    const start = text.indexOf("Then");
    const { words } = tagText(text, start, text.length);
    expect(words[0]).toMatchObject({ value: "Then", start });
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.value);
  });
});

describe("tagSentence and wordAt", () => {
  it("tags a sentence once and finds the word at an offset", () => {
    const text = "A quiet day. The council voted to close the park.";
    const sentence = { start: 13, end: text.length };
    const tagged = tagSentence(text, sentence);
    expect(tagSentence(text, sentence)).toBe(tagged);
    expect(wordAt(tagged, text.indexOf("voted") + 2)?.value).toBe("voted");
    expect(wordAt(tagged, text.indexOf(" park"))).toBeUndefined();
  });
});

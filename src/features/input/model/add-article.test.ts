import { describe, expect, it } from "vitest";
import type { HandedArticle } from "../../../share/article.ts";
import { addArticle, arrivalMessage, articleText } from "./add-article.ts";
import { addSource, emptyDraft, MAX_SOURCES, updateSource, type Draft } from "./draft.ts";

const article = (name: string, body = `${name} reports the flood in full detail.`) =>
  ({
    name,
    title: `${name}: the river rises`,
    url: `https://www.${name.toLowerCase().replace(/\s/g, "")}.example/news/flood`,
    text: body,
  }) satisfies HandedArticle;

const withText = (draft: Draft, k: number, text: string, name = ""): Draft =>
  updateSource(draft, draft.sources[k]!.key, (s) => ({ ...s, text, name }));

describe("an article from the bookmarklet", () => {
  it("puts the headline on top of the text, once", () => {
    expect(articleText(article("Herald"))).toBe(
      "Herald: the river rises\n\nHerald reports the flood in full detail.",
    );
    const starts = { ...article("Herald"), text: "Herald: the river rises\n\nBody." };
    expect(articleText(starts)).toBe("Herald: the river rises\n\nBody.");
    expect(articleText({ ...article("Herald"), title: "  " })).toBe(
      "Herald reports the flood in full detail.",
    );
  });

  it("fills the first untouched source, then adds sources up to six", () => {
    let draft = emptyDraft();
    const first = addArticle(draft, article("Herald"));
    expect(first.arrival).toMatchObject({ kind: "added", position: 0 });
    expect(first.draft.sources[0]).toMatchObject({ name: "Herald", nameEdited: true });
    draft = first.draft;
    for (let k = 1; k < MAX_SOURCES; k++) {
      const next = addArticle(draft, article(`Outlet ${k}`));
      expect(next.arrival).toMatchObject({ kind: "added", position: k });
      draft = next.draft;
    }
    expect(draft.sources).toHaveLength(MAX_SOURCES);
    const full = addArticle(draft, article("Seventh"));
    expect(full.arrival.kind).toBe("full");
    expect(full.draft).toBe(draft);
    expect(arrivalMessage(full.arrival)).toMatch(/at most 6 sources/);
  });

  it("never replaces what the user typed, a name alone included", () => {
    let draft = withText(emptyDraft(), 0, "My own pasted report.");
    draft = withText(draft, 1, "", "BBC");
    const { draft: next, arrival } = addArticle(draft, article("Herald"));
    expect(arrival).toMatchObject({ kind: "added", position: 2 });
    expect(next.sources.slice(0, 2)).toEqual(draft.sources);
    // An empty card the user added is used before a new one.
    const spare = addSource(draft);
    expect(addArticle(spare, article("Herald")).draft.sources).toHaveLength(3);
  });

  it("is the same source when it comes twice", () => {
    const once = addArticle(emptyDraft(), article("Herald")).draft;
    const twice = addArticle(once, article("Herald"));
    expect(twice.draft).toBe(once);
    expect(twice.arrival).toMatchObject({ kind: "already", position: 0 });
  });

  it("cleans the outlet's name and says where the article came from", () => {
    const sneaky = { ...article("Herald"), name: "Her\u202Eald\u200B" };
    const { draft, arrival } = addArticle(emptyDraft(), sneaky);
    expect(draft.sources[0]!.name).toBe("Herald");
    expect(arrivalMessage(arrival)).toBe(
      "Added the article from Herald (herald.example/news/flood) as Source A. To add another, click the bookmarklet on another outlet's report of the story.",
    );
    expect(arrivalMessage({ ...arrival, article: { ...sneaky, url: "not a url" } })).toContain(
      "from Herald as Source A",
    );
    const byHost = { ...article("Herald"), name: "herald.example" };
    expect(arrivalMessage({ ...arrival, article: byHost })).toMatch(
      /^Added the article from herald\.example\/news\/flood as Source A\./,
    );
  });
});

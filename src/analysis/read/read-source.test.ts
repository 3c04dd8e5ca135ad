import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { readSource } from "./read-source.ts";

const parseHtml = (html: string): unknown => new DOMParser().parseFromString(html, "text/html");

const page = (heading: string) => `<!doctype html>
<html><head><title>Lighthouse keepers vote to strike | Harbour Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/coast">Coast</a></nav>
<article>${heading}
<p>Keepers of the four lighthouses on the northern shore voted on Monday to strike for two days next month, their union said, after talks on night-shift pay broke down.</p>
<p>The port authority, which employs the keepers, said it would keep the lamps lit with relief staff and that ships would not be put at risk during the strike.</p>
<p>A union official said the keepers had worked without a pay rise for three winters and that the vote was the first of its kind in the union's history.</p>
</article>
<footer>© Harbour Courier</footer></body></html>`;

const headlineOf = (html: string) => {
  const read = readSource({ name: "Harbour Courier", text: html, format: "html" }, 0, parseHtml);
  const first = read.sentences[0]!;
  return {
    role: first.role,
    text: read.view.slice(first.start, first.end),
    title: read.title && read.view.slice(read.title.start, read.title.end),
  };
};

describe("readSource on an HTML page", () => {
  it("takes the article's <h1> as the headline, not the page <title>", () => {
    expect(headlineOf(page("<h1>Lighthouse keepers vote to strike</h1>"))).toEqual({
      role: "headline",
      text: "Lighthouse keepers vote to strike",
      title: "Lighthouse keepers vote to strike",
    });
  });

  it("keeps the <h1> that differs from the <title> as well", () => {
    expect(headlineOf(page("<h1>Keepers to strike over night pay</h1>")).role).toBe("headline");
  });

  it("has no headline sentence without an <h1> (the <title> is then the Source's title)", () => {
    const read = readSource({ name: "x", text: page(""), format: "html" }, 0, parseHtml);
    expect(read.title).toBeUndefined();
    expect(read.pageTitle).toBe("Lighthouse keepers vote to strike | Harbour Courier");
    expect(read.sentences.every((s) => s.role !== "headline")).toBe(true);
  });
});

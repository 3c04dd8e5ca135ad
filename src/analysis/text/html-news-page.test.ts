import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { htmlToText } from "../read/html-article.ts";
import { looksLikeHtml, toOriginalSpan } from "./html.ts";
import { expectInvariants, PARAGRAPHS } from "./test-support.ts";

const parseHtml = (html: string): unknown => new DOMParser().parseFromString(html, "text/html");

const NEWS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storm breaches Marrowby harbour wall | The Coastal Echo</title>
<style>.cookie{position:fixed}</style><script>window.dataLayer=[];</script></head>
<body>
<header class="site-header"><a class="logo" href="/">The Coastal Echo</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Manage preferences</a></p></div>
<main><article class="story">
<h1>Storm breaches Marrowby harbour wall</h1>
<p class="byline">By Tom Reddle, Coastal Affairs Correspondent</p>
${PARAGRAPHS.map((p) => `<p>${p.replace(/\u201c/g, "&ldquo;").replace(/\u201d/g, "&rdquo;")}</p>`).join("\n")}
</article>
<aside class="sidebar"><h2>Recent posts</h2><ul>
<li><a href="/a">Lifeboat crew honoured at harbour ceremony</a></li>
<li><a href="/b">Bakery marks thirty years on Quay Street</a></li>
<li><a href="/c">Council approves new seafront cycle lane</a></li></ul></aside></main>
<footer class="site-footer"><p>&copy; 2024 The Coastal Echo. All rights reserved.</p><nav><a href="/contact">Contact us</a> | <a href="/terms">Terms</a></nav></footer>
</body></html>`;

describe("a realistic news page", () => {
  const h = htmlToText(NEWS_PAGE, parseHtml);
  const covered = (needle: string) => {
    const at = h.text.indexOf(needle);
    expect(at, needle).toBeGreaterThanOrEqual(0);
    return h.article?.some((r) => r.start <= at && at + needle.length <= r.end) ?? false;
  };

  it("keeps every visible part, in order, and drops head content", () => {
    expectInvariants(NEWS_PAGE, h);
    expect(h.title).toBe("Storm breaches Marrowby harbour wall | The Coastal Echo");
    expect(h.text.startsWith("The Coastal Echo\n\nNews\n\nSport")).toBe(true);
    expect(h.text).not.toMatch(/dataLayer|position:fixed|charset/);
    expect(h.text.endsWith("Contact us | Terms")).toBe(true);
  });

  it("marks Readability's article paragraphs and only those", () => {
    expect(h.article).toBeDefined();
    for (const p of PARAGRAPHS) expect(covered(p), p).toBe(true);
    for (const chrome of [
      "News",
      "We use cookies",
      "Recent posts",
      "Lifeboat crew honoured",
      "All rights reserved",
      "Contact us",
    ]) {
      expect(covered(chrome), chrome).toBe(false);
    }
    const spans = h.article ?? [];
    for (let k = 1; k < spans.length; k++)
      expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
  });

  it("maps an article paragraph back to its markup", () => {
    const at = h.text.indexOf(PARAGRAPHS[2]!);
    const span = toOriginalSpan(h, at, at + PARAGRAPHS[2]!.length);
    expect(NEWS_PAGE.slice(span.start, span.end)).toMatch(
      /^&ldquo;We have never seen.*door by four in the morning\.&rdquo;$/,
    );
  });

  it("leaves article undefined without a parser or when the parser fails", () => {
    expect(htmlToText(NEWS_PAGE).article).toBeUndefined();
    const failing = () => {
      throw new Error("no DOM");
    };
    expect(htmlToText(NEWS_PAGE, failing).article).toBeUndefined();
    expect(htmlToText(NEWS_PAGE, () => 42).article).toBeUndefined();
  });

  it.each([
    ["unclosed tags", "<a ".repeat(70_000)],
    ["unclosed quotes", "<a b='".repeat(40_000)],
    ["lone ampersands", "&".repeat(200_000)],
    ["long entity names", "&" + "a".repeat(200_000)],
    ["raw elements never closed", "<script>".repeat(25_000)],
    ["comment openers", "<!--".repeat(50_000)],
    ["nested drops", "<template>".repeat(20_000) + "x" + "</template>".repeat(20_000)],
  ])("stays linear on %s", (_, html) => {
    // Not a speed test (npm run bench measures speed): a quadratic pass over 200,000 characters
    // would take minutes, so a bound this loose only catches that, never a slow machine.
    const t0 = Date.now();
    htmlToText(html);
    looksLikeHtml(html);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it("tolerates Readability paragraphs that differ from the page", () => {
    // Stand-in for Readability's edits: drop an inline bit, rewrite an ending, invent a line.
    const [p0, p1, , p3, p4] = PARAGRAPHS.map((p) => p.replace(/[\u201c\u201d]/g, ""));
    const edited = [
      p0!.replace("after a night of storms ", ""),
      p1!.slice(0, -20) + " something else entirely.",
      "Advertisement",
      p3,
      p4,
    ];
    const page = NEWS_PAGE.replace(/[\u201c\u201d]|&[lr]dquo;/g, "");
    const doc = (body: string) => () =>
      parseHtml(`<html><body><article>${body}</article></body></html>`);
    const fake = doc(`<p>${edited.join("</p><p>")}</p>`);
    const h = htmlToText(page, fake);
    const texts = (h.article ?? []).map((r) => h.text.slice(r.start, r.end));
    expect(texts).toEqual([p0, p3, p4]);
    const unrelated = "Nothing on this page says this. ".repeat(20);
    expect(htmlToText(page, doc(`<p>${unrelated}</p>`)).article).toBeUndefined();
  });

  it("projects a 1 MB page without a quadratic pass", () => {
    const big = NEWS_PAGE.repeat(Math.ceil(1_000_000 / NEWS_PAGE.length));
    const t0 = Date.now();
    const result = htmlToText(big);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(result.text.length).toBeGreaterThan(300_000);
  });
});

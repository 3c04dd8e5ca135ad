import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DOMParser } from "linkedom";
import { htmlToText, looksLikeHtml, toOriginalSpan, type HtmlText } from "./html.ts";

const parseHtml = (html: string): unknown => new DOMParser().parseFromString(html, "text/html");
const textOf = (html: string) => htmlToText(html).text;

/** The projection's contract, checked on any input. */
function expectInvariants(html: string, h: HtmlText): void {
  const { text, starts, ends } = h;
  expect(starts.length).toBe(text.length);
  expect(ends.length).toBe(text.length);
  for (let i = 0; i < text.length; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    const ch = text[i]!;
    if (!(0 <= s && s <= e && e <= html.length))
      throw new Error(`out of bounds at ${i}: ${s}..${e}`);
    if (i > 0 && (s < starts[i - 1]! || e < ends[i - 1]!)) throw new Error(`not monotone at ${i}`);
    const source = html.slice(s, e);
    const ok =
      source === ch ||
      source.startsWith("&") || // a decoded entity
      (ch === "\n" && s === e) || // inserted block separator
      (ch === " " && (s === e || /^[\t\n\f\r ]$/.test(source))); // collapsed run or cell gap
    if (!ok) throw new Error(`text[${i}]=${JSON.stringify(ch)} maps to ${JSON.stringify(source)}`);
  }
  // Separators never lead, trail, or pile up.
  expect(text).not.toMatch(/^[ \n]|[ \n]$| {2}|\n{3}| \n|\n /);
}

describe("htmlToText", () => {
  it("decodes named, legacy, decimal and hex entities", () => {
    expect(
      textOf("<p>Fish &amp; chips &lt;3 &nbsp;x &rsquo;s &#8220;q&#x201D; &bogus; &amp</p>"),
    ).toBe("Fish & chips <3 \u00a0x \u2019s \u201cq\u201d &bogus; &");
    expect(
      textOf("Jos&eacute; &Aacute;lvarez &copy2024 &mdash; &hellip;&euro;5 &Omega;&sigmaf;"),
    ).toBe("Jos\u00e9 \u00c1lvarez \u00a92024 \u2014 \u2026\u20ac5 \u03a9\u03c2");
    // NUL, out of range and surrogates become U+FFFD; C1 controls are read as windows-1252.
    expect(textOf("&#0;|&#x110000;|&#55357;|&#146;|&#x1F600;|&#99999999999999999999;")).toBe(
      "\ufffd|\ufffd|\ufffd|\u2019|\u{1F600}|\ufffd",
    );
    expect(textOf("a &#32;&#x0A; b & c &# &#x; &; &#65x &#x42y")).toBe("a b & c &# &#x; &; Ax By");
    // The compact table is generated from code point ranges: check both ends of each.
    expect(textOf("&nbsp;&Agrave;&times;&yuml;&iquest;&Sigma;&sigmaf;&omega;&Psi;")).toBe(
      "\u00a0\u00c0\u00d7\u00ff\u00bf\u03a3\u03c2\u03c9\u03a8",
    );
  });

  it("separates nested blocks once and keeps inline markup inline", () => {
    const html =
      "<div><div><p>One</p></div>\n  <section><h2>Two</h2><p>Three <b>bold</b> <i>it</i>al<a href='#'>ic</a></p></section></div>";
    expect(textOf(html)).toBe("One\n\nTwo\n\nThree bold italic");
    expect(
      textOf("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><blockquote>d</blockquote>"),
    ).toBe("a\n\nb\n\nc\n\nd");
    expect(textOf("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>")).toBe(
      "a b\n\nc",
    );
  });

  it("collapses whitespace and maps the space to the run's first character", () => {
    const html = "  <p>\n  Hello \t\n world  </p>  ";
    const h = htmlToText(html);
    expect(h.text).toBe("Hello world");
    expect(h.starts[5]).toBe(html.indexOf(" \t\n"));
    expect(h.ends[5]).toBe(html.indexOf(" \t\n") + 1);
  });

  it("drops script, style, template, noscript and svg content", () => {
    expect(
      textOf('<p>a<script>if (x < 1) document.write("</p><p>")</script>b</p><style>p{}</style>'),
    ).toBe("ab");
    expect(textOf("<p>a<template>1 < 2</template>b</p>")).toBe("ab");
    expect(
      textOf(
        "<p>a<template><p>t</p></template>b<noscript>n</noscript><svg><text>s</text></svg>c</p>",
      ),
    ).toBe("abc");
    expect(
      textOf("<p>a <SCRIPT type=x>x</script >b <svg/> c</p><textarea><p>no</p></textarea>"),
    ).toBe("a b c");
  });

  it("turns br into one newline and at most one blank line", () => {
    expect(textOf("<p>one<br>two<br/><br>three<br><br><br>four</p>")).toBe(
      "one\ntwo\n\nthree\n\nfour",
    );
    expect(textOf("<br><br>lead")).toBe("lead");
  });

  it("skips every comment form, doctype and processing instruction", () => {
    expect(
      textOf("<!DOCTYPE html>a<!-- hidden <p> -->b<!-->c<!--->d<?xml x?>e<![CDATA[f]]>g"),
    ).toBe("abcdeg");
    expect(textOf("x<!-- never closed <p>y")).toBe("x");
    expect(textOf("x</ y>z</>w")).toBe("xzw");
  });

  it("tolerates unclosed tags and a bare <", () => {
    expect(textOf("<p>one<p>two<div>three")).toBe("one\n\ntwo\n\nthree");
    expect(textOf("if a < b and b<3 then")).toBe("if a < b and b<3 then");
    expect(textOf("<p>text <b unclosed attr='>")).toBe("text");
    expect(textOf('<a title="x>y" href=a>link</a>')).toBe("link");
    expect(textOf("<script>never closed <p>body")).toBe("");
  });

  it("finds the title, else the first h1", () => {
    expect(htmlToText("<head><title> My  &amp; Page </title></head><h1>H</h1>").title).toBe(
      "My & Page",
    );
    expect(htmlToText("<h1>Head <em>line</em>\n</h1><p>x</p><h1>Other</h1>").title).toBe(
      "Head line",
    );
    expect(htmlToText("<p>lead</p><h1>Unclosed<p>body").title).toBe("Unclosed");
    expect(htmlToText("<title> </title><p>x</p>").title).toBeUndefined();
    expect(htmlToText("<title>Q&A &amp; more</title>").title).toBe("Q&A & more");
    expect(htmlToText("<svg><title>icon</title></svg><h1>Real</h1>").title).toBe("Real");
  });

  it("maps entities and separators back to the markup", () => {
    const html = "<p>A &amp; B</p><p>C</p>";
    const h = htmlToText(html);
    expect(h.text).toBe("A & B\n\nC");
    expect(html.slice(h.starts[2], h.ends[2])).toBe("&amp;");
    expect([h.starts[5], h.ends[5]]).toEqual([html.indexOf("</p>"), html.indexOf("</p>")]);
    expect(html.slice(h.starts[7], h.ends[7])).toBe("C");
  });
});

describe("toOriginalSpan", () => {
  const html = "<p>Jos&eacute; <b>Ruiz</b> spoke.</p><p>\u{1F600}&#x1F600;</p>";
  const h = htmlToText(html);

  it("covers the markup of the visible characters", () => {
    expect(h.text).toBe("Jos\u00e9 Ruiz spoke.\n\n\u{1F600}\u{1F600}");
    const span = toOriginalSpan(h, 0, "José Ruiz".length);
    expect(html.slice(span.start, span.end)).toBe("Jos&eacute; <b>Ruiz");
    const emoji = toOriginalSpan(h, h.text.length - 4, h.text.length);
    expect(html.slice(emoji.start, emoji.end)).toBe("\u{1F600}&#x1F600;");
  });

  it("clamps and handles empty ranges", () => {
    expect(toOriginalSpan(h, 3, 3)).toEqual({
      start: html.indexOf("&eacute;"),
      end: html.indexOf("&eacute;"),
    });
    expect(toOriginalSpan(h, -5, 2)).toEqual({ start: 3, end: 5 });
    expect(toOriginalSpan(h, h.text.length, 999)).toEqual({
      start: h.ends.at(-1),
      end: h.ends.at(-1),
    });
    expect(toOriginalSpan(h, Number.NaN, 1)).toEqual({ start: 3, end: 4 });
    expect(toOriginalSpan(htmlToText(""), 0, 1)).toEqual({ start: 0, end: 0 });
  });
});

describe("looksLikeHtml", () => {
  it.each([
    "<!DOCTYPE html><title>x</title>",
    "\ufeff\n  <html lang=en><body>x</body></html>",
    "<p>Hello</p>",
    "<div class='a'><span>x</span></div>",
    'Intro text then <a href="/a">one</a> and <a href="/b">two</a>.',
  ])("accepts %j", (input) => expect(looksLikeHtml(input)).toBe(true));

  it.each([
    "",
    "Police said on Monday that three people were hurt.",
    "Use the <div> element for blocks and <span> for inline runs.",
    "3 < 4 and 5 > 2, wrote <john@example.com>.",
    "The <fancy> tag is not HTML, nor is <Moscow>.",
    "Tags such as <div>, <span>, <p>, <a>, <b>, <em> and </p> are covered in chapter 2.",
  ])("rejects %j", (input) => expect(looksLikeHtml(input)).toBe(false));
});

// A made-up news page: the article is surrounded by the usual chrome.
const PARAGRAPHS = [
  "Residents of the coastal town of Marrowby woke on Tuesday to find the harbour wall breached after a night of storms that forecasters had described as the strongest in two decades, with water reaching the steps of the old market hall.",
  "The district council said in a statement that no one had been seriously hurt, but that forty-two homes along Quay Street had been evacuated as a precaution while engineers assessed the damage to the sea defences.",
  "\u201cWe have never seen the tide come this far inland,\u201d said Edith Fairweather, who has run the bakery on the corner of Quay Street for thirty-one years. \u201cThe water was at the door by four in the morning.\u201d",
  "Engineers from the regional flood agency arrived before dawn and began placing temporary barriers, a spokesperson for the agency said, adding that a full survey of the wall would take at least a week to complete.",
  "The council has opened the community centre on Hill Road as a rest centre and asked residents to avoid the seafront until further notice, while the coastguard warned that further high tides were expected on Wednesday night.",
];
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

describe("properties", () => {
  const FRAGMENTS = [
    "<p>",
    "</p>",
    '<div class="x">',
    "</div>",
    "<br>",
    "<br/>",
    "<h1>",
    "</h1>",
    "<li>",
    "<td>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<title>",
    "</title>",
    "<template>",
    "</template>",
    "<svg/>",
    "<svg>",
    "</svg>",
    "<!--",
    "-->",
    "<!-->",
    "<![CDATA[",
    "]]>",
    "<!doctype html>",
    "<?php",
    "</",
    "<b",
    "<a href='",
    "=",
    '"',
    "'",
    ">",
    "<",
    "&",
    "&amp;",
    "&nbsp;",
    "&#x1F600;",
    "&#128512;",
    "&eacute",
    "&copy2024",
    "&#",
    "&#x",
    "&#10;",
    " ",
    "\n",
    "\t",
    "\r\n",
    "\u0000",
    "e\u0301",
    "\u{1F600}",
    "\uD800",
    "\uDC00",
    "\u00a0",
    "word",
  ];
  const soup = fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 6 })), {
      maxLength: 60,
    })
    .map((parts) => parts.join(""));
  const anyString = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    soup,
  );

  it("never throws, keeps the invariants and is deterministic", () => {
    fc.assert(
      fc.property(anyString, fc.nat(), fc.nat(), (html, a, b) => {
        const h = htmlToText(html);
        expectInvariants(html, h);
        expect(htmlToText(html)).toEqual(h);
        const [lo, hi] = [
          Math.min(a, b) % (h.text.length + 1),
          Math.max(a, b) % (h.text.length + 1),
        ];
        const span = toOriginalSpan(h, Math.min(lo, hi), Math.max(lo, hi));
        for (let i = Math.min(lo, hi); i < Math.max(lo, hi); i++) {
          expect(span.start <= h.starts[i]! && h.ends[i]! <= span.end).toBe(true);
        }
        looksLikeHtml(html);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps article ranges sorted and in bounds with a real parser", () => {
    fc.assert(
      fc.property(soup, (html) => {
        const h = htmlToText(
          `<article><p>${PARAGRAPHS.join("</p><p>")}</p>${html}</article>`,
          parseHtml,
        );
        let last = 0;
        for (const r of h.article ?? []) {
          expect(last <= r.start && r.start < r.end && r.end <= h.text.length).toBe(true);
          last = r.end;
        }
      }),
      { numRuns: 100 },
    );
  });
});

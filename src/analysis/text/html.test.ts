import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DOMParser } from "linkedom";
import { htmlToText } from "../read/html-article.ts";
import { looksLikeHtml, projectHtml, toOriginalSpan } from "./html.ts";
import { expectInvariants, PARAGRAPHS } from "./test-support.ts";

const parseHtml = (html: string): unknown => new DOMParser().parseFromString(html, "text/html");
const textOf = (html: string) => projectHtml(html).text;

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
    const h = projectHtml(html);
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
    expect(projectHtml("<head><title> My  &amp; Page </title></head><h1>H</h1>").title).toBe(
      "My & Page",
    );
    expect(projectHtml("<h1>Head <em>line</em>\n</h1><p>x</p><h1>Other</h1>").title).toBe(
      "Head line",
    );
    expect(projectHtml("<p>lead</p><h1>Unclosed<p>body").title).toBe("Unclosed");
    expect(projectHtml("<title> </title><p>x</p>").title).toBeUndefined();
    expect(projectHtml("<title>Q&A &amp; more</title>").title).toBe("Q&A & more");
    expect(projectHtml("<svg><title>icon</title></svg><h1>Real</h1>").title).toBe("Real");
  });

  it("maps entities and separators back to the markup", () => {
    const html = "<p>A &amp; B</p><p>C</p>";
    const h = projectHtml(html);
    expect(h.text).toBe("A & B\n\nC");
    expect(html.slice(h.starts[2], h.ends[2])).toBe("&amp;");
    expect([h.starts[5], h.ends[5]]).toEqual([html.indexOf("</p>"), html.indexOf("</p>")]);
    expect(html.slice(h.starts[7], h.ends[7])).toBe("C");
  });
});

describe("toOriginalSpan", () => {
  const html = "<p>Jos&eacute; <b>Ruiz</b> spoke.</p><p>\u{1F600}&#x1F600;</p>";
  const h = projectHtml(html);

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
    expect(toOriginalSpan(projectHtml(""), 0, 1)).toEqual({ start: 0, end: 0 });
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
        const h = projectHtml(html);
        expectInvariants(html, h);
        expect(projectHtml(html)).toEqual(h);
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

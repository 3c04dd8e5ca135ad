import { describe, expect, it } from "vitest";
import { compare } from "../analysis/compare.ts";
import type { Source } from "../analysis/types.ts";
import { decodeHtmlText, displayLines, displaySlice, sourceWords } from "./display-text.ts";

const page = (text: string): Source => ({
  id: "A",
  name: "A",
  text,
  format: "html",
  removed: [],
  sentences: [],
});
const plain = (text: string): Source => ({ id: "A", name: "A", text, removed: [], sentences: [] });
const whole = (source: Source): string => displaySlice(source, 0, source.text.length);

describe("a web page's slice, as the engine read it", () => {
  it("drops inline tags and decodes named and numeric entities, the engine's whole table", () => {
    expect(
      whole(page('on <a href="/x">Mill Lane</a>,&nbsp;said &ldquo;no&rdquo; &#8211; &#x2014;')),
    ).toBe("on Mill Lane,\u00a0said “no” – —");
    // Outside the 28 names the views once knew: Latin-1 letters and windows-1252 references.
    expect(whole(page("Caf&eacute; na&iuml;ve &#146;t"))).toBe("Café naïve ’t");
    expect(whole(page("&bogus; &amp;"))).toBe("&bogus; &");
    expect(whole(page(`on <a href="data:text/html,<b>x</b>" title='a > b'>its page</a>.`))).toBe(
      "on its page.",
    );
  });

  it("prints each character once however a span is cut, entities whole", () => {
    const source = page("<p>Iran&rsquo;s <b>envoy</b> left.</p>");
    const entity = source.text.indexOf("&rsquo;");
    const cuts = [0, entity, entity + 7, source.text.indexOf("<b>"), source.text.length];
    const pieces = cuts.slice(1).map((end, k) => displaySlice(source, cuts[k]!, end));
    expect(pieces.join("")).toBe(whole(source));
    expect(pieces[1]).toBe("’");
  });

  it("shows exactly the characters of every sentence the engine compared", () => {
    const html =
      "<html><body><article><h1>Caf&eacute; owners meet</h1><p>The owners&#8217; group met " +
      "on Tuesday &#x2014; briefly.</p><p>Iran&rsquo;s envoy said &ldquo;no&rdquo;.</p></article></body></html>";
    const [source] = compare([{ name: "A", text: html, format: "html" }]).sources;
    const printed = source!.sentences.map((s) => displaySlice(source!, s.start, s.end));
    expect(printed).toEqual([
      "Café owners meet",
      "The owners’ group met on Tuesday — briefly.",
      "Iran’s envoy said “no”.",
    ]);
  });

  it("turns removed chrome into its visible lines", () => {
    const markup =
      '<ul><li><a href="/">Home</a></li>\n<li><a href="/news">News</a></li></ul><script>x()</script><p>&copy; 2024 Herald</p>';
    expect(displayLines(page(markup), 0, markup.length)).toBe("Home\nNews\n© 2024 Herald");
  });

  it("decodes a page's loose text (a meta tag's content) with the engine's table", () => {
    expect(decodeHtmlText("Caf&eacute; &amp; Co")).toBe("Café & Co");
  });
});

describe("a text source's slice", () => {
  it("is the text itself", () => {
    expect(whole(plain("a <b> &amp; c"))).toBe("a <b> &amp; c");
  });

  it("leaves out direction overrides, and only those, from what is shown", () => {
    expect(whole(plain("He \u202Edias eh\u202C today."))).toBe("He dias eh\u202C today.");
    expect(whole(page("<b>\u202Dx</b>&#x202E;y"))).toBe("xy");
    // Embeddings, isolates and marks are part of right-to-left writing: kept.
    expect(whole(plain("\u2067عربي\u2069 \u202Bالنص\u202C\u200F"))).toBe(
      "\u2067عربي\u2069 \u202Bالنص\u202C\u200F",
    );
    expect(displayLines(page("<p>\u202Eevil</p><p>b</p>"), 0, 21)).toBe("evil\nb");
  });
});

describe("the words of a slice", () => {
  it("are the same words for an entity in a page and its character in a text", () => {
    const html = page("<p>Iran&rsquo;s <a href='/e'>envoy</a> left&#8230;</p>");
    const text = plain("Iran’s envoy left…");
    const read = (source: Source) => sourceWords(source, 0, source.text.length).map((w) => w.text);
    expect(read(html)).toEqual(["Iran’s", "envoy", "left"]);
    expect(read(html)).toEqual(read(text));
  });

  it("point at the markup each word came from", () => {
    const source = page("<p>Iran&rsquo;s <b>envoy</b></p>");
    const [iran, envoy] = sourceWords(source, 0, source.text.length);
    expect(source.text.slice(iran!.start, iran!.end)).toBe("Iran&rsquo;s");
    expect(source.text.slice(envoy!.start, envoy!.end)).toBe("envoy");
  });
});

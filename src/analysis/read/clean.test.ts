import { describe, expect, it } from "vitest";
import { cleanText } from "./clean.ts";

/** Renders a cleaning result as one line per block: `role: text` or `- text (reason)`. */
function render(text: string): string[] {
  const r = cleanText(text);
  return [
    ...r.blocks.map((b) => ({ at: b.start, line: `${b.role}: ${text.slice(b.start, b.end)}` })),
    ...r.removed.map((x) => ({ at: x.start, line: `- ${text.slice(x.start, x.end)}` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.line);
}

const ARTICLE = [
  "Harbour council approves new ferry terminal after two-year dispute",
  "By Lena Okoro",
  "The Brassford harbour council on Monday approved a new ferry terminal, ending a two-year dispute over the cost of the harbour works.",
  "The terminal will cost 48 million crowns and open in 2027, the council said in a statement after the vote.",
  "Opponents of the harbour plan said the ferry terminal would raise local taxes and crowd the old quay.",
  "The council's chair, Amira Feld, said the terminal vote was the most important harbour decision in a generation.",
];

describe("cleanText", () => {
  it("finds the headline and byline and keeps a clean article whole", () => {
    expect(render(ARTICLE.join("\n\n"))).toEqual([
      `headline: ${ARTICLE[0]}`,
      `byline: ${ARTICLE[1]}`,
      ...ARTICLE.slice(2).map((p) => `body: ${p}`),
    ]);
  });

  it("removes an appeal, a link list with time stamps and a copyright line after the article", () => {
    const page = [
      ...ARTICLE,
      "Share this article",
      "Journalism like this costs money. If you value our reporting, please support us with a monthly gift so we can keep it free for you.",
      "More from the coast",
      "Fishing fleet returns early after storm warning",
      "2 hours ago",
      "School closes for repairs",
      "The district said the building would reopen next week after the roof…",
      "5 hours ago",
      "© 2025 Coast Courier Ltd. All rights reserved.",
    ].join("\n\n");
    const out = render(page);
    expect(out.filter((l) => l.startsWith("body:"))).toHaveLength(4);
    expect(out.filter((l) => l.startsWith("- "))).toEqual([
      "- Share this article",
      "- Journalism like this costs money. If you value our reporting, please support us with a monthly gift so we can keep it free for you.",
      "- More from the coast",
      "- Fishing fleet returns early after storm warning",
      "- 2 hours ago",
      "- School closes for repairs",
      "- The district said the building would reopen next week after the roof…",
      "- 5 hours ago",
      "- © 2025 Coast Courier Ltd. All rights reserved.",
    ]);
  });

  it("removes menus, breadcrumbs and page labels above the headline", () => {
    const page = [
      "COAST COURIER",
      "News | Sport | Weather | Opinion",
      "News › Harbour",
      ...ARTICLE,
    ].join("\n\n");
    const out = render(page);
    expect(out.slice(0, 4)).toEqual([
      "- COAST COURIER",
      "- News | Sport | Weather | Opinion",
      "- News › Harbour",
      `headline: ${ARTICLE[0]}`,
    ]);
  });

  it("keeps a columnist who speaks to the reader inside the article", () => {
    const text = [
      ARTICLE[2],
      "If you have ever waited for a ferry in the rain, you know why this harbour terminal matters to us all.",
      ARTICLE[3],
      ARTICLE[4],
    ].join("\n\n");
    expect(cleanText(text).removed).toEqual([]);
  });

  it("removes a staff bio that names the site after the share bar, with its reason", () => {
    const page = [
      ...ARTICLE,
      "Share this article",
      "Lena Okoro covers the harbour and the council for the Courier.",
      "Support the Courier",
      "© 2025 Coast Courier Ltd. All rights reserved.",
    ].join("\n\n");
    const r = cleanText(page);
    const bio = r.removed.find((x) => page.slice(x.start, x.end).startsWith("Lena Okoro covers"));
    expect(bio?.reason).toMatch(/after the article's end/);
  });

  it("removes a press release's About section and contact block", () => {
    const release = [
      "FOR IMMEDIATE RELEASE",
      ...ARTICLE.slice(0, 1),
      ...ARTICLE.slice(2),
      "About Brassford Harbour",
      "Brassford Harbour Authority manages the harbour, its ferry terminal and the old quay for the council.",
      "Media contact",
      "press@brassford-harbour.example",
    ].join("\n\n");
    const out = render(release);
    expect(out.filter((l) => l.startsWith("- "))).toEqual([
      "- FOR IMMEDIATE RELEASE",
      "- About Brassford Harbour",
      "- Brassford Harbour Authority manages the harbour, its ferry terminal and the old quay for the council.",
      "- Media contact",
      "- press@brassford-harbour.example",
    ]);
  });

  it("leaves text without any article-like paragraph alone", () => {
    expect(cleanText("Just a few words").blocks).toHaveLength(1);
    expect(cleanText("").blocks).toEqual([]);
  });
});

import type { StaticPage } from "./static-server.ts";
import { REPORTS } from "./input-helpers.ts";

/*
 * News articles as outlets publish them, for the bookmarklet's tests: navigation, a "most read"
 * rail, a photo with its caption, a newsletter form and a footer around the article, sent with
 * a strict Content-Security-Policy (no script at all, nothing fetched) and
 * Cross-Origin-Opener-Policy, the headers that break most bookmarklets.
 */

/** Nothing may run or be fetched but the bookmarklet itself (which the browser exempts). */
export const NEWS_CSP =
  "default-src 'none'; script-src 'none'; connect-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const NEWS_HEADERS = {
  "content-security-policy": NEWS_CSP,
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
} as const;

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface NewsArticle {
  /** The outlet, as `og:site_name`; omitted from the page when undefined. */
  readonly siteName: string | undefined;
  readonly headline: string;
  readonly paragraphs: readonly string[];
}

/** A report file of e2e/reports as an article: its first line is the headline. */
export function articleOf(report: (typeof REPORTS)[number], siteName: string | undefined) {
  const [headline = "", ...rest] = report.text.split(/\n\s*\n/).map((p) => p.trim());
  return {
    siteName,
    headline,
    paragraphs: rest.filter((p) => p !== "" && !/^By /.test(p)),
  } satisfies NewsArticle;
}

export function newsPage(article: NewsArticle, path: string): StaticPage {
  const site = article.siteName ?? "";
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escape(article.headline)} | ${escape(site || "News")}</title>
${site ? `<meta property="og:site_name" content="${escape(site)}">` : ""}
<meta property="og:title" content="${escape(article.headline)} - ${escape(site || "News")}">
<link rel="canonical" href="${escape(path)}?utm_source=canonical">
<style>body{font:16px Georgia,serif;max-width:60rem;margin:auto} nav a{margin-right:1em}</style>
</head><body>
<header><a href="/">${escape(site || "Home")}</a>
<nav><a href="/world">World</a><a href="/politics">Politics</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav>
<p class="promo">Subscribe today and get your first month for free. Support independent journalism.</p></header>
<main><article>
<h1>${escape(article.headline)}</h1>
<p class="byline">By our correspondent · 3 hours ago</p>
<figure><img alt="" src="data:,"><figcaption>The river at dawn. Photo: agency.</figcaption></figure>
<div class="article-body">
${article.paragraphs.map((p) => `<div class="paragraph"><p>${escape(p)}</p></div>`).join("\n")}
</div>
<form><p>Get our morning newsletter in your inbox, every weekday, free of charge.</p><input aria-label="Email"></form>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Mayor opens new bridge after six years of delays and rising costs</a></li><li><a href="/b">Local team wins cup final in dramatic penalty shootout at the stadium</a></li></ul></aside>
</main>
<footer><p>© 2026 ${escape(site || "News")}. All rights reserved. Contact us · Privacy · Terms of use · Cookie settings.</p></footer>
</body></html>`;
  return { body, headers: NEWS_HEADERS };
}

/**
 * Vocabulary of web-page boilerplate ("page chrome"): donation and subscription appeals, link
 * lists and navigation, cookie and consent banners, share buttons, legal footers, staff and
 * author boxes. The cleaner treats a short block that contains one of these phrases as a chrome
 * signal, alongside shape and position features.
 *
 * Basis for treating template wording as a boilerplate signal:
 * - Baroni, Marco, Francis Chantree, Adam Kilgarriff & Serge Sharoff (2008). "CleanEval: a
 *   competition for cleaning web pages." Proceedings of LREC 2008, Marrakech. Defines the
 *   boilerplate to remove: navigation, link lists, headers and footers, copyright notices,
 *   advertisements, and other template material that is not the page's main text.
 * - Kohlschütter, Christian, Peter Fankhauser & Wolfgang Nejdl (2010). "Boilerplate detection
 *   using shallow text features." Proceedings of WSDM 2010, 441-450. Short blocks, link density
 *   and template text separate boilerplate from full-text content with shallow features.
 *
 * The phrases are the generic wording of page templates, not any one site's text. Because the
 * cleaner removes a short block (a headline is short too) on a single hit, phrases are chosen to
 * be rare in news prose: "sign up for our" rather than "sign up", "donate now" rather than
 * "donate", "share this article" rather than "share". Lowercase, matched on word boundaries.
 */

/** What part of the page template a phrase comes from. */
export type ChromeKind =
  /** Donation, membership, subscription and newsletter appeals. */
  | "appeal"
  /** Link lists, menus, "read more" and similar navigation labels. */
  | "navigation"
  /** Cookie banners and consent prompts. */
  | "consent"
  /** Share buttons, follow prompts and comment widgets. */
  | "social"
  /** Copyright lines and links to legal pages. */
  | "legal"
  /** Author boxes, staff pages and credit lines. */
  | "staff"
  /** The fixed parts of a press release around its news: release line, contacts, disclaimers. */
  | "release";

/** One boilerplate phrase. */
export interface ChromePhrase {
  /** Lowercase phrase, matched on word boundaries. */
  readonly phrase: string;
  readonly kind: ChromeKind;
}

export const chromePhrases: readonly ChromePhrase[] = [
  // appeals: donations, memberships, subscriptions, newsletters
  { phrase: "support us", kind: "appeal" },
  { phrase: "support our journalism", kind: "appeal" },
  { phrase: "support our work", kind: "appeal" },
  { phrase: "support independent journalism", kind: "appeal" },
  { phrase: "we need your support", kind: "appeal" },
  { phrase: "we rely on", kind: "appeal" },
  { phrase: "donate now", kind: "appeal" },
  { phrase: "donate today", kind: "appeal" },
  { phrase: "please donate", kind: "appeal" },
  { phrase: "make a donation", kind: "appeal" },
  { phrase: "make a contribution", kind: "appeal" },
  { phrase: "your contribution", kind: "appeal" },
  { phrase: "a small contribution", kind: "appeal" },
  { phrase: "one-time contribution", kind: "appeal" },
  { phrase: "monthly contribution", kind: "appeal" },
  { phrase: "monthly donation", kind: "appeal" },
  { phrase: "every contribution", kind: "appeal" },
  { phrase: "chip in", kind: "appeal" },
  { phrase: "tax-deductible", kind: "appeal" },
  { phrase: "per month", kind: "appeal" },
  { phrase: "cancel anytime", kind: "appeal" },
  { phrase: "become a member", kind: "appeal" },
  { phrase: "become a supporter", kind: "appeal" },
  { phrase: "become a patron", kind: "appeal" },
  { phrase: "join our members", kind: "appeal" },
  { phrase: "reader-funded", kind: "appeal" },
  { phrase: "reader-supported", kind: "appeal" },
  { phrase: "subscribe now", kind: "appeal" },
  { phrase: "subscribe today", kind: "appeal" },
  { phrase: "subscribe to our", kind: "appeal" },
  { phrase: "already a subscriber", kind: "appeal" },
  { phrase: "subscribers only", kind: "appeal" },
  { phrase: "start your subscription", kind: "appeal" },
  { phrase: "free trial", kind: "appeal" },
  { phrase: "paywall", kind: "appeal" },
  { phrase: "newsletter", kind: "appeal" },
  { phrase: "sign up for our", kind: "appeal" },
  { phrase: "sign up for free", kind: "appeal" },
  { phrase: "sign up now", kind: "appeal" },
  { phrase: "sign up here", kind: "appeal" },
  { phrase: "sign up to receive", kind: "appeal" },
  { phrase: "delivered to your inbox", kind: "appeal" },
  { phrase: "straight to your inbox", kind: "appeal" },
  { phrase: "enter your email", kind: "appeal" },
  { phrase: "your email address", kind: "appeal" },
  { phrase: "unsubscribe", kind: "appeal" },
  { phrase: "ad-free", kind: "appeal" },
  // navigation and link lists
  { phrase: "recent posts", kind: "navigation" },
  { phrase: "recent articles", kind: "navigation" },
  { phrase: "related articles", kind: "navigation" },
  { phrase: "related stories", kind: "navigation" },
  { phrase: "related posts", kind: "navigation" },
  { phrase: "related content", kind: "navigation" },
  { phrase: "related news", kind: "navigation" },
  { phrase: "related topics", kind: "navigation" },
  { phrase: "most read", kind: "navigation" },
  { phrase: "most popular", kind: "navigation" },
  { phrase: "most viewed", kind: "navigation" },
  { phrase: "trending now", kind: "navigation" },
  { phrase: "trending stories", kind: "navigation" },
  { phrase: "read more", kind: "navigation" },
  { phrase: "read next", kind: "navigation" },
  { phrase: "read also", kind: "navigation" },
  { phrase: "also read", kind: "navigation" },
  { phrase: "continue reading", kind: "navigation" },
  { phrase: "more stories", kind: "navigation" },
  { phrase: "more news", kind: "navigation" },
  { phrase: "more on this story", kind: "navigation" },
  { phrase: "you may also like", kind: "navigation" },
  { phrase: "you might also like", kind: "navigation" },
  { phrase: "recommended for you", kind: "navigation" },
  { phrase: "recommended stories", kind: "navigation" },
  { phrase: "editor's picks", kind: "navigation" },
  { phrase: "top stories", kind: "navigation" },
  { phrase: "latest news", kind: "navigation" },
  { phrase: "latest stories", kind: "navigation" },
  { phrase: "previous article", kind: "navigation" },
  { phrase: "next article", kind: "navigation" },
  { phrase: "previous post", kind: "navigation" },
  { phrase: "next post", kind: "navigation" },
  { phrase: "back to top", kind: "navigation" },
  { phrase: "skip to content", kind: "navigation" },
  { phrase: "skip to main content", kind: "navigation" },
  { phrase: "main menu", kind: "navigation" },
  { phrase: "load more", kind: "navigation" },
  { phrase: "show more", kind: "navigation" },
  { phrase: "view all", kind: "navigation" },
  { phrase: "see all", kind: "navigation" },
  { phrase: "click here", kind: "navigation" },
  { phrase: "filed under", kind: "navigation" },
  { phrase: "min read", kind: "navigation" },
  { phrase: "minute read", kind: "navigation" },
  { phrase: "listen to this article", kind: "navigation" },
  { phrase: "advertisement", kind: "navigation" },
  { phrase: "sponsored content", kind: "navigation" },
  { phrase: "partner content", kind: "navigation" },
  { phrase: "promoted stories", kind: "navigation" },
  { phrase: "contact us", kind: "navigation" },
  { phrase: "about us", kind: "navigation" },
  { phrase: "advertise with us", kind: "navigation" },
  // cookie and consent banners
  { phrase: "we use cookies", kind: "consent" },
  { phrase: "use of cookies", kind: "consent" },
  { phrase: "cookie policy", kind: "consent" },
  { phrase: "cookie settings", kind: "consent" },
  { phrase: "accept cookies", kind: "consent" },
  { phrase: "accept all cookies", kind: "consent" },
  { phrase: "manage preferences", kind: "consent" },
  { phrase: "privacy settings", kind: "consent" },
  { phrase: "by continuing to use", kind: "consent" },
  { phrase: "by using this site", kind: "consent" },
  { phrase: "do not sell my personal information", kind: "consent" },
  // share buttons, follow prompts, comments
  { phrase: "share on facebook", kind: "social" },
  { phrase: "share on twitter", kind: "social" },
  { phrase: "share on whatsapp", kind: "social" },
  { phrase: "share on linkedin", kind: "social" },
  { phrase: "share this article", kind: "social" },
  { phrase: "share this story", kind: "social" },
  { phrase: "share via", kind: "social" },
  { phrase: "click to share", kind: "social" },
  { phrase: "copy link", kind: "social" },
  { phrase: "follow us", kind: "social" },
  { phrase: "like us on facebook", kind: "social" },
  { phrase: "tweet this", kind: "social" },
  { phrase: "join the conversation", kind: "social" },
  { phrase: "leave a comment", kind: "social" },
  { phrase: "leave a reply", kind: "social" },
  { phrase: "post a comment", kind: "social" },
  { phrase: "be the first to comment", kind: "social" },
  { phrase: "view comments", kind: "social" },
  { phrase: "show comments", kind: "social" },
  { phrase: "our telegram channel", kind: "social" },
  { phrase: "subscribe to our channel", kind: "social" },
  // legal footers
  { phrase: "all rights reserved", kind: "legal" },
  { phrase: "privacy policy", kind: "legal" },
  { phrase: "terms of use", kind: "legal" },
  { phrase: "terms of service", kind: "legal" },
  { phrase: "terms and conditions", kind: "legal" },
  { phrase: "may not be reproduced", kind: "legal" },
  { phrase: "reproduction in whole or in part", kind: "legal" },
  // staff pages, author boxes, credits
  { phrase: "editorial staff", kind: "staff" },
  { phrase: "editorial team", kind: "staff" },
  { phrase: "our team", kind: "staff" },
  { phrase: "is composed of", kind: "staff" },
  { phrase: "contributors", kind: "staff" },
  { phrase: "contributing writer", kind: "staff" },
  { phrase: "staff writer", kind: "staff" },
  { phrase: "correspondent", kind: "staff" },
  { phrase: "about the author", kind: "staff" },
  { phrase: "more articles by", kind: "staff" },
  { phrase: "view all posts by", kind: "staff" },
  { phrase: "additional reporting by", kind: "staff" },
  { phrase: "editing by", kind: "staff" },
  // Press-release furniture (Jacobs, Geert (1999). Preformulating the News: An Analysis of the
  // Metapragmatics of Press Releases. Amsterdam: John Benjamins): the release line, the
  // boilerplate section, contact blocks and the legal disclaimer.
  { phrase: "for immediate release", kind: "release" },
  { phrase: "media contact", kind: "release" },
  { phrase: "press contact", kind: "release" },
  { phrase: "media enquiries", kind: "release" },
  { phrase: "media inquiries", kind: "release" },
  { phrase: "forward-looking statements", kind: "release" },
  { phrase: "notes to editors", kind: "release" },
];

/** The phrases alone, for scanning text. */
export const CHROME_PHRASES: readonly string[] = chromePhrases.map((c) => c.phrase);

/**
 * Units of relative time stamps ("3 hours ago", "updated 2 days ago") that close the items of
 * "recent posts" lists: a shallow template cue in the sense of Kohlschütter et al. (2010).
 */
export const TIME_AGO_UNITS: readonly string[] = [
  "second",
  "seconds",
  "sec",
  "secs",
  "minute",
  "minutes",
  "min",
  "mins",
  "hour",
  "hours",
  "hr",
  "hrs",
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
];

/** Words that introduce a time stamp ("updated 2 hours ago", "published 3 days ago"). */
export const TIME_STAMP_PREFIXES: readonly string[] = [
  "updated",
  "posted",
  "published",
  "last updated",
];

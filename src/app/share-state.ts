import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LIMITS,
  type SharedSource,
  type SharedState,
  type SharedView,
} from "../share/link.ts";

/** What a link carries besides the view: a seed's id, or the reports themselves. */
export type ShareBase =
  | { readonly kind: "seed"; readonly seed: string }
  | { readonly kind: "inputs"; readonly sources: readonly SharedSource[] };

export function withView(base: ShareBase, view: SharedView | undefined): SharedState {
  return view ? { ...base, view } : base;
}

/**
 * Whether a link can carry these reports at all: short enough, and decodable again (no more
 * than the codec's caps on names, texts and inflated size). Checked by a real round trip,
 * once per comparison, so the UI never offers a link that would not open.
 */
export function isLinkable(base: ShareBase): boolean {
  if (base.kind === "seed") return true;
  // Plainly too much for any link: say so without compressing megabytes on the main thread.
  // Prose deflates about 3:1 and base64 adds a third, so a link holds ~2.5 characters of text
  // per character of link; 6 leaves room for pages that compress far better.
  const chars = base.sources.reduce((n, s) => n + s.text.length + s.name.length, 0);
  if (
    chars > SHARE_LIMITS.maxFragmentChars * 6 ||
    base.sources.some(
      (s) => s.text.length > SHARE_LIMITS.maxTextChars || s.name.length > SHARE_LIMITS.maxNameChars,
    )
  ) {
    return false;
  }
  const fragment = encodeShareFragment(base);
  return fragment.length <= SHARE_LIMITS.maxFragmentChars && decodeShareFragment(fragment).ok;
}

export interface PageFragmentOptions {
  /** The home page: its default view has no fragment at all. */
  readonly home: boolean;
  /** `isLinkable(base)`. */
  readonly linkable: boolean;
  /** The recent-list id to fall back on when the reports are too long for a link. */
  readonly recentId: string | undefined;
}

/**
 * The fragment (without '#') that reopens this page in this view: the share link's own, so the
 * address bar is always a working link. Reports too long for a link fall back to `recent=<id>`,
 * which reopens them on this device only.
 */
export function pageFragment(
  base: ShareBase,
  view: SharedView | undefined,
  { home, linkable, recentId }: PageFragmentOptions,
): string {
  if (home && view === undefined) return "";
  if (!linkable) return recentId ? `recent=${recentId}` : "";
  return encodeShareFragment(withView(base, view));
}

/** How a share link measures up against the places it will be pasted into. */
export interface LinkLength {
  readonly chars: number;
  /** Over `warnFragmentChars`: chat apps and e-mail may cut it. */
  readonly long: boolean;
}

export function measureLink(url: string): LinkLength {
  return { chars: url.length, long: url.length > SHARE_LIMITS.warnFragmentChars };
}

/** The fragment that opens these reports: their link, or `recent=<id>` when too long for one. */
export function fragmentForSources(sources: readonly SharedSource[], recentId: string): string {
  const base: ShareBase = { kind: "inputs", sources };
  return isLinkable(base) ? encodeShareFragment(base) : `recent=${recentId}`;
}

/** The fragment that opens a shipped sample; the first one is the home page. */
export function fragmentForSeed(seedId: string, homeSeedId: string | undefined): string {
  return seedId === homeSeedId ? "" : encodeShareFragment({ kind: "seed", seed: seedId });
}

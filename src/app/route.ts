import {
  decodeShareFragment,
  type SharedLesson,
  type SharedSource,
  type SharedView,
  type SharedWork,
} from "../share/link.ts";
import type { SeedComparison } from "./seeds.ts";

/** Every page the app can show, decided by the URL's fragment alone. */
export type Route =
  /** No fragment: the first shipped comparison, as `npm run dev` opens it. */
  | { readonly kind: "home" }
  /** `#new`: bring your own reports. */
  | { readonly kind: "new" }
  /**
   * `#add=…`: an article from the bookmarklet, to add to the comparison being prepared. Read
   * and checked by the page that loads for it (arrival-route.tsx), not here: that code is not
   * in the first script.
   */
  | { readonly kind: "add"; readonly fragment: string }
  /** `#seed=<id>…`: a shipped comparison, with a view. */
  | { readonly kind: "seed"; readonly seed: SeedComparison; readonly view: SharedView | undefined }
  /** `#v1=…`: the user's own reports, carried in the link. */
  | {
      readonly kind: "inputs";
      readonly sources: readonly SharedSource[];
      readonly view: SharedView | undefined;
    }
  /**
   * A class link (`mode=class`, or a `v2=` link with a lesson) or a handed-in one (with a
   * student's work): classroom mode, on a shipped comparison or on reports carried in the link.
   */
  | {
      readonly kind: "class";
      readonly comparison:
        | { readonly kind: "seed"; readonly seed: SeedComparison }
        | { readonly kind: "inputs"; readonly sources: readonly SharedSource[] };
      readonly view: SharedView | undefined;
      /** Absent on a plain `mode=class` link: the lesson is then made from the comparison. */
      readonly lesson: SharedLesson | undefined;
      readonly work: SharedWork | undefined;
    }
  /** `#recent=<id>`: a comparison too long for a link, reopened from this device's list. */
  | { readonly kind: "recent"; readonly id: string }
  /** A link that cannot be opened, with a sentence saying why. */
  | { readonly kind: "bad"; readonly title: string; readonly message: string };

/** In-page targets (skip link, summary links): moving to one is not a change of page. */
const IN_PAGE = /^#(?:reader|summary|s-[\w.-]+|outlet-\w+)$/;
const RECENT = /^#recent=([0-9a-f]{1,32})$/;

/** True for a fragment that only points inside the current page. */
export function isInPageFragment(hash: string): boolean {
  return IN_PAGE.test(hash);
}

/**
 * Reads a fragment (`location.hash`, with or without its "#") into a route. The fragment is
 * untrusted: everything but the app's own short forms goes through the share codec, which
 * validates it; a failure becomes a "bad" route with the codec's plain message.
 */
export function parseRoute(hash: string, seeds: readonly SeedComparison[]): Route {
  const fragment = hash.startsWith("#") ? hash : `#${hash}`;
  if (fragment === "#" || isInPageFragment(fragment)) return { kind: "home" };
  if (fragment === "#new") return { kind: "new" };
  if (fragment.startsWith("#add=")) return { kind: "add", fragment };
  const recent = RECENT.exec(fragment);
  if (recent?.[1]) return { kind: "recent", id: recent[1] };

  const decoded = decodeShareFragment(fragment.slice(1));
  if (!decoded.ok) {
    const { code, message } = decoded.error;
    const title =
      code === "future-version"
        ? "This link needs a newer Parallax"
        : code === "truncated"
          ? "This link is incomplete"
          : "This link cannot be opened";
    return { kind: "bad", title, message };
  }
  const state = decoded.value;
  const classroom =
    state.lesson !== undefined || state.work !== undefined || state.view?.mode === "class";
  if (state.kind === "inputs") {
    return classroom
      ? {
          kind: "class",
          comparison: { kind: "inputs", sources: state.sources },
          view: state.view,
          lesson: state.lesson,
          work: state.work,
        }
      : { kind: "inputs", sources: state.sources, view: state.view };
  }
  const seed = seeds.find((s) => s.id === state.seed);
  if (!seed) {
    return {
      kind: "bad",
      title: "This sample is not here",
      message:
        "The link names a sample comparison that this version of Parallax does not include. It may have been renamed or removed.",
    };
  }
  return classroom
    ? {
        kind: "class",
        comparison: { kind: "seed", seed },
        view: state.view,
        lesson: state.lesson,
        work: state.work,
      }
    : { kind: "seed", seed, view: state.view };
}

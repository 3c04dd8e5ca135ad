import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { ExpectedItem } from "./expected.ts";
import { overlaps, passageWords, wordCount } from "./passages.ts";
import { tagKindInfo, type TagKind } from "./tag-kinds.ts";
import type { Passage, StudentTag } from "./types.ts";

/**
 * A tag of a word-level kind may reach a few words past the mark ("has rejected as" for
 * "rejected") and still point at it; a whole sentence tagged as "loaded word" does not.
 */
const SLACK_WORDS = 3;

export interface FoundItem {
  readonly item: ExpectedItem;
  readonly tags: readonly StudentTag[];
}

/** A tag that found nothing Parallax marked: perhaps a fine catch. */
export interface OwnCatch {
  readonly tag: StudentTag;
  /** Kinds Parallax does give these words, when it marks them as something else. */
  readonly markedAs: readonly TagKind[];
}

export interface KindTally {
  readonly kind: TagKind;
  /** Items found, including ones that would not count as missed. */
  readonly found: number;
  readonly missed: number;
  /** The student's tags of this kind that found nothing Parallax marked. */
  readonly own: number;
}

export interface CheckResult {
  readonly found: readonly FoundItem[];
  readonly missed: readonly ExpectedItem[];
  readonly own: readonly OwnCatch[];
  /** One row per kind in focus, in focus order. */
  readonly tally: readonly KindTally[];
}

function pointsAt(index: ComparisonIndex, tag: Passage, place: Passage, kind: TagKind): boolean {
  if (tag.source !== place.source || !overlaps(tag, place)) return false;
  if (tagKindInfo(kind).scale === "passage") return true;
  return wordCount(passageWords(index, tag)) <= wordCount(passageWords(index, place)) + SLACK_WORDS;
}

/** Whether `tag` finds `item`: the same kind, pointing at one of its places. */
export function tagFinds(index: ComparisonIndex, tag: StudentTag, item: ExpectedItem): boolean {
  return (
    tag.kind === item.kind && item.places.some((place) => pointsAt(index, tag, place, item.kind))
  );
}

/**
 * "Check my reading": the student's tags against Parallax's items of the kinds in focus. Found
 * items, missed items (only those that count), and the student's own catches, never called wrong.
 */
export function checkReading(
  index: ComparisonIndex,
  items: readonly ExpectedItem[],
  tags: readonly StudentTag[],
  focus: readonly TagKind[],
): CheckResult {
  const found: FoundItem[] = [];
  const missed: ExpectedItem[] = [];
  const used = new Set<string>();
  for (const item of items) {
    const finders = tags.filter((tag) => tagFinds(index, tag, item));
    if (finders.length > 0) {
      found.push({ item, tags: finders });
      for (const tag of finders) used.add(tag.id);
    } else if (item.counts) {
      missed.push(item);
    }
  }
  const own = tags
    .filter((tag) => !used.has(tag.id))
    .map((tag) => ({
      tag,
      markedAs: [
        ...new Set(
          items
            .filter(
              (item) =>
                item.kind !== tag.kind &&
                item.places.some((place) => pointsAt(index, tag, place, item.kind)),
            )
            .map((item) => item.kind),
        ),
      ],
    }));
  const tally = focus.map((kind) => ({
    kind,
    found: found.filter((f) => f.item.kind === kind).length,
    missed: missed.filter((m) => m.kind === kind).length,
    own: own.filter((o) => o.tag.kind === kind).length,
  }));
  return { found, missed, own, tally };
}

import type { Span } from "../../../analysis/types.ts";

/**
 * What changes as the reader points, focuses and opens explanations. It changes with every
 * sentence the pointer crosses, and touches a handful of sentences each time.
 */
export interface LiveState {
  readonly activeId: string | undefined;
  readonly partnerIds: ReadonlySet<string>;
  /** Word differences to draw, by sentence id, while `activeId` is active. */
  readonly diffRanges: ReadonlyMap<string, readonly Span[]>;
  /** The one sentence of the reader in the tab order (roving tab index). */
  readonly tabbableId: string | undefined;
  /** Mark ids of the explanation that is open, to set `aria-expanded`… */
  readonly openMarkIds: ReadonlySet<string> | undefined;
  /** …and the sentences holding them, the only ones that need to know. */
  readonly openSentenceIds: ReadonlySet<string>;
}

/** One sentence's share of the live state. */
export interface SentenceLive {
  readonly state: "active" | "partner" | undefined;
  readonly diff: readonly Span[] | undefined;
  readonly tabbable: boolean;
  readonly openMarkIds: ReadonlySet<string> | undefined;
}

const NONE: ReadonlySet<string> = new Set<string>();

export const EMPTY_LIVE: LiveState = {
  activeId: undefined,
  partnerIds: NONE,
  diffRanges: new Map<string, readonly Span[]>(),
  tabbableId: undefined,
  openMarkIds: undefined,
  openSentenceIds: NONE,
};

export function sentenceLive(live: LiveState, id: string): SentenceLive {
  return {
    state: live.activeId === id ? "active" : live.partnerIds.has(id) ? "partner" : undefined,
    diff: live.diffRanges.get(id),
    tabbable: live.tabbableId === id,
    openMarkIds: live.openSentenceIds.has(id) ? live.openMarkIds : undefined,
  };
}

/** Sentence ids whose share differs between two states. */
export function changedSentences(before: LiveState, after: LiveState): Set<string> {
  const changed = new Set<string>();
  if (before.activeId !== after.activeId) {
    if (before.activeId !== undefined) changed.add(before.activeId);
    if (after.activeId !== undefined) changed.add(after.activeId);
  }
  if (before.partnerIds !== after.partnerIds) {
    for (const id of before.partnerIds) if (!after.partnerIds.has(id)) changed.add(id);
    for (const id of after.partnerIds) if (!before.partnerIds.has(id)) changed.add(id);
  }
  if (before.diffRanges !== after.diffRanges) {
    for (const [id, spans] of before.diffRanges) {
      if (after.diffRanges.get(id) !== spans) changed.add(id);
    }
    for (const [id, spans] of after.diffRanges) {
      if (before.diffRanges.get(id) !== spans) changed.add(id);
    }
  }
  if (before.tabbableId !== after.tabbableId) {
    if (before.tabbableId !== undefined) changed.add(before.tabbableId);
    if (after.tabbableId !== undefined) changed.add(after.tabbableId);
  }
  const openChanged =
    before.openMarkIds !== after.openMarkIds || before.openSentenceIds !== after.openSentenceIds;
  if (openChanged) {
    for (const id of before.openSentenceIds) changed.add(id);
    for (const id of after.openSentenceIds) changed.add(id);
  }
  return changed;
}

/**
 * The live state outside React state, with a subscription per sentence: a change re-renders the
 * sentences it concerns, not the columns around them. (Held in React state, every hover
 * re-rendered every paragraph of every column: 50–300 ms a frame on 2 × 300 KB.) A sentence
 * reads its version number as its snapshot; the number moves whenever its share changes.
 */
export class LiveStore {
  private live: LiveState;
  private readonly versions = new Map<string, number>();
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(initial: LiveState) {
    this.live = initial;
  }

  get(): LiveState {
    return this.live;
  }

  set(next: LiveState): void {
    const before = this.live;
    if (next === before) return;
    this.live = next;
    const notify: (() => void)[] = [];
    for (const id of changedSentences(before, next)) {
      this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
      for (const listener of this.listeners.get(id) ?? []) notify.push(listener);
    }
    for (const listener of notify) listener();
  }

  version(id: string): number {
    return this.versions.get(id) ?? 0;
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }
}

import type { TagKind } from "./tag-kinds.ts";
import type { Passage, StudentTag, StudentWork } from "./types.ts";

/** A tag id no other tag in `work` has: "t1", "t2" … */
function nextTagId(work: StudentWork): string {
  const used = new Set(work.tags.map((t) => t.id));
  let n = work.tags.length + 1;
  while (used.has(`t${n}`)) n++;
  return `t${n}`;
}

/** Tags in reading order: by source, then by place, as the worksheet lists them. */
function sorted(tags: readonly StudentTag[], sourceOrder: readonly string[]): StudentTag[] {
  const rank = (id: string): number => {
    const at = sourceOrder.indexOf(id);
    return at < 0 ? sourceOrder.length : at;
  };
  return tags.toSorted(
    (a, b) => rank(a.source) - rank(b.source) || a.start - b.start || a.end - b.end,
  );
}

export function addTag(
  work: StudentWork,
  passage: Passage,
  kind: TagKind,
  note: string,
  sourceOrder: readonly string[],
): { readonly work: StudentWork; readonly tag: StudentTag } {
  const tag: StudentTag = {
    id: nextTagId(work),
    source: passage.source,
    start: passage.start,
    end: passage.end,
    kind,
    note,
    afterCheck: work.checked,
  };
  return { work: { ...work, tags: sorted([...work.tags, tag], sourceOrder) }, tag };
}

export function updateTag(
  work: StudentWork,
  id: string,
  change: { readonly kind: TagKind; readonly note: string },
): StudentWork {
  return { ...work, tags: work.tags.map((t) => (t.id === id ? { ...t, ...change } : t)) };
}

export function removeTag(work: StudentWork, id: string): StudentWork {
  return { ...work, tags: work.tags.filter((t) => t.id !== id) };
}

/** Sets an answer; an empty answer is no answer. */
export function setAnswer(work: StudentWork, questionId: string, text: string): StudentWork {
  if (text.trim() !== "") return { ...work, answers: { ...work.answers, [questionId]: text } };
  const { [questionId]: _cleared, ...answers } = work.answers;
  return { ...work, answers };
}

export function setStudent(work: StudentWork, student: string): StudentWork {
  return { ...work, student };
}

export function markChecked(work: StudentWork): StudentWork {
  return work.checked ? work : { ...work, checked: true };
}

/** The tags whose passage contains `offset` of `source`, innermost (shortest) first. */
export function tagsAt(work: StudentWork, source: string, offset: number): readonly StudentTag[] {
  return work.tags
    .filter((t) => t.source === source && t.start <= offset && offset < t.end)
    .toSorted((a, b) => a.end - a.start - (b.end - b.start));
}

/** Whether there is anything to keep: a page opened and left alone saves nothing. */
export function hasWork(work: StudentWork): boolean {
  return work.tags.length > 0 || Object.keys(work.answers).length > 0 || work.student !== "";
}

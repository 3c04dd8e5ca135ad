import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { passageExcerpt } from "../model/passages.ts";
import type { Passage, StudentTag } from "../model/types.ts";
import { LINK_BUTTON } from "./styles.ts";
import { TagBadge } from "./tag-badge.tsx";

interface TagListProps {
  readonly index: ComparisonIndex;
  readonly tags: readonly StudentTag[];
  readonly onShow: (passage: Passage) => void;
  /** Absent on a read-only copy. */
  readonly onEdit?: ((tag: StudentTag) => void) | undefined;
  readonly onRemove?: ((tag: StudentTag) => void) | undefined;
}

/** The student's tags, report by report in reading order, each with its note. */
export function TagList({ index, tags, onShow, onEdit, onRemove }: TagListProps) {
  if (tags.length === 0) {
    return <p className="text-sm text-muted">No tags yet.</p>;
  }
  return (
    <div className="space-y-3">
      {index.sources.map((source) => {
        const own = tags.filter((t) => t.source === source.id);
        if (own.length === 0) return null;
        return (
          <section key={source.id} aria-label={`Tags in ${source.name}`}>
            <h4 className="mb-1 text-xs font-semibold text-muted">{source.name}</h4>
            <ul className="space-y-1.5" data-tag-list={source.id}>
              {own.map((tag) => (
                <li
                  key={tag.id}
                  className="rounded-md border border-rule bg-paper px-2.5 py-2"
                  data-tag-id={tag.id}
                  data-tag-kind={tag.kind}
                >
                  <TagBadge kind={tag.kind} short />
                  <p className="mt-1 font-reading text-[0.9375rem] leading-snug text-ink">
                    “{passageExcerpt(index, tag, 160)}”
                  </p>
                  {tag.note ? (
                    <p className="mt-1 text-sm text-ink">
                      <span className="sr-only">Note: </span>
                      <span aria-hidden="true" className="text-muted">
                        ✎{" "}
                      </span>
                      {tag.note}
                    </p>
                  ) : null}
                  {tag.afterCheck ? (
                    <p className="mt-1 text-xs text-muted">Tagged after checking with Parallax.</p>
                  ) : null}
                  <p className="mt-1.5 flex gap-3">
                    <button type="button" className={LINK_BUTTON} onClick={() => onShow(tag)}>
                      Show<span className="sr-only"> “{passageExcerpt(index, tag, 40)}”</span>
                    </button>
                    {onEdit ? (
                      <button type="button" className={LINK_BUTTON} onClick={() => onEdit(tag)}>
                        Edit
                        <span className="sr-only"> tag on “{passageExcerpt(index, tag, 40)}”</span>
                      </button>
                    ) : null}
                    {onRemove ? (
                      <button type="button" className={LINK_BUTTON} onClick={() => onRemove(tag)}>
                        Remove
                        <span className="sr-only"> tag on “{passageExcerpt(index, tag, 40)}”</span>
                      </button>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

import { sliceText, type ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { excerpt, joinNames, tidy } from "../../../comparison/wording.ts";
import type { CheckResult } from "../model/check.ts";
import { askableQuestions } from "../model/lesson.ts";
import { passageExcerpt } from "../model/passages.ts";
import { tagKindInfo } from "../model/tag-kinds.ts";
import type { Lesson, StudentTag, StudentWork } from "../model/types.ts";

interface WorksheetProps {
  readonly index: ComparisonIndex;
  readonly lesson: Lesson;
  readonly work: StudentWork;
  /** Set once the reading has been checked: the tally goes on the sheet too. */
  readonly result: CheckResult | undefined;
}

/** The last words of `text`, at most about `maxChars`, cut at a word boundary. */
function ending(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(-maxChars);
  const space = cut.indexOf(" ");
  return `…${space >= 0 && space < maxChars * 0.4 ? cut.slice(space + 1) : cut}`;
}

/** A tag in its sentence: the words before and after in plain type, the tagged words marked. */
function InContext({ index, tag }: { readonly index: ComparisonIndex; readonly tag: StudentTag }) {
  const source = index.source(tag.source);
  const sentences = index.sentencesOverlapping(tag.source, tag);
  const first = sentences[0];
  const last = sentences.at(-1);
  if (!source || !first || !last) return <>“{passageExcerpt(index, tag, 300)}”</>;
  const before = tidy(
    sliceText(source, { start: Math.min(first.start, tag.start), end: tag.start }),
  );
  const words = tidy(sliceText(source, tag));
  const after = tidy(sliceText(source, { start: tag.end, end: Math.max(last.end, tag.end) }));
  return (
    <>
      {before ? `${ending(before, 90)} ` : ""}
      <strong className={`tag-line kind-${tag.kind}`}>{words}</strong>
      {after ? ` ${excerpt(after, 90)}` : ""}
    </>
  );
}

/**
 * The printed (or PDF) worksheet: instructions, the passages tagged with their kinds and notes,
 * the questions with their passages and answers, and the tally once checked. Hidden on screen;
 * the print stylesheet shows it alone. Kinds are told apart by glyph, name and line style, so
 * it reads the same in greyscale.
 */
export function Worksheet({ index, lesson, work, result }: WorksheetProps) {
  const questions = askableQuestions(lesson);
  return (
    <article className="hidden font-sans text-black print:block" data-worksheet="">
      <header className="border-b-2 border-black pb-2">
        <p className="text-xs tracking-wide uppercase">Parallax worksheet</p>
        <h1 className="mt-0.5 font-reading text-xl font-semibold">{lesson.title}</h1>
        <p className="mt-0.5 text-sm">{joinNames(index.sources.map((s) => s.name))}</p>
        <p className="mt-2 text-sm">
          Name:{" "}
          {work.student ? (
            <strong data-worksheet-student="">{work.student}</strong>
          ) : (
            <span className="inline-block w-64 border-b border-black">&nbsp;</span>
          )}
        </p>
      </header>

      {lesson.instructions ? (
        <section className="mt-4">
          <h2 className="text-sm font-bold">Instructions</h2>
          <p className="mt-1 text-sm whitespace-pre-line">{lesson.instructions}</p>
        </section>
      ) : null}

      <section className="mt-4">
        <h2 className="text-sm font-bold">Key</h2>
        <ul className="mt-1 grid grid-cols-2 gap-x-6 gap-y-2 text-sm">
          {lesson.focus.map((kind) => {
            const info = tagKindInfo(kind);
            return (
              <li key={kind}>
                <span className="tag-glyph mr-1.5">{info.glyph}</span>
                {info.label}: <span className={`tag-line kind-${kind}`}>{info.line}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="mt-4" data-worksheet-tags="">
        <h2 className="text-sm font-bold">Passages tagged ({work.tags.length})</h2>
        {work.tags.length === 0 ? <p className="mt-1 text-sm">None.</p> : null}
        {index.sources.map((source) => {
          const tags = work.tags.filter((t) => t.source === source.id);
          if (tags.length === 0) return null;
          return (
            <div key={source.id} className="mt-2">
              <h3 className="text-sm font-semibold">{source.name}</h3>
              <ol className="mt-1 space-y-1.5">
                {tags.map((tag) => {
                  const info = tagKindInfo(tag.kind);
                  return (
                    <li key={tag.id} className="flex gap-2 text-sm" data-worksheet-tag={tag.kind}>
                      <span className="tag-glyph mt-0.5 shrink-0">{info.glyph}</span>
                      <div>
                        <p>
                          <span className="font-semibold">{info.label}</span>
                          {tag.afterCheck ? " (after checking)" : ""}
                        </p>
                        <p className="font-reading leading-snug">
                          <InContext index={index} tag={tag} />
                        </p>
                        {tag.note ? <p className="italic">Note: {tag.note}</p> : null}
                      </div>
                    </li>
                  );
                })}
              </ol>
            </div>
          );
        })}
      </section>

      <section className="mt-4" data-worksheet-questions="">
        <h2 className="text-sm font-bold">Questions</h2>
        <ol className="mt-1 space-y-3">
          {questions.map((question, k) => {
            const answer = work.answers[question.id];
            return (
              <li key={question.id} className="text-sm" data-worksheet-question={question.id}>
                <p>
                  <span className="font-semibold">{k + 1}. </span>
                  {question.text}
                </p>
                {answer ? (
                  <p
                    className="mt-1 border-l-2 border-black pl-2 whitespace-pre-line"
                    data-worksheet-answer=""
                  >
                    {answer}
                  </p>
                ) : (
                  <div className="mt-1 space-y-5 pt-3" aria-label="Space for an answer">
                    <div className="border-b border-black" />
                    <div className="border-b border-black" />
                    <div className="border-b border-black" />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      {result ? (
        <section className="mt-4">
          <h2 className="text-sm font-bold">Checked against Parallax</h2>
          <table className="mt-1 w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-black text-left">
                <th className="py-0.5">Kind</th>
                <th className="py-0.5 text-right">Found</th>
                <th className="py-0.5 text-right">Missed</th>
                <th className="py-0.5 text-right">Own catches</th>
              </tr>
            </thead>
            <tbody>
              {result.tally.map((row) => (
                <tr key={row.kind} className="border-b border-black/40">
                  <td className="py-0.5">
                    <span className="tag-glyph mr-1.5">{tagKindInfo(row.kind).glyph}</span>
                    {tagKindInfo(row.kind).label}
                  </td>
                  <td className="text-right">{row.found}</td>
                  <td className="text-right">{row.missed}</td>
                  <td className="text-right">{row.own}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  );
}

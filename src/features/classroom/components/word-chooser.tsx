import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Sentence, Source } from "../../../analysis/types.ts";
import { wordSpans } from "../../../comparison/words.ts";
import { displayMap, rawSpan } from "../model/display-map.ts";
import type { Passage } from "../model/types.ts";

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The sentence's words as printed, each with its raw span in the source. */
function wordsOf(source: Source, sentence: Sentence): readonly Word[] {
  const map = displayMap(source, sentence);
  return wordSpans(map.text).map((word) => {
    const span = rawSpan(map, word.start, word.end);
    return {
      text: map.text.slice(word.start, word.end),
      start: sentence.start + span.start,
      end: sentence.start + span.end,
    };
  });
}

interface WordChooserProps {
  readonly source: Source;
  readonly sentence: Sentence;
  readonly onChange: (passage: Passage) => void;
  readonly labelledBy: string;
}

/**
 * Narrowing a sentence to the words to tag, without a mouse: the words are toggle buttons in
 * one tab stop (arrow keys move, Enter or Space picks). The first pick chooses one word; the
 * next extends the choice to it; picking inside a longer choice starts again from that word.
 */
export function WordChooser({ source, sentence, onChange, labelledBy }: WordChooserProps) {
  const words = useMemo(() => wordsOf(source, sentence), [source, sentence]);
  const [choice, setChoice] = useState<{ from: number; to: number } | undefined>();
  const [focusAt, setFocusAt] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const emit = (next: { from: number; to: number } | undefined): void => {
    setChoice(next);
    const first = next ? words[next.from] : undefined;
    const last = next ? words[next.to] : undefined;
    onChange({
      source: source.id,
      start: first?.start ?? sentence.start,
      end: last?.end ?? sentence.end,
    });
  };

  const pick = (k: number): void => {
    if (!choice || (k >= choice.from && k <= choice.to && choice.from !== choice.to)) {
      emit({ from: k, to: k });
    } else if (choice.from === k && choice.to === k) {
      emit(undefined);
    } else {
      emit({ from: Math.min(choice.from, k), to: Math.max(choice.to, k) });
    }
  };

  const move = (event: KeyboardEvent, k: number): void => {
    const to =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? k + 1
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? k - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? words.length - 1
              : undefined;
    if (to === undefined || to < 0 || to >= words.length) return;
    event.preventDefault();
    setFocusAt(to);
    refs.current[to]?.focus();
  };

  return (
    <div>
      <div
        role="group"
        aria-labelledby={labelledBy}
        className="flex flex-wrap gap-1"
        data-word-chooser=""
      >
        {words.map((word, k) => {
          const chosen = choice !== undefined && k >= choice.from && k <= choice.to;
          return (
            <button
              key={word.start}
              ref={(el) => {
                refs.current[k] = el;
              }}
              type="button"
              tabIndex={k === focusAt ? 0 : -1}
              aria-pressed={chosen}
              onClick={() => {
                setFocusAt(k);
                pick(k);
              }}
              onKeyDown={(event) => move(event, k)}
              className={`rounded border px-1.5 py-0.5 font-reading text-[0.9375rem] ${
                chosen
                  ? "border-ink bg-ink text-paper"
                  : "border-rule bg-paper text-ink hover:border-muted"
              }`}
            >
              {word.text}
            </button>
          );
        })}
      </div>
      <p className="mt-1.5 text-xs text-muted">
        {choice
          ? "Pick another word to take in the words between; pick the only chosen word again for the whole sentence."
          : "The whole sentence. Pick a word to tag only that, then another to take in the words between. Arrow keys move."}
      </p>
    </div>
  );
}

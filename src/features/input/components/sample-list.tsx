interface Sample {
  readonly id: string;
  readonly title: string;
  readonly date: string | undefined;
  readonly names: readonly string[];
}

interface SampleListProps {
  readonly samples: readonly Sample[];
  readonly onOpen: (id: string) => void;
  readonly currentId?: string | undefined;
  readonly headingId: string;
  readonly level?: 2 | 3;
}

/** The comparisons shipped with Parallax (`seeds/index.json`), to open with one click. */
export function SampleList({ samples, onOpen, currentId, headingId, level = 2 }: SampleListProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} data-sample-list="">
      <Heading id={headingId} className="text-xs font-semibold tracking-wider text-muted uppercase">
        Samples
      </Heading>
      <ul className="mt-2 space-y-1">
        {samples.map((sample) => (
          <li key={sample.id}>
            <button
              type="button"
              onClick={() => onOpen(sample.id)}
              aria-current={sample.id === currentId ? "page" : undefined}
              className="w-full rounded-lg px-2.5 py-1.5 text-left hover:bg-ink/5 aria-[current=page]:bg-ink/5"
            >
              <span className="block text-sm font-semibold text-ink">{sample.title}</span>
              <span className="block text-xs text-muted">
                {sample.names.join(" · ")}
                {sample.date ? ` — ${sample.date}` : ""}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

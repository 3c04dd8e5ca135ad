import type { FramingCategory } from "../../../analysis/types.ts";
import {
  FRAMING_CATEGORIES,
  LAYERS,
  type LayerId,
  type Visibility,
} from "../../../comparison/layers.ts";
import type { LayerCounts } from "../model/legend-counts.ts";
import { LayerSample } from "./layer-icon.tsx";

interface LayerLegendProps {
  readonly visibility: Visibility;
  readonly counts: LayerCounts;
  readonly onToggleLayer: (layer: LayerId) => void;
  readonly onToggleCategory: (category: FramingCategory) => void;
  readonly onToggleRemoved: () => void;
  /** One wrapping row of toggles with the explanations folded away (phones). */
  readonly compact: boolean;
}

const toggleBase =
  "group rounded-lg border text-left transition-colors aria-pressed:border-solid aria-pressed:border-rule aria-pressed:bg-panel border-dashed border-rule/80 bg-transparent hover:border-muted/60";

function Count({ n }: { readonly n: number }) {
  return <span className="ml-auto pl-2 font-sans text-xs text-muted tabular-nums">{n}</span>;
}

/** Off layers keep their sample but cross it out, so "off" does not rely on colour alone. */
function Sample({
  on,
  layer,
  category,
  narrow = false,
}: {
  readonly on: boolean;
  readonly layer: LayerId;
  readonly category?: FramingCategory;
  readonly narrow?: boolean;
}) {
  return (
    <span
      className={`relative inline-flex ${narrow ? "w-8" : "w-9"} shrink-0 justify-center ${on ? "" : "opacity-55"}`}
    >
      <LayerSample layer={layer} category={category} />
      {on ? null : (
        <span
          aria-hidden="true"
          className="absolute top-1/2 right-0 left-0 h-px -rotate-12 bg-muted"
        />
      )}
    </span>
  );
}

/** The legend: each layer with its line style, one sentence of explanation, and a switch. */
export function LayerLegend({
  visibility,
  counts,
  onToggleLayer,
  onToggleCategory,
  onToggleRemoved,
  compact,
}: LayerLegendProps) {
  const categories = FRAMING_CATEGORIES.filter((c) => counts.framing[c.id] > 0);

  const categoryToggles = categories.length > 0 && (
    <div className="mt-2 flex flex-wrap gap-1.5 pl-1" role="group" aria-label="Framing categories">
      {categories.map((category) => {
        const on = visibility.framing[category.id];
        return (
          <button
            key={category.id}
            type="button"
            aria-pressed={on}
            data-category-toggle={category.id}
            disabled={!visibility.layers.framing}
            onClick={() => onToggleCategory(category.id)}
            className="inline-flex items-center gap-1.5 rounded-full border border-rule px-2 py-0.5 text-xs text-ink hover:border-muted/60 disabled:opacity-50 aria-[pressed=false]:border-dashed aria-[pressed=false]:text-muted"
          >
            <span
              className={`glyph cat-${category.id} !align-baseline !text-xs`}
              aria-hidden="true"
            >
              {category.glyph}
            </span>
            {category.label}
            <span className="text-muted tabular-nums">{counts.framing[category.id]}</span>
          </button>
        );
      })}
    </div>
  );

  const removedToggle = (
    <button
      type="button"
      aria-pressed={visibility.removed}
      data-removed-toggle=""
      onClick={onToggleRemoved}
      className={`${toggleBase} flex w-full items-center gap-3 px-3 py-2`}
    >
      <span
        className="hatch inline-block h-5 w-9 shrink-0 rounded-sm border border-dashed border-muted"
        aria-hidden="true"
      />
      <span className="min-w-0">
        <span className="block text-sm font-semibold text-ink">
          {visibility.removed ? "Hide" : "Show"} removed text
        </span>
        {compact ? null : (
          <span className="block text-xs leading-snug text-muted">
            Page chrome set aside before reading (appeals, link lists), each with the reason.
          </span>
        )}
      </span>
      <Count n={counts.removed} />
    </button>
  );

  if (compact) {
    return (
      <section aria-labelledby="legend-heading" className="px-4 py-3">
        <h2 id="legend-heading" className="sr-only">
          Layers
        </h2>
        <div className="flex flex-wrap gap-1.5">
          {LAYERS.map((layer) => {
            const on = visibility.layers[layer.id];
            return (
              <button
                key={layer.id}
                type="button"
                aria-pressed={on}
                data-layer-toggle={layer.id}
                onClick={() => onToggleLayer(layer.id)}
                className={`${toggleBase} inline-flex items-center gap-1 py-0.5 pr-2 pl-0.5 text-xs font-medium text-ink`}
              >
                <Sample on={on} layer={layer.id} narrow />
                {layer.label}
                <span className="text-muted tabular-nums">{counts.layers[layer.id]}</span>
              </button>
            );
          })}
        </div>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer py-1 text-[0.8125rem] font-medium text-muted">
            What the marks mean
          </summary>
          <dl className="mt-2 space-y-2">
            {LAYERS.map((layer) => (
              <div key={layer.id} className="flex gap-3">
                <dt className="w-9 shrink-0">
                  <LayerSample layer={layer.id} />
                  <span className="sr-only">{layer.label}</span>
                </dt>
                <dd className="text-[0.8125rem] leading-snug text-muted">{layer.description}</dd>
              </div>
            ))}
          </dl>
          {categoryToggles}
        </details>
        <div className="mt-2">{removedToggle}</div>
      </section>
    );
  }

  return (
    <section aria-labelledby="legend-heading">
      <div className="mb-3 flex items-baseline justify-between">
        <h2
          id="legend-heading"
          className="text-xs font-semibold tracking-wider text-muted uppercase"
        >
          Layers
        </h2>
        <p className="text-xs text-muted">keys 1–{LAYERS.length}</p>
      </div>
      <ul className="space-y-1.5">
        {LAYERS.map((layer) => {
          const on = visibility.layers[layer.id];
          return (
            <li key={layer.id}>
              <button
                type="button"
                aria-pressed={on}
                data-layer-toggle={layer.id}
                onClick={() => onToggleLayer(layer.id)}
                className={`${toggleBase} flex w-full items-start gap-3 px-3 py-2`}
              >
                <span className="pt-0.5">
                  <Sample on={on} layer={layer.id} />
                </span>
                <span className="min-w-0">
                  <span className="block text-sm font-semibold text-ink">{layer.label}</span>
                  <span className="block text-xs leading-snug text-muted">{layer.description}</span>
                </span>
                <Count n={counts.layers[layer.id]} />
              </button>
              {layer.id === "framing" ? categoryToggles : null}
            </li>
          );
        })}
        <li className="pt-2">{removedToggle}</li>
      </ul>
    </section>
  );
}

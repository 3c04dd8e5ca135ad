import { useCallback } from "react";
import type { ExplanationExtraRenderer } from "../../../ui/explanation-extra.ts";
import type { Mark } from "../../../comparison/marks.ts";
import { explanationTerms } from "../model/glossary.ts";
import { TermRow } from "./glossary.tsx";

/**
 * The foot of every explanation the reader opens in classroom mode: the glossary terms it rests
 * on (a quoted framing word adds "voice").
 */
export function useExplanationTerms(
  marksById: ReadonlyMap<string, Mark>,
): ExplanationExtraRenderer {
  return useCallback<ExplanationExtraRenderer>(
    (explanation, category) => {
      const mark = marksById.get(explanation.id);
      const quoted = mark?.kind === "framing" && mark.framing.voice === "quoted";
      return (
        <div className="border-t border-rule pt-2.5">
          <TermRow terms={explanationTerms(explanation.layer, category, quoted)} />
        </div>
      );
    },
    [marksById],
  );
}

import { createContext, type ReactNode } from "react";
import type { FramingCategory } from "../analysis/types.ts";
import type { Explanation } from "../comparison/explain-mark.ts";

/**
 * Something a page adds at the foot of every explanation (classroom mode: links into its
 * glossary). Absent, explanations are as the reader writes them.
 */
export type ExplanationExtraRenderer = (
  explanation: Explanation,
  category: FramingCategory | undefined,
) => ReactNode;

export const ExplanationExtra = createContext<ExplanationExtraRenderer | null>(null);

import { useMemo } from "react";
import { incomingArticle } from "../features/input/model/add-article.ts";
import { decodeArticleFragment } from "../share/article.ts";
import { BadLinkPage } from "./bad-link-page.tsx";
import { NewPage } from "./new-page.tsx";
import type { SeedComparison } from "./seeds.ts";
import type { AppServices } from "./services.ts";

interface ArrivalRouteProps {
  readonly services: AppServices;
  readonly seeds: readonly SeedComparison[];
  readonly navigate: (fragment: string) => void;
  /** `#add=…`, untrusted. */
  readonly fragment: string;
}

/**
 * `#add=…`: the article the bookmarklet took from a news page, checked as hostile (see
 * share/article.ts) and added to the comparison being prepared on the New comparison page; a
 * link that does not hold one gets a sentence saying why. Loaded only when an article arrives.
 */
export function ArrivalRoute({ fragment, ...common }: ArrivalRouteProps) {
  const decoded = useMemo(() => decodeArticleFragment(fragment), [fragment]);
  const incoming = useMemo(
    () => (decoded.ok ? incomingArticle(decoded.value) : undefined),
    [decoded],
  );
  if (!decoded.ok) {
    return (
      <BadLinkPage
        title="This article could not be added"
        message={decoded.error.message}
        navigate={common.navigate}
      />
    );
  }
  return <NewPage {...common} incoming={incoming} />;
}

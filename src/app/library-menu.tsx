import { RecentList } from "../features/input/components/recent-list.tsx";
import { SampleList } from "../features/input/components/sample-list.tsx";
import type { RecentComparison, RecentStore } from "../features/input/model/recent.ts";
import { DisclosureMenu } from "../ui/disclosure-menu.tsx";
import type { SeedComparison } from "./seeds.ts";

interface LibraryMenuProps {
  readonly seeds: readonly SeedComparison[];
  readonly recent: RecentStore;
  readonly onOpenSeed: (id: string) => void;
  readonly onOpenRecent: (entry: RecentComparison) => void;
  readonly currentSeedId?: string | undefined;
  readonly currentRecentId?: string | undefined;
  readonly buttonClassName: string;
}

/** "Open": the shipped samples and this device's recent comparisons. */
export function LibraryMenu({
  seeds,
  recent,
  onOpenSeed,
  onOpenRecent,
  currentSeedId,
  currentRecentId,
  buttonClassName,
}: LibraryMenuProps) {
  return (
    <DisclosureMenu
      label="Open"
      buttonClassName={buttonClassName}
      panelClassName="w-[22rem] max-h-[70dvh] overflow-y-auto"
      data-menu="open"
    >
      {(close) => (
        <div className="space-y-4 p-1.5">
          <SampleList
            samples={seeds.map((s) => ({
              id: s.id,
              title: s.title,
              date: s.date,
              names: s.inputs.map((i) => i.name),
            }))}
            currentId={currentSeedId}
            headingId="menu-samples"
            level={3}
            onOpen={(id) => {
              close();
              onOpenSeed(id);
            }}
          />
          <RecentList
            recent={recent}
            currentId={currentRecentId}
            headingId="menu-recent"
            level={3}
            onOpen={(entry) => {
              close();
              onOpenRecent(entry);
            }}
          />
        </div>
      )}
    </DisclosureMenu>
  );
}

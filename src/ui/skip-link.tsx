/**
 * "Skip to …" for keyboard users: focuses the element with `targetId` without changing the
 * address (which holds the view, or the lesson).
 */
export function SkipLink({
  targetId,
  children,
}: {
  readonly targetId: string;
  readonly children: string;
}) {
  return (
    <a
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(targetId);
        target?.setAttribute("tabindex", "-1");
        target?.focus();
      }}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-panel focus:px-3 focus:py-2 focus:text-sm focus:shadow"
    >
      {children}
    </a>
  );
}

import { useCallback, useEffect, useRef } from "react";

/**
 * A stable function that always calls the latest `callback`. Reader actions are one object for
 * the reader's life so memoised sentences never re-render for them, yet the page's `onSelect`
 * changes with the URL state it writes.
 */
export function useLatest<Args extends unknown[]>(
  callback: ((...args: Args) => void) | undefined,
): (...args: Args) => void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  return useCallback((...args: Args) => latest.current?.(...args), []);
}

import { QueryClient } from "@tanstack/react-query";

/** Analysis results are pure functions of their inputs: never refetch on focus or reconnect. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { createQueryClient } from "./app/query-client.ts";
import { loadSeeds } from "./app/seeds.ts";
import { primeShippedComparisons } from "./app/shipped-comparisons.ts";
import type { AppServices } from "./app/services.ts";
import { browserStorage, createLocalStore } from "./ui/local-store.ts";
import { createRecentStore } from "./features/input/model/recent.ts";
import { ANALYSIS_TIMEOUT_MS } from "./worker/budget.ts";
import { createAnalysisClient, createAnalysisWorker } from "./worker/client.ts";
import { registerServiceWorker } from "./offline/register-service-worker.ts";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const queryClient = createQueryClient();
const seeds = loadSeeds();
if (seeds.ok) primeShippedComparisons(queryClient, seeds.value);
const local = createLocalStore(browserStorage);
const services: AppServices = {
  client: createAnalysisClient(createAnalysisWorker, { timeoutMs: ANALYSIS_TIMEOUT_MS }),
  local,
  recent: createRecentStore(local, () => Date.now()),
};

// Only the built app works offline: in development every file changes under the server.
if (import.meta.env.PROD) registerServiceWorker();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App services={services} />
    </QueryClientProvider>
  </StrictMode>,
);

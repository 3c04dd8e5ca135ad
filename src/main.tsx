import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { createQueryClient } from "./app/query-client.ts";
import { createAnalysisClient, createAnalysisWorker } from "./worker/client.ts";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const queryClient = createQueryClient();
const analysisClient = createAnalysisClient(createAnalysisWorker);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App client={analysisClient} />
    </QueryClientProvider>
  </StrictMode>,
);

import type { Page, Worker } from "@playwright/test";

/*
 * A run that is still under way, made without racing the clock. The app's own worker script is
 * served with a short prelude in front (a Playwright route; the app is not changed): the real
 * engine analyses every request, but a request whose first report is named HELD is held. Its
 * progress reaches the page up to HELD_STEP, and nothing after that (no later step, no result),
 * and while it is held the worker serves nothing else, as a worker busy with a long synchronous
 * run does. Only replacing the worker ends it, which is what cancelling a run must do: if the
 * app did not, the next comparison would wait behind the held run for ever and the test would
 * fail however fast the machine is.
 *
 * The prelude keeps a record for the test in the worker's global `__parallaxTest`: which
 * requests it received and which results it sent, by the names of their reports.
 */

/** The first report's name that makes a run hold. */
export const HELD = "Held Report";
/** The last step (0-based) whose progress reaches the page: 1 is "Lining up sentences". */
export const HELD_STEP = 1;

/** What the prelude records in a worker. */
export interface WorkerRecord {
  /** Reports' names of every request the worker received, in order. */
  readonly received: string[][];
  /** Reports' names of every result the worker sent to the page. */
  readonly served: string[][];
  /** True once a held request has arrived. */
  readonly holding: boolean;
}

/** Plain JavaScript, run first in the worker module; HELD and HELD_STEP are spliced in. */
const PRELUDE = `{
  const scope = globalThis;
  const post = scope.postMessage.bind(scope);
  const listen = scope.addEventListener.bind(scope);
  const names = new Map();
  const record = { received: [], served: [], holding: false };
  let heldId;
  scope.__parallaxTest = record;
  scope.postMessage = (message) => {
    if (message && message.id === heldId) {
      if (message.type === "progress" && message.progress.step <= ${HELD_STEP}) post(message);
      return;
    }
    if (message && message.type === "result") record.served.push(names.get(message.id) ?? []);
    post(message);
  };
  scope.addEventListener = (type, listener, options) => {
    if (type !== "message") return listen(type, listener, options);
    return listen("message", (event) => {
      const request = event.data;
      const sources = (request && request.inputs) || [];
      names.set(request && request.id, sources.map((source) => source.name));
      record.received.push(names.get(request && request.id));
      if (record.holding) return;
      if (sources[0] && sources[0].name.startsWith(${JSON.stringify(HELD)})) {
        record.holding = true;
        heldId = request.id;
      }
      listener(event);
    }, options);
  };
}
`;

/**
 * Serves the analysis worker with the holding prelude, and returns the workers the page starts,
 * in order (the list grows as the app replaces its worker).
 */
export async function holdRuns(page: Page): Promise<Worker[]> {
  await page.route(/\/assets\/analysis\.worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: PRELUDE + (await response.text()) });
  });
  const workers: Worker[] = [];
  page.on("worker", (worker) => workers.push(worker));
  return workers;
}

/** The prelude's record in `worker`; fails plainly if the prelude was not served to it. */
export async function workerRecord(worker: Worker): Promise<WorkerRecord> {
  const record = await worker.evaluate(
    () => (globalThis as { __parallaxTest?: WorkerRecord }).__parallaxTest,
  );
  if (!record) {
    throw new Error(
      `The worker at ${worker.url()} has no holding prelude: is the analysis worker still built as assets/analysis.worker-<hash>.js?`,
    );
  }
  return record;
}

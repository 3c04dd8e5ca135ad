/*
 * The service worker: Parallax keeps working without a network once it has been opened (a class
 * link opened at home the night before still opens in a classroom without Wi-Fi).
 *
 * Built by the `parallax-service-worker` plugin in vite.config.ts into `sw.js`, beside
 * index.html, with `PRECACHE` written in front: every file of the build (hashed names, so a
 * version's files never collide with another's) and a version made from their names and the
 * contents of the few files whose names do not change.
 *
 * - install: the whole version into a cache of its own, atomically (`addAll` keeps nothing if
 *   one file fails), then it takes over at once;
 * - activate: caches older than the previous version are deleted. The previous one is kept: a
 *   page opened on it (before this version took over) still finds its own lazy chunks and
 *   worker there, and never mixes them with this version's;
 * - fetch: the page itself (any navigation to this folder) is this version's index.html, so the
 *   next visit after an update is the new version whole; other files come from whichever cache
 *   holds that exact name, else from the network.
 */

/** Written in front of this file at build time. */
declare const PRECACHE: { readonly version: string; readonly files: readonly string[] };

interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SwScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: "install" | "activate",
    listener: (event: SwExtendableEvent) => void,
  ): void;
  addEventListener(type: "fetch", listener: (event: SwFetchEvent) => void): void;
}

const scope = self as unknown as SwScope;
const PREFIX = "parallax-";
const CACHE = `${PREFIX}${PRECACHE.version}`;
const base = scope.registration.scope;
const INDEX = new URL("index.html", base).href;

scope.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Revalidated, never from the HTTP cache: index.html keeps its name across versions.
      .then((cache) =>
        cache.addAll(
          PRECACHE.files.map((file) => new Request(new URL(file, base), { cache: "no-cache" })),
        ),
      )
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        // In creation order: keep this version and the one before it.
        const ours = keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE);
        return Promise.all(ours.slice(0, -1).map((key) => caches.delete(key)));
      })
      .then(() => scope.clients.claim()),
  );
});

scope.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(base)) return;
  if (request.mode === "navigate") {
    const path = request.url.split(/[?#]/)[0];
    if (path !== base && path !== INDEX) return;
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(INDEX))
        .then((page) => page ?? fetch(request)),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});

/**
 * Registers `sw.js` (built beside index.html) for the folder the app is served from, once the
 * page has loaded, so precaching never competes with the first page's own downloads. Where
 * service workers are unavailable (an old browser, a file: URL, some private windows) the app
 * simply needs the network, as before.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register("./sw.js", { scope: "./" }).catch(() => undefined);
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

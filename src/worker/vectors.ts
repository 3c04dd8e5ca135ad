import vectorsUrl from "../analysis/align/data/vectors.bin?url";
import { readWordVectors, type WordVectors } from "../analysis/align/vectors.ts";

/**
 * The shipped word vectors (3 MB, scripts/build-vectors.ts), fetched by the worker on its first
 * comparison and kept: never part of the page's initial JavaScript. Without them (a failed
 * download, a file that does not parse) the engine aligns by words alone.
 */
let loading: Promise<WordVectors | undefined> | undefined;

export function loadVectors(): Promise<WordVectors | undefined> {
  loading ??= fetch(vectorsUrl)
    .then((response) => (response.ok ? response.arrayBuffer() : undefined))
    .then((bytes) => (bytes ? readWordVectors(new Uint8Array(bytes)) : undefined))
    .catch(() => undefined);
  // A failed download must not stick: the next comparison tries again.
  void loading.then((vectors) => {
    if (!vectors) loading = undefined;
  });
  return loading;
}

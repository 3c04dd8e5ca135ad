/*
 * What the bookmarklet runs, on somebody else's news page. It is written out whole into the
 * bookmark (see `bookmarklet-url.ts`), so it must stand alone: no imports, no names from outside
 * this function, nothing fetched (the page's Content-Security-Policy would block it, and nothing
 * of the reader's should leave the browser), no `window.opener` or `postMessage` (a page sent
 * with Cross-Origin-Opener-Policy severs them). It reads the article from the page, compresses
 * it with the browser's own CompressionStream and opens Parallax with it in the fragment. Past
 * the size a link carries, it copies the article to the clipboard and says so in one line.
 *
 * Kept small and plain: every character is in the reader's bookmark.
 */

/**
 * @param app Parallax's address, without fragment (the page that generated the bookmarklet).
 * @param maxChars Longest encoded article put in the link (`ARTICLE_LIMITS.maxEncodedChars`).
 */
export function runBookmarklet(app: string, maxChars: number): void {
  const d = document;
  const meta = (key: string): string =>
    (
      d.querySelector<HTMLMetaElement>(`meta[property="${key}"],meta[name="${key}"]`)?.content ?? ""
    ).trim();
  const textOf = (el: Element | null): string =>
    ((el as HTMLElement | null)?.innerText ?? "").trim();
  const title = textOf(d.querySelector("h1")) || meta("og:title") || d.title.trim();
  const name = meta("og:site_name") || location.hostname.replace(/^www\./, "");
  const url = d.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href;

  // The reader's selection, when there is one worth the name; else the element under which the
  // page's paragraphs add up to the most text (its parent counting half), and the paragraphs
  // and subheadings in it, outside asides, figures and forms.
  let text = String(getSelection() ?? "").trim();
  if (text.length < 200) {
    const scores = new Map<Element, number>();
    let best: Element | null = null;
    for (const p of d.querySelectorAll("p")) {
      const length = textOf(p).length;
      for (let el = p.parentElement, share = 1; el && share > 0.4; el = el.parentElement) {
        const score = (scores.get(el) ?? 0) + length * share;
        scores.set(el, score);
        if (score > (best ? (scores.get(best) ?? 0) : 0)) best = el;
        share /= 2;
      }
    }
    const root = best ?? d.body;
    text = [...root.querySelectorAll("p,h2,h3,li,blockquote")]
      .filter((el) => {
        // Inside the article's own asides, figures and forms, or inside another block taken whole.
        const around = el.parentElement?.closest("aside,nav,footer,figure,form,p,li,blockquote");
        return !around || !root.contains(around);
      })
      .map(textOf)
      .filter((t) => t !== "")
      .join("\n\n");
    if (text.length < 200)
      text = textOf(d.querySelector("article") ?? d.querySelector("main") ?? d.body);
  }

  const go = (address: string): void => {
    if (!open(address, "_blank")) location.href = address;
  };
  const byClipboard = async (): Promise<void> => {
    const all = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
    try {
      await navigator.clipboard.writeText(all);
    } catch {
      const area = d.createElement("textarea");
      area.value = all;
      d.body.append(area);
      area.select();
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one copy left when a page's Permissions-Policy refuses the async clipboard
      d.execCommand("copy");
      area.remove();
    }
    alert(
      "Parallax: this article is too long for a link, so it is on your clipboard: paste it into a new source.",
    );
    go(`${app}#new`);
  };

  void (async () => {
    if (typeof CompressionStream !== "function") return byClipboard();
    const json = JSON.stringify({ v: 1, name, title, url, text });
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    const encoded = btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    if (encoded.length > maxChars) await byClipboard();
    else go(`${app}#add=${encoded}`);
  })();
}

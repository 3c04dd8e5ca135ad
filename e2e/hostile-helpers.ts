import type { Locator, Page } from "@playwright/test";
import { REPORTS } from "./input-helpers.ts";
import { expect } from "./fixtures.ts";

/*
 * Shared by the hostile-input specs (hostile-form.spec.ts, hostile-links.spec.ts): payloads that
 * would run if the app ever let them, traps that record it, and the checks made after each case.
 * Each case checks that
 *   - nothing ran: no payload reached `window.__pwned`, no dialog opened, the page reported no
 *     Content-Security-Policy violation (an injected handler would be blocked by the policy, but
 *     the attempt still shows up as one), and no element or attribute that could run script was
 *     put in the page;
 *   - the page still answers (a frame is drawn within HANG_MS);
 *   - what the user typed is still there;
 *   - input that is refused gets a message saying why.
 */

/**
 * A main thread that cannot draw a frame within this long is hung, not busy. Generous on
 * purpose: the machines that run the suite are shared, and a loaded one was seen to take over a
 * second for a frame; a page in an endless loop never draws one.
 */
const HANG_MS = 10_000;
/** How long a refused link may take to say so: decoding is capped far below this. */
const MESSAGE_MS = 10_000;

/** Payloads that each set `top.__pwned` (or open a dialog) if they ever run. */
export const PAYLOADS = {
  script: `<script>top.__pwned = "script"</script>`,
  img: `<img src=x onerror="top.__pwned = 'img onerror'; alert('img')">`,
  svg: `<svg onload="top.__pwned = 'svg onload'"><circle r="1"/></svg>`,
  iframe: `<iframe srcdoc="<script>top.__pwned = 'iframe srcdoc'</script>"></iframe>`,
} as const;
export const ALL_PAYLOADS = Object.values(PAYLOADS).join(" ");

/** A saved web page full of traps: scripts, handlers, a srcdoc frame, javascript: and data: links. */
export function trappedPage(siteName: string): string {
  const [lead, ...rest] = REPORTS[0].text.split(/\n\s*\n/).slice(2);
  const site = siteName.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>River bursts its banks | ${site}</title>
<meta property="og:site_name" content="${site}">
${PAYLOADS.script}
<base href="javascript:top.__pwned='base'//">
</head>
<body onload="top.__pwned = 'body onload'">
<nav><ul><li><a href="javascript:top.__pwned='nav link'">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<article>
<h1>River bursts its banks in Marrowby</h1>
<p>${lead} Crews reached <a href="javascript:top.__pwned='article link'">Mill Lane</a> by boat. ${PAYLOADS.img}</p>
<p>${PAYLOADS.svg} The council posted updates on <a href="data:text/html,<script>top.__pwned='data link'</script>">its flood page</a>. ${PAYLOADS.iframe}</p>
${rest.map((p) => `<p onclick="top.__pwned='p onclick'">${p}</p>`).join("\n")}
<form action="javascript:top.__pwned='form'"><button formaction="javascript:top.__pwned='button'">Send</button></form>
</article>
<footer><p>Sign up for our morning newsletter.</p><p>© 2024 ${site}. All rights reserved.</p></footer>
</body></html>`;
}

export interface Traps {
  readonly dialogs: string[];
}

/** Installs the traps before any of the app's code runs, in every frame. */
export async function armTraps(page: Page): Promise<Traps> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, "__pwned", {
      configurable: false,
      get: () => (hits.length > 0 ? hits : undefined),
      set: (value: unknown) => void hits.push(String(value)),
    });
    const violations: string[] = [];
    Object.defineProperty(window, "__violations", { value: violations });
    document.addEventListener("securitypolicyviolation", (event) => {
      violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`);
    });
  });
  return { dialogs };
}

/** Nothing ran, nothing that could run was put in the page, and the page still answers. */
export async function expectNothingRan(page: Page, traps: Traps): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: string[]; __violations: string[] };
    const risky = Array.from(document.body.querySelectorAll("*"))
      // The app's own bookmarklet (New comparison page) is a javascript: link by design; it is
      // the one such link, made by the app, and a click on it here is cancelled.
      .filter((el) => !el.matches("[data-bookmarklet-panel] a[data-bookmarklet]"))
      .filter(
        (el) =>
          /^(script|iframe|frame|object|embed|base|meta|link|style)$/i.test(el.localName) ||
          Array.from(el.attributes).some(
            (a) =>
              /^on/i.test(a.name) ||
              a.name === "srcdoc" ||
              (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) &&
                /^\s*(javascript|data|vbscript):/i.test(a.value)),
          ),
      )
      .map((el) => el.outerHTML.slice(0, 120));
    return { pwned: w.__pwned, violations: [...w.__violations], risky };
  });
  expect(state).toEqual({ pwned: undefined, violations: [], risky: [] });
  expect(traps.dialogs).toEqual([]);
  await expectResponsive(page);
}

export async function expectResponsive(page: Page): Promise<void> {
  const drawn = await page.evaluate(
    (hangMs) =>
      new Promise<boolean>((resolve) => {
        requestAnimationFrame(() => resolve(true));
        setTimeout(() => resolve(false), hangMs);
      }),
    HANG_MS,
  );
  expect(drawn, `the page draws a frame within ${HANG_MS} ms`).toBe(true);
}

/**
 * Sets a field's value from `\uXXXX` escapes decoded inside the page, as a paste would: lone
 * surrogates cannot be sent through the automation protocol's UTF-8 as they are.
 */
export async function setRawValue(field: Locator, escaped: string): Promise<void> {
  await field.evaluate((el, text) => {
    const value = text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    const proto = Object.getPrototypeOf(el) as object;
    Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, escaped);
}

/** The UTF-16 code units of a field's value, to compare exactly what it holds. */
export const codeUnits = (field: Locator): Promise<number[]> =>
  field.evaluate((el) => {
    const value = (el as HTMLInputElement).value;
    return Array.from({ length: value.length }, (_, k) => value.charCodeAt(k));
  });

/** Left edges of the first occurrence of each word inside `root`, and the top of its line. */
export async function wordBoxes(root: Locator, words: readonly string[]) {
  return root.evaluate((el, list) => {
    return list.map((word) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? "").indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getBoundingClientRect();
        return { word, left: Math.round(box.left), top: Math.round(box.top) };
      }
      return { word, left: NaN, top: NaN };
    });
  }, words);
}

/** Words left to right on one line, in the order given. */
export function expectInOrder(boxes: readonly { word: string; left: number; top: number }[]): void {
  for (const [k, box] of boxes.entries()) {
    expect(box.left, `${box.word} is on screen`).not.toBeNaN();
    if (k === 0) continue;
    const before = boxes[k - 1]!;
    expect(
      Math.abs(box.top - before.top),
      `${before.word} and ${box.word} share a line`,
    ).toBeLessThan(3);
    expect(box.left, `${box.word} is right of ${before.word}`).toBeGreaterThan(before.left);
  }
}

export async function openLink(page: Page, fragment: string): Promise<void> {
  await page.goto(`/#${fragment}`);
}

export async function expectReader(page: Page, columns: number): Promise<void> {
  await expect(page.locator("[data-reader] section[data-column]")).toHaveCount(columns, {
    timeout: 15_000,
  });
  await expect(page.locator("[data-reading-text]").first()).toBeVisible();
}

/** The bad-link page with the codec's message, within MESSAGE_MS of `started`. */
export async function expectRefused(page: Page, message: RegExp, started: number): Promise<void> {
  await expect(page.locator("[data-bad-link-message]")).toHaveText(message, {
    timeout: MESSAGE_MS,
  });
  await expect(page.getByRole("alert")).toBeVisible();
  expect(Date.now() - started, "time to the message").toBeLessThan(MESSAGE_MS);
}

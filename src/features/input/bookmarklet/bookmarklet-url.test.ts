import { describe, expect, it } from "vitest";
import { ARTICLE_LIMITS } from "../../../share/article.ts";
import { bookmarkletUrl } from "./bookmarklet-url.ts";

describe("the bookmarklet", () => {
  const url = bookmarkletUrl("https://host.example/some/path/#seed=x");
  const code = decodeURIComponent(url.slice("javascript:".length));

  it("is one javascript: address, with no character a browser would read as an escape", () => {
    expect(url.startsWith("javascript:")).toBe(true);
    expect(url).not.toMatch(/\s|%(?![0-9A-F]{2})/);
  });

  it("is a call of a self-contained function with the app's address, fragment dropped", () => {
    expect(code).toMatch(/\)\("https:\/\/host\.example\/some\/path\/",190000\)$/);
    expect(ARTICLE_LIMITS.maxEncodedChars).toBe(190_000);
    // Parses as a script (it is never run here: it needs a page).
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled to check syntax, never called
    expect(() => new Function(code)).not.toThrow();
  });

  it("loads nothing and talks to no window: no fetch, script, opener or message", () => {
    expect(code).not.toMatch(
      /fetch|XMLHttpRequest|createElement\(["']script|opener|postMessage|import\(/,
    );
    expect(code).toContain("CompressionStream");
  });
});

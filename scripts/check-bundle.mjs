/**
 * The page's initial JavaScript, as a browser downloads it before showing anything: the entry
 * script in dist/index.html and the modules it preloads, gzip-compressed (as any web server
 * sends them). Fails above the budget of issue 6; run after `vite build` (the browser tests
 * build dist/ first).
 *
 *   node scripts/check-bundle.mjs [dist]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const dist = process.argv[2] ?? "dist";
const html = readFileSync(join(dist, "index.html"), "utf8");
const files = [
  ...html.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g,
  ),
].map((m) => m[1]);
if (files.length === 0) throw new Error(`no scripts found in ${dist}/index.html`);
let total = 0;
for (const file of files) {
  const bytes = gzipSync(readFileSync(join(dist, file))).length;
  total += bytes;
  console.log(`  ${file}  ${(bytes / 1024).toFixed(1)} KB gzip`);
}
const kb = total / 1024;
console.log(`initial JavaScript: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(
    "over budget: load the heavier parts when they are first needed (React.lazy, import())",
  );
  process.exit(1);
}

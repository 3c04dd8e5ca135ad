import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transformWithOxc } from "vite";
import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

/**
 * The built page's Content-Security-Policy: scripts and workers only from the app's own origin,
 * no inline script, no eval, nothing fetched from elsewhere. Only on `vite build`: the dev
 * server injects inline scripts for hot reload. (frame-ancestors cannot be set from a meta tag;
 * a host that serves the app should send it as a header.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "parallax-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/**
 * `sw.js` beside index.html: src/offline/service-worker.ts, with the list of every file of the
 * build (source maps aside) and a version in front. The version hashes the file names (content
 * hashes themselves) and the contents of the files whose names never change (index.html and
 * public/), so any change to the build is a new service worker, which browsers fetch and
 * install on the next visit.
 */
function serviceWorker(): Plugin {
  let publicDir = "";
  return {
    name: "parallax-service-worker",
    apply: "build",
    enforce: "post",
    configResolved: (config) => {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const version = createHash("sha256");
      const built = Object.keys(bundle).filter((file) => !file.endsWith(".map"));
      for (const file of built) {
        version.update(file);
        const output = bundle[file];
        if (file === "index.html" && output?.type === "asset") version.update(output.source);
      }
      const copied = publicDir ? filesUnder(publicDir) : [];
      for (const file of copied) version.update(file).update(readFileSync(join(publicDir, file)));
      const files = [...built, ...copied].sort();
      if (!files.includes("index.html")) this.error("the service worker needs index.html");
      const source = readFileSync(
        new URL("./src/offline/service-worker.ts", import.meta.url),
        "utf8",
      );
      const { code } = await transformWithOxc(source, "service-worker.ts", { lang: "ts" });
      const precache = { version: version.digest("hex").slice(0, 16), files };
      this.emitFile({
        type: "asset",
        fileName: "sw.js",
        source: `const PRECACHE = ${JSON.stringify(precache)};\n${code}`,
      });
    },
  };
}

const SHIPPED = "virtual:shipped-comparisons";

/**
 * The shipped comparisons (seeds/), analysed at build time by the same engine the worker runs,
 * so the first page shows its comparison without waiting for the worker to load and run. The
 * page still checks the engine version before using them. In development the module is empty
 * and every comparison goes through the worker, so the worker path is the one exercised daily.
 */
function shippedComparisons(): Plugin {
  let serve = false;
  return {
    name: "parallax-shipped-comparisons",
    configResolved: (config) => {
      serve = config.command === "serve";
    },
    resolveId: (id) => (id === SHIPPED ? `\0${SHIPPED}` : undefined),
    async load(id) {
      if (id !== `\0${SHIPPED}`) return undefined;
      if (serve) return "export default {};";
      const { compare } = await import("./src/analysis/compare.ts");
      // The word vectors the worker fetches, so that both give the same comparison.
      const { loadVectors } = await import("./src/cli/vectors.ts");
      const vectors = loadVectors();
      const seedFile = (file: string) => new URL(`./seeds/${file}`, import.meta.url);
      const index = JSON.parse(readFileSync(seedFile("index.json"), "utf8")) as {
        comparisons: { id: string; sources: { file: string; name?: string }[] }[];
      };
      const out: Record<string, unknown> = {};
      for (const c of index.comparisons) {
        this.addWatchFile(seedFile("index.json").pathname);
        const inputs = c.sources.map((s) => {
          this.addWatchFile(seedFile(s.file).pathname);
          return { name: s.name ?? s.file, text: readFileSync(seedFile(s.file), "utf8") };
        });
        out[c.id] = compare(inputs, vectors ? { vectors } : {});
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}

export default defineConfig({
  // Relative asset paths: the built folder works from any static host at any path (a project
  // page at https://host/some/path/ included). Every route is in the fragment, so the page is
  // always this one index.html, and its scripts, the worker and the lazy chunks are found from
  // the address it was loaded from.
  base: "./",
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), shippedComparisons(), serviceWorker()],
  worker: { format: "es" },
  // Loaded by the worker only for HTML inputs; listed so the dev server does not reload mid-run.
  optimizeDeps: { include: ["linkedom"] },
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    // `npm run test:unit` prints the engine's coverage, branches included (style.md asks >= 95%).
    coverage: {
      provider: "v8",
      include: ["src/analysis/**/*.ts"],
      exclude: ["**/*.test.ts", "**/test-support.ts"],
      reporter: ["text-summary"],
    },
  },
});

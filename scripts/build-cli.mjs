/**
 * Builds the `parallax` command (src/cli/parallax.ts, the engine included) into one plain
 * JavaScript file, dist-cli/parallax.mjs, the package's `bin`: Node runs it with no TypeScript
 * runtime. The packages the engine uses (package.json `dependencies`) stay imports, resolved
 * from node_modules at run time. Run by `npm run build:cli`, and by `prepare` on `npm ci`.
 *
 *   node scripts/build-cli.mjs [OUT_DIR]     (default dist-cli; the tests build their own)
 */
import { chmodSync, copyFileSync } from "node:fs";
import { build } from "vite";

const outDir = process.argv[2] ?? "dist-cli";
await build({
  configFile: false,
  logLevel: "warn",
  publicDir: false,
  build: {
    ssr: "src/cli/parallax.ts",
    outDir,
    emptyOutDir: true,
    target: "node20",
    sourcemap: false,
    minify: false,
    rollupOptions: {
      output: { entryFileNames: "parallax.mjs", banner: "#!/usr/bin/env node" },
    },
  },
});
chmodSync(`${outDir}/parallax.mjs`, 0o755);
// The word vectors the alignment reads (src/cli/vectors.ts looks beside the command too).
copyFileSync("src/analysis/align/data/vectors.bin", `${outDir}/vectors.bin`);
console.log(`built ${outDir}/parallax.mjs`);

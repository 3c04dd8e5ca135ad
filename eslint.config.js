// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier/flat";
import { defineConfig, globalIgnores } from "eslint/config";
import checkFile from "eslint-plugin-check-file";
import jsxA11y from "eslint-plugin-jsx-a11y";
import noOnlyTests from "eslint-plugin-no-only-tests";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { readdirSync } from "node:fs";
import tseslint from "typescript-eslint";

/*
 * Layers of src/, bottom up (design.md: features → worker/share → analysis):
 *   lib        Result, assertNever: imports nothing of src/
 *   analysis   the engine: pure TypeScript, imports no other folder of src/ but lib
 *   worker, share   shells over the engine, independent of each other
 *   comparison the view model of one Comparison (index, marks, wording, summary) that every
 *              feature reads: pure TypeScript over the engine's output, no React
 *   ui         small shared components and browser helpers
 *   features   one folder per thing a user does; none imports another (as in bulletproof-react),
 *              so what two features share lives in comparison or ui, and app composes them
 *   app        routes and providers; main.tsx on top
 * cli is a Node shell over the engine. A layer may import those below it, never those above.
 * Tests are leaves nothing imports, so only the engine's tests are held to its boundary.
 */

/** Relative imports into one of `folders`, however many `../` it takes to get there. */
const intoFolders = (/** @type {string[]} */ folders) => `^(\\.\\./)+(${folders.join("|")})(/|$)`;

/**
 * @param {string[]} folders top-level folders (of src/, or seeds/ and scripts/) not to import
 * @param {string} message why, shown at the import
 */
const forbidFolders = (folders, message) => ({ regex: intoFolders(folders), message });

const REACT = ["react", "react/*", "react-dom", "react-dom/*"];
const ABOVE_ENGINE = ["features", "app", "ui", "worker", "share", "cli", "comparison"];

/** One folder per feature; each is walled off from the others below. */
const FEATURES = readdirSync(new URL("src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Globals that tie code to one host: the engine is handed what it needs (a DOM parser, a clock). */
const HOST_GLOBALS = [
  ...["window", "self", "globalThis", "document", "navigator", "location", "history"],
  ...["localStorage", "sessionStorage", "indexedDB", "fetch", "XMLHttpRequest", "WebSocket"],
  ...["DOMParser", "postMessage", "setTimeout", "setInterval", "requestAnimationFrame"],
  ...["performance", "process", "Buffer", "require", "module", "exports", "global"],
  ...["__dirname", "__filename"],
].map((name) => ({
  name,
  message: "The engine is pure (design.md): take it as a parameter instead of a host global.",
}));

/** Test files and test helpers, wherever they live. */
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/test-support.ts", "**/__fixtures__/**"];

export default defineConfig(
  globalIgnores([
    ...["dist/", "dist-e2e-*/", "dist-cli/", "coverage/", "playwright-report/", "blob-report/"],
    ...["test-results/", "test-results-*/", ".scratch/", "node_modules/"],
  ]),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Counts and flags read fine in messages and keys; objects and nullish values still fail.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      // `onClick={() => setOpen(false)}` is the React idiom; braces around it add only noise.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // As tsc's noUnusedLocals: `_` names an intended skip, `{ key: _, ...rest }` omits a key.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Plain JS (this file, scripts/*.mjs, fixtures/**/*.mjs) is in no tsconfig: lint without types.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // In tests and dev scripts a wrong `!` throws at once and fails the run, which is the point;
    // narrowing there would only add branches no run takes. Shipped code narrows instead.
    files: [...TESTS, "e2e/**/*.ts", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // Hot loops index arrays in bounds they set: `?? 0` would hide a bad index as `!` does, slower.
    files: ["src/analysis/**/*.ts"],
    ignores: TESTS,
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },

  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ["**/*.tsx"],
    extends: [jsxA11y.flatConfigs.recommended],
  },
  {
    files: [...TESTS, "e2e/**/*.ts"],
    plugins: { "no-only-tests": noOnlyTests },
    rules: { "no-only-tests/no-only-tests": "error" },
  },
  {
    files: ["src/**/*.{ts,tsx}", "e2e/**/*.ts"],
    plugins: { "check-file": checkFile },
    rules: {
      // `ignoreMiddleExtensions`: `analysis.worker.ts` and `x.test.ts` are judged by `analysis`, `x`.
      "check-file/filename-naming-convention": [
        "error",
        { "**/*": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
    },
  },

  // Architecture boundaries.
  {
    files: ["src/analysis/**/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...REACT, "@tanstack/*"],
              message: "The engine is pure TypeScript: no React.",
            },
            { group: ["node:*"], message: "The engine runs in browsers and workers too: no Node." },
            forbidFolders(ABOVE_ENGINE, "The engine is the bottom layer: nothing from the shells."),
            forbidFolders(["seeds"], "The engine knows nothing about the seed (design.md)."),
            forbidFolders(["scripts"], "The engine does not depend on dev scripts."),
          ],
        },
      ],
      "no-restricted-globals": ["error", ...HOST_GLOBALS],
      "no-restricted-properties": [
        "error",
        {
          object: "Date",
          property: "now",
          message:
            "The engine is deterministic: take a clock in the options (compare.ts `budget`).",
        },
        { object: "Math", property: "random", message: "The engine is deterministic." },
      ],
    },
  },
  {
    // The engine's tests may read golden files (node:fs) and parse HTML (linkedom), nothing more.
    files: TESTS.map((glob) => `src/analysis/${glob}`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: REACT, message: "The engine is pure TypeScript: no React." },
            forbidFolders(ABOVE_ENGINE, "The engine's tests stay in the engine's layer."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/lib/**/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbidFolders(
              ["analysis", "features", "app", "ui", "worker", "share", "cli", "comparison"],
              "src/lib is the bottom layer every other imports: it imports nothing of src/.",
            ),
          ],
        },
      ],
      "no-restricted-globals": ["error", ...HOST_GLOBALS],
    },
  },
  {
    files: ["src/worker/**/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: REACT, message: "The worker has no UI." },
            forbidFolders(
              ["features", "app", "ui", "share", "cli", "comparison"],
              "The worker sits below the features: of src/ it imports only the engine.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["src/share/**/*.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: REACT, message: "The share-link codec has no UI." },
            forbidFolders(
              ["features", "app", "ui", "worker", "cli", "comparison"],
              "share sits below the features: of src/ it imports only the engine.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbidFolders(["features", "app", "cli"], "Shared components know no feature or app."),
          ],
        },
      ],
    },
  },
  {
    // Pure view model: a feature reads it, and it knows no feature, page or browser API.
    files: ["src/comparison/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...REACT, "@tanstack/*"], message: "The view model has no UI: no React." },
            forbidFolders(
              ["features", "app", "ui", "worker", "share", "cli"],
              "src/comparison sits below the features: of src/ it imports only analysis and lib.",
            ),
          ],
        },
      ],
    },
  },
  // Features may not import each other (bulletproof-react's `import/no-restricted-paths` zones):
  // a feature reaching into another's internals is how `reader/model` became a hidden shared
  // layer. Share through src/comparison or src/ui instead, and compose features in src/app.
  // A file sits at any depth in its feature, so `../` runs of any length are matched.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbidFolders(["app", "cli"], "Features sit below the app: take props."),
            {
              regex: `^(\\.\\./)+(features/)?(${FEATURES.filter((f) => f !== feature).join("|")})(/|$)`,
              message: `Features do not import each other: share through src/comparison or src/ui, and compose ${feature} with the others in src/app.`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: REACT, message: "The CLI has no UI." },
            forbidFolders(
              ["features", "app", "ui", "worker"],
              "The CLI is a Node shell over the engine.",
            ),
          ],
        },
      ],
    },
  },

  // Last: Prettier owns layout. Of the rules enabled above, this turns off only
  // no-unexpected-multiline, whose ASI hazard cannot arise once Prettier writes every semicolon.
  prettier,
);

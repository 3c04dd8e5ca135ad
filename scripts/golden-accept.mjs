#!/usr/bin/env node
// Accepts the engine's new output: every `*.invalid.txt` the golden tests wrote (src/golden)
// replaces its expected file. Review the result with `git diff` before committing.
import { readdirSync, renameSync } from "node:fs";
import { join } from "node:path";

const roots = ["seeds", "fixtures"];
let moved = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else if (e.name.endsWith(".invalid.txt")) {
      renameSync(path, path.replace(/\.invalid\.txt$/, ".txt"));
      console.log(`accepted ${path}`);
      moved++;
    }
  }
};
for (const r of roots) walk(new URL(`../${r}`, import.meta.url).pathname);
console.log(
  moved === 0 ? "nothing to accept" : `${moved} expected file(s) updated: review git diff`,
);

#!/usr/bin/env node
// Runs the shared scorers (../shared/eval) with the bounds issue #2 sets, and fails when a bound
// fails. Skips with a note when ../shared is absent (a clone outside the team's workspace).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const shared = new URL("../../shared/eval/", import.meta.url);
if (!existsSync(shared)) {
  console.log("scores: skipped (../shared/eval not found beside this checkout)");
  process.exit(0);
}
const seedBounds =
  "clean.removed>=1,clean.kept>=1,align.f1>=0.9,unique.recall>=1,unique.false<=0,quotes.recall>=0.9,quotes.precision>=0.8," +
  "quotes.speaker>=0.8,quotes.matched>=0.7,variants.recall>=1,variants.precision>=0.6,framing.recall>=0.8,framing.precision>=0.6";
const seed = spawnSync("node", [new URL("score.mjs", shared).pathname, "--require", seedBounds], {
  encoding: "utf8",
});
process.stdout.write(seed.stdout);
const dev = spawnSync("node", [new URL("dev-align.mjs", shared).pathname], { encoding: "utf8" });
process.stdout.write(dev.stdout);
const m = /f1=([\d.]+) lookalike\.ratio=([\d.]+)/.exec(dev.stdout ?? "");
const devOk = m !== null && Number(m[1]) >= 0.65 && Number(m[2]) <= 0.25;
if (!devOk) console.log("dev-align: FAIL (wants f1>=0.65 and lookalike.ratio<=0.25)");
process.exit(seed.status === 0 && devOk ? 0 : 1);

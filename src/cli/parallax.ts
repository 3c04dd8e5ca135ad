/**
 * `parallax compare …`: the command line as an installed tool (package.json `bin`), built to plain
 * JavaScript by `npm run build:cli` (scripts/build-cli.mjs), so it runs on Node alone, with no
 * TypeScript runtime. `compare` is its one command so far; see cli.ts.
 */
import { runCli } from "./cli.ts";

const [subcommand, ...rest] = process.argv.slice(2);
const USAGE =
  "usage: parallax compare [--json] [--name NAME ...] FILE FILE [FILE ...]\n       parallax compare --help\n";

if (subcommand === "compare") {
  void runCli(rest, "parallax compare");
} else if (subcommand === undefined || subcommand === "--help" || subcommand === "-h") {
  process.stdout.write(USAGE);
} else {
  process.stderr.write(`parallax: unknown command ${subcommand}\n${USAGE}`);
  process.exitCode = 2;
}

/**
 * `npm run -s compare -- …`: the command line, run from the TypeScript source through tsx. See
 * cli.ts for what it does; parallax.ts is the same command built to plain JavaScript.
 */
import { runCli } from "./cli.ts";

void runCli(process.argv.slice(2), "npm run -s compare --");

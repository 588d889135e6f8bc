/**
 * `npm run bench:breakdown`: where the first chart's time goes beyond the
 * static limit, page by page down to the bare SVG (tools/bench/breakdown.ts).
 *
 * Options: --runs N (default 9), --no-build (measure the dist/ already there).
 */
import {parseArgs} from "node:util";
import {runBreakdown} from "../tools/bench/breakdown.ts";

const {values} = parseArgs({options: {"runs": {type: "string", default: "9"}, "no-build": {type: "boolean", default: false}}});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs wants a whole number of at least 1, got ${values.runs}`);
  process.exit(2);
}
try {
  console.log(await runBreakdown({root: new URL("..", import.meta.url).pathname, runs, build: !values["no-build"]}));
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

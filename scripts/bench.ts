/**
 * `npm run bench`: the page's first chart against the same chart as a static
 * page, on a throttled phone (tools/bench/page-bench.ts). Prints the medians,
 * page ÷ static and the targets; writes every run to bench/results.json.
 *
 * Options: --runs N (default 5), --lighthouse-runs N (default 3, median; 0 to skip),
 * --no-build (measure the dist/ already there).
 */
import {parseArgs} from "node:util";
import {runPageBench} from "../tools/bench/page-bench.ts";

const {values} = parseArgs({options: {"runs": {type: "string", default: "5"}, "lighthouse-runs": {type: "string", default: "3"}, "no-build": {type: "boolean", default: false}}});
const whole = (name: string, raw: string) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} wants a whole number, got ${raw}`);
    process.exit(2);
  }
  return value;
};

try {
  console.log(await runPageBench({root: new URL("..", import.meta.url).pathname, runs: Math.max(1, whole("runs", values.runs)), lighthouseRuns: whole("lighthouse-runs", values["lighthouse-runs"]), build: !values["no-build"]}));
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

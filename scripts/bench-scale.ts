/**
 * `npm run bench:scale`: how the site grows with its data, at synthetic sizes
 * of 1×, 10× and 100× today's observations (tools/bench/scale-bench.ts).
 * Prints each size and how it grows; reports, never fails on a timing.
 *
 * Options: --factors 1,10,100  --runs N (page loads per size, default 3)  --no-build (use dist/ as it is)
 */
import {parseArgs} from "node:util";
import {runScaleBench} from "../tools/bench/scale-bench.ts";
import {scaleReport} from "../tools/bench/scale-report.ts";

const {values} = parseArgs({options: {"factors": {type: "string", default: "1,10,100"}, "runs": {type: "string", default: "3"}, "no-build": {type: "boolean", default: false}}});
try {
  const sizes = await runScaleBench({
    root: new URL("..", import.meta.url).pathname,
    factors: values.factors.split(",").map(Number).filter((n) => n >= 1),
    runs: Math.max(1, Number(values.runs)),
    build: !values["no-build"]
  });
  console.log(scaleReport(sizes));
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

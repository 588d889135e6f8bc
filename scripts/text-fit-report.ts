/**
 * `npx tsx scripts/text-fit-report.ts [filter]`: where chart text does not fit,
 * on the built site (run `npm run build` first). Prints the findings per page,
 * language and width, then the most frequent kinds of collision with examples
 * (tools/text-fit-report.ts). test/browser/text-fit.test.ts is the strict
 * version of the same measurement: zero findings everywhere.
 * A filter keeps only the cases whose label contains it ("page", "embed en").
 */
import {measureTextFit, textFitReport} from "../tools/text-fit-report.ts";

console.log(textFitReport(await measureTextFit("dist", {filter: process.argv[2] ?? ""})));

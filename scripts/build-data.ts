/**
 * `npm run data`: verifies the curated observations against the sources,
 * decides every status and writes the published dataset (tables only: the
 * site step, scripts/build-site.ts, computes the pages from them). Fails,
 * naming every problem, if anything is off. The work is src/build/data-step.ts's.
 *
 *   tsx scripts/build-data.ts [outDir] [--data dir] [--content dir] [--changelog file]
 *
 * outDir defaults to public/data (served by `npm run dev`, copied into dist/ by the build).
 */
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {dataStep} from "../src/build/data-step.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const {values, positionals} = parseArgs({allowPositionals: true, options: {data: {type: "string"}, content: {type: "string"}, changelog: {type: "string"}}});
const path = (value: string | undefined) => (value === undefined ? undefined : resolve(root, value));
const ok = await dataStep({root, out: resolve(root, positionals[0] ?? "public/data"), data: path(values.data), content: path(values.content), changelog: path(values.changelog)});
if (!ok) process.exit(1);

/**
 * `npm run check:layers`: every import in src/ runs down the flow of the data,
 * and scripts/ and test/ never import each other (tools/layers.ts says how).
 * Exits 1, listing each import that breaks this.
 */
import {dirname, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {folderViolations, LAYERS, layerViolations} from "../tools/layers.ts";

const root = relative(process.cwd(), join(dirname(fileURLToPath(import.meta.url)), "..")) || ".";
const violations = [...layerViolations(root), ...folderViolations(root)];
for (const v of violations) console.error(`  ${v}`);
console.log(violations.length ? `${violations.length} imports run against the flow (${LAYERS.join(" → ")}) or join scripts/ and test/` : `every import in src/ runs down the flow: ${LAYERS.join(" → ")}; scripts/ and test/ share only tools/`);
process.exit(violations.length ? 1 : 0);

/**
 * `npm run screenshots [-- name] [--full]`: the built page in headless Chromium, every
 * language at 375 and 1280 px, light and dark, saved to screenshots/ for a person
 * to look at (tools/screenshots.ts). A name keeps the shots that contain it ("en-375").
 */
import {parseArgs} from "node:util";
import {pageShots} from "../tools/screenshots.ts";

const {values, positionals} = parseArgs({allowPositionals: true, options: {full: {type: "boolean", default: false}}});
for (const file of await pageShots({only: positionals[0] ?? "", fullPage: values.full})) console.log(file);

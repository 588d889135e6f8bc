/**
 * Runs last in `npm run build`: writes what a static host needs beside the
 * site in dist/ (src/prerender/hosting-files.ts), for the base path of
 * BASE_PATH or SITE_URL (default `/`) and the version in package.json.
 */
import {readFileSync} from "node:fs";
import {writeHostingFiles} from "../src/prerender/hosting-files.ts";
import {basePathFrom} from "../src/security/hosting.ts";

const {version} = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {version: string};
console.log(writeHostingFiles(new URL("../dist/", import.meta.url), {version, base: basePathFrom(process.env)}));

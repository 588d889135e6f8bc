/**
 * `npx tsx scripts/nginx-conf.ts [--base /path/] > deploy/nginx.conf`: the hosting headers
 * (src/security/hosting.ts) as an nginx include, for the site at a base path (default: from
 * BASE_PATH or SITE_URL, else /). The checked-in deploy/nginx.conf is for `/`.
 */
import {parseArgs} from "node:util";
import {basePathFrom} from "../src/security/hosting.ts";
import {nginxConf} from "../src/security/hosting-files.ts";

const {values} = parseArgs({options: {base: {type: "string"}}});
process.stdout.write(nginxConf({base: values.base ?? basePathFrom(process.env)}));

/** `npx tsx scripts/nginx-conf.ts > deploy/nginx.conf`: the hosting headers as nginx locations (src/security/hosting.ts). */
import {nginxConf} from "../src/security/hosting.ts";

process.stdout.write(nginxConf());

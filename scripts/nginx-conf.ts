/** `npx tsx scripts/nginx-conf.ts > deploy/nginx.conf`: the hosting headers as nginx locations (src/security/hosting.ts). */
import {nginxLocations} from "../src/security/hosting.ts";

process.stdout.write(`# The explainer's response headers for nginx, generated from src/security/hosting.ts
# (npx tsx scripts/nginx-conf.ts > deploy/nginx.conf). Include inside the server block that serves dist/:
#   server { root /srv/bj-edu/dist; index index.html; include /srv/bj-edu/deploy/nginx.conf; }

${nginxLocations()}`);

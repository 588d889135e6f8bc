import {CONTENT_SECURITY_POLICY} from "./csp.ts";

/**
 * The response headers a static host should send, by path: the
 * Content-Security-Policy on every page, with Trusted Types enforced; no
 * framing of the explainer's pages, framing by anyone of embed.html; CORS on
 * what another site's page loads (the web component, its data, the embed's
 * modules, which a sandboxed iframe fetches from an opaque origin). Rendered
 * for Netlify/Cloudflare Pages (`_headers`) and nginx by the functions below;
 * the patterns never overlap, so no host has to merge two values of a header.
 */
export interface HeaderRule {
  /** A path, or a folder ending in `/*`. */
  path: string;
  headers: Record<string, string>;
}

/** Lit writes its templates through one Trusted Types policy; nothing else in the page needs one. */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

const page = (frameAncestors: string) => ({
  "Content-Security-Policy": `${CONTENT_SECURITY_POLICY}; frame-ancestors ${frameAncestors}; ${TRUSTED_TYPES}`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin"
});

const shared = {"Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff", "Cross-Origin-Resource-Policy": "cross-origin"};

export const HOSTING_RULES: readonly HeaderRule[] = [
  {path: "/", headers: page("'none'")},
  {path: "/index.html", headers: page("'none'")},
  {path: "/en/*", headers: page("'none'")},
  // The static pages (one per indicator and per source, for readers and crawlers without JavaScript).
  {path: "/indicators/*", headers: page("'none'")},
  {path: "/sources/*", headers: page("'none'")},
  {path: "/embed.html", headers: page("*")},
  {path: "/bj-edu-chart.js", headers: shared},
  {path: "/embed-host.js", headers: shared},
  {path: "/assets/*", headers: shared},
  {path: "/charts/*", headers: shared},
  {path: "/data/*", headers: shared}
];

/** The rules as a Netlify / Cloudflare Pages `_headers` file. */
export function headersFile(rules: readonly HeaderRule[] = HOSTING_RULES): string {
  return rules.map(({path, headers}) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n")).join("\n\n") + "\n";
}

/** The rules as nginx `location` blocks, to include in a `server` that serves dist/. */
export function nginxLocations(rules: readonly HeaderRule[] = HOSTING_RULES): string {
  const location = (path: string) => (path.endsWith("/*") ? `location ^~ ${path.slice(0, -1)}` : `location = ${path}`);
  return rules
    .map(({path, headers}) => `${location(path)} {\n${Object.entries(headers).map(([name, value]) => `    add_header ${name} "${value.replace(/"/g, '\\"')}" always;`).join("\n")}\n}`)
    .join("\n\n") + "\n";
}

/** deploy/nginx.conf as checked in: the rules as nginx locations, with how to use them. */
export function nginxConf(rules: readonly HeaderRule[] = HOSTING_RULES): string {
  return `# The explainer's response headers for nginx, generated from src/security/hosting.ts
# (npx tsx scripts/nginx-conf.ts > deploy/nginx.conf). Include inside the server block that serves dist/:
#   server { root /srv/bj-edu/dist; index index.html; include /srv/bj-edu/deploy/nginx.conf; }

${nginxLocations(rules)}`;
}

/** The headers a rule set gives a request path (the first rule that matches, as the patterns never overlap). */
export function headersFor(path: string, rules: readonly HeaderRule[] = HOSTING_RULES): Record<string, string> {
  const rule = rules.find((r) => (r.path.endsWith("/*") ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
  return rule ? rule.headers : {};
}

/** Reads a `_headers` file back into rules (what a host does with it; the tests serve dist/ this way). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({path: line.trim(), headers: {}});
    else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

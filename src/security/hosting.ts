import {CONTENT_SECURITY_POLICY} from "./csp.ts";

/**
 * The one definition of the response headers the site is served with, by
 * path and by file type. The preview server applies it directly
 * (preview-headers.ts); the build renders it as a `_headers` file (Netlify,
 * Cloudflare Pages) and as nginx configuration (hosting-files.ts); tests serve
 * dist/ through each and compare what a browser receives.
 *
 * Paths are relative to the site's base path (`/` by default, or a folder such
 * as `/bj/`), so a site under a subfolder gets the same headers.
 */
export interface HeaderRule {
  /** A path under the base (`""` is the base itself), or a folder ending in `/*`. */
  path: string;
  headers: Record<string, string>;
}

/** Lit writes its templates through one Trusted Types policy; nothing else in the page needs one. */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

/** The Content-Security-Policy of a page: framed by nobody (`'none'`), or by anyone (`*`, embed.html). */
export const pagePolicy = (frameAncestors: "'none'" | "*") => `${CONTENT_SECURITY_POLICY}; frame-ancestors ${frameAncestors}; ${TRUSTED_TYPES}`;

const page = (frameAncestors: "'none'" | "*") => ({
  "Content-Security-Policy": pagePolicy(frameAncestors),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin"
});

/** What another site's page loads (the web component, its data, the embed's modules and pictures): readable across origins. */
const shared = {"Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff", "Cross-Origin-Resource-Policy": "cross-origin"};

/**
 * The rules by path. No two match one path, so no host has to merge two
 * values of a header. `index` and `embed` are there for hosts that serve a
 * page without its `.html` (Cloudflare Pages does, by default): the policy
 * follows the page, whatever its address.
 */
export const PATH_RULES: readonly HeaderRule[] = [
  {path: "", headers: page("'none'")},
  {path: "index.html", headers: page("'none'")},
  {path: "index", headers: page("'none'")},
  {path: "en/*", headers: page("'none'")},
  // The static pages (one per indicator and per source, for readers and crawlers without JavaScript).
  {path: "indicators/*", headers: page("'none'")},
  {path: "sources/*", headers: page("'none'")},
  {path: "embed.html", headers: page("*")},
  {path: "embed", headers: page("*")},
  {path: "bj-edu-chart.js", headers: shared},
  {path: "embed-host.js", headers: shared},
  // Each release's copy of the two scripts, at an address that never changes (scripts/write-hosting.ts).
  {path: "embed/*", headers: shared},
  {path: "assets/*", headers: shared},
  {path: "charts/*", headers: shared},
  {path: "data/*", headers: shared},
  {path: "THIRD-PARTY-NOTICES.txt", headers: shared}
];

/**
 * Every type the site publishes, by file extension, with `charset=utf-8` on
 * text. A file of a type not listed here fails the hosting test: add it here,
 * and every host gets it.
 */
export const CONTENT_TYPES: Readonly<Record<string, {type: string; text: boolean}>> = {
  html: {type: "text/html", text: true},
  js: {type: "text/javascript", text: true},
  mjs: {type: "text/javascript", text: true},
  css: {type: "text/css", text: true},
  json: {type: "application/json", text: true},
  csv: {type: "text/csv", text: true},
  txt: {type: "text/plain", text: true},
  md: {type: "text/markdown", text: true},
  bib: {type: "application/x-bibtex", text: true},
  svg: {type: "image/svg+xml", text: true},
  xml: {type: "application/xml", text: true},
  png: {type: "image/png", text: false},
  ico: {type: "image/x-icon", text: false},
  zip: {type: "application/zip", text: false},
  arrow: {type: "application/vnd.apache.arrow.file", text: false},
  parquet: {type: "application/vnd.apache.parquet", text: false},
  pdf: {type: "application/pdf", text: false}
};

export interface HostingOptions {
  /** The site's path on its host: `/` (default) or a folder such as `/bj/`. */
  base?: string;
}

/** A base path as `/…/`: leading and trailing slash, nothing else. */
export function normalizeBase(base = "/"): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  if (trimmed && !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) throw new Error(`not a base path: ${base}`);
  return trimmed ? `/${trimmed}/` : "/";
}

/** The path rules under a base: every path absolute. */
export function hostingRules({base}: HostingOptions = {}): HeaderRule[] {
  const prefix = normalizeBase(base);
  return PATH_RULES.map((r) => ({path: prefix + r.path, headers: {...r.headers}}));
}

/** A type with its charset for text. */
export const typeHeader = ({type, text}: {type: string; text: boolean}) => `${type}${text ? "; charset=utf-8" : ""}`;

/**
 * The Content-Type of a path by its file name, with its charset for text; a
 * path whose last part has no extension (a folder, `/embed`) is a page, served
 * as HTML. Undefined for a type the site does not publish.
 */
export function contentTypeOf(path: string): string | undefined {
  const name = path.split(/[?#]/)[0].split("/").pop() ?? "";
  if (!name.includes(".")) return typeHeader(CONTENT_TYPES.html);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext && Object.hasOwn(CONTENT_TYPES, ext) ? typeHeader(CONTENT_TYPES[ext]) : undefined;
}

/** Whether a rule's path matches a request path (a folder rule matches everything under it). */
export function ruleMatches(rule: string, path: string): boolean {
  return rule.endsWith("/*") ? path.startsWith(rule.slice(0, -1)) : path === rule;
}

/**
 * The headers a request path gets: its rule's, and the Content-Type of the
 * file it names.
 */
export function headersFor(path: string, options: HostingOptions = {}): Record<string, string> {
  const rule = hostingRules(options).find((r) => ruleMatches(r.path, path));
  const type = contentTypeOf(path);
  return {...rule?.headers, ...(type ? {"Content-Type": type} : {})};
}

/**
 * The base path a build is for, from its environment: `BASE_PATH` (`/bj/`),
 * else the path of the site's address `SITE_URL` (`https://example.net/bj/`),
 * else `/`.
 */
export function basePathFrom(env: Readonly<Record<string, string | undefined>>): string {
  if (env.BASE_PATH) return normalizeBase(env.BASE_PATH);
  if (env.SITE_URL) return normalizeBase(new URL(env.SITE_URL).pathname);
  return "/";
}

/**
 * The scripts an embed snippet loads from the site, and where each release
 * keeps its own copy. A publisher pins a script by its integrity hash; the
 * unversioned address changes with every release (and would break the
 * hash), so snippets name the versioned one, `embed/v<version>/<file>`, which
 * stays the same once a release is out (hosts keep `embed/` when they deploy
 * the next, as they keep `data/releases/`).
 */
export const EMBED_SCRIPTS = {
  /** The web component, one ES module. */
  component: "bj-edu-chart.js",
  /** The iframe-sizing script, for hosts whose Content-Security-Policy forbids inline script. */
  hostScript: "embed-host.js"
} as const;

export type EmbedScript = keyof typeof EMBED_SCRIPTS;

/** What the build writes about the scripts (dist/embed.json, scripts/write-hosting.ts). */
export interface EmbedManifest {
  version: string;
  /** Each script's versioned path (relative to the site) and its Subresource Integrity hash. */
  scripts: Record<EmbedScript, {path: string; integrity: string}>;
}

/** A release's own copy of a script, relative to the site. */
export function versionedScriptPath(file: string, version: string): string {
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) throw new Error(`not a version: ${version}`);
  return `embed/v${version}/${file}`;
}

/** The site's folder, from the address of a script that may be a release's copy (`…/embed/v1.2.0/x.js`) or the latest (`…/x.js`). */
export function siteOfScript(scriptUrl: string | URL): URL {
  const url = new URL(scriptUrl);
  return new URL(/\/embed\/v[^/]+\/[^/]+$/.test(url.pathname) ? "../../" : "./", url);
}

/** The embed manifest as read from the network: its scripts when each has a path and an integrity hash of the right form, else null. */
export function readEmbedManifest(value: unknown): EmbedManifest | null {
  const v = value as Partial<EmbedManifest> | null;
  if (!v || typeof v !== "object" || typeof v.version !== "string" || !v.scripts || typeof v.scripts !== "object") return null;
  for (const key of Object.keys(EMBED_SCRIPTS) as EmbedScript[]) {
    const s = v.scripts[key];
    if (!s || typeof s.path !== "string" || !/^embed\/v[0-9A-Za-z.+-]+\/[a-z-]+\.js$/.test(s.path) || typeof s.integrity !== "string" || !/^sha(256|384|512)-[A-Za-z0-9+/]+=*$/.test(s.integrity)) return null;
  }
  return v as EmbedManifest;
}

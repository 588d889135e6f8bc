import {escapeHtml as e} from "../formats/escape-html.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";

/**
 * Where the site step writes into a page Vite built (index.html, en/index.html,
 * embed.html): each shell marks the places once, as comments, and nothing
 * else of Vite's output is touched. What is written goes between the marker and
 * its closing twin, so a second run replaces it.
 */
export const OUTLETS = {head: "site-head", body: "site-body"} as const;

/** A Vite-built page with its <head> lines and its static body in place. Throws if the shell lacks either outlet. */
export function fillShell(shell: string, {head, body, file}: {head: string; body: string; file: string}): string {
  let out = shell;
  for (const [key, content] of [["head", head], ["body", body]] as const) {
    const open = `<!--${OUTLETS[key]}-->`;
    const close = `<!--/${OUTLETS[key]}-->`;
    const at = out.indexOf(open);
    if (at < 0 || out.indexOf(open, at + 1) >= 0) throw new Error(`${file} must hold ${open} exactly once`);
    const end = out.indexOf(close, at);
    out = `${out.slice(0, at)}${open}${content}${close}${end < 0 ? out.slice(at + open.length) : out.slice(end + close.length)}`;
  }
  return out;
}

/** The build's static copy of a page, which the live page replaces (src/components/server-rendered.ts). */
export function staticCopy(lang: Lang, html: string): string {
  return `<div id="prerendered" class="prerendered" data-static lang="${htmlLang(lang)}">${html}</div>`;
}

export interface DocumentOptions {
  lang: Lang;
  title: string;
  /** Lines for the <head> (description, links for news sites), already escaped. */
  head: string;
  body: string;
  /** Style sheets, as paths from the site's root. */
  styles: readonly string[];
  /** This page's path from the site's root ("en/indicators/x/"): its links to the style sheets go up as far. */
  path: string;
}

/** A page of the static site that runs no script (an indicator's, a document's): its style sheets, its head and its body. */
export function staticDocument({lang, title, head, body, styles, path}: DocumentOptions): string {
  const up = "../".repeat(path.split("/").filter(Boolean).length);
  return `<!doctype html>
<html lang="${htmlLang(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${e(title)}</title>
${styles.map((s) => `    <link rel="stylesheet" href="${e(up + s)}" />`).join("\n")}
    ${head}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/** The style sheets a Vite-built page links, as paths from the site's root (the static pages link the same). */
export function stylesOf(shell: string): string[] {
  return [...shell.matchAll(/<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1]);
}

/**
 * A Vite-built page moved into a folder (embed.html's shell for embed/<id>.html):
 * its links to the build's assets, which Vite writes as `./assets/…`, go up as
 * far as the page is deep; its language is the page's.
 */
export function relocated(shell: string, file: string, lang: Lang): string {
  const up = "../".repeat(file.split("/").length - 1);
  return shell.replace(/(\s(?:src|href)=")\.\/assets\//g, `$1${up}assets/`).replace(/<html lang="[^"]*"/, `<html lang="${htmlLang(lang)}"`);
}

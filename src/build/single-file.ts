/**
 * The offline single file (`npm run build:single`): the page Vite built with
 * code splitting off, its one script, its one style sheet, the data
 * files and the pre-rendered page, all in one HTML document that requests
 * nothing. Pure string work; scripts/build-single.ts reads and writes the files.
 */
import {EMBEDDED_DATA_ID} from "../schema/embedded-data.ts";
import {escapeHtml} from "../formats/escape-html.ts";

export const SINGLE_FILE_NAME = "beijing-education-14th-fyp.html";

/**
 * Script text that cannot end its `<script>` element early or put the HTML parser into its
 * "escaped" states: `<` before `/script` or `!--` becomes `\x3C`, which means `<` in strings,
 * template literals and regular expressions alike (and changes nothing in comments).
 */
export function inlineScriptText(code: string): string {
  return code.replace(/(\\*)<(?=\/script|!--)/gi, (_match, slashes: string) =>
    // `\<` (an escaped `<`) becomes `\x3C`, not `\\x3C`.
    slashes.length % 2 ? `${slashes.slice(1)}\\x3C` : `${slashes}\\x3C`
  );
}

/** A data file as the page embeds it: text as it is, a binary file (the version's archive) in base64. */
export type EmbeddedFile = string | {base64: string};

/** The data files (name under `data/` → text) as the JSON an application/json script holds: no `<` at all. */
export function embeddedDataText(files: Readonly<Record<string, EmbeddedFile>>): string {
  return JSON.stringify(files).replace(/</g, "\\u003c");
}

export interface SingleFileParts {
  /** index.html as Vite built it (one module script and one style sheet, both external), with the static page in it (scripts/prerender.ts). */
  html: string;
  js: string;
  css: string;
  /** A script that must run before the first paint, inlined where the page loads `./lang.js` (pages without one have none). */
  langJs?: string;
  /** The data files by name under `data/`, as text (binary files in base64). */
  data: Readonly<Record<string, EmbeddedFile>>;
  /** The licence notices of the third-party code in the script (src/build/third-party-notices.ts). */
  notices?: string;
}

/** The id of the inert element that holds the third-party licence notices in the single file. */
export const NOTICES_ID = "third-party-notices";

/** Replaces the one match of `pattern` (which must match exactly once) with `replacement`, taken literally. */
function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  const found = html.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"))?.length ?? 0;
  if (found !== 1) throw new Error(`expected one ${what} in the built index.html, found ${found}`);
  return html.replace(pattern, () => replacement);
}

/** The single HTML file: everything inline, the data and the app after the static page. */
export function singleFileHtml({html, js, css, langJs, data, notices}: SingleFileParts): string {
  if (/<\/style/i.test(css)) throw new Error("the style sheet contains </style");
  let out = html;
  out = replaceOnce(out, /[ \t]*<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>\n?/, "", "module script");
  out = replaceOnce(out, /<link rel="stylesheet"[^>]*\shref="[^"]*"[^>]*>/, `<style>\n${css}</style>`, "style sheet");
  if (langJs !== undefined) out = replaceOnce(out, /<script src="\.\/lang\.js"><\/script>/, `<script>\n${inlineScriptText(langJs)}</script>`, "lang.js");
  // After the static page, so that it paints before the parser reaches the data and the code;
  // a module script runs once the document is parsed, wherever it stands.
  // The notices travel with the code they are for, inert (a template is neither shown nor run).
  const noticesHtml = notices === undefined ? "" : `<template id="${NOTICES_ID}"><pre>${escapeHtml(notices)}</pre></template>\n`;
  const tail = `${noticesHtml}<script type="application/json" id="${EMBEDDED_DATA_ID}">${embeddedDataText(data)}</script>
<script type="module">
${inlineScriptText(js)}
</script>
`;
  out = replaceOnce(out, /<\/body>/, `${tail}</body>`, "</body>");
  // Nothing left to fetch: no external script, style sheet or image (the icon is a data: URL) in the
  // markup. The text of inline scripts and styles is not markup (the app's code may well hold
  // `<script src=…>` in a string), and after the escaping above their first end tag is their own.
  const markup = out.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, "$1$3");
  const external = [...markup.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(?!data:)[^"]*"/gi)].map((m) => m[0]);
  if (external.length) throw new Error(`the single file still refers to other files: ${external.join(", ")}`);
  return out;
}

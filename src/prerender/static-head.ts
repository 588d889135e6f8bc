import {escapeHtml as e} from "../formats/escape-html.ts";
import type {Lang} from "../i18n/locale.ts";
import {DEFAULT_LANG, htmlLang, langFolder, langRoot, LANGS, LANGUAGES} from "../i18n/locale.ts";

export interface HeadOptions {
  lang: Lang;
  title: string;
  description: string;
  /** The site's public address (the build setting, src/build/site-settings.ts), ending in `/`; null when not set. */
  homepage: string | null;
  /** This page's path within its language's tree ("" for the explainer). */
  path: string;
  /** The picture news sites and social platforms show for a link (a path from the site's root), with its size and text. */
  image?: {path: string; width: number; height: number; alt: string};
}

/** A page's address in a language: the default language's at the site's root, the others' under <code>/. */
export const pageUrl = (homepage: string, lang: Lang, path: string) => new URL(`${langFolder(lang)}${path}`, homepage).href;

/** The same page in a language, as a link from this one: relative, as the static pages link to each other. */
const pageLink = (from: Lang, to: Lang, path: string) => {
  const root = langRoot(from) + "../".repeat(path.split("/").filter(Boolean).length);
  return `${root}${langFolder(to)}${path}` || "./";
};

/**
 * What a static page says about itself in its <head>: a description, its
 * canonical address, the same page in the other language (hreflang), and the
 * Open Graph and Twitter-card fields news sites and social platforms read, with
 * the picture they show. Absolute addresses, as those readers require; without
 * the site's address the canonical, og:url and og:image are left out (never
 * made up) and the alternates are relative.
 */
export function staticHead({lang, title, description, homepage, path, image}: HeadOptions): string {
  const href = (l: Lang) => (homepage ? pageUrl(homepage, l, path) : pageLink(lang, l, path));
  const url = homepage ? pageUrl(homepage, lang, path) : null;
  const alternates = LANGS.map((l) => `<link rel="alternate" hreflang="${htmlLang(l)}" href="${e(href(l))}">`);
  const picture = image && homepage ? new URL(image.path, homepage).href : null;
  return [
    `<meta name="description" content="${e(description)}">`,
    ...(url ? [`<link rel="canonical" href="${e(url)}">`] : []),
    ...alternates,
    `<link rel="alternate" hreflang="x-default" href="${e(href(DEFAULT_LANG))}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${e(title)}">`,
    `<meta property="og:description" content="${e(description)}">`,
    ...(url ? [`<meta property="og:url" content="${e(url)}">`] : []),
    `<meta property="og:locale" content="${LANGUAGES[lang].ogLocale}">`,
    ...LANGS.filter((l) => l !== lang).map((l) => `<meta property="og:locale:alternate" content="${LANGUAGES[l].ogLocale}">`),
    ...(picture && image
      ? [
          `<meta property="og:image" content="${e(picture)}">`,
          `<meta property="og:image:width" content="${image.width}">`,
          `<meta property="og:image:height" content="${image.height}">`,
          `<meta property="og:image:alt" content="${e(image.alt)}">`,
          `<meta name="twitter:card" content="summary_large_image">`,
          `<meta name="twitter:image" content="${e(picture)}">`,
          `<meta name="twitter:image:alt" content="${e(image.alt)}">`
        ]
      : [`<meta name="twitter:card" content="summary">`]),
    `<meta name="twitter:title" content="${e(title)}">`,
    `<meta name="twitter:description" content="${e(description)}">`
  ].join("\n    ");
}

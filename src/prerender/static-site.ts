import {escapeHtml as e} from "../formats/escape-html.ts";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {statusText} from "../model/chart-rows.ts";
import {indicatorDetail} from "../model/indicator-detail.ts";
import type {PageData} from "../model/page-data.ts";
import {pageModel} from "../model/page-model.ts";
import {sourceDocs} from "../model/source-docs.ts";
import {indicatorPage, indicatorsIndex, sourcePage, sourcesIndex} from "./static-documents.ts";
import {staticHead} from "./static-head.ts";
import {staticLinks} from "./static-links.ts";

/**
 * A static page's whole HTML: the language's page shell (as Vite built it)
 * without its scripts (these pages need none), its style sheets linked from
 * the page's depth, its own title and <head> lines, and its body.
 */
export function staticDocument(shell: string, {path, lang, title, head, body}: {path: string; lang: Lang; title: string; head: string; body: string}): string {
  const up = "../".repeat(path.split("/").filter(Boolean).length + (lang === "en" ? 1 : 0));
  return shell
    .replace(/\n?\s*<script\b[^>]*><\/script>/g, "")
    .replace(/\n?\s*<link rel="modulepreload"[^>]*>/g, "")
    .replace(/href="(?:\.\.\/|\.\/)assets\//g, `href="${up}assets/`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${e(title)}</title>`)
    .replace("</head>", () => `    ${head}\n  </head>`)
    .replace("<bj-edu-app></bj-edu-app>", () => body);
}

/**
 * Every static page of a language but the explainer, by path under dist/:
 * the indicators (an index, a page each) and the source documents (an index,
 * a page each). Each links to the same page in the other language and back
 * to the explainer; none to a view only the live page can show.
 */
export function staticSite(data: PageData, lang: Lang, shell: string, homepage: string | null): Map<string, string> {
  const model = pageModel(data, lang);
  const m = messagesFor(lang);
  const prefix = lang === "en" ? "en/" : "";
  const pages = new Map<string, string>();
  const add = (path: string, title: string, description: string, body: (links: ReturnType<typeof staticLinks>) => string) => {
    const links = staticLinks(lang, path);
    const head = staticHead({lang, title: `${title} · ${m.title}`, description, homepage, path});
    pages.set(`${prefix}${path}index.html`, staticDocument(shell, {path, lang, title: `${title} · ${m.title}`, head, body: body(links)}));
  };
  const name = (id: string) => {
    const i = data.indicators.get(id)!;
    return lang === "zh" ? i.name_zh : i.name_en;
  };
  const summaries = [...data.summaries.values()];
  const status = (id: string) => {
    const s = data.summaries.get(id)!;
    return statusText(s.paces?.status ?? s.status, m, lang, s.indicator.unit, data.years) || m.statusFilter.none;
  };
  add("indicators/", m.staticPages.indicators, m.staticPages.indicatorsIntro, (links) =>
    indicatorsIndex(summaries.map((s) => ({id: s.indicator.id, name: name(s.indicator.id), domain: m.domains[s.indicator.domain], status: status(s.indicator.id)})), m, links)
  );
  for (const s of summaries) {
    const detail = indicatorDetail(s, data, model);
    add(`indicators/${s.indicator.id}/`, detail.name, detail.status, (links) => indicatorPage(detail, m, links));
  }
  const docs = sourceDocs(model);
  add("sources/", m.sourceView.heading, m.sourceView.intro, (links) => sourcesIndex(docs, m, links));
  for (const doc of docs) {
    const title = lang === "zh" ? doc.source.title_zh : doc.source.title_en;
    add(`sources/${doc.source.id}/`, title, title, (links) => sourcePage(doc, m, links, (id) => data.byId.get(id)?.indicator_id));
  }
  return pages;
}

import {escapeHtml as e} from "../formats/escape-html.ts";
import {htmlLang} from "../i18n/locale.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {IndicatorDetail} from "../model/indicator-detail.ts";
import type {Provenance} from "../model/provenance.ts";
import type {SourceDoc} from "../model/source-docs.ts";
import type {Messages} from "../i18n/messages.ts";
import type {StaticLinks} from "./static-links.ts";

/**
 * The static pages behind the explainer's links, for readers without
 * JavaScript (and for search engines): the indicators and each indicator
 * with its figures and their sentences; the sources and each document whole,
 * every used figure highlighted where it stands (`#q-<observation>`) and
 * linked to its indicator. The `<body>` content only; the shell around it is
 * the explainer's (scripts/prerender.ts). Every string from the data is escaped.
 */

const back = (links: StaticLinks, m: Messages) => `<p class="back"><a href="${e(links.home)}">← ${e(m.indicatorView.back)}</a> · <a href="${e(links.other)}" hreflang="${links.lang === "zh" ? "en" : "zh-CN"}" lang="${links.lang === "zh" ? "en" : "zh-CN"}">${e(m.lang.switchTo)}</a></p>`;

/** A page of its own: one language, the way back, the other language. */
const page = (links: StaticLinks, m: Messages, body: string) => `<div class="page static-page" lang="${htmlLang(links.lang)}">
${back(links, m)}
<main>
${body}
</main>
</div>`;

const quote = (p: Provenance) =>
  `<blockquote lang="zh-CN">${p.paragraph.map((s) => (s.kind === "plain" ? e(s.text) : s.kind === "quote" ? `<mark>${e(s.text)}</mark>` : `<mark><strong>${e(s.text)}</strong></mark>`)).join("")}</blockquote>`;

export interface IndicatorEntry {
  id: string;
  name: string;
  domain: string;
  status: string;
}

/** Every indicator by area, each a link to its page. */
export function indicatorsIndex(entries: readonly IndicatorEntry[], m: Messages, links: StaticLinks): string {
  const domains = [...new Set(entries.map((i) => i.domain))];
  return page(links, m, `<h1>${e(m.staticPages.indicators)}</h1>
<p>${e(m.staticPages.indicatorsIntro)}</p>
${domains.map((d) => `<section><h2>${e(d)}</h2><ul>${entries.filter((i) => i.domain === d).map((i) => `<li><a href="${e(links.indicator(i.id))}">${e(i.name)}</a> <span class="muted">${e(i.status)}</span></li>`).join("")}</ul></section>`).join("\n")}
<p><a href="${e(links.site)}data/observations-excel.csv" download>${e(m.footer.csv)}</a> · <a href="${e(links.site)}data/datapackage.json">${e(m.footer.datapackage)}</a></p>`);
}

/** One indicator: where it stands, and each figure with its sentence, linked to its place in the source. */
export function indicatorPage(detail: IndicatorDetail, m: Messages, links: StaticLinks): string {
  return page(links, m, `<p class="muted">${e(detail.domain)}</p>
<h1>${e(detail.name)}</h1>
<p class="takeaway">${e(detail.status)}</p>
<h2>${e(m.indicatorView.observations)}</h2>
${detail.observations.map((o) => `<article class="observation" id="obs-${e(o.id)}">
<h3>${e(o.series)}${e(m.sep)}${e(o.written)}${o.formatted !== o.written ? ` (${e(o.formatted)})` : ""}</h3>
<p class="muted">${e(o.issuer)}${e(m.sep)}${e(o.source)}${o.documentNumber ? ` ${e(o.documentNumber)}` : ""}, ${e(o.date)}</p>
${quote(o)}
<p><a href="${e(links.quote({source_id: o.sourceId, observation_id: o.id}))}">${e(m.provenance.openSource)}</a></p>
</article>`).join("\n")}`);
}

/** The documents, each a link to its page. */
export function sourcesIndex(docs: readonly SourceDoc[], m: Messages, links: StaticLinks): string {
  const title = (d: SourceDoc) => (links.lang === "zh" ? d.source.title_zh : d.source.title_en);
  return page(links, m, `<h1>${e(m.sourceView.heading)}</h1>
<p>${e(m.sourceView.intro)}</p>
<ul>${docs.map((d) => `<li><a href="${e(links.source(d.source.id))}">${e(title(d))}</a></li>`).join("")}</ul>`);
}

/** One document whole, every used figure highlighted where it stands and linked to its indicator's page. */
export function sourcePage(doc: SourceDoc, m: Messages, links: StaticLinks, indicatorOf: (observation: string) => string | undefined): string {
  const s = doc.source;
  const issued = interpolate(m.sourceView.issued, {issuer: links.lang === "zh" ? s.issuer_zh : s.issuer_en, date: s.date});
  const text = doc.paragraphs
    .map((p) => `<p>${p.map((piece) => {
      if (!piece.observation) return e(piece.text);
      const indicator = piece.figure ? indicatorOf(piece.observation) : undefined;
      const content = piece.figure ? `<strong>${e(piece.text)}</strong>` : e(piece.text);
      const linked = indicator ? `<a href="${e(links.indicator(indicator, `obs-${piece.observation}`))}" aria-label="${e(doc.links[piece.observation]?.label ?? "")}">${content}</a>` : content;
      return `<mark${piece.figure ? ` id="q-${e(piece.observation)}"` : ""}>${linked}</mark>`;
    }).join("")}</p>`)
    .join("\n");
  return page(links, m, `<p><a href="${e(links.home)}sources/">${e(m.sourceView.heading)}</a></p>
<article lang="zh-CN" aria-labelledby="doc-title">
<h1 id="doc-title">${e(s.title_zh)}</h1>
<p class="source-meta" lang="${htmlLang(links.lang)}">${e(issued)}${s.document_number ? `<br>${e(interpolate(m.sourceView.docNumber, {number: s.document_number}))}` : ""}<br>${e(interpolate(m.sourceView.coverage, {mentions: s.mentions, used: s.used, excluded: s.excluded, unaccounted: s.unaccounted}))}</p>
<div class="source-text">${text}</div>
</article>`);
}

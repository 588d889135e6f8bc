import {langRuns} from "../i18n/lang-runs.ts";
import type {Lang} from "../i18n/locale.ts";

/**
 * Marks the Chinese runs of an English chart's text as Chinese (`<tspan
 * lang="zh-CN">`), as the page does in HTML, so no label is read with the
 * wrong voice. Works on any DOM (the browser's, or jsdom at build time).
 */
export function markLanguages(svg: Element, lang: Lang): void {
  if (lang === "zh") return;
  const doc = svg.ownerDocument;
  const walker = doc.createTreeWalker(svg, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.closest("text")) nodes.push(n as Text);
  for (const node of nodes) {
    const runs = langRuns(node.data, lang);
    if (runs.length === 1 && !runs[0].lang) continue;
    for (const run of runs) {
      if (!run.lang) {
        node.before(doc.createTextNode(run.text));
        continue;
      }
      const span = doc.createElementNS("http://www.w3.org/2000/svg", "tspan");
      span.setAttribute("lang", run.lang);
      span.textContent = run.text;
      node.before(span);
    }
    node.remove();
  }
}

import {html, nothing, type ReactiveControllerHost, type TemplateResult} from "lit";
import {lazyModule} from "../app/lazy-module.ts";
import {site} from "../app/site.ts";
import type {Lang} from "../i18n/locale.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {Provenance} from "../model/provenance.ts";
import {linkTo} from "../model/url-state.ts";

// Each dialog loads with the first time a reader opens it: the first view carries neither.
const loadProvenancePanel = () => import("../components/bj-provenance-panel.ts");
const loadEmbedDialog = () => import("../components/bj-embed-dialog.ts");

/**
 * The page's two dialogs, over any view: a value's quote and a chart's embed
 * code. Once shown, a dialog stays in the page while closed, so that closing
 * it gives focus back to what opened it.
 */
export class PageDialogs {
  private provenanceShown = false;
  private embedShown = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The quote of the value `item` (null: closed). */
  provenance(lang: Lang, item: Provenance | null): TemplateResult | typeof nothing {
    if (!item && !this.provenanceShown) return nothing;
    if (lazyModule(this.host, "provenance-panel", loadProvenancePanel).status !== "ready") return nothing;
    this.provenanceShown = true;
    return html`<bj-provenance-panel .item=${item} .lang=${lang} .sourceHref=${item ? linkTo(lang, {view: "source", doc: item.sourceId, hash: `q-${item.id}`}) : ""}></bj-provenance-panel>`;
  }

  /** The embed code of `chart` (null: closed); `close` is called when the reader closes it. */
  embed(lang: Lang, chart: ChartWithTable | null, close: () => void): TemplateResult | typeof nothing {
    if (!chart && !this.embedShown) return nothing;
    if (lazyModule(this.host, "embed-dialog", loadEmbedDialog).status !== "ready") return nothing;
    this.embedShown = true;
    return html`<bj-embed-dialog .chart=${chart} .lang=${lang} .site=${new URL(site("./"), document.baseURI).href} @close-embed=${close}></bj-embed-dialog>`;
  }
}

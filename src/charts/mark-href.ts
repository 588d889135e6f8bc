import type {ChartMark} from "../model/chart-model.ts";
import {linkTo} from "../model/url-state.ts";
import type {Lang} from "../i18n/locale.ts";

/**
 * Where a mark leads: the sentence its figure was read from, in its source
 * document (the live page opens it in a dialog; without script, or in a new
 * tab, the link is followed). Absolute from `linkBase`, the explainer's
 * address, when the chart is shown elsewhere (an embed).
 */
export function markHref(mark: Pick<ChartMark, "id" | "source">, lang: Lang, linkBase?: string | URL): string {
  const href = linkTo(lang, {view: "source", doc: mark.source, hash: `q-${mark.id}`});
  return linkBase ? new URL(href, linkBase).href : href;
}

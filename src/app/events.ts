import type {Lang} from "../i18n/locale.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {Deck, DeckText} from "../model/deck-schema.ts";
import type {MarkSeries} from "../model/chart-model.ts";
import type {Filters, SortKey} from "../model/url-state.ts";

/** A chart the reader asked to download, as what, and the SVG on screen. */
export interface ChartDownload {
  chart: ChartWithTable;
  format: "csv" | "svg" | "png";
  /** The chart's address, printed under a picture (none in the offline copy, which has no address to give). */
  address?: string;
}

/** What the data view downloads: the selection as CSV, as JSON, or as a ZIP with its README and metadata; or the version's whole Data Package. */
export type DataDownload = "csv" | "json" | "selection" | "zip";

/** A change to the data view's filters or sort; `push` adds a history entry. */
export interface StateChange {
  filters?: Partial<Filters>;
  sort?: {key: SortKey; dir: "asc" | "desc"};
  push: boolean;
}

/**
 * Every event the elements dispatch, with its detail: they bubble (and cross
 * shadow roots), and the shells or controllers above handle them. Declared
 * here once so that listeners are typed.
 */
export interface BjEventMap {
  "open-provenance": CustomEvent<string>;
  "close-provenance": CustomEvent<void>;
  "lang-change": CustomEvent<Lang>;
  "state-change": CustomEvent<StateChange>;
  "download-data": CustomEvent<DataDownload>;
  "download-chart": CustomEvent<ChartDownload>;
  /** From a chart's menu to its figure, which knows the chart and its address. */
  "chart-download": CustomEvent<ChartDownload["format"]>;
  "embed-chart": CustomEvent<{chart: ChartWithTable}>;
  "close-embed": CustomEvent<void>;
  "story-step": CustomEvent<number>;
  "story-notes": CustomEvent<void>;
  /** The room's screen blanked (true) or shown again, from the room or the speaker's window. */
  "story-blank": CustomEvent<boolean>;
  /** The presenter leaves the presentation (both windows leave). */
  "story-leave": CustomEvent<void>;
  /** From a chart's menu, or a story's slide (with its rows, series and words): add it to the briefing being made. */
  "add-to-deck": CustomEvent<{chart: string; rows?: string[]; reveal?: MarkSeries[]; text?: {lang: Lang} & DeckText}>;
  /** The deck editor changed the deck; `push` adds a history entry (structure), else the entry is replaced (typing). */
  "deck-change": CustomEvent<{deck: Deck; push: boolean}>;
  "retry": CustomEvent<void>;
  /** The explainer's placeholder for what follows the tracker has come near the screen: load the rest. */
  "need-rest": CustomEvent<void>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends BjEventMap {}
}

/** Dispatches one of the events above from an element: bubbling, composed, typed. */
export function emit<K extends keyof BjEventMap>(from: EventTarget, type: K, ...detail: BjEventMap[K] extends CustomEvent<infer D> ? (D extends void ? [] : [D]) : never): boolean {
  return from.dispatchEvent(new CustomEvent(type, {detail: detail[0], bubbles: true, composed: true}));
}

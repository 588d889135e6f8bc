import type {Lang} from "../i18n/locale.ts";
import type {SourceTitle} from "../model/data-view-model.ts";
import type {PartsIndex} from "../model/page-parts.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Observation} from "../schema/dataset.ts";
import type {BjEventMap} from "./events.ts";

/** What a reader asks to download: a chart's file, or data. */
export type DownloadEvent = BjEventMap["download-chart"] | BjEventMap["download-data"];

export interface DownloadSource {
  lang(): Lang;
  /** What the site publishes (its version, the project, its address), for what a download says of itself. */
  about(): PartsIndex | undefined;
  /** The rows of the data view's current selection (for `download-data`), with their sources; none where there is no data view. */
  selection?(): Promise<{rows: Observation[]; sources: ReadonlyMap<string, SourceTitle>} | undefined>;
  /** The data view's state: its filters name the files, and reproduce the view in a selection's README. */
  state?(): UrlState;
}


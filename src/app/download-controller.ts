import type {ReactiveController, ReactiveControllerHost} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {SourceTitle} from "../model/data-view-model.ts";
import type {PartsIndex} from "../model/page-parts.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Observation} from "../schema/dataset.ts";
import type {BjEventMap} from "./events.ts";
import {loadModule} from "./lazy-module.ts";

// The writers (CSV, ZIP, SVG and PNG export), and what each event asks of them, load on the first download.
const loadDownloads = () => import("./downloads.ts");

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

/**
 * The one download path: listens on its host for `download-chart` and
 * `download-data`, writes the file, and keeps a translated notice when it
 * fails (the host shows `notice`). Events stop here, so a host page around
 * an embed never sees them.
 */
export class DownloadController implements ReactiveController {
  notice = "";

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly source: DownloadSource) {
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener("download-chart", this.onEvent);
    this.host.addEventListener("download-data", this.onEvent);
  }

  hostDisconnected() {
    this.host.removeEventListener("download-chart", this.onEvent);
    this.host.removeEventListener("download-data", this.onEvent);
  }

  private onEvent = (event: Event) => {
    event.stopPropagation();
    void loadModule("downloads", loadDownloads)
      .then((d) => d.download(event as DownloadEvent, this.source))
      .then(() => "", (error) => interpolate(messagesFor(this.source.lang()).downloads.failed, {problem: (error as Error).message}))
      .then((notice) => ((this.notice = notice), this.host.requestUpdate()));
  };
}

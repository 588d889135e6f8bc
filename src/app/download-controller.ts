import type {ReactiveController, ReactiveControllerHost} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {PageData} from "../model/page-data.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Observation} from "../schema/dataset.ts";
import type {BjEventMap} from "./events.ts";
import {loadModule} from "./lazy-module.ts";

// The writers (CSV, ZIP, SVG and PNG export) load on the first download.
const loadDownloads = () => import("./downloads.ts");

export interface DownloadSource {
  lang(): Lang;
  /** The dataset, loaded on the first download if the page has not loaded it yet. */
  data(): PageData | undefined | Promise<PageData | undefined>;
  /** The rows of the data view's current selection (for `download-data`); none where there is no data view. */
  selection?(): Promise<Observation[]>;
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
    this.host.addEventListener("download-chart", this.onChart);
    this.host.addEventListener("download-data", this.onData);
  }

  hostDisconnected() {
    this.host.removeEventListener("download-chart", this.onChart);
    this.host.removeEventListener("download-data", this.onData);
  }

  private async run(work: (downloads: Awaited<ReturnType<typeof loadDownloads>>, data: PageData) => Promise<void>) {
    const data = await this.source.data();
    if (!data) return;
    try {
      await work(await loadModule("downloads", loadDownloads), data);
      this.notice = "";
    } catch (error) {
      this.notice = interpolate(messagesFor(this.source.lang()).downloads.failed, {problem: (error as Error).message});
    }
    this.host.requestUpdate();
  }

  private onChart = (event: BjEventMap["download-chart"]) => {
    event.stopPropagation();
    const {chart, format, address} = event.detail;
    void this.run((d, data) => d.downloadChart(chart, format, this.source.lang(), data, address));
  };

  private onData = (event: BjEventMap["download-data"]) => {
    event.stopPropagation();
    const kind = event.detail;
    void this.run(async (d, data) => d.downloadData(kind, kind === "zip" ? data.observations : await this.source.selection!(), data, this.source.state!()));
  };
}

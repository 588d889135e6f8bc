import type {ReactiveController, ReactiveControllerHost} from "lit";
import {messagesFor} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {DownloadEvent, DownloadSource} from "./download-source.ts";
import {loadModule} from "./lazy-module.ts";

// The writers (CSV, ZIP, SVG and PNG export), and what each event asks of them, load on the first download.
const loadDownloads = () => import("./downloads.ts");

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

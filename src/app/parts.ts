import type {ReactiveControllerHost} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {loadJson, type LoadOptions} from "../model/load-file.ts";
import {PAGE_FILES, quoteFile, type PartTypes} from "../model/page-parts.ts";
import type {Provenance} from "../model/provenance.ts";

/** A part as a render sees it: loading, there, or failed (with why, for the reader's retry). */
export type Part<T> = {status: "loading"} | {status: "ready"; value: T} | {status: "failed"; error: unknown};

// One load per file and data folder, for every element of a page (an embed's chart and its figure, two components).
const loads = new Map<string, Part<unknown>>();
const waiting = new Map<string, Set<ReactiveControllerHost>>();
const arriving = new Map<string, Promise<unknown>>();

/**
 * The parts of the page model a view draws from (src/model/page-parts.ts),
 * as the build wrote them: each file loads once per page and data folder,
 * the first time a render asks for it; the hosts that asked render again when
 * it arrives. A failed file stays failed until a render asks again with
 * `retry` (the reader's retry), so a failing server is never asked in a loop.
 */
export class Parts {
  constructor(private readonly host: ReactiveControllerHost, private readonly options: LoadOptions = {}) {}

  /** The part at a path under data/, starting its load the first time. */
  get<K extends keyof PartTypes>(_kind: K, file: string, {retry = false} = {}): Part<PartTypes[K]> {
    const key = `${String(this.options.base ?? "")}\u0000${file}`;
    const known = loads.get(key) as Part<PartTypes[K]> | undefined;
    const hosts = waiting.get(key) ?? new Set();
    waiting.set(key, hosts);
    if (known && !(retry && known.status === "failed")) {
      if (known.status === "loading") hosts.add(this.host);
      return known;
    }
    const part: Part<PartTypes[K]> = {status: "loading"};
    loads.set(key, part);
    hosts.add(this.host);
    const arrival = loadJson<PartTypes[K]>(file, this.options).then(
      (value) => loads.set(key, {status: "ready", value}),
      (error) => loads.set(key, {status: "failed", error})
    ).finally(() => {
      for (const host of hosts) host.requestUpdate();
      hosts.clear();
    });
    arriving.set(key, arrival);
    return part;
  }

  /** A part once it has arrived, for an action that needs it (adding a chart to a briefing); rejects with why it failed. */
  async ready<K extends keyof PartTypes>(kind: K, file: string): Promise<PartTypes[K]> {
    const first = this.get(kind, file, {retry: true});
    if (first.status === "ready") return first.value;
    await arriving.get(`${String(this.options.base ?? "")}\u0000${file}`);
    const part = this.get(kind, file);
    if (part.status === "ready") return part.value;
    throw part.status === "failed" ? part.error : new Error(`${file} did not load`);
  }

  /** The part, if it has already arrived (it is not asked for). */
  peek<K extends keyof PartTypes>(_kind: K, file: string): PartTypes[K] | undefined {
    const known = loads.get(`${String(this.options.base ?? "")}\u0000${file}`);
    return known?.status === "ready" ? (known.value as PartTypes[K]) : undefined;
  }

  index(lang: Lang, options?: {retry?: boolean}) {
    return this.get("index", PAGE_FILES.index(lang), options);
  }

  first(lang: Lang, options?: {retry?: boolean}) {
    return this.get("first", PAGE_FILES.first(lang), options);
  }

  /** The rest's part (the scoreboard, and what follows the tracker), once asked for (needRest) and arrived. */
  rest(lang: Lang) {
    return this.peek("rest", PAGE_FILES.rest(lang));
  }

  /** Why the rest's part failed to load, if it did (the static text stays meanwhile). */
  restError(lang: Lang): unknown {
    const known = loads.get(`${String(this.options.base ?? "")}\u0000${PAGE_FILES.rest(lang)}`);
    return known?.status === "failed" ? known.error : undefined;
  }

  /** Starts loading the rest's part (again, after a failure). */
  needRest(lang: Lang): void {
    this.get("rest", PAGE_FILES.rest(lang), {retry: true});
  }

  chart(lang: Lang, id: string, options?: {retry?: boolean}) {
    return this.get("chart", PAGE_FILES.chart(lang, id), options);
  }

  indicator(lang: Lang, id: string, options?: {retry?: boolean}) {
    return this.get("indicator", PAGE_FILES.indicator(lang, id), options);
  }

  story(lang: Lang, id: string, options?: {retry?: boolean}) {
    return this.get("story", PAGE_FILES.story(lang, id), options);
  }

  sources(lang: Lang, options?: {retry?: boolean}) {
    return this.get("sources", PAGE_FILES.sources(lang), options);
  }

  dataView(lang: Lang, options?: {retry?: boolean}) {
    return this.get("dataView", PAGE_FILES.dataView(lang), options);
  }

  /** An observation's quote in its paragraph, once its file has loaded; undefined while it loads, null if it has none or failed. */
  provenance(lang: Lang, id: string, files: number): Provenance | null | undefined {
    const part = this.get("quotes", PAGE_FILES.quotes(lang, quoteFile(id, files)));
    if (part.status === "loading") return undefined;
    return part.status === "ready" && Object.hasOwn(part.value, id) ? part.value[id] : null;
  }
}

/** Forgets every part (tests, and a page that changes its data folder). */
export function forgetParts(): void {
  loads.clear();
  waiting.clear();
  arriving.clear();
}

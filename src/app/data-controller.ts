import {Task} from "@lit/task";
import type {ReactiveControllerHost} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {loadDataset, type Dataset, type LoadOptions} from "../model/load-dataset.ts";
import {pageData, type PageData} from "../model/page-data.ts";
import {pageModel, type PageModel} from "../model/page-model.ts";

/**
 * The dataset for an element: loaded once (a task the host renders from),
 * read into the page data once, and turned into a page model once per
 * language. The page, the embed and the web component all hold one.
 */
export class DataController {
  readonly task: Task<[], Dataset>;
  private derived?: {dataset: Dataset; data: PageData; models: Map<Lang, PageModel>};

  constructor(host: ReactiveControllerHost, load: (signal: AbortSignal) => Promise<Dataset> = (signal) => loadDataset({signal})) {
    this.task = new Task(host, {task: (_args, {signal}) => load(signal), args: () => []});
  }

  /** The page data, once the dataset has loaded. */
  get data(): PageData | undefined {
    const dataset = this.task.value;
    if (!dataset) return undefined;
    if (this.derived?.dataset !== dataset) this.derived = {dataset, data: pageData(dataset), models: new Map()};
    return this.derived.data;
  }

  /** The page model for a language, once the dataset has loaded. */
  model(lang: Lang): PageModel | undefined {
    const data = this.data;
    if (!data) return undefined;
    const models = this.derived!.models;
    if (!models.has(lang)) models.set(lang, pageModel(data, lang));
    return models.get(lang);
  }

  /** Loads the dataset again (after a failure: the reader's retry). */
  retry(): void {
    void this.task.run();
  }
}

const shared = new Map<string, Promise<Dataset>>();

/** One load per data folder, however many elements of a page read it; a failed load is tried again. */
export function sharedDataset(options: LoadOptions & {base: string}): Promise<Dataset> {
  let loading = shared.get(options.base);
  if (!loading) {
    loading = loadDataset(options);
    shared.set(options.base, loading);
    loading.catch(() => shared.delete(options.base));
  }
  return loading;
}

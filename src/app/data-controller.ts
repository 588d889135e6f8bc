import {Task, TaskStatus} from "@lit/task";
import type {ReactiveControllerHost} from "lit";
import type {Lang} from "../i18n/locale.ts";
import type {Dataset, LoadOptions} from "../model/load-dataset.ts";
import type {PageData} from "../model/page-data.ts";
import type {PageModel} from "../model/page-model.ts";
import type {Provenance} from "../model/provenance.ts";
import {DataFileError} from "../model/data-file-error.ts";

// The table layer (Arquero) and the model that reads the whole dataset load with it, not with the
// first view: the page's first screen draws from its own small part (src/app/explainer-loader.ts).
const loadTables = () => import("../model/load-dataset.ts");
const loadModel = () => import("../model/page-model.ts");

interface Loaded {
  dataset: Dataset;
  model: Awaited<ReturnType<typeof loadModel>>;
  data: PageData;
  /** Page models made while loading (the language an embed is in). */
  models: Map<Lang, PageModel>;
}

/**
 * Files that each pass their checks and still do not make a page (a chart
 * that names an indicator with no figures) fail the load like a damaged file:
 * a message and a retry, never an error thrown while the page renders.
 */
function asDataError(error: unknown): unknown {
  if (error instanceof DataFileError || (error as Error)?.name === "AbortError") return error;
  console.error(error);
  return new DataFileError("data/", {code: "inconsistent"});
}

/**
 * The dataset for an element: loaded once (a task the host renders from),
 * read into the page data once, and turned into a page model once per
 * language. The page, the embed and the web component all hold one. The page
 * loads it only when a view needs it (`lazy`).
 */
export class DataController {
  readonly task: Task<[], Loaded>;
  private derived?: {loaded: Loaded; data: PageData; models: Map<Lang, PageModel>};

  /**
   * @param lang the language whose page model is made as part of the load (an embed's), so that data
   *   the model cannot be made from fails the load instead of the render
   */
  constructor(host: ReactiveControllerHost, load: (signal: AbortSignal) => Promise<Dataset> = (signal) => loadTables().then((m) => m.loadDataset({signal})), {lazy = false, lang}: {lazy?: boolean; lang?: () => Lang} = {}) {
    this.task = new Task(host, {task: async (_args, {signal}) => {
      const [dataset, model] = await Promise.all([load(signal), loadModel()]);
      try {
        const data = model.pageData(dataset);
        const first = lang?.();
        return {dataset, model, data, models: new Map(first ? [[first, model.pageModel(data, first)]] : [])};
      } catch (error) {
        throw asDataError(error);
      }
    }, args: () => [], autoRun: !lazy});
  }

  /** Starts loading, if nothing has started it yet (a lazy controller). */
  need(): void {
    if (this.task.status === TaskStatus.INITIAL) void this.task.run();
  }

  /** The page data, loading it first if needed; undefined if the load fails. */
  async loaded(): Promise<PageData | undefined> {
    this.need();
    try {
      await this.task.taskComplete;
    } catch {
      return undefined;
    }
    return this.data;
  }

  /** The page data, once the dataset has loaded. */
  get data(): PageData | undefined {
    const loaded = this.task.value;
    if (!loaded) return undefined;
    if (this.derived?.loaded !== loaded) this.derived = {loaded, data: loaded.data, models: new Map(loaded.models)};
    return this.derived.data;
  }

  /** The page model for a language, once the dataset has loaded. */
  model(lang: Lang): PageModel | undefined {
    const data = this.data;
    if (!data) return undefined;
    const {models, loaded} = this.derived!;
    if (!models.has(lang)) models.set(lang, loaded.model.pageModel(data, lang));
    return models.get(lang);
  }

  /** The quote behind an observation, once the dataset has loaded (null for an id it does not have). */
  provenance(lang: Lang, id: string | null): Provenance | null {
    const model = this.model(lang);
    return model ? this.derived!.loaded.model.provenanceOf(model, id) : null;
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
    loading = loadTables().then((m) => m.loadDataset(options));
    shared.set(options.base, loading);
    loading.catch(() => shared.delete(options.base));
  }
  return loading;
}

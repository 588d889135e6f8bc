import {Task, TaskStatus} from "@lit/task";
import type {ReactiveControllerHost} from "lit";
import type {Lang} from "../i18n/locale.ts";
import type {Dataset, LoadOptions} from "../model/load-dataset.ts";
import type {PageData} from "../model/page-data.ts";
import type {PageModel} from "../model/page-model.ts";
import type {Provenance} from "../model/provenance.ts";

// The table layer (Arquero) and the model that reads the whole dataset load with it, not with the
// first view: the page's first screen draws from its own small part (src/app/explainer-loader.ts).
const loadTables = () => import("../model/load-dataset.ts");
const loadModel = () => import("../model/page-model.ts");

interface Loaded {
  dataset: Dataset;
  model: Awaited<ReturnType<typeof loadModel>>;
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

  constructor(host: ReactiveControllerHost, load: (signal: AbortSignal) => Promise<Dataset> = (signal) => loadTables().then((m) => m.loadDataset({signal})), {lazy = false} = {}) {
    this.task = new Task(host, {task: async (_args, {signal}) => {
      const [dataset, model] = await Promise.all([load(signal), loadModel()]);
      return {dataset, model};
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
    if (this.derived?.loaded !== loaded) this.derived = {loaded, data: loaded.model.pageData(loaded.dataset), models: new Map()};
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

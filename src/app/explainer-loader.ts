import type {ReactiveControllerHost} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {PAGE_FILES, quoteFile, type ExplainerRest, type FirstScreen} from "../model/explainer-parts.ts";
import {loadJson, type LoadOptions} from "../model/load-file.ts";
import type {Provenance} from "../model/provenance.ts";

type Part<T> = {status: "loading"} | {status: "ready"; value: T} | {status: "failed"; error: unknown};

/**
 * The explainer's parts as the page needs them (src/model/explainer-parts.ts):
 * the first screen at once, the rest when asked for, a file of quotes when a
 * provenance panel opens. Each file loads once per page (a failed one again
 * when asked again); the host renders when one arrives.
 */
export class ExplainerLoader {
  private readonly parts = new Map<string, Part<unknown>>();

  constructor(private readonly host: ReactiveControllerHost, private readonly options: LoadOptions = {}) {}

  private part<T extends object>(file: string, {retry = false} = {}): Part<T> {
    const known = this.parts.get(file) as Part<T> | undefined;
    if (known && !(retry && known.status === "failed")) return known;
    const part: Part<T> = {status: "loading"};
    this.parts.set(file, part);
    loadJson<T>(file, this.options).then(
      (value) => this.parts.set(file, {status: "ready", value}),
      (error) => this.parts.set(file, {status: "failed", error})
    ).finally(() => this.host.requestUpdate());
    return part;
  }

  /** The first screen in a language (loading it the first time). */
  first(lang: Lang, options?: {retry?: boolean}): Part<FirstScreen> {
    return this.part<FirstScreen>(PAGE_FILES.first(lang), options);
  }

  /** The rest of the explainer, if it has been asked for and has arrived. */
  rest(lang: Lang): ExplainerRest | undefined {
    const part = this.parts.get(PAGE_FILES.rest(lang));
    return part?.status === "ready" ? (part.value as ExplainerRest) : undefined;
  }

  /** Why the rest of the explainer failed to load, if it did (the static text stays meanwhile). */
  restError(lang: Lang): unknown {
    const part = this.parts.get(PAGE_FILES.rest(lang));
    return part?.status === "failed" ? part.error : undefined;
  }

  /** Starts loading the rest of the explainer (again, after a failure). */
  needRest(lang: Lang): void {
    this.part<ExplainerRest>(PAGE_FILES.rest(lang), {retry: true});
  }

  /** An observation's quote in its paragraph, once its file has loaded; undefined while it loads, null if it has none or failed. */
  provenance(lang: Lang, id: string, files: number): Provenance | null | undefined {
    const part = this.part<Record<string, Provenance>>(PAGE_FILES.quotes(lang, quoteFile(id, files)));
    if (part.status === "loading") return undefined;
    return part.status === "ready" && Object.hasOwn(part.value, id) ? part.value[id] : null;
  }
}

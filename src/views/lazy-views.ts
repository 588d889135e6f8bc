import type {ReactiveControllerHost} from "lit";
import {lazyModule} from "../app/lazy-module.ts";
import type {UrlState} from "../model/url-state.ts";
import type {LazyView, ViewContext} from "./view-context.ts";

/** The views other than the explainer: each loads on first use, a chunk of its own. */
export const VIEW_LOADERS = {
  story: () => import("./story-view.ts"),
  source: () => import("./source-view.ts"),
  data: () => import("./data-view.ts"),
  indicator: () => import("./indicator-view.ts"),
  deck: () => import("./deck-view.ts")
} satisfies Record<string, () => Promise<LazyView>>;

export type ViewKey = "explainer" | keyof typeof VIEW_LOADERS;

/** Which view a state names. */
export function viewKey(state: UrlState): ViewKey {
  return state.story ? "story" : state.view === "source" || state.view === "data" || state.view === "deck" ? state.view : state.indicator ? "indicator" : "explainer";
}

/** The view a state names, once its chunk has loaded: the first call starts the load, and the host renders again when it has (undefined for the explainer, or while it loads). */
export function loadedView(host: ReactiveControllerHost, state: UrlState): LazyView | undefined {
  const key = viewKey(state);
  if (key === "explainer") return undefined;
  const lazy = lazyModule<LazyView>(host, key, VIEW_LOADERS[key]);
  return lazy.status === "ready" ? lazy.module : undefined;
}

/** The presentation shown (a story, a deck presented): its id for the speaker's channel and its number of steps, once its view has loaded. */
export function presentationOf(host: ReactiveControllerHost, context: ViewContext | undefined): {id: string; total: number} | null {
  const key = context && viewKey(context.state);
  if (!context || (key !== "story" && key !== "deck")) return null;
  return loadedView(host, context.state)?.presentation?.(context) ?? null;
}

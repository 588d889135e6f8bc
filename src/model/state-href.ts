import {DEFAULT_LANG} from "../i18n/locale.ts";
import {DEFAULT_STATE, type StatePatch, type UrlState} from "./view-state.ts";

/** The query string of a state, keys in a fixed order, defaults left out. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== "explainer") params.set("view", state.view);
  if (state.doc) params.set("doc", state.doc);
  if (state.indicator) params.set("indicator", state.indicator);
  if (state.story || (state.view === "deck" && state.present)) {
    if (state.story) params.set("story", state.story);
    else params.set("present", "1");
    params.set("step", String(state.step));
    if (state.notes) params.set("notes", "1");
  }
  for (const key of ["domain", "scope", "series", "status", "source"] as const) {
    if (state.filters[key].length) params.set(key, state.filters[key].join(","));
  }
  if (state.filters.q) params.set("q", state.filters.q);
  if (state.sort.key !== DEFAULT_STATE.sort.key) params.set("sort", state.sort.key);
  if (state.sort.dir !== DEFAULT_STATE.sort.dir) params.set("dir", state.sort.dir);
  if (state.lang !== DEFAULT_LANG) params.set("lang", state.lang);
  // The deck last: the readable part of the address comes first.
  if (state.deck) params.set("deck", state.deck);
  // Commas stay readable; a comma inside the query reads back the same either way.
  const text = params.toString().replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}

/**
 * Every link the page makes: a state changed by a patch, as a relative URL
 * (`?view=source&doc=…#q-…`, or `?` for the explainer's top). The one place
 * that encodes, so every link reads back through parseUrlState to the state
 * it was made from. A story link starts at its first step unless it names one.
 */
export function hrefFor(state: UrlState, {hash, filters, ...patch}: StatePatch = {}): string {
  const next: UrlState = {...state, ...patch, filters: {...state.filters, ...filters}};
  if (patch.story !== undefined && patch.step === undefined) next.step = 1;
  return `${serializeUrlState(next) || "?"}${fragmentOf(hash)}`;
}

/** A fragment as a link ends with it: its slashes readable (#q-plan-2021/…), everything else encoded; nothing without one. */
export function fragmentOf(hash?: string): string {
  return hash ? `#${encodeURIComponent(hash).replace(/%2F/gi, "/")}` : "";
}


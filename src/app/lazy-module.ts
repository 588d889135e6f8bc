import type {ReactiveControllerHost} from "lit";

interface Entry {
  promise: Promise<unknown>;
  value?: unknown;
  error?: unknown;
}

const modules = new Map<string, Entry>();

/** The module's entry; a failed one is loaded again when `reloadFailed` (a chunk may fail once: a dropped connection, a deploy in between). */
function entryFor(key: string, load: () => Promise<unknown>, reloadFailed: boolean): Entry {
  const known = modules.get(key);
  if (known && !(known.error && reloadFailed)) return known;
  const entry: Entry = {promise: load()};
  entry.promise.then(
    (value) => (entry.value = value),
    (error) => (entry.error = error)
  );
  modules.set(key, entry);
  return entry;
}

/** What a module loaded on first use is, at render time. */
export type LazyState<T> = {status: "ready"; module: T} | {status: "loading"} | {status: "failed"; error: unknown};

/**
 * A module loaded on first use, for a render: starts the load once, asks the
 * host to render again when it settles, and reports a failure instead of
 * waiting forever. A failure stays until a render asks with `retry`.
 */
export function lazyModule<T>(host: ReactiveControllerHost, key: string, load: () => Promise<T>, {retry = false} = {}): LazyState<T> {
  const entry = entryFor(key, load, retry);
  if (entry.error) return {status: "failed", error: entry.error};
  if (entry.value === undefined) {
    const update = () => host.requestUpdate();
    void entry.promise.then(update, update);
    return {status: "loading"};
  }
  return {status: "ready", module: entry.value as T};
}

/** Resolves when the module is loaded (for event handlers that need it now); a failed load is tried again. */
export function loadModule<T>(key: string, load: () => Promise<T>): Promise<T> {
  return entryFor(key, load, true).promise as Promise<T>;
}

import type {ReactiveControllerHost} from "lit";

const modules = new Map<string, {value?: unknown; error?: unknown; promise: Promise<unknown>}>();

/**
 * A module loaded on first use. Returns it once loaded; until then starts the
 * load (once) and asks the host to render again when it arrives.
 */
export function lazyModule<T>(host: ReactiveControllerHost, key: string, load: () => Promise<T>): T | undefined {
  let entry = modules.get(key);
  if (!entry) {
    const promise = load().then(
      (value) => (entry!.value = value),
      (error) => (entry!.error = error)
    );
    modules.set(key, (entry = {promise}));
  }
  if (entry.error) throw entry.error;
  if (entry.value === undefined) void entry.promise.then(() => host.requestUpdate());
  return entry.value as T | undefined;
}

/** Resolves when the module is loaded (for event handlers that need it now). */
export function loadModule<T>(key: string, load: () => Promise<T>): Promise<T> {
  let entry = modules.get(key);
  if (!entry) {
    const promise = load().then((value) => (entry!.value = value));
    modules.set(key, (entry = {promise}));
  }
  return entry.promise as Promise<T>;
}

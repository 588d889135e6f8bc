import {LANGS, LANGUAGES, type Lang} from "./locale.ts";
import type {Messages} from "./zh.ts";

export type {Messages};

const loaded = new Map<Lang, Messages>();
const loading = new Map<Lang, Promise<Messages>>();

/**
 * A language's UI text, once loaded (loadMessages). Each language is a module
 * of its own, so a page carries its own language's text only; the page's
 * shells load it before they render, the build loads every language first.
 */
export function messagesFor(lang: Lang): Messages {
  const messages = loaded.get(lang);
  if (!messages) throw new Error(`the ${lang} messages are not loaded: await loadMessages("${lang}") first`);
  return messages;
}

export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Loads a language's text (once; a failed load is tried again on the next call). */
export function loadMessages(lang: Lang): Promise<Messages> {
  const known = loaded.get(lang);
  if (known) return Promise.resolve(known);
  let promise = loading.get(lang);
  if (!promise) {
    promise = LANGUAGES[lang].load().then((messages) => (loaded.set(lang, messages), messages));
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

/** Every language's text: what the build (every page in every language) and the tests load first. */
export async function loadAllMessages(): Promise<void> {
  await Promise.all(LANGS.map(loadMessages));
}

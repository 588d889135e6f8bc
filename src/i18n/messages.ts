import {en} from "./en.ts";
import type {Lang} from "./locale.ts";
import {zh, type Messages} from "./zh.ts";

export type {Messages};
export const MESSAGES: Record<Lang, Messages> = {zh, en};

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}

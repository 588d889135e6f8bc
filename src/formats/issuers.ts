import type {Lang} from "../i18n/locale.ts";
import {inLang} from "../i18n/localized.ts";

/**
 * A document issued jointly names each issuer in its record, joined the way
 * each language lists organisations: 、 in Chinese, "; " in English (English
 * names hold commas: "Dongcheng District Education Commission, Beijing").
 * Citations list the issuers one by one, so that a reference manager keeps
 * two organisations as two authors instead of one long name.
 */
export const ISSUER_SEPARATORS: Record<Lang, string> = {zh: "、", en: "; "};

export function issuersOf(source: {issuer_zh: string; issuer_en: string}, lang: Lang): string[] {
  const joined = inLang(source, "issuer", lang);
  return joined.split(ISSUER_SEPARATORS[lang]).map((name) => name.trim()).filter(Boolean);
}

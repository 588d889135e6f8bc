import {langFromSearch, type Lang} from "../i18n/locale.ts";

/** Which page is showing. Only known keys and values are read; anything else is ignored. */
export interface View {
  name: "explainer" | "source";
  lang: Lang;
  doc?: string;
}

const DOC = /^[a-z0-9-]{1,40}$/;

export function readView(search: string): View {
  const params = new URLSearchParams(search);
  const lang = langFromSearch(search);
  if (params.get("view") !== "source") return {name: "explainer", lang};
  const doc = params.get("doc");
  return {name: "source", lang, ...(doc && DOC.test(doc) ? {doc} : {})};
}

export function writeView(view: View, href: string): string {
  const url = new URL(href);
  url.search = "";
  url.hash = "";
  if (view.name === "source") url.searchParams.set("view", "source");
  if (view.doc) url.searchParams.set("doc", view.doc);
  if (view.lang === "en") url.searchParams.set("lang", "en");
  return url.toString();
}

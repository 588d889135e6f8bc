import type {ComparisonTexts} from "../schema/content.ts";
import type {Place} from "../schema/dataset.ts";
import type {Piece} from "./narrative.ts";

/** A place's comparison, as the page shows it: the place's id, its heading and its body filled from the data. */
export interface ScopeComparison {
  scope: string;
  title: string;
  body: Piece[];
}

export interface ComparisonsModel {
  texts: ComparisonTexts;
  /** One comparison per place that has one in content/explainer.json, in data/scopes.json's order. */
  scopes: ScopeComparison[];
}

/** Each place's comparison in a language, filled by `fill`, in the order of the curated places. */
export function comparisonsModel(texts: ComparisonTexts, places: Iterable<Place>, fill: (template: string) => Piece[]): ComparisonsModel {
  const scopes = [...places].filter((p) => Object.hasOwn(texts.scopes, p.id)).map((p): ScopeComparison => ({scope: p.id, title: texts.scopes[p.id].title, body: fill(texts.scopes[p.id].body)}));
  return {texts, scopes};
}

import type {TemplateResult} from "lit";
import type {Parts} from "../app/parts.ts";
import type {PartsIndex} from "../model/page-parts.ts";
import type {UrlState} from "../model/url-state.ts";

/** What a view is drawn from: the page's state (its URL), the parts it loads, and what exists in its language. */
export interface ViewContext {
  state: UrlState;
  parts: Parts;
  index: PartsIndex;
}

/** A view that loads on first use: one chunk, one function that draws it. */
export interface LazyView {
  render(context: ViewContext): TemplateResult;
}

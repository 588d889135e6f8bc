import type {TemplateResult} from "lit";
import type {PageModel} from "../model/page-model.ts";
import type {UrlState} from "../model/url-state.ts";

/** What a view is drawn from: the page's state (its URL) and the page model for its language. */
export interface ViewContext {
  state: UrlState;
  model: PageModel;
}

/** A view that loads on first use: one chunk, one function that draws it. */
export interface LazyView {
  render(context: ViewContext): TemplateResult;
}

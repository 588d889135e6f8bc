import type {TemplateResult} from "lit";
import type {Parts} from "../app/parts.ts";
import type {PartsIndex} from "../model/page-parts.ts";
import type {UrlState} from "../model/url-state.ts";
import type {Presenting} from "./presenting.ts";

/** What a view is drawn from: the page's state (its URL), the parts it loads, and what exists in its language. */
export interface ViewContext {
  state: UrlState;
  parts: Parts;
  index: PartsIndex;
}

/** A view that loads on first use: one chunk, one function that draws it. */
export interface LazyView {
  /** `blank`: a presentation's room is blank (the page keeps it, as the speaker's window can set it). */
  render(context: ViewContext, options?: {blank?: boolean}): TemplateResult;
  /** The window's title for the view, once its part has arrived (a presentation names itself and its step). */
  title?(context: ViewContext): string | undefined;
  /** The presentation the view shows (its id for the speaker's channel, its number of steps), or null. */
  presentation?(context: Pick<ViewContext, "state" | "index">): {id: string; total: number} | null;
  /** What a presentation does across the presenter's windows (views/presenting.ts): the views that present export it. */
  Presenting?: typeof Presenting;
}

import type {Messages} from "../i18n/messages.ts";
import {interpolate} from "../i18n/interpolate.ts";

/** What the page says when a permalink names an indicator that does not exist. */
export function notFoundMessage(messages: Messages, id: string): string {
  return interpolate(messages.indicatorView.notFound, {id});
}

import type {Messages} from "../i18n/messages.ts";
import type {EmbedView} from "./embed-query.ts";
import {interpolate} from "../i18n/interpolate.ts";

/** What an embed says when it has nothing valid to show. */
export function embedNotice(view: Extract<EmbedView, {kind: "none"}>, messages: Messages): string {
  if (!view.asked) return messages.embed.missingChart;
  return interpolate(view.what === "story" ? messages.embed.unknownStory : messages.embed.unknownChart, {id: view.asked});
}

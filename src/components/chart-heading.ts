import {html, literal} from "lit/static-html.js";

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A chart's title as a heading of the level its place needs (heading order:
 * never a level skipped). The tags are constants; nothing from the data
 * becomes a tag.
 */
export function chartHeading(level: number, {id, hidden}: {id: string; hidden: boolean}, content: unknown) {
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level) || 3)) - 1];
  return html`<${tag} id=${id} class=${hidden ? "visually-hidden" : "chart-title"}>${content}</${tag}>`;
}

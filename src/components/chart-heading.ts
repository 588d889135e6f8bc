import {html, type TemplateResult} from "lit";

type Attributes = {id: string; hidden: boolean};

// One template per level: the tag is a constant in each, so nothing from the data becomes a tag
// (and the first view needs no static-html layer for six strings).
const HEADINGS: Array<(a: Attributes, content: unknown) => TemplateResult> = [
  ({id, hidden}, c) => html`<h1 id=${id} class=${hidden ? "visually-hidden" : "chart-title"}>${c}</h1>`,
  ({id, hidden}, c) => html`<h2 id=${id} class=${hidden ? "visually-hidden" : "chart-title"}>${c}</h2>`,
  ({id, hidden}, c) => html`<h3 id=${id} class=${hidden ? "visually-hidden" : "chart-title"}>${c}</h3>`,
  ({id, hidden}, c) => html`<h4 id=${id} class=${hidden ? "visually-hidden" : "chart-title"}>${c}</h4>`,
  ({id, hidden}, c) => html`<h5 id=${id} class=${hidden ? "visually-hidden" : "chart-title"}>${c}</h5>`,
  ({id, hidden}, c) => html`<h6 id=${id} class=${hidden ? "visually-hidden" : "chart-title"}>${c}</h6>`
];

/** A chart's title as a heading of the level its place needs (heading order: never a level skipped). */
export function chartHeading(level: number, attributes: Attributes, content: unknown): TemplateResult {
  return HEADINGS[Math.min(6, Math.max(1, Math.round(level) || 3)) - 1](attributes, content);
}

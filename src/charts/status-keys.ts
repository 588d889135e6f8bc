import type {Status} from "../schema/statuses.ts";

/**
 * The status shapes of status-symbols.ts on a 16 px box, for HTML: a status
 * reads by shape as well as colour. Data, so the live page (Lit) and the
 * static page (a string) draw the same icons.
 */
export const STATUS_ICON_PATHS: Record<Status, {d: string; fill: boolean}> = {
  "met": {d: "M2.5 8.5 L6.5 12.5 L13.5 3.5", fill: false},
  "on-track": {d: "M8 2.5 L14 13 L2 13 Z", fill: true},
  "behind": {d: "M8 13.5 L14 3 L2 3 Z", fill: true},
  "moving-away": {d: "M3 3 L13 13 M13 3 L3 13", fill: false},
  // An hourglass: a figure is there, its pace cannot be told yet.
  "too-early": {d: "M3.5 2.5 H12.5 L3.5 13.5 H12.5 Z", fill: false},
  // Not equal: the figure counts something else.
  "not-comparable": {d: "M2.5 6 H13.5 M2.5 10.5 H13.5 M11 2.5 L5 14", fill: false},
  // An empty circle: nothing published.
  "no-figure": {d: "M14 8 A6 6 0 1 1 2 8 A6 6 0 1 1 14 8 Z", fill: false}
};

/** The stroke a status icon is drawn with: filled shapes get a hairline, open ones a stroke that reads at 16 px. */
export const statusIconStroke = (status: Status) => (STATUS_ICON_PATHS[status].fill ? 1 : 2.2);

/** An icon as SVG markup (constants only: no data reaches it). */
export function statusIconMarkup(status: Status): string {
  const {d, fill} = STATUS_ICON_PATHS[status];
  return `<svg class="status-icon status-${status}" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="${d}" fill="${fill ? "currentColor" : "none"}" stroke="currentColor" stroke-width="${statusIconStroke(status)}" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

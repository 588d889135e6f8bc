import {svg, type SVGTemplateResult} from "lit";
import {STATUS_ICON_PATHS, statusIconStroke} from "../charts/status-keys.ts";
import type {Status} from "../schema/statuses.ts";

/** A status's icon (src/charts/status-keys.ts) for a Lit template. */
export function statusIcon(status: Status): SVGTemplateResult {
  const {d, fill} = STATUS_ICON_PATHS[status];
  return svg`<svg class="status-icon status-${status}" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d=${d} fill=${fill ? "currentColor" : "none"} stroke="currentColor" stroke-width=${statusIconStroke(status)} stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

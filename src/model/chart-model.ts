import type {Comparator} from "../schema/dataset.ts";
import type {Role} from "../schema/roles.ts";

/**
 * Which figure a mark shows: a role (`annual` is a one-year target, `district`
 * a district's), or `pace`: what a five-year total needs each year, drawn on
 * the axis of the yearly figures it is judged against.
 */
export type MarkSeries = Role | "pace";

export const MARK_SERIES: readonly MarkSeries[] = ["baseline", "actual", "annual", "pace", "target", "district"];

export interface ChartMark {
  /** The observation this mark shows; links and provenance use it. */
  id: string;
  series: MarkSeries;
  /** Position in the chart's unit (the observation's base value). */
  value: number;
  /** Ceiling of a range figure (1—2所). */
  upper?: number | null;
  comparator: Comparator;
  /** Short text beside the mark: the figure as written (zh) or formatted (en). */
  label: string;
  /** What a screen reader says for the mark. */
  description: string;
  /** Called out by the narrative next to the chart. */
  highlight: boolean;
  /** Where the mark links to (default: `#q-<id>`); it must end in `#q-<id>`. */
  href?: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** A second line under the label, such as the status. */
  note: string;
  marks: ChartMark[];
}

export interface ChartModel {
  id: string;
  title: string;
  /** One-sentence takeaway, used as the accessible description. */
  description: string;
  /** The unit every mark is in; charts never mix units. */
  unit: string;
  axisLabel: string;
  domain: [number, number];
  rows: ChartRow[];
  /** Text for the source line. */
  sourceLine: string;
}

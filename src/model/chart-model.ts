import type {ChartKind} from "../schema/content.ts";
import type {Comparator} from "../schema/dataset.ts";
import type {Role} from "../schema/roles.ts";
import type {Status} from "../schema/statuses.ts";
import type {Lang} from "../i18n/locale.ts";

/**
 * Which figure a mark shows: a role (`annual` is a one-year target, `district`
 * a district's), or `pace`: what a five-year total needs each year, drawn on
 * the axis of the yearly figures it is judged against.
 */
export type MarkSeries = Role | "pace";

export const MARK_SERIES: readonly MarkSeries[] = ["baseline", "actual", "annual", "pace", "target", "district"];

/**
 * What a city chart draws: every series but a district's. A district's target
 * counts another place (and often other people), so it never shares a row,
 * or a scale, with the city's figures; it is a figure of its own, said in words.
 */
export const CITY_SERIES: readonly MarkSeries[] = MARK_SERIES.filter((s) => s !== "district");

/** What a reader learns at the mark (the tooltip on hover and focus): the figure as written, its series and year, its source, where it stands. */
export interface MarkTip {
  figure: string;
  series: string;
  source: string;
  status: string;
}

export interface ChartMark {
  /** The observation this mark shows; links and provenance use it. */
  id: string;
  series: MarkSeries;
  /** Position on the row's scale (the observation's base value). */
  value: number;
  /** Ceiling of a range figure (1—2所). */
  upper?: number | null;
  comparator: Comparator;
  /** Short text beside the mark: the figure as written (zh) or formatted (en). */
  label: string;
  /** What a screen reader says for the mark. */
  description: string;
  tip: MarkTip;
  /** Called out by the text next to the chart. */
  highlight: boolean;
  /** The source document the figure was read from: the mark links to its sentence there (src/charts/mark-href.ts). */
  source: string;
  /** The year the figure is for (a target's, the year it is due). */
  year: number;
  /** For a pace: the five-year total it is worked out from, as written ("about 160,000"), which a text may name on its own. */
  total?: string;
}

/** One indicator: its name, where it stands, and its figures on a scale of its own. */
export interface ChartRow {
  key: string;
  label: string;
  /** A line under the label: the status and why. */
  note: string;
  status?: Status;
  /** The base unit of every figure in the row. */
  unit: string;
  /** The row's scale: the range that holds its figures, from zero for counts. */
  domain: [number, number];
  /** The scale does not start at zero (a rate zoomed to its figures): its axis says so. */
  zoomed: boolean;
  marks: ChartMark[];
}

export interface ChartModel {
  id: string;
  /** How it is drawn (src/schema/content.ts): a row per indicator, or lines over the years. */
  kind: ChartKind;
  /** What the chart shows, stated as a finding. */
  title: string;
  /** What is drawn: units, years, scales. */
  subtitle: string;
  /** A sentence per row, for the accessible description. */
  description: string;
  lang: Lang;
  rows: ChartRow[];
  /** Text for the source line, naming each source's issuer. */
  sourceLine: string;
}

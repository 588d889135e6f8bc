import {TRACKER_GROUPS, type TrackerGroup} from "../schema/content.ts";
import {DOMAINS, type Domain} from "../schema/records.ts";
import {STATUS_CODES, type Status} from "../schema/statuses.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {htmlLang, type Lang} from "../i18n/locale.ts";
import type {Messages} from "../i18n/messages.ts";
import type {TrackerRow} from "./tracker-rows.ts";

export const TRACKER_SORT_KEYS = ["name", "area", "status"] as const;
export type TrackerSortKey = (typeof TRACKER_SORT_KEYS)[number];

/** What a reader has chosen: the sort, and at most one area and one verdict to show. */
export interface TrackerState {
  sort: {key: TrackerSortKey; dir: "asc" | "desc"};
  area: Domain | "";
  status: Status | "";
}

/** News first: by verdict, then area, then name. */
export const TRACKER_DEFAULT: TrackerState = {sort: {key: "status", dir: "asc"}, area: "", status: ""};

export interface TrackerModel {
  heading: string;
  intro: string;
  caption: string;
  /** The column headings, filled (the baseline column names its year: “十三五”末（2020年）). */
  columns: Messages["tracker"]["columns"];
  /** The groups, in order, with their headings: each a body of the table, sorted and filtered on its own. */
  groups: Array<{id: TrackerGroup; label: string}>;
  rows: TrackerRow[];
  /** Each sort's order of the rows, ascending (row indices), made once by the build: the page only reads it. */
  orders: Record<TrackerSortKey, number[]>;
}

export interface TrackerOption {
  value: string;
  label: string;
  /** Rows choosing it would show, given the other filter. */
  count: number;
}

export interface TrackerView {
  groups: Array<{id: TrackerGroup; label: string; rows: TrackerRow[]}>;
  shown: number;
  total: number;
  /** The options of each filter that occur in the tracker, in their natural order. */
  options: {area: TrackerOption[]; status: TrackerOption[]};
}

export interface TrackerModelOptions {
  lang: Lang;
  messages: Messages;
  heading: string;
  intro: string;
  caption: string;
  groupLabels: Record<TrackerGroup, string>;
  /** The year of the plan's baseline, which the baseline column's heading names. */
  baselineYear: number;
}

/** Row indices in the order of a list of comparators, each breaking the ties of the one before; the build order breaks the last. */
function order(rows: readonly TrackerRow[], ...by: Array<(a: TrackerRow, b: TrackerRow) => number>): number[] {
  return rows.map((_, i) => i).sort((i, j) => {
    for (const compare of by) {
      const c = compare(rows[i], rows[j]);
      if (c !== 0) return c;
    }
    return i - j;
  });
}

/** The tracker's rows with their groups and each sort's order. */
export function trackerModel(rows: readonly TrackerRow[], {lang, messages, heading, intro, caption, groupLabels, baselineYear}: TrackerModelOptions): TrackerModel {
  const collator = new Intl.Collator(htmlLang(lang), {numeric: true});
  const byName = (a: TrackerRow, b: TrackerRow) => collator.compare(a.name, b.name);
  const byArea = (a: TrackerRow, b: TrackerRow) => DOMAINS.indexOf(a.area) - DOMAINS.indexOf(b.area);
  const byStatus = (a: TrackerRow, b: TrackerRow) => STATUS_CODES.indexOf(a.status) - STATUS_CODES.indexOf(b.status);
  return {
    heading,
    intro,
    caption,
    columns: {...messages.tracker.columns, baseline: interpolate(messages.tracker.columns.baseline, {year: baselineYear})},
    groups: TRACKER_GROUPS.filter((g) => rows.some((r) => r.group === g)).map((id) => ({id, label: groupLabels[id]})),
    rows: [...rows],
    orders: {name: order(rows, byName), area: order(rows, byArea, byStatus, byName), status: order(rows, byStatus, byArea, byName)}
  };
}

/**
 * What the table shows for a state: each group's rows that pass the filters,
 * in the chosen order (descending is the ascending order reversed), and the
 * filters' options with the rows each would show. Pure and cheap: the page
 * runs it on every change.
 */
export function trackerView(model: TrackerModel, state: TrackerState, messages: Messages): TrackerView {
  const {rows} = model;
  const pass = (r: TrackerRow, skip?: "area" | "status") => (skip === "area" || !state.area || r.area === state.area) && (skip === "status" || !state.status || r.status === state.status);
  const ordered = (model.orders[state.sort.key] ?? model.orders.status).map((i) => rows[i]);
  if (state.sort.dir === "desc") ordered.reverse();
  const groups = model.groups.map((g) => ({...g, rows: ordered.filter((r) => r.group === g.id && pass(r))}));
  const count = (skip: "area" | "status", value: string) => rows.filter((r) => r[skip] === value && pass(r, skip)).length;
  return {
    groups,
    shown: groups.reduce((n, g) => n + g.rows.length, 0),
    total: rows.length,
    options: {
      area: DOMAINS.filter((d) => rows.some((r) => r.area === d)).map((d) => ({value: d, label: messages.domains[d], count: count("area", d)})),
      status: STATUS_CODES.filter((s) => rows.some((r) => r.status === s)).map((s) => ({value: s, label: messages.status[s], count: count("status", s)}))
    }
  };
}

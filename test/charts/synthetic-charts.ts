import type {ChartWithTable} from "../../src/model/chart-rows.ts";
import type {ChartMark, ChartRow, MarkSeries} from "../../src/model/chart-model.ts";
import {rowDomain} from "../../src/model/row-scale.ts";
import type {Comparator} from "../../src/schema/comparators.ts";
import type {Status} from "../../src/schema/statuses.ts";

/** A mark with everything defaulted but what a test is about. */
export function mark(id: string, series: MarkSeries, value: number, comparator: Comparator = "eq", extra: Partial<ChartMark> = {}): ChartMark {
  const label = `${series} ${value}`;
  return {id, series, value, comparator, label, description: `${id}: ${label}`, tip: {figure: label, series, source: "A test", status: ""}, highlight: false, ...extra};
}

type RowInput = {key: string; label: string; note?: string; status?: Status; unit?: string; marks: ChartMark[]};

/** A chart model from rows of marks: small, made for the test, independent of the curated data. Each row's scale is the model's (rowDomain). */
export function chart(id: string, rows: RowInput[], extra: Partial<ChartWithTable> = {}): ChartWithTable {
  const row = ({unit = "%", ...r}: RowInput): ChartRow => ({note: "", ...r, unit, ...rowDomain(unit, r.marks.flatMap((m) => [m.value, m.upper ?? NaN]))});
  return {
    id,
    title: `Chart ${id}`,
    subtitle: `What is drawn in chart ${id}.`,
    description: `What chart ${id} shows.`,
    lang: "en",
    rows: rows.map(row),
    sourceLine: "Source: a test",
    table: [],
    legend: [],
    embeddable: false,
    ...extra
  };
}

/** One chart per thing the builder draws differently. */
export const SYNTHETIC: ChartWithTable[] = [
  chart("comparators", [
    {key: "ge", label: "At least (ge): tick and arrow", marks: [mark("a/base", "baseline", 60), mark("a/act", "actual", 72), mark("a/tgt", "target", 80, "ge")]},
    {key: "gt", label: "More than (gt): open circle and arrow", marks: [mark("b/tgt", "target", 70, "gt")]},
    {key: "approx", label: "About (approx): a band", marks: [mark("c/tgt", "target", 50, "approx")]},
    {key: "eq", label: "Reach (eq): a tick", note: "Met", status: "met", marks: [mark("d/act", "actual", 90), mark("d/tgt", "target", 90, "eq")]},
    {key: "range", label: "A range (1–2): arrow to its ceiling", marks: [mark("e/tgt", "target", 10, "ge", {upper: 20})]}
  ]),
  chart("pace", [
    {key: "places", label: "Places added in a year", note: "On track: about 32,000 needed a year", status: "on-track", unit: "个", marks: [
      mark("p/act", "actual", 36000), mark("p/annual", "annual", 20000), mark("p/pace", "pace", 32000, "approx", {label: "about 32,000 a year needed"})
    ]}
  ]),
  chart("highlight-and-wrap", [
    {key: "long", label: "A long row label that has to wrap onto a second line in a narrow chart, as real indicator names do", note: "A note under it, also long enough to wrap at 320 pixels", status: "behind", marks: [
      mark("h/base", "baseline", 15.85, "eq", {highlight: true}), mark("h/tgt", "target", 16, "eq", {highlight: true})
    ]},
    {key: "counts", label: "Counts start at zero", status: "no-figure", unit: "所", marks: [mark("k/tgt", "district", 85, "ge"), mark("k/act", "actual", 40)]}
  ])
];

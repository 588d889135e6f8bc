import type {ChartWithTable} from "../../src/model/chart-rows.ts";
import type {ChartMark, MarkSeries} from "../../src/model/chart-model.ts";
import type {Comparator} from "../../src/schema/comparators.ts";

/** A mark with everything defaulted but what a test is about. */
export function mark(id: string, series: MarkSeries, value: number, comparator: Comparator = "eq", extra: Partial<ChartMark> = {}): ChartMark {
  return {id, series, value, comparator, label: `${series} ${value}`, description: `${id}: ${series} ${value}`, highlight: false, ...extra};
}

/** A chart model from rows of marks: small, made for the test, independent of the curated data. */
export function chart(id: string, rows: Array<{key: string; label: string; note?: string; marks: ChartMark[]}>, extra: Partial<ChartWithTable> = {}): ChartWithTable {
  return {
    id,
    title: `Chart ${id}`,
    description: `What chart ${id} shows.`,
    unit: "%",
    axisLabel: "Per cent",
    domain: [0, 100],
    rows: rows.map((r) => ({note: "", ...r})),
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
    {key: "eq", label: "Reach (eq): a tick", note: "Met", marks: [mark("d/act", "actual", 90), mark("d/tgt", "target", 90, "eq")]},
    {key: "range", label: "A range (1–2): arrow to its ceiling", marks: [mark("e/tgt", "target", 10, "ge", {upper: 20})]}
  ]),
  chart("pace", [
    {key: "places", label: "Places added in a year", note: "On track: about 32,000 needed a year", marks: [
      mark("p/act", "actual", 36000), mark("p/annual", "annual", 20000), mark("p/pace", "pace", 32000, "approx", {label: "about 32,000 a year needed"})
    ]}
  ], {unit: "个", axisLabel: "Count", domain: [0, 50000]}),
  chart("highlight-and-wrap", [
    {key: "long", label: "A long row label that has to wrap onto a second line in a narrow chart, as real indicator names do", note: "A note under it, also long enough to wrap at 320 pixels", marks: [
      mark("h/base", "baseline", 15.85, "eq", {highlight: true}), mark("h/tgt", "target", 16, "eq", {highlight: true}), mark("h/district", "district", 85, "ge")
    ]}
  ])
];

import {parseTemplate, type Slot} from "../schema/content.ts";
import type {ChartWithTable} from "./chart-rows.ts";
import type {DeckText} from "./deck-schema.ts";
import {figureKey} from "./deck-text.ts";
import {fillText, verdictWording, type NarrativeContext} from "./narrative.ts";

/** A story slot as written, to fill it on its own. */
function written(slot: Exclude<Slot, {kind: "verdict"}>): string {
  switch (slot.kind) {
    case "figure": return `{${slot.series}${slot.unit ? "" : ".n"}:${slot.indicator}}`;
    case "year": return `{year:${slot.year}}`;
    case "value": return `{${slot.name}}`;
    default: return `{${slot.kind}:${slot.indicator}}`;
  }
}

/** Where the chart draws an observation: the row's key and the mark's series. */
function drawnAt(chart: ChartWithTable, id: string | undefined): {row: string; series: string} | undefined {
  for (const row of chart.rows) for (const mark of row.marks) if (mark.id === id) return {row: row.key, series: mark.series};
  return undefined;
}

/**
 * A story's template as a deck's text for the chart a slide of it draws:
 * each story slot becomes the deck slot that prints the same words
 * (deck-text.ts), so the figure keeps following the data: a figure the chart
 * draws is `{row:series}`; a five-year target drawn as its pace is the pace's
 * `total`; a story's `{pace:…}` is the pace's `needed`. A figure the chart does
 * not draw (a deck slot may only name what its slide draws), a year, a count
 * and a status are written out as the story prints them now.
 */
export function deckTemplate(template: string, context: NarrativeContext, chart: ChartWithTable): string {
  return parseTemplate(template).map((part): string => {
    if (typeof part === "string") return part;
    if (part.kind === "verdict") return deckTemplate(verdictWording(part.key, context), {...context, verdicts: {}}, chart);
    const summary = "indicator" in part ? context.summaries.get(part.indicator) : undefined;
    if (part.kind === "figure" && part.unit) {
      const at = drawnAt(chart, summary?.[part.series]?.observation_id);
      if (at?.series === part.series) return `{${figureKey(at.row, part.series)}}`;
      if (at?.series === "pace") return `{${figureKey(at.row, "pace")}:total}`;
    }
    if (part.kind === "pace") {
      const at = drawnAt(chart, summary?.target?.observation_id);
      if (at?.series === "pace") return `{${figureKey(at.row, "pace")}:needed}`;
    }
    return fillText(written(part), context);
  }).join("");
}

/** A story step's words as a deck's (deckTemplate for each). */
export function deckTextOfStep(text: {title: string; caption: string; notes: string}, context: NarrativeContext, chart: ChartWithTable): DeckText {
  return {title: deckTemplate(text.title, context, chart), caption: deckTemplate(text.caption, context, chart), notes: deckTemplate(text.notes, context, chart)};
}

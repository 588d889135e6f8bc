import {formatQuantity} from "../i18n/format-figure.ts";
import type {ChartWithTable} from "./chart-rows.ts";
import type {MarkSeries} from "./chart-model.ts";
import type {DeckText} from "./deck-schema.ts";
import type {SlidePiece, StepModel} from "./story-steps.ts";

/**
 * A deck's text holds figures only as slots naming a figure its slide draws:
 * `{row:series}` is the figure as the page writes it (`{school-places-added:actual}`
 * → "36,000"), `{row:series:year}` its year. A pace has two more: the
 * five-year total it comes from (`{school-places-added:pace:total}` → "about
 * 160,000") and what it needs a year (`{school-places-added:pace:needed}` →
 * "32,000"), so a text can name either alone, as a story does. Filled from
 * the chart, so a caption can never change a number, and each figure still
 * opens its quote. Braces that name no figure stay as they are written.
 */
export const DECK_SLOT = /\{([a-z0-9]+(?:-[a-z0-9]+)*):(baseline|actual|annual|pace|target|district)(?::(year|total|needed))?\}/g;

/** What a slot prints of its figure: the figure, its year, or for a pace its total or what it needs a year. */
export type SlotPart = "year" | "total" | "needed";

/** A figure a slot can name: its text, its observation and its year. */
export interface SlotFigure {
  key: string;
  text: string;
  id: string;
  year: number | null;
  /** The number it is drawn at, in its row's unit. */
  value: number;
  unit: string;
  /** How the editor lists it: the row's label and the series. */
  label: string;
  /** For a pace: the five-year total as written, and what it needs a year. */
  total?: string;
  needed?: string;
}

export const figureKey = (row: string, series: MarkSeries) => `${row}:${series}`;

/** The figures a slide of this chart draws, by slot key. */
export function slotFigures(chart: ChartWithTable): Map<string, SlotFigure> {
  const years = new Map(chart.table.map((t) => [t.id, t.year]));
  const legend = new Map(chart.legend.map((l) => [l.series, l.short]));
  return new Map(chart.rows.flatMap((row) => row.marks.map((mark) => {
    const key = figureKey(row.key, mark.series);
    const pace = mark.series === "pace" && mark.total ? {total: mark.total, needed: formatQuantity(mark.value, row.unit, chart.lang)} : {};
    return [key, {key, text: mark.tip.figure, id: mark.id, year: years.get(mark.id) ?? null, value: mark.value, unit: row.unit, label: `${row.label} · ${legend.get(mark.series) ?? mark.tip.series}`, ...pace}] as const;
  })));
}

/** The slot keys a text names, in order, each once. */
export function slotsIn(text: string): string[] {
  return [...new Set([...text.matchAll(DECK_SLOT)].map((m) => `${m[1]}:${m[2]}`))];
}

/** What a slot prints, or null when its figure is not drawn or has no such part. A year and a pace's yearly need are plain text, as a story prints them. */
function slotPiece(figure: SlotFigure | undefined, part: SlotPart | undefined): SlidePiece | null {
  if (!figure) return null;
  const linked = (text: string) => ({text, observation: {observation_id: figure.id}});
  if (part === "year") return figure.year === null ? null : String(figure.year);
  if (part === "total") return figure.total === undefined ? null : linked(figure.total);
  if (part === "needed") return figure.needed ?? null;
  return linked(figure.text);
}

/**
 * A text with its slots filled: a figure is a piece that keeps its
 * observation (bold on a slide, a link to its quote); its year is plain text.
 * A slot whose figure the slide does not draw becomes `missing` and is listed.
 */
export function fillDeckText(text: string, figures: ReadonlyMap<string, SlotFigure>, missing: string): {pieces: SlidePiece[]; unknown: string[]} {
  const pieces: SlidePiece[] = [];
  const unknown: string[] = [];
  let last = 0;
  for (const match of text.matchAll(DECK_SLOT)) {
    if (match.index > last) pieces.push(text.slice(last, match.index));
    const key = `${match[1]}:${match[2]}`;
    const piece = slotPiece(figures.get(key), match[3] as SlotPart | undefined);
    if (piece === null) {
      unknown.push(key);
      pieces.push(missing);
    } else pieces.push(piece);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return {pieces, unknown};
}

/** A filled text as plain text (titles, notes). */
export const plainText = (pieces: readonly SlidePiece[]) => pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");

/**
 * A shown step's words as a deck's (a story's slide added to a briefing):
 * each figure of its caption becomes the slot of the mark it names on the
 * step's chart, so it keeps following the data; the rest is kept as written.
 */
export function deckTextOf(step: Pick<StepModel, "title" | "caption" | "notes" | "chart">): DeckText {
  const keys = new Map((step.chart?.rows ?? []).flatMap((r) => r.marks.map((m) => [m.id, figureKey(r.key, m.series)] as const)));
  const caption = step.caption.map((p) => (typeof p === "string" ? p : keys.has(p.observation.observation_id) ? `{${keys.get(p.observation.observation_id)}}` : p.text)).join("");
  return {title: step.title, caption, notes: step.notes};
}

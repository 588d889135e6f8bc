import {compact, findAll, removeSpace, type CompactText, type Span} from "./compact-text.ts";
import type {DatasetError} from "./dataset-error.ts";
import {FigureError, readFigure, type ParsedFigure} from "./parse-figure.ts";
import type {ObservationRecord} from "../../schema/records.ts";
import type {Mention} from "./scan-mentions.ts";

export interface LocatedObservation {
  quote: Span;
  figure: Span;
  parsed: ParsedFigure;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Finds an observation's quote in its cleaned source, picks out the figure
 * and parses it. Returns the errors instead when any step fails.
 */
export function locateObservation(
  observation: ObservationRecord,
  text: string,
  compacted: CompactText,
  mentions: Mention[]
): LocatedObservation | DatasetError[] {
  const at = {record: observation.id, source: observation.id.split("/")[0]};
  const quotes = findAll(compacted, observation.quote);
  if (quotes.length === 0) return [{...at, message: `quote not found in the cleaned source: ${JSON.stringify(observation.quote)}`}];
  if (quotes.length > 1) return [{...at, message: `quote found ${quotes.length} times in the cleaned source (at ${quotes.map((q) => q.start).join(", ")}); make it longer: ${JSON.stringify(observation.quote)}`}];
  const [quote] = quotes;

  let figure: Span;
  if (observation.figure !== undefined) {
    const inQuote = findAll(compact(text.slice(quote.start, quote.end)), observation.figure);
    if (inQuote.length !== 1) {
      return [{...at, message: `figure ${JSON.stringify(observation.figure)} found ${inQuote.length} times in the quote, expected once`}];
    }
    figure = {start: quote.start + inQuote[0].start, end: quote.start + inQuote[0].end};
  } else {
    const inside = mentions.filter((m) => m.start >= quote.start && m.end <= quote.end);
    if (inside.length !== 1) {
      return [{...at, message: `quote holds ${inside.length} number mentions (${inside.map((m) => m.text).join(", ") || "none"}); name the figure with "figure"`}];
    }
    figure = {start: inside[0].start, end: quote.end};
  }

  let parsed: ParsedFigure;
  try {
    const read = readFigure(text.slice(figure.start, figure.end), {
      before: text.slice(quote.start, figure.start),
      after: text.slice(figure.end, quote.end)
    });
    parsed = read.parsed;
    // Without an explicit figure the rest of the quote was read; the figure ends where the reading stopped.
    if (observation.figure === undefined) {
      const rest = compact(text.slice(figure.start, figure.end));
      figure = {start: figure.start, end: figure.start + rest.offsets[read.consumed - 1] + 1};
    }
  } catch (error) {
    if (error instanceof FigureError) return [{...at, message: `unparseable figure: ${error.message}`}];
    throw error;
  }

  const {expect} = observation;
  const errors: DatasetError[] = [];
  if (!close(parsed.value, expect.value)) errors.push({...at, message: `expected value ${expect.value} differs from the parsed value ${parsed.value}`});
  if (parsed.unit !== expect.unit) errors.push({...at, message: `expected unit ${JSON.stringify(expect.unit)} differs from the parsed unit ${JSON.stringify(parsed.unit)}`});
  if (parsed.comparator !== expect.comparator) errors.push({...at, message: `expected comparator ${expect.comparator} differs from the parsed comparator ${parsed.comparator}`});
  if (!parsed.unitBase) {
    if (!observation.unit_from_context) {
      errors.push({...at, message: `figure ${JSON.stringify(text.slice(figure.start, figure.end))} names no unit; give unit_from_context`});
    } else {
      const inQuote = removeSpace(observation.quote).includes(observation.unit_from_context);
      if (!inQuote && !observation.note) errors.push({...at, message: `unit_from_context ${observation.unit_from_context} is not in the quote and no note says why`});
      parsed = {...parsed, unitBase: observation.unit_from_context};
    }
  } else if (observation.unit_from_context) {
    errors.push({...at, message: `unit_from_context given, but the figure names its unit (${parsed.unitBase})`});
  }
  return errors.length ? errors : {quote, figure, parsed};
}

import type {PublishedRow} from "./published-row.ts";
import type {IndicatorRecord, ObservationRecord, SourceRecord} from "./records.ts";

/** A published row plus what the page needs to show and check it. */
export interface VerifiedObservation extends PublishedRow {
  observation_id: string;
  basis: ObservationRecord["basis"];
  period: string | null;
  figure: string;
  figure_start: number;
  figure_end: number;
  /** Upper bound of a range figure (1—2所), else null. */
  upper: number | null;
  note: string | null;
  /** The paragraph of the cleaned source that holds the quote. */
  paragraph_start: number;
  paragraph_end: number;
}

/** The shapes the page loads from the built `data/` files. */
export type Observation = VerifiedObservation;
export type Indicator = IndicatorRecord;
export interface Source extends SourceRecord {
  /** Path of the cleaned text, relative to the data folder. */
  text: string;
  coverage: {mentions: number; used: number; excluded: number; unaccounted: number};
}
export type {Comparator} from "./comparators.ts";
export type {Series, Scope, Domain, Basis, Better} from "./records.ts";

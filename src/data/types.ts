import type {VerifiedObservation} from "../extract/extract-dataset.ts";
import type {IndicatorRecord, SourceRecord} from "../extract/records.ts";

/** The shapes the page loads from the built `data/` files. */
export type Observation = VerifiedObservation;
export type Indicator = IndicatorRecord;
export interface Source extends SourceRecord {
  /** Path of the cleaned text, relative to the data folder. */
  text: string;
  coverage: {mentions: number; used: number; excluded: number; unaccounted: number};
}
export type {Comparator} from "../extract/qualifiers.ts";
export type {Series, Scope, Domain, Basis, Better} from "../extract/records.ts";

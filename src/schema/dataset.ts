import type {IndicatorRow, ObservationRow, RelationRow, SourceRow, StatusRow} from "./tables.ts";

/** The shapes the page reads: exactly the published tables' rows. */
export type Observation = ObservationRow;
export type Indicator = IndicatorRow;
export type Relation = RelationRow;
export type Source = SourceRow;
export type TargetStatus = StatusRow;
export type {Comparator} from "./comparators.ts";
export type {Series, Scope, Domain, Basis, Better} from "./records.ts";

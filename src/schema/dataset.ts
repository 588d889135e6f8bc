import type {IndicatorRow, ObservationRow, RelationRow, ScopeRow, SourceRow, StatusRow} from "./tables.ts";

/** The shapes the page reads: exactly the published tables' rows. */
export type Observation = ObservationRow;
export type Indicator = IndicatorRow;
export type Relation = RelationRow;
export type Source = SourceRow;
/** A place (data/scopes.json), as published in scopes.csv. */
export type Place = ScopeRow;
export type TargetStatus = StatusRow;
export type {Comparator} from "./comparators.ts";
export type {Series, Scope, Domain, Basis, Better} from "./records.ts";

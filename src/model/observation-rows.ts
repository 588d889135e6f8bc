import type {Dataset} from "./load-dataset.ts";
import {tableRows} from "./table-rows.ts";
import type {Observation} from "../schema/dataset.ts";

/** The observations of a dataset as plain rows, read without Arquero's expression compiler. */
export function observationRows(dataset: Dataset): Observation[] {
  return tableRows<Observation>(dataset.observations);
}

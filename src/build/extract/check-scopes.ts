import type {DatasetError} from "./dataset-error.ts";
import {CITY} from "../../schema/roles.ts";
import type {ScopeRecord} from "../../schema/records.ts";

/**
 * The curated places (data/scopes.json): unique ids, each district inside a
 * city of the list, and the city the plan speaks for among them. Every
 * document's and figure's scope is then checked against these ids, as a
 * foreign key (unknownScope).
 */
export function checkScopes(scopes: readonly ScopeRecord[]): DatasetError[] {
  const errors: DatasetError[] = [];
  const byId = new Map<string, ScopeRecord>();
  for (const place of scopes) {
    const record = `place ${place.id}`;
    if (byId.has(place.id)) errors.push({record, message: "duplicate place id"});
    byId.set(place.id, place);
  }
  for (const place of scopes) {
    const record = `place ${place.id}`;
    if (place.kind === "city" && place.parent !== null) errors.push({record, field: "parent", message: "a city lies in no other place here; set parent to null"});
    if (place.kind === "district") {
      const parent = place.parent === null ? undefined : byId.get(place.parent);
      if (!parent) errors.push({record, field: "parent", message: `${JSON.stringify(place.parent)} is not a place in this file: a district names the city it lies in`});
      else if (parent.kind !== "city") errors.push({record, field: "parent", message: `${place.parent} is a ${parent.kind}, not a city`});
    }
  }
  if (byId.get(CITY)?.kind !== "city") errors.push({record: `place ${CITY}`, message: `the city the plan speaks for, ${CITY}, must be a place of kind "city"`});
  return errors;
}

/** Why a scope is not a known place, for the record that names it; null when it is one. */
export function unknownScope(scope: string, places: ReadonlySet<string>): string | null {
  if (places.has(scope)) return null;
  return `${JSON.stringify(scope)} is not a place in data/scopes.json (${[...places].join(", ")}); add the place's record there, or fix the id`;
}

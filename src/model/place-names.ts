import type {Lang} from "../i18n/locale.ts";
import type {Place} from "../schema/dataset.ts";
import {inLang} from "../i18n/localized.ts";

/** A place as a reader of one language sees it: its name ("Dongcheng district") and its short name ("Dongcheng"). */
export interface PlaceName {
  id: string;
  name: string;
  short: string;
}

/** A place's names in a language, from the curated record (data/scopes.json), never from code. */
export function placeName(place: Place, lang: Lang): PlaceName {
  return {id: place.id, name: inLang(place, "name", lang), short: inLang(place, "short", lang)};
}

/** Every place's names in a language, by id, in the order of the curation (the city first). */
export function placeNames(places: Iterable<Place>, lang: Lang): Map<string, PlaceName> {
  return new Map([...places].map((p) => [p.id, placeName(p, lang)]));
}

/** The place words a message may hold ({place} "东城区", {placeShort} "东城"), for a figure of a place. */
export function placeWords(scope: string, places: ReadonlyMap<string, Place>, lang: Lang): {place: string; placeShort: string} {
  const place = places.get(scope);
  if (!place) throw new Error(`no place ${JSON.stringify(scope)} in scopes.json`);
  const {name, short} = placeName(place, lang);
  return {place: name, placeShort: short};
}

import type {ScopeRecord} from "../../../src/schema/records.ts";

/** The places of a small curation: the city and one district, as data/scopes.json writes them. */
export const PLACES: ScopeRecord[] = [
  {id: "beijing", name_zh: "北京市", name_en: "Beijing", short_zh: "全市", short_en: "Beijing", kind: "city", parent: null},
  {id: "dongcheng", name_zh: "东城区", name_en: "Dongcheng district", short_zh: "东城", short_en: "Dongcheng", kind: "district", parent: "beijing"}
];

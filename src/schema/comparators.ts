/** What a figure claims about its number, as the qualifier words around it say (以上 ≥, 超过 >, 左右 ≈ …). */
export type Comparator = "=" | ">=" | ">" | "~" | "<=" | "<";

export const COMPARATORS: readonly Comparator[] = ["=", ">=", ">", "~", "<=", "<"];

/**
 * What a figure claims about its number, as the qualifier words around it say:
 * eq (达到 X, X), ge (X以上, 不少于 X), gt (超过 X, X余, X多), approx (X左右, 约 X, 近 X),
 * le (X以下, 不超过 X), lt (低于 X). Letters, not symbols: a cell that starts
 * with "=" is a formula to a spreadsheet, and a code must read the same in
 * every file without being neutralised.
 */
export type Comparator = "eq" | "ge" | "gt" | "approx" | "le" | "lt";

export const COMPARATORS: readonly Comparator[] = ["eq", "ge", "gt", "approx", "le", "lt"];

import {rowDomain} from "./row-scale.ts";

/**
 * One scale per unit: rows of one unit in one chart are drawn on the same
 * axis (a room compares 90% and 88% by their places, and two zoomed axes of
 * different spans would mislead it), each unit's axis holding every figure of
 * its rows. Returns each row's scale, in the rows' order.
 */
export function sharedDomains<T extends {unit: string}>(rows: readonly T[], values: (row: T) => readonly number[]): Array<{domain: [number, number]; zoomed: boolean}> {
  const byUnit = new Map<string, number[]>();
  for (const row of rows) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), ...values(row)]);
  const domains = new Map([...byUnit].map(([unit, all]) => [unit, rowDomain(unit, all)]));
  return rows.map((row) => domains.get(row.unit)!);
}

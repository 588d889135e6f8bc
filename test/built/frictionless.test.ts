/**
 * The published Data Package as the field's clients read it: the descriptor
 * validated against the profile it names (data-package) and every CSV against
 * the Tabular Data Resource profile, every table read and cast by a
 * Frictionless client (frictionless-js), the per-indicator tables of the
 * indicator API included, keys, sizes and hashes of every file checked. Zero errors.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {checkDataPackage} from "../support/frictionless.ts";

const dir = new URL("../../dist/data/", import.meta.url);

describe("the published Data Package in a Frictionless client", () => {
  it("reads every resource with zero errors, the tables of every indicator included", async () => {
    const {errors, rows} = await checkDataPackage(dir.pathname);
    expect(errors).toEqual([]);
    const indicators: Array<{id: string}> = JSON.parse(readFileSync(new URL("indicators.json", dir), "utf8"));
    expect(Object.keys(rows)).toEqual(["observations", "indicators", "relations", "sources", "status", "mentions", "scopes", ...indicators.map((i) => `indicator-${i.id}`)]);
    // The mention ledger accounts for every number-bearing mention each source counts.
    const sources: Array<{id: string; mentions: number}> = JSON.parse(readFileSync(new URL("sources.json", dir), "utf8"));
    expect(rows.mentions).toBe(sources.reduce((sum, s) => sum + s.mentions, 0));
    expect(rows.observations).toBeGreaterThan(100);
    // Every figure is in exactly one indicator's table.
    expect(indicators.reduce((sum, i) => sum + rows[`indicator-${i.id}`], 0)).toBe(rows.observations);
    expect(rows["indicator-school-places-added"]).toBe(2);
  });
});

/**
 * The published Data Package as the field's clients read it: the descriptor
 * validated against the Tabular Data Package profile, every resource read and
 * cast by a Frictionless client (frictionless-js), keys, sizes and hashes
 * checked. Zero errors.
 */
import {describe, expect, it} from "vitest";
import {checkDataPackage} from "../support/frictionless.ts";

describe("the published Data Package in a Frictionless client", () => {
  it("reads every resource with zero errors", async () => {
    const {errors, rows} = await checkDataPackage(new URL("../../dist/data/", import.meta.url).pathname);
    expect(errors).toEqual([]);
    expect(Object.keys(rows)).toEqual(["observations", "indicators", "relations", "sources", "status"]);
    expect(rows.observations).toBeGreaterThan(100);
  }, 60_000);
});

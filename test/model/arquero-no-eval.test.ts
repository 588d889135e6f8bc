import {afterEach, describe, expect, it} from "vitest";
import {datasetFrom} from "../../src/model/load-dataset.ts";
import {observationRows} from "../../src/model/observation-rows.ts";
import {realData} from "../real-data.ts";

// A page served without 'unsafe-eval' cannot call Function(); prove the browser path never does.
const RealFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = RealFunction;
});

function forbidFunction() {
  globalThis.Function = function () {
    throw new EvalError("Function() is forbidden by the Content-Security-Policy");
  } as unknown as FunctionConstructor;
}

describe("Arquero in the browser path", () => {
  it("loads observations into a table and reads them back with Function() forbidden", () => {
    const {observations, indicators, sources, texts} = realData();
    forbidFunction();
    const dataset = datasetFrom(observations, [...indicators.values()], [...sources.values()], [...sources.keys()].map((id) => texts.get(id)!));
    const rows = observationRows(dataset);
    expect(rows).toEqual(observations);
    expect(dataset.observations.numRows()).toBe(observations.length);
  });

  it("would catch a method that compiles code", async () => {
    const {from} = await import("arquero");
    const table = from([{a: 1}]);
    forbidFunction();
    expect(() => table.objects()).toThrow(EvalError);
  });
});

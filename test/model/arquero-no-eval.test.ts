import {afterEach, describe, expect, it} from "vitest";
import {dataRows, dataViewModel} from "../../src/model/data-view-model.ts";
import {datasetFrom} from "../../src/model/load-dataset.ts";
import {pageData} from "../../src/model/page-data.ts";
import {DEFAULT_STATE} from "../../src/model/url-state.ts";
import {zh} from "../../src/i18n/zh.ts";
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
  it("loads every published table into Arquero and reads them back with Function() forbidden", () => {
    const {data} = realData();
    const rows = {
      observations: data.observations,
      indicators: [...data.indicators.values()],
      relations: data.relations,
      sources: [...data.sources.values()],
      status: [...data.status.values()],
      content: data.content
    };
    const texts = rows.sources.map((s) => data.texts.get(s.id)!);
    forbidFunction();
    const dataset = datasetFrom(rows, texts);
    const read = pageData(dataset);
    expect(read.observations).toEqual(data.observations);
    expect([...read.indicators.values()]).toEqual(rows.indicators);
    expect(read.relations).toEqual(rows.relations);
    expect([...read.sources.values()]).toEqual(rows.sources);
    expect([...read.status.values()]).toEqual(rows.status);
    expect(read.summaries).toEqual(data.summaries);
    expect(dataset.observations.numRows()).toBe(data.observations.length);
  });

  it("filters and sorts the data view's table with Function() forbidden", () => {
    const {data} = realData();
    forbidFunction();
    const model = dataViewModel(dataRows(data.observations, data.sources, "zh"), {filters: {...DEFAULT_STATE.filters, series: ["target"]}, sort: {key: "year", dir: "desc"}}, {lang: "zh", messages: zh, sources: data.sources, table: data.table});
    expect(model.rows.length).toBe(data.observations.filter((o) => o.series === "target").length);
    expect(model.rows.map((r) => r.year)).toEqual(model.rows.map((r) => r.year).sort((a, b) => b - a));
  });

  it("would catch a method that compiles code", async () => {
    const {from} = await import("arquero");
    const table = from([{a: 1}]);
    forbidFunction();
    expect(() => table.objects()).toThrow(EvalError);
  });
});

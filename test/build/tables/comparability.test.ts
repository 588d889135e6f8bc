import * as aq from "arquero";
import {describe, expect, it} from "vitest";
import {checkComparability} from "../../../src/build/tables/comparability.ts";
import type {IndicatorRecord} from "../../../src/schema/records.ts";

const figure = (id: string, indicator: string, basis: string, over: Record<string, unknown> = {}) => ({observation_id: id, indicator_id: indicator, basis, unit_base: "个", period_start: 2022, period_end: 2022, ...over});
const indicator = (id: string, related: IndicatorRecord["related"] = []): IndicatorRecord =>
  ({id, zh: id, en: id, definition_zh: id, definition_en: id, domain: "places", unit: "个", better: "higher", related}) as IndicatorRecord;
const messages = (rows: object[], catalogue: IndicatorRecord[]) => checkComparability(aq.from(rows), catalogue).map((e) => `${e.record}: ${e.message}`);

describe("checkComparability", () => {
  it("accepts an indicator whose figures all count the same thing", () => {
    expect(messages([figure("a", "x", "flow"), figure("b", "x", "flow", {period_start: 2023, period_end: 2023})], [indicator("x")])).toEqual([]);
  });

  it("stops on an indicator that mixes bases, naming its figures and the fix", () => {
    const [error] = messages([figure("plan/total", "x", "cumulative", {period_start: 2021, period_end: 2025}), figure("s/yearly", "x", "flow")], [indicator("x")]);
    expect(error).toMatch(/^indicator x: mixes bases \(cumulative, flow\) in plan\/total, s\/yearly; figures that count different things need separate indicators/);
  });

  it("stops on mixed base units and on totals over spans of different lengths", () => {
    expect(messages([figure("a", "x", "level"), figure("b", "x", "level", {unit_base: "所"})], [indicator("x")])[0]).toMatch(/mixes base units \(个, 所\)/);
    const spans = [figure("a", "x", "cumulative", {period_start: 2016, period_end: 2020}), figure("b", "x", "cumulative", {period_start: 2021, period_end: 2023})];
    expect(messages(spans, [indicator("x")])[0]).toMatch(/sums periods of different lengths \(5 and 3 years\)/);
  });

  it("checks a declared pace: a cumulative indicator judged against a flow", () => {
    const pace = [{id: "yearly", relation: "pace" as const, why_zh: "", why_en: ""}];
    const ok = [figure("t", "total", "cumulative", {period_start: 2021, period_end: 2025}), figure("y", "yearly", "flow")];
    expect(messages(ok, [indicator("total", pace), indicator("yearly")])).toEqual([]);
    const wrong = [figure("t", "total", "level"), figure("y", "yearly", "batch")];
    expect(messages(wrong, [indicator("total", pace), indicator("yearly")])).toEqual([
      'indicator total: a "pace" relation needs a cumulative indicator, but total is level',
      'indicator total: a "pace" relation is judged against yearly figures, but yearly is batch'
    ]);
  });
});

import {describe, expect, it} from "vitest";
import {measuredOf, targetsOf} from "../../tools/bench/bench-summary.ts";
import type {Run} from "../../tools/bench/measure.ts";
import {scaleTargets} from "../../tools/bench/scale-report.ts";
import type {Size} from "../../tools/bench/scale-bench.ts";

const run = (chartVisibleMs: number, tbtMs: number) => ({fcpMs: chartVisibleMs, chartInDocumentMs: chartVisibleMs, chartVisibleMs, lcpMs: chartVisibleMs, tbtMs, domContentLoadedMs: 0, loadMs: 0, networkIdleMs: 0, jsInitialBytes: 0, jsInitialFiles: 0, transferredBytes: 0, heapUsedBytes: 1, resources: []}) as unknown as Run;
const lighthouse = {runs: [], performance: 100, accessibility: 98, totalBlockingTime: 0};

describe("the bench's verdicts", () => {
  it("judges the first chart by the median ratio to the static page, each network on its own", () => {
    const measured = measuredOf({
      slow4g: {page: [run(500, 10), run(700, 90), {error: "timed out"}], static: [run(500, 0), run(600, 0)]},
      fast: {page: [run(300, 0)], static: [run(250, 0)]}
    });
    expect(measured.slow4g.ratios.chartVisible).toBeCloseTo(600 / 550);
    const targets = targetsOf(measured, {firstViewBytes: 60_000, lighthouse}, {firstViewBytes: 75_000, chartVisibleRatio: 1.1, tbtMs: 50, lighthouse: 100});
    expect(targets.map((t) => [t.metric, t.met])).toEqual([
      ["first chart visible (slow 4G)", true],
      ["first chart visible (no throttling)", false],
      ["total blocking time (slow 4G)", true],
      ["total blocking time (no throttling)", true],
      ["first view (gzip)", true],
      ["Lighthouse performance", true],
      ["Lighthouse accessibility", false]
    ]);
  });

  it("judges growth against the smallest size: no faster than the observations", () => {
    const size = (factor: number, seconds: number): Size => ({factor, observations: 100 * factor, data: {seconds, peakBytes: 1e8}, pages: {seconds, peakBytes: 1e8}, firstViewBytes: 50_000, chartVisibleMs: 500, heapFirstView: 1e6, filterMs: 20, sortMs: 20, heapDataView: 1e6, rowsDrawn: 50});
    expect(scaleTargets([size(1, 2), size(10, 15)]).map(([, met]) => met)).toEqual([true, true, true]);
    expect(scaleTargets([size(1, 2), size(10, 25)])[2]).toEqual(["build time and memory grow no faster than the observations", false]);
  });
});

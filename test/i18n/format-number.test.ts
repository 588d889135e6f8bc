import {describe, expect, it} from "vitest";
import {formatNumber, formatNumbersAlike} from "../../src/i18n/format-number.ts";
import {tickLabels} from "../../src/charts/row-ticks.ts";

describe("formatNumber", () => {
  it("writes Chinese in 万 from ten thousand, English in digits until an exact tenth of a million", () => {
    expect([5000, 36000, 160000].map((v) => formatNumber(v, "zh"))).toEqual(["5000", "3.6万", "16万"]);
    expect([5000, 160000, 2100000, 2123456].map((v) => formatNumber(v, "en"))).toEqual(["5,000", "160,000", "2.1 million", "2,123,456"]);
  });
});

describe("formatNumbersAlike: an axis's labels in one notation", () => {
  it("writes every tick in 万 when some would be and some would not", () => {
    expect(formatNumbersAlike([0, 5000, 10000, 15000], "zh")).toEqual(["0", "0.5万", "1万", "1.5万"]);
    expect(formatNumbersAlike([0, 500000, 1000000, 1500000], "en")).toEqual(["0", "0.5 million", "1 million", "1.5 million"]);
  });

  it("leaves ticks alone that share a notation already", () => {
    expect(formatNumbersAlike([0, 2000, 4000], "zh")).toEqual(["0", "2000", "4000"]);
    expect(formatNumbersAlike([0, 50000, 100000, 150000], "zh")).toEqual(["0", "5万", "10万", "15万"]);
    expect(formatNumbersAlike([0, 50000, 100000], "en")).toEqual(["0", "50,000", "100,000"]);
  });

  it("is what a row's axis draws (per cent ticks keep their sign)", () => {
    expect(tickLabels([0, 5000, 10000], "所", "zh")).toEqual(["0", "0.5万", "1万"]);
    expect(tickLabels([84, 86, 88], "%", "en")).toEqual(["84%", "86%", "88%"]);
  });
});

import {describe, expect, it} from "vitest";
import {displayFigureZh, formatFigure, writtenFigure} from "../../src/i18n/format-figure.ts";
import {provenance} from "../../src/model/provenance.ts";
import {zh} from "../../src/i18n/zh.ts";
import {observation, realData} from "../real-data.ts";

describe("Chinese figures for display", () => {
  it.each([
    ["2.4 万余人", "2.4万余人"],
    ["99% 以上", "99%以上"],
    ["210 多万人次", "210多万人次"],
    ["近 8000 名", "近8000名"],
    ["1300 多万美元", "1300多万美元"],
    ["超过96%", "超过96%"],
    ["16万个左右", "16万个左右"],
    ["1—2所", "1—2所"],
    ["  3000 个 ", "3000个"]
  ])("%s shows as %s", (figure, shown) => {
    expect(displayFigureZh({figure})).toBe(shown);
  });

  it("keeps white space that is not between a number and Chinese", () => {
    expect(displayFigureZh({figure: "5 G"})).toBe("5 G");
  });

  it("formats prose figures without the spacing, and keeps the figure as written for provenance", () => {
    const {data} = realData();
    const rotation = observation(data.observations, "teacher-rotation-participants", "actual");
    expect(formatFigure(rotation, "zh")).toBe("2.4万余人");
    expect(writtenFigure(rotation)).toBe("2.4 万余人");
    const shown = provenance(data, rotation, "zh", zh);
    expect(shown.written).toBe("2.4 万余人");
    expect(rotation.quote).toContain("2.4 万余人");
  });
});

describe("English units by count", () => {
  it("agree with the number, and a range reads as one quantity with no comparator", () => {
    expect(formatFigure({figure: "1—2所", value_base: 1, unit_base: "所", comparator: "ge", value_upper_base: 2}, "en")).toBe("1–2 schools");
    expect(formatFigure({figure: "1课时", value_base: 1, unit_base: "课时", comparator: "ge"}, "en")).toBe("at least 1 lesson a week");
    expect(formatFigure({figure: "44项", value_base: 44, unit_base: "项", comparator: "eq"}, "en")).toBe("44 items");
    expect(formatFigure({figure: "1项", value_base: 1, unit_base: "项", comparator: "eq"}, "en")).toBe("1 item");
  });
});

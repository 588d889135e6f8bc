import {describe, expect, it} from "vitest";
import {sourceParagraphs} from "../../src/model/source-segments.ts";

const TEXT = "引言。\n\n68 所高校攻关 200 多项关键技术，完成。\n\n结语。";
const at = (s: string) => TEXT.indexOf(s);
const quote = "68 所高校攻关 200 多项关键技术";

describe("sourceParagraphs", () => {
  it("highlights two figures read from one quote, each on its own", () => {
    const paragraphs = sourceParagraphs(TEXT, [
      {observation_id: "a", quote_start: at(quote), quote_end: at(quote) + quote.length, figure_start: at("68"), figure_end: at("68") + 4},
      {observation_id: "b", quote_start: at(quote), quote_end: at(quote) + quote.length, figure_start: at("200"), figure_end: at("200") + 6}
    ]);
    expect(paragraphs).toEqual([
      [{text: "引言。"}],
      [
        {text: "68 所", observation: "a", figure: true},
        {text: "高校攻关 ", observation: "a"},
        {text: "200 多项", observation: "b", figure: true},
        {text: "关键技术", observation: "a"},
        {text: "，完成。"}
      ],
      [{text: "结语。"}]
    ]);
  });

  it("keeps every character of the source, in order", () => {
    const paragraphs = sourceParagraphs(TEXT, []);
    expect(paragraphs.map((p) => p.map((x) => x.text).join("")).join("\n\n")).toBe(TEXT);
  });
});

import {describe, expect, it} from "vitest";
import {gluePunctuation} from "../../src/components/glue-punctuation.ts";
import type {Piece} from "../../src/model/narrative.ts";

const figure = (text: string) => ({text, observation: {observation_id: text}}) as unknown as Exclude<Piece, string>;
const shape = (parts: ReturnType<typeof gluePunctuation<Exclude<Piece, string>>>) => parts.map((p) => (typeof p === "string" ? p : `[${p.before}|${p.figure.text}|${p.after}]`));

describe("gluePunctuation", () => {
  it("keeps closing punctuation on the figure's line", () => {
    expect(shape(gluePunctuation(["新增", figure("3.6万个"), "，平均每年"]))).toEqual(["新增", "[|3.6万个|，]", "平均每年"]);
  });

  it("keeps an opening mark with the figure after it, and both sides at once", () => {
    expect(shape(gluePunctuation(["目标（", figure("90%"), "）。"]))).toEqual(["目标", "[（|90%|）。]"]);
  });

  it("leaves figures with no punctuation beside them, and strings, as they are", () => {
    expect(shape(gluePunctuation([figure("22"), "项 and ", figure("2"), " more."]))).toEqual(["[|22|]", "项 and ", "[|2|]", " more."]);
  });

  it("drops the strings it empties, and handles two figures in a row", () => {
    expect(shape(gluePunctuation([figure("a"), "，", figure("b"), "。"]))).toEqual(["[|a|，]", "[|b|。]"]);
  });
});

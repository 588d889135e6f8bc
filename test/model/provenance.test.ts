import {describe, expect, it} from "vitest";
import {messagesFor} from "../../src/i18n/messages.ts";
import {provenance, quoteHolds} from "../../src/model/provenance.ts";
import {realData} from "../real-data.ts";

const {data} = realData();
const o = data.observations.find((x) => x.observation_id.includes("school-places"))!;
const text = data.texts.get(o.source_id)!;
/** The same data with one source text replaced. */
const withText = (changed: string) => ({...data, texts: new Map([...data.texts, [o.source_id, changed]])});

describe("a quote in its source text", () => {
  it("is highlighted where the text holds it at its offsets (white space aside)", () => {
    expect(quoteHolds(text, o)).toBe(true);
    const item = provenance(data, o, "en", messagesFor("en"));
    expect(item.unchecked).toBeUndefined();
    expect(item.paragraph.filter((s) => s.kind === "figure").map((s) => s.text)).toEqual([o.figure]);
  });

  it.each([
    ["CRLF line ends", text.replace(/\n/g, "\r\n")],
    ["text added before it", `补充说明。\n\n${text}`],
    ["cut short", text.slice(0, o.quote_start + 2)],
    ["missing", undefined]
  ])("is shown alone, highlighted nowhere and said so, when the text is %s", (_name, changed) => {
    const item = provenance(changed === undefined ? {...data, texts: new Map()} : withText(changed), o, "en", messagesFor("en"));
    expect(item.unchecked).toBe(true);
    expect(item.paragraph).toEqual([{text: o.quote, kind: "plain"}]);
  });
});

import {describe, expect, it} from "vitest";
import {BOM, neutralise, parseCsv, quoteField, toCsv} from "../../src/formats/csv.ts";

describe("toCsv", () => {
  const columns = ["name", "value", "quote"] as const;

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv([{name: "入园率", value: 90, quote: "入园率达到 90%"}], {columns});
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}name,value,quote\r\n入园率,90,入园率达到 90%\r\n`);
    expect(toCsv([], {columns, bom: false})).toBe("name,value,quote\r\n");
  });

  it("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    expect(quoteField("a,b")).toBe('"a,b"');
    expect(quoteField('他说"好"')).toBe('"他说""好"""');
    expect(quoteField("one\ntwo")).toBe('"one\ntwo"');
    expect(quoteField("入园率，普惠率")).toBe("入园率，普惠率");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "\n"]) expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralise("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutralise("超过96%")).toBe("超过96%");
    const csv = toCsv([{name: "=cmd|' /C calc'!A0", value: -5, quote: "@SUM(A1)"}], {columns, bom: false});
    // Numbers stay numbers, even negative ones; text does not start a formula.
    expect(csv.split("\r\n")[1]).toBe("'=cmd|' /C calc'!A0,-5,'@SUM(A1)");
  });

  it("round-trips through a CSV parser", () => {
    const rows = [
      {name: "a,b", value: 1.5, quote: '“引号”与"quotes"'},
      {name: "多行\n文本", value: 160000, quote: ""},
      {name: ">=", value: 0, quote: "16万个左右"}
    ];
    const parsed = parseCsv(toCsv(rows, {columns}));
    expect(parsed).toEqual([["name", "value", "quote"], ["a,b", "1.5", '“引号”与"quotes"'], ["多行\n文本", "160000", ""], [">=", "0", "16万个左右"]]);
  });
});

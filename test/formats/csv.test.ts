import {describe, expect, it} from "vitest";
import {BOM, neutralise, quoteField, toCsv} from "../../src/formats/csv.ts";
import {parseCsv} from "../support/read-csv.ts";

describe("toCsv", () => {
  const columns = ["name", "value", "quote"] as const;

  it("starts with a byte-order mark, quotes every field and ends lines with CRLF", () => {
    const csv = toCsv([{name: "入园率", value: 90, quote: "入园率达到 90%"}], {columns});
    expect(csv).toBe(`${BOM}"name","value","quote"\r\n"入园率","90","入园率达到 90%"\r\n`);
    expect(toCsv([], {columns, bom: false})).toBe('"name","value","quote"\r\n');
  });

  it("doubles quotes inside a field (RFC 4180)", () => {
    expect(quoteField('他说"好"')).toBe('"他说""好"""');
    expect(quoteField("one\ntwo")).toBe('"one\ntwo"');
  });

  it("neutralises text that a spreadsheet would run as a formula, after leading white space too", () => {
    for (const start of ["=", "+", "-", "@", ";", " =", "\t=", "\"=", "\n x"]) expect(neutralise(`${start}1+1`), JSON.stringify(start)).toBe(`'${start}1+1`);
    expect(neutralise("超过96%")).toBe("超过96%");
    expect(neutralise("a;=1+1")).toBe("a;=1+1"); // safe inside a quoted field that starts the line's run
    const csv = toCsv([{name: "=cmd|' /C calc'!A0", value: -5, quote: "@SUM(A1)"}], {columns, bom: false});
    // Numbers stay numbers, even negative ones; text does not start a formula.
    expect(csv.split("\r\n")[1]).toBe(`"'=cmd|' /C calc'!A0","-5","'@SUM(A1)"`);
  });

  it("never alters a code, and refuses anything in a code column that is not one", () => {
    const csv = toCsv([{name: "plan-2021/x", value: 1, quote: "eq"}], {columns, codeColumns: ["name", "quote"], bom: false});
    expect(parseCsv(csv)[1]).toEqual(["plan-2021/x", "1", "eq"]);
    expect(() => toCsv([{name: "=1+1", value: 1, quote: "eq"}], {columns, codeColumns: ["name"]})).toThrow(/code column/);
    expect(() => toCsv([{name: "-x", value: 1, quote: "eq"}], {columns, codeColumns: ["name"]})).toThrow(/code column/);
  });

  it("round-trips through a plain CSV reader (d3-dsv)", () => {
    const rows = [
      {name: "a,b", value: 1.5, quote: '“引号”与"quotes"'},
      {name: "多行\n文本", value: 160000, quote: "x"},
      {name: "ge", value: 0, quote: "16万个左右"}
    ];
    expect(parseCsv(toCsv(rows, {columns}))).toEqual([["name", "value", "quote"], ["a,b", "1.5", '“引号”与"quotes"'], ["多行\n文本", "160000", "x"], ["ge", "0", "16万个左右"]]);
  });
});

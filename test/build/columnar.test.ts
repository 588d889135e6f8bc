import {Precision, tableFromIPC, Type} from "@uwdata/flechette";
import * as aq from "arquero";
import {parquetMetadata, parquetReadObjects, parquetSchema} from "hyparquet";
import {describe, expect, it} from "vitest";
import {toArrowFile, toParquetFile} from "../../src/build/columnar.ts";
import {code, int, num, optional, text} from "../../src/schema/fields.ts";

const FIELDS = {
  id: code("An id."),
  year: int("A year."),
  value: num("A value."),
  upper: optional(num("An upper end, often missing.")),
  quote: text("A quote.")
};
const ROWS = [
  {id: "plan-2021/a", year: 2025, value: 16, upper: null, quote: "新增学位16万个左右"},
  {id: "summary-2022/b", year: 2022, value: 3.6, upper: 2, quote: "“新增2万个中小学学位”"},
  {id: "summary-2022/c", year: 2022, value: 99.5, upper: null, quote: "=1+1 is text"}
];
const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("toArrowFile", () => {
  it("writes an Arrow IPC file that Arquero reads back to the same rows, columns in order", () => {
    const bytes = toArrowFile(ROWS, FIELDS);
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe("ARROW1");
    const table = aq.fromArrow(bytes);
    expect(table.columnNames()).toEqual(["id", "year", "value", "upper", "quote"]);
    expect(table.objects()).toEqual(ROWS);
  });

  it("types columns by their fields, not by today's values: integers 32-bit, numbers 64-bit, codes as a dictionary", () => {
    const types = Object.fromEntries(tableFromIPC(toArrowFile(ROWS, FIELDS)).schema.fields.map((f) => [f.name, f.type]));
    expect(types.year).toMatchObject({typeId: Type.Int, bitWidth: 32, signed: true});
    expect(types.value).toMatchObject({typeId: Type.Float, precision: Precision.DOUBLE});
    expect(types.upper).toMatchObject({typeId: Type.Float, precision: Precision.DOUBLE});
    expect(types.id).toMatchObject({typeId: Type.Dictionary, dictionary: {typeId: Type.Utf8}});
    expect(types.quote).toMatchObject({typeId: Type.Utf8});
  });

  it("marks a field nullable only when the schema lets it be missing, as the Parquet file does", () => {
    const nullable = Object.fromEntries(tableFromIPC(toArrowFile(ROWS, FIELDS)).schema.fields.map((f) => [f.name, f.nullable]));
    expect(nullable).toEqual({id: false, year: false, value: false, upper: true, quote: false});
  });

  it("refuses a missing value in a required column rather than write it", () => {
    expect(() => toArrowFile([{...ROWS[0], year: null}], FIELDS)).toThrow(/year is required/);
  });
});

describe("toParquetFile", () => {
  it("writes a Parquet file that hyparquet reads back to the same rows, with the schema's types", async () => {
    const bytes = toParquetFile(ROWS, FIELDS);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PAR1");
    expect(await parquetReadObjects({file: buffer(bytes)})).toEqual(ROWS);
    const schema = parquetSchema(parquetMetadata(buffer(bytes)));
    expect(schema.children.map((c) => [c.element.name, c.element.type, c.element.repetition_type])).toEqual([
      ["id", "BYTE_ARRAY", "REQUIRED"],
      ["year", "INT32", "REQUIRED"],
      ["value", "DOUBLE", "REQUIRED"],
      ["upper", "DOUBLE", "OPTIONAL"],
      ["quote", "BYTE_ARRAY", "REQUIRED"]
    ]);
  });

  it("refuses a missing value in a required column rather than write it", () => {
    expect(() => toParquetFile([{...ROWS[0], year: null}], FIELDS)).toThrow();
  });
});

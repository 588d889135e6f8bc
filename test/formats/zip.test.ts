import {describe, expect, it} from "vitest";
import {inflateRawSync, crc32} from "node:zlib";
import {zipFiles} from "../../src/formats/zip.ts";

interface ReadEntry {
  name: string;
  madeBy: number;
  externalAttributes: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Uint8Array;
}


/**
 * A minimal reader, written from APPNOTE.TXT independently of the writer: find
 * the end record, walk the central directory, and check each local header
 * against its central record.
 */
function readZip(zip: Uint8Array): ReadEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // no archive comment, so the end record is the last 22 bytes
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  expect(view.getUint16(end + 8, true)).toBe(count);
  const centralSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + centralSize).toBe(end);
  const decoder = new TextDecoder("utf-8", {fatal: true});
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const externalAttributes = view.getUint32(at + 38, true);
    const offset = view.getUint32(at + 42, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);

    // The local header must say the same as the central record.
    expect(view.getUint32(offset, true)).toBe(0x04034b50);
    expect(zip.subarray(offset + 6, offset + 26)).toEqual(zip.subarray(at + 8, at + 28));
    const localName = view.getUint16(offset + 26, true);
    const localExtra = view.getUint16(offset + 28, true);
    expect(zip.subarray(offset + 30, offset + 30 + localName)).toEqual(nameBytes);
    const start = offset + 30 + localName + localExtra;
    // Deflated (8) or stored (0): inflated with Node's zlib, independently of the writer.
    const stored = zip.slice(start, start + compressed);
    const data = method === 8 ? new Uint8Array(inflateRawSync(stored)) : stored;
    expect(data.length).toBe(size);
    entries.push({name: decoder.decode(nameBytes), madeBy, externalAttributes, flags, method, time, date, crc, size, data});
    at += 46 + nameLength + extraLength + commentLength;
  }
  expect(at).toBe(end);
  return entries;
}

const encode = (text: string) => new TextEncoder().encode(text);
const csv = "\ufeffindicator_id,value\r\npreschool-enrolment,90\r\n";
const chinese = "东城区：学前教育三年毛入园率达到90%以上。\n";

describe("zipFiles", () => {
  const files = [
    {name: "indicators.csv", data: csv},
    {name: "数据/东城区.txt", data: chinese, date: new Date("2026-11-23T13:45:30Z")}
  ];

  it("writes deflated entries with UTF-8 names, sizes and CRCs a reader finds", () => {
    const entries = readZip(zipFiles(files));
    expect(entries.map((e) => e.name)).toEqual(["indicators.csv", "数据/东城区.txt"]);
    for (const [i, entry] of entries.entries()) {
      const data = encode(files[i]!.data);
      expect(entry.method).toBe(8);
      // The UTF-8 flag on every name that needs it (not ASCII).
      expect(entry.flags & 0x0800).toBe(/^[\x00-\x7f]*$/.test(entry.name) ? 0 : 0x0800);
      // Made by Unix, as a regular rw-r--r-- file.
      expect(entry.madeBy >> 8).toBe(3);
      expect(entry.externalAttributes >>> 16).toBe(0o100644);
      expect(entry.size).toBe(data.length);
      expect(entry.crc).toBe(crc32(data));
      expect(entry.data).toEqual(data);
    }
    expect(new TextDecoder().decode(entries[1]!.data)).toBe(chinese);
    expect(encode(chinese).length).toBeGreaterThan(chinese.length); // really multi-byte
    // The default date, and a given one.
    expect([entries[0]!.date, entries[0]!.time]).toEqual([(40 << 9) | (1 << 5) | 1, 0]);
    expect([entries[1]!.date, entries[1]!.time]).toEqual([(46 << 9) | (11 << 5) | 23, (13 << 11) | (45 << 5) | 15]);
  });

  it("takes bytes as they are and is deterministic", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    const zip = zipFiles([{name: "chart.png", data: png}]);
    expect(readZip(zip)[0]!.data).toEqual(png);
    expect(zipFiles([{name: "chart.png", data: png}])).toEqual(zip);
    // A large, repetitive file is smaller deflated: the point of using a deflating writer.
    const big = "indicator_id,value\r\n".repeat(2000);
    expect(zipFiles([{name: "big.csv", data: big}]).length).toBeLessThan(big.length / 10);
  });

  it("writes an empty archive as just the end record", () => {
    expect(zipFiles([])).toEqual(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
  });

  it("writes the same bytes whatever the machine's time zone", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Asia/Shanghai";
      const shanghai = zipFiles(files);
      process.env.TZ = "America/Los_Angeles";
      expect(zipFiles(files)).toEqual(shanghai);
    } finally {
      process.env.TZ = zone;
    }
  });

  it("refuses names that would unpack elsewhere, and duplicates", () => {
    for (const name of ["", "/etc/passwd", "../up.csv", "a/../../b", "a\\b.csv", "C:/x.csv"])
      expect(() => zipFiles([{name, data: ""}])).toThrow(/Unsafe name/);
    expect(() => zipFiles([{name: "a.csv", data: ""}, {name: "a.csv", data: "x"}])).toThrow(/Duplicate/);
  });
  // Read by Python's zipfile and Info-ZIP unzip in test/integration/zip-readers.test.ts.
});

/**
 * A ZIP writer for bundling downloads (CSV, JSON, the data package) in one
 * file, without a dependency. Entries are STORED, not deflated: the files are
 * small, and storing keeps the writer short enough to check by eye. Only
 * Uint8Array, DataView and TextEncoder, so it runs alike in the browser and Node.
 * Layout and field meanings follow PKWARE's APPNOTE.TXT (sections 4.3 and 4.4).
 */

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  /** Strings are written as UTF-8. */
  data: Uint8Array | string;
  /** Modification time; default DEFAULT_ZIP_DATE, so the same input gives the same bytes. */
  date?: Date;
}

export const DEFAULT_ZIP_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** 2.0: what most writers put, and what every reader accepts for stored entries. */
const VERSION = 20;
/**
 * "Made by" Unix (high byte 3), not MS-DOS (0): Info-ZIP unzip converts names
 * from a DOS code page when the maker is MS-DOS, even with the UTF-8 flag set,
 * and so garbles Chinese names. Unix makers must then give file permissions.
 */
const VERSION_MADE_BY = (3 << 8) | VERSION;
/** A regular file, rw-r--r--, in the high 16 bits where Unix makers keep st_mode. */
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;
/** General purpose bit 11: names (and comments) are UTF-8, so 东城区.csv unpacks as itself, not as CP437 mojibake. */
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;

let crcTable: Uint32Array | undefined;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (IEEE 802.3, reflected, the one ZIP uses); pass a previous result to continue it over more bytes. */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = table();
  let crc = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/**
 * MS-DOS date and time, from the date's UTC fields: DOS times have no zone, and
 * reading local time would make the archive's bytes depend on the machine.
 * DOS counts from 1980 in 2-second steps; dates outside 1980–2107 are clamped.
 */
export function dosDateTime(date: Date): {date: number; time: number} {
  if (Number.isNaN(date.getTime())) throw new Error("Invalid date for a ZIP entry");
  const year = date.getUTCFullYear();
  if (year < 1980) return {date: (1 << 5) | 1, time: 0};
  if (year > 2107) return {date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29};
  return {
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)
  };
}

/**
 * Names that would unpack outside the folder (absolute, "..", a drive letter)
 * or differently on Windows (backslashes) are refused, as are duplicates,
 * which most tools unpack as one file silently replacing the other.
 */
function checkName(name: string, seen: Set<string>): void {
  if (!name || name.startsWith("/") || name.includes("\\") || /^[a-zA-Z]:/.test(name) || name.split("/").some((part) => part === ".."))
    throw new Error(`Unsafe name for a ZIP entry: ${JSON.stringify(name)}`);
  if (seen.has(name)) throw new Error(`Duplicate name in ZIP: ${JSON.stringify(name)}`);
  seen.add(name);
}

/** Without ZIP64, counts must fit in 16 bits and sizes and offsets in 32. */
function checkLimit(value: number, max: number, what: string): void {
  if (value > max) throw new Error(`ZIP too large: ${what} ${value} exceeds ${max} (ZIP64 is not supported)`);
}

/** The archive; typed as backed by an ArrayBuffer so it can go straight into a Blob. */
export function zipStore(files: ReadonlyArray<ZipEntry>): Uint8Array<ArrayBuffer> {
  checkLimit(files.length, 0xffff, "entry count");
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const entries = files.map((file) => {
    checkName(file.name, seen);
    const name = encoder.encode(file.name);
    const data = typeof file.data === "string" ? encoder.encode(file.data) : file.data;
    checkLimit(name.length, 0xffff, "name length");
    checkLimit(data.length, 0xffffffff, "entry size");
    return {name, data, crc: crc32(data), ...dosDateTime(file.date ?? DEFAULT_ZIP_DATE), offset: 0};
  });

  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  checkLimit(localSize, 0xffffffff, "central directory offset");
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  // ZIP is little-endian throughout.
  const u16 = (value: number) => (view.setUint16(at, value, true), (at += 2));
  const u32 = (value: number) => (view.setUint32(at, value, true), (at += 4));
  const bytes = (value: Uint8Array) => (out.set(value, at), (at += value.length));

  // The fields a local header shares with its central directory record, in the same order.
  const common = (e: (typeof entries)[number]) => {
    u16(VERSION); // version needed to extract
    u16(FLAG_UTF8);
    u16(METHOD_STORED);
    u16(e.time);
    u16(e.date);
    u32(e.crc);
    u32(e.data.length); // compressed size: stored, so the same
    u32(e.data.length); // uncompressed size
    u16(e.name.length);
    u16(0); // extra field length
  };

  for (const e of entries) {
    e.offset = at;
    u32(LOCAL_HEADER);
    common(e);
    bytes(e.name);
    bytes(e.data);
  }

  const centralStart = at;
  for (const e of entries) {
    u32(CENTRAL_HEADER);
    u16(VERSION_MADE_BY);
    common(e);
    u16(0); // comment length
    u16(0); // disk number start
    u16(0); // internal attributes
    u32(EXTERNAL_ATTRIBUTES);
    u32(e.offset);
    bytes(e.name);
  }

  u32(END_OF_CENTRAL_DIRECTORY);
  u16(0); // this disk
  u16(0); // disk where the central directory starts
  u16(entries.length); // entries on this disk
  u16(entries.length); // entries in all
  u32(centralSize);
  u32(centralStart);
  u16(0); // comment length
  return out;
}

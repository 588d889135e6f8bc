import {zipSync, type ZipOptions} from "fflate";

/**
 * ZIP archives for downloads (a selection, the whole Data Package), written
 * by fflate (deflated, 8 KB). What this module adds is what fflate leaves to
 * its caller: safe, unique names; the same bytes for the same input, on any
 * machine; and a "made by Unix" record, because Info-ZIP unzip reads a name as
 * a DOS code page when the maker is MS-DOS, UTF-8 flag or not, and would
 * garble 东城区.csv.
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

/** A regular file, rw-r--r--, in the high 16 bits where Unix makers keep st_mode. */
const UNIX_FILE = (0o100644 << 16) >>> 0;
const UNIX = 3;

/**
 * fflate writes DOS times from a date's local fields; this date has, as local
 * fields, the UTC fields of the one given, so the archive does not depend on
 * the reader's time zone. DOS counts from 1980 to 2099 here: others are clamped.
 */
function dosDate(date: Date): Date {
  if (Number.isNaN(date.getTime())) throw new Error("Invalid date for a ZIP entry");
  const year = Math.min(2099, Math.max(1980, date.getUTCFullYear()));
  const same = year === date.getUTCFullYear();
  return new Date(year, same ? date.getUTCMonth() : 0, same ? date.getUTCDate() : 1, same ? date.getUTCHours() : 0, same ? date.getUTCMinutes() : 0, same ? date.getUTCSeconds() : 0);
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

/** The archive, deflated; typed as backed by an ArrayBuffer so it can go straight into a Blob. */
export function zipFiles(files: ReadonlyArray<ZipEntry>): Uint8Array<ArrayBuffer> {
  const seen = new Set<string>();
  const encoder = new TextEncoder();
  const entries: Record<string, [Uint8Array, ZipOptions & {os: number; attrs: number}]> = {};
  for (const file of files) {
    checkName(file.name, seen);
    const data = typeof file.data === "string" ? encoder.encode(file.data) : file.data;
    entries[file.name] = [data, {level: 6, mtime: dosDate(file.date ?? DEFAULT_ZIP_DATE), os: UNIX, attrs: UNIX_FILE}];
  }
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}

import {DataFileError} from "./data-file-error.ts";
import {embeddedFiles, fetchFile, type LoadOptions} from "./load-file.ts";

// Apart from load-file.ts: only downloads read bytes, and the first view need not carry this.
/**
 * Fetches a built file as bytes (the version's archive, for downloads), or reads it from the
 * page's embedded data, where a binary file is held as `{"base64": "…"}` (text cannot carry it).
 */
export async function loadBytes(file: string, options: LoadOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const embedded = embeddedFiles(options);
  if (embedded) {
    const entry = Object.hasOwn(embedded, file) ? embedded[file] : undefined;
    if (typeof entry === "string") return new TextEncoder().encode(entry) as Uint8Array<ArrayBuffer>;
    const base64 = (entry as {base64?: unknown} | undefined)?.base64;
    if (typeof base64 !== "string") throw new DataFileError(file, {code: "status", status: 404});
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  }
  return new Uint8Array((await fetchFile(file, options, "bytes", null)) as ArrayBuffer);
}

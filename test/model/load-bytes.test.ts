/** loadBytes: a built file's bytes, fetched, or read from the single file's embedded data (binary in base64). */
import {createHash} from "node:crypto";
import {describe, expect, it, vi} from "vitest";
import {loadBytes} from "../../src/model/load-dataset.ts";
import {embeddedDataText} from "../../src/build/single-file.ts";
import {DataFileError} from "../../src/model/validate-data.ts";

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x0a]);
const noFetch = vi.fn(async () => {
  throw new Error("fetch was called");
}) as unknown as typeof fetch;

describe("loadBytes", () => {
  it("decodes a binary file the page embeds in base64, and fetches nothing", async () => {
    const embedded = embeddedDataText({"releases/x-1.0.0.zip": {base64: Buffer.from(ZIP).toString("base64")}, "a.txt": "文本"});
    expect(await loadBytes("releases/x-1.0.0.zip", {embedded, fetch: noFetch})).toEqual(ZIP);
    expect(new TextDecoder().decode(await loadBytes("a.txt", {embedded, fetch: noFetch}))).toBe("文本");
    expect(noFetch).not.toHaveBeenCalled();
  });

  it("answers a file the page did not embed as a server would: not found", async () => {
    const embedded = embeddedDataText({"a.txt": "x"});
    await expect(loadBytes("releases/missing.zip", {embedded, fetch: noFetch})).rejects.toThrow(DataFileError);
  });

  it("fetches the bytes as they are when nothing is embedded", async () => {
    const manifest = JSON.stringify({version: "1.0.0", files: {"releases/x-1.0.0.zip": {bytes: ZIP.length, sha256: createHash("sha256").update(ZIP).digest("hex")}}});
    const fetched = vi.fn(async (url: URL | RequestInfo) => {
      if (String(url) === "https://tracker.test/bj/data/releases/manifest.json") return new Response(manifest, {headers: {"content-type": "application/json"}});
      expect(String(url)).toBe("https://tracker.test/bj/data/releases/x-1.0.0.zip");
      return new Response(ZIP, {headers: {"content-type": "application/zip"}});
    }) as unknown as typeof fetch;
    expect(await loadBytes("releases/x-1.0.0.zip", {embedded: null, fetch: fetched, base: "https://tracker.test/bj/data/"})).toEqual(ZIP);
  });
});

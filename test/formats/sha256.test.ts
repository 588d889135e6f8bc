import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {sha256Hex} from "../../src/formats/sha256.ts";

describe("sha256Hex", () => {
  it("gives Node's digest for every length around a block's edges, and for text", () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_003]) {
      const data = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 255);
      expect(sha256Hex(data), `${length} bytes`).toBe(createHash("sha256").update(data).digest("hex"));
    }
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

import {describe, expect, it} from "vitest";
import {siteLink, siteUrl} from "../../src/schema/site.ts";

describe("siteUrl", () => {
  it("is an absolute address under the site's, or null without one", () => {
    expect(siteUrl({url: "https://tracker.test/bj/"}, "data/index.json")).toBe("https://tracker.test/bj/data/index.json");
    expect(siteUrl({url: null}, "data/index.json")).toBeNull();
  });
});

describe("siteLink", () => {
  const site = {url: "https://tracker.test/bj/"};
  const none = {url: null};

  it("is absolute when the site's address is set, wherever the link is", () => {
    expect(siteLink(site, "data/sources/plan-2021.txt", "data/indicators/x.metadata.json")).toBe("https://tracker.test/bj/data/sources/plan-2021.txt");
    expect(siteLink(site, "?indicator=x&lang=en", "data/indicators/x.metadata.json")).toBe("https://tracker.test/bj/?indicator=x&lang=en");
  });

  it("is relative to the folder of the file that holds it otherwise, and resolves to the same path", () => {
    const from = "data/indicators/x.metadata.json";
    for (const path of ["data/sources/plan-2021.txt", "?indicator=x&lang=en", "#method", "data/indicators/y.csv", ""]) {
      const link = siteLink(none, path, from);
      expect(link, path).not.toMatch(/^[a-z]+:/);
      expect(new URL(link, `https://anywhere.test/site/${from}`).href).toBe(new URL(path, "https://anywhere.test/site/").href);
    }
    expect(siteLink(none, "data/x.csv", "en/")).toBe("../data/x.csv");
    expect(siteLink(none, "data/x.csv")).toBe("data/x.csv");
    expect(siteLink(none, "")).toBe("./");
  });
});

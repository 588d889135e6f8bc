import {describe, expect, it} from "vitest";
import {readEmbedManifest, siteOfScript, versionedScriptPath} from "../../src/schema/embed-files.ts";

const HASH = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";

describe("the embed scripts' addresses", () => {
  it("keep each release's copy under embed/v<version>/", () => {
    expect(versionedScriptPath("bj-edu-chart.js", "0.3.0")).toBe("embed/v0.3.0/bj-edu-chart.js");
    expect(() => versionedScriptPath("x.js", "../1")).toThrow(/version/);
  });

  it("find the site's folder from the latest script or from a release's copy", () => {
    expect(siteOfScript("https://news.example.net/bj/bj-edu-chart.js").href).toBe("https://news.example.net/bj/");
    expect(siteOfScript("https://news.example.net/bj/embed/v0.3.0/bj-edu-chart.js").href).toBe("https://news.example.net/bj/");
    expect(siteOfScript("https://news.example.net/embed/v1.0.0-rc.1/bj-edu-chart.js").href).toBe("https://news.example.net/");
  });

  it("read the build's list only when every script has a versioned path and an integrity hash", () => {
    const good = {version: "0.3.0", scripts: {component: {path: "embed/v0.3.0/bj-edu-chart.js", integrity: HASH}, hostScript: {path: "embed/v0.3.0/embed-host.js", integrity: HASH}}};
    expect(readEmbedManifest(good)).toEqual(good);
    expect(readEmbedManifest({...good, scripts: {...good.scripts, component: {path: "https://evil.example/x.js", integrity: HASH}}})).toBeNull();
    expect(readEmbedManifest({...good, scripts: {...good.scripts, hostScript: {path: "embed/v0.3.0/embed-host.js", integrity: "sha384-\" onload=\"x"}}})).toBeNull();
    expect(readEmbedManifest(null)).toBeNull();
    expect(readEmbedManifest("x")).toBeNull();
  });
});

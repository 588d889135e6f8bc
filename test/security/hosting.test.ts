import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {headersFile, headersFor, HOSTING_RULES, nginxConf, parseHeadersFile} from "../../src/security/hosting.ts";

const root = new URL("../../", import.meta.url);

describe("the hosting headers", () => {
  it("frame the explainer nowhere and embed.html anywhere, with Trusted Types enforced on every page", () => {
    const csp = (path: string) => headersFor(path)["Content-Security-Policy"] ?? "";
    for (const path of ["/", "/index.html", "/en/", "/en/index.html"]) {
      expect(csp(path), path).toContain("frame-ancestors 'none'");
      expect(csp(path), path).toContain("require-trusted-types-for 'script'");
      expect(csp(path), path).not.toMatch(/unsafe-eval/);
    }
    expect(csp("/embed.html")).toContain("frame-ancestors *");
  });

  it("let other sites load the component, its data and the embed's modules (CORS), and nothing else", () => {
    for (const path of ["/bj-edu-chart.js", "/embed-host.js", "/data/observations.json", "/assets/index-abc.js"]) expect(headersFor(path)["Access-Control-Allow-Origin"], path).toBe("*");
    expect(headersFor("/index.html")["Access-Control-Allow-Origin"]).toBeUndefined();
  });

  it("never match one path with two rules, so no host has to merge a header", () => {
    const samples = ["/", "/index.html", "/en/", "/en/index.html", "/embed.html", "/bj-edu-chart.js", "/embed-host.js", "/assets/x.js", "/data/x.json"];
    for (const path of samples) {
      const matching = HOSTING_RULES.filter((r) => (r.path.endsWith("/*") ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
      expect(matching.length, path).toBe(1);
    }
  });

  it("read back from the _headers file as written", () => {
    expect(parseHeadersFile(headersFile())).toEqual(HOSTING_RULES.map((r) => ({...r, headers: {...r.headers}})));
  });

  it("are the same rules in the checked-in nginx snippet", () => {
    expect(readFileSync(new URL("deploy/nginx.conf", root), "utf8")).toBe(nginxConf());
  });
});

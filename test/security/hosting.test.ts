import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {basePathFrom, contentTypeOf, headersFor, hostingRules, normalizeBase, PATH_RULES, ruleMatches} from "../../src/security/hosting.ts";
import {headersFile, headersFromFile, nginxConf, parseHeadersFile} from "../../src/security/hosting-files.ts";

const root = new URL("../../", import.meta.url);
const csp = (path: string, base?: string) => headersFor(path, {base})["Content-Security-Policy"] ?? "";
/** Request paths of every kind the site serves. */
const SAMPLES = ["/", "/index.html", "/index", "/en/", "/en/index.html", "/embed.html", "/embed", "/bj-edu-chart.js", "/embed-host.js", "/embed/v1.2.3/bj-edu-chart.js", "/assets/x-1a2b.js", "/assets/x.css",
  "/charts/zh/scoreboard.svg", "/data/observations.json", "/data/observations.csv", "/data/sources/plan-2021.txt", "/data/observations.parquet", "/data/observations.arrow", "/data/releases/x-0.3.0.zip",
  "/indicators/school-places-added/", "/sources/plan-2021/", "/og.zh.png", "/THIRD-PARTY-NOTICES.txt"];

describe("the hosting headers", () => {
  it("frame the explainer nowhere and embed.html anywhere, at its address with or without .html, with Trusted Types on every page", () => {
    for (const path of ["/", "/index.html", "/index", "/en/", "/en/index.html", "/indicators/x/", "/sources/plan-2021/"]) {
      expect(csp(path), path).toContain("frame-ancestors 'none'");
      expect(csp(path), path).toContain("require-trusted-types-for 'script'");
      expect(csp(path), path).not.toMatch(/unsafe-eval/);
    }
    for (const path of ["/embed.html", "/embed"]) expect(csp(path), path).toContain("frame-ancestors *");
  });

  it("let other sites load the component, its data, the embed's modules and each release's scripts (CORS), and nothing else", () => {
    for (const path of ["/bj-edu-chart.js", "/embed-host.js", "/embed/v0.3.0/embed-host.js", "/data/observations.json", "/assets/index-abc.js"]) expect(headersFor(path)["Access-Control-Allow-Origin"], path).toBe("*");
    expect(headersFor("/index.html")["Access-Control-Allow-Origin"]).toBeUndefined();
    expect(headersFor("/embed")["Access-Control-Allow-Origin"]).toBeUndefined();
  });

  it("give every published type its content type, with charset=utf-8 on text", () => {
    expect(contentTypeOf("/data/sources/plan-2021.txt")).toBe("text/plain; charset=utf-8");
    expect(contentTypeOf("/data/observations.csv")).toBe("text/csv; charset=utf-8");
    expect(contentTypeOf("/data/observations.json")).toBe("application/json; charset=utf-8");
    expect(contentTypeOf("/assets/a.js")).toBe("text/javascript; charset=utf-8");
    expect(contentTypeOf("/data/observations.parquet")).toBe("application/vnd.apache.parquet");
    expect(contentTypeOf("/data/observations.arrow")).toBe("application/vnd.apache.arrow.file");
    expect(contentTypeOf("/og.zh.png")).toBe("image/png");
    // A page's address without a file name is its HTML.
    for (const path of ["/", "/en/", "/embed", "/indicators/x/"]) expect(contentTypeOf(path), path).toBe("text/html; charset=utf-8");
    expect(contentTypeOf("/x.exe")).toBeUndefined();
  });

  it("never match one path with two rules", () => {
    for (const path of SAMPLES) expect(PATH_RULES.filter((r) => ruleMatches(`/${r.path}`, path)).length, path).toBeLessThanOrEqual(1);
  });

  it("follow the site to a base path", () => {
    expect(normalizeBase("bj")).toBe("/bj/");
    expect(normalizeBase("/a/b/")).toBe("/a/b/");
    expect(() => normalizeBase("/a b/")).toThrow();
    expect(basePathFrom({SITE_URL: "https://news.example.net/data/bj/"})).toBe("/data/bj/");
    expect(basePathFrom({BASE_PATH: "/x/", SITE_URL: "https://a.example/y/"})).toBe("/x/");
    expect(basePathFrom({})).toBe("/");
    expect(hostingRules({base: "/bj/"}).map((r) => r.path)).toEqual(PATH_RULES.map((r) => `/bj/${r.path}`));
    for (const path of SAMPLES) expect(headersFor(`/bj${path}`, {base: "/bj/"}), path).toEqual(headersFor(path));
    // The root's rules do not reach into the folder, nor the folder's out of it.
    expect(csp("/bj/embed", "/")).toBe("");
    expect(csp("/embed", "/bj/")).toBe("");
  });
});

describe("the _headers file", () => {
  for (const base of ["/", "/bj/"]) {
    it(`gives every path under ${base} what the definition gives, no header named twice`, () => {
      const rules = parseHeadersFile(headersFile({base}));
      for (const sample of SAMPLES) {
        const path = `${base}${sample.slice(1)}`;
        const got = headersFromFile(rules, path);
        const want = headersFor(path, {base});
        // The host sends the HTML type of a folder or an extensionless page itself.
        if (!/\.[a-z0-9]+$/i.test(path)) delete want["Content-Type"];
        expect(got, path).toEqual(want);
      }
    });
  }
});

describe("the nginx include", () => {
  it("sets each type's charset and each rule's headers, and serves /embed as embed.html", () => {
    const conf = nginxConf({base: "/bj/"});
    expect(conf).toMatch(/types \{[^}]*text\/plain txt;/);
    expect(conf).toMatch(/charset_types [^;]*text\/plain[^;]*;/);
    expect(conf).toContain("location = /bj/embed {\n    try_files /bj/embed.html =404;");
    expect(conf).toContain("location ^~ /bj/data/ {");
  });

  // What `npx tsx scripts/nginx-conf.ts --base /` writes (the script only parses its argument), without starting a process.
  it("is checked in for the base path /, as the script writes it", () => {
    expect(readFileSync(new URL("deploy/nginx.conf", root), "utf8")).toBe(nginxConf({base: "/"}));
  });
});

import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {readSiteSettings, siteSettings} from "../../src/build/site-settings.ts";

describe("siteSettings", () => {
  it("is unset when nothing is set: no address, no contact", () => {
    expect(siteSettings({})).toEqual({url: null, contact: null});
    expect(siteSettings({SITE_URL: " ", SITE_CONTACT: ""})).toEqual({url: null, contact: null});
  });

  it("reads the environment, the site's folder always ending in /", () => {
    expect(siteSettings({SITE_URL: "https://data.news.cn/beijing-education", SITE_CONTACT: "corrections@news.cn"})).toEqual({url: "https://data.news.cn/beijing-education/", contact: "mailto:corrections@news.cn"});
    expect(siteSettings({SITE_URL: "https://tracker.test/", SITE_CONTACT: "https://github.com/org/repo/issues/new"}).contact).toBe("https://github.com/org/repo/issues/new");
  });

  it("takes the config file's settings, the environment over them", () => {
    const file = {path: "site.config.json", text: JSON.stringify({url: "https://a.test/x/", contact: "mailto:fix@a.test"})};
    expect(siteSettings({}, file)).toEqual({url: "https://a.test/x/", contact: "mailto:fix@a.test"});
    expect(siteSettings({SITE_URL: "https://b.test/"}, file)).toEqual({url: "https://b.test/", contact: "mailto:fix@a.test"});
  });

  it("refuses a placeholder, naming the setting", () => {
    expect(() => siteSettings({SITE_URL: "https://example.org/bj/"})).toThrow(/^SITE_URL "https:\/\/example.org\/bj\/" is a placeholder host/);
    expect(() => siteSettings({SITE_URL: "https://www.example.com/"})).toThrow(/placeholder/);
    expect(() => siteSettings({SITE_URL: "https://site.invalid/"})).toThrow(/placeholder/);
    expect(() => siteSettings({SITE_CONTACT: "https://example.net/issues"})).toThrow(/^SITE_CONTACT .* placeholder/);
    expect(() => siteSettings({SITE_CONTACT: "fix@example.org"})).toThrow(/^SITE_CONTACT .* placeholder/);
    expect(() => siteSettings({}, {path: "site.config.json", text: '{"url": "http://example.org/"}'})).toThrow(/^site.config.json "url" "http:\/\/example.org\/" is a placeholder/);
  });

  it("refuses what is not an address of the site's folder", () => {
    expect(() => siteSettings({SITE_URL: "tracker.test/bj"})).toThrow(/^SITE_URL "tracker.test\/bj" is not an absolute address/);
    expect(() => siteSettings({SITE_URL: "ftp://tracker.test/"})).toThrow(/must be an http\(s\) address/);
    expect(() => siteSettings({SITE_URL: "https://tracker.test/?lang=en"})).toThrow(/without \?query or #fragment/);
    expect(() => siteSettings({SITE_CONTACT: "javascript:alert(1)"})).toThrow(/must be an http\(s\) or mailto: address/);
  });

  it("refuses a config file it cannot read as meant", () => {
    expect(() => siteSettings({}, {path: "site.config.json", text: "{url:"})).toThrow(/^site.config.json: not JSON/);
    expect(() => siteSettings({}, {path: "site.config.json", text: '{"homepage": "https://a.test/"}'})).toThrow(/unknown setting "homepage"/);
    expect(() => siteSettings({}, {path: "site.config.json", text: '{"url": 1}'})).toThrow(/"url" must be a string/);
  });
});

describe("readSiteSettings", () => {
  const dir = mkdtempSync(join(tmpdir(), "site-settings-"));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it("reads site.config.json at the root when there is one, or the file SITE_CONFIG names", () => {
    expect(readSiteSettings(dir, {})).toEqual({url: null, contact: null});
    writeFileSync(join(dir, "site.config.json"), JSON.stringify({url: "https://root.test/"}));
    expect(readSiteSettings(dir, {}).url).toBe("https://root.test/");
    writeFileSync(join(dir, "staging.json"), JSON.stringify({url: "https://staging.test/bj"}));
    expect(readSiteSettings(dir, {SITE_CONFIG: "staging.json"}).url).toBe("https://staging.test/bj/");
    expect(() => readSiteSettings(dir, {SITE_CONFIG: "missing.json"})).toThrow(/SITE_CONFIG names .*missing.json, which does not exist/);
  });
});

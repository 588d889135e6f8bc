import {describe, expect, it} from "vitest";
import {downloadName, isoDate, slugify, topicFromFilters, type DownloadExt} from "../../src/formats/file-name.ts";

const date = new Date("2026-11-23T10:00:00Z");

describe("downloadName", () => {
  it("joins prefix, topic and date with underscores", () => {
    expect(downloadName({topic: "preschool", date, ext: "csv"})).toBe("beijing-education-14th-fyp_preschool_2026-11-23.csv");
    expect(downloadName({topic: "preschool-dongcheng", date, ext: "zip", prefix: "bj-edu"})).toBe("bj-edu_preschool-dongcheng_2026-11-23.zip");
    for (const ext of ["csv", "json", "svg", "png", "zip"] as const) expect(downloadName({topic: "", date, ext}).endsWith(`_all_2026-11-23.${ext}`)).toBe(true);
  });

  it("slugifies the topic", () => {
    expect(downloadName({topic: "Pre-school & Kindergarten", date, ext: "json"})).toBe("beijing-education-14th-fyp_pre-school-kindergarten_2026-11-23.json");
    expect(downloadName({topic: "学前教育", date, ext: "png"})).toBe("beijing-education-14th-fyp_all_2026-11-23.png");
    expect(downloadName({topic: "under_score", date, ext: "svg"})).toBe("beijing-education-14th-fyp_under-score_2026-11-23.svg");
  });

  it("takes the date in UTC, whatever the time zone", () => {
    // 23:30 on the 22nd in Beijing is 15:30 UTC; 00:30 on the 24th in Beijing is still the 23rd in UTC.
    expect(isoDate(new Date("2026-11-22T23:30:00+08:00"))).toBe("2026-11-22");
    expect(isoDate(new Date("2026-11-24T00:30:00+08:00"))).toBe("2026-11-23");
    expect(isoDate(new Date(Date.UTC(2026, 0, 5, 23, 59, 59)))).toBe("2026-01-05");
    expect(() => downloadName({topic: "x", date: new Date("not a date"), ext: "csv"})).toThrow(/Invalid date/);
  });

  it("refuses other extensions", () => {
    for (const ext of ["exe", "CSV", "", "csv.exe", "html"]) expect(() => downloadName({topic: "x", date, ext: ext as DownloadExt})).toThrow(/Unknown download extension/);
  });
});

describe("slugify", () => {
  it("keeps lowercase ASCII letters, digits and single hyphens", () => {
    expect(slugify("Preschool")).toBe("preschool");
    expect(slugify("  --high   school__2025!! ")).toBe("high-school-2025");
    expect(slugify("东城区 dongcheng 2022年")).toBe("dongcheng-2022");
    expect(slugify("Café Ｐｒｅｓｃｈｏｏｌ")).toBe("cafe-preschool");
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
  });

  it("turns an empty slug into all", () => {
    for (const text of ["", "   ", "入园率", "——", "%%%"]) expect(slugify(text)).toBe("all");
    expect(slugify("入园率", {empty: ""})).toBe("");
  });

  it("cuts to 60 characters at a word boundary when it can", () => {
    const long = "preschool compulsory high-school vocational higher-ed teachers whole-person digital";
    const slug = slugify(long);
    expect(slug).toBe("preschool-compulsory-high-school-vocational-higher-ed");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify("a".repeat(80))).toBe("a".repeat(60));
    expect(slugify(`${"a".repeat(59)}-bcd`)).toBe("a".repeat(59));
    expect(slugify(`${"a".repeat(60)}-bcd`)).toBe("a".repeat(60));
    expect(slugify("abc-def-ghi", {max: 5})).toBe("abc");
  });
});

describe("topicFromFilters", () => {
  it("is all when nothing is set", () => {
    expect(topicFromFilters({})).toBe("all");
    expect(topicFromFilters({domains: [], scopes: [], series: [], statuses: [], sources: [], query: "  "})).toBe("all");
  });

  it("names the filters in force, in order", () => {
    expect(topicFromFilters({domains: ["preschool"]})).toBe("preschool");
    expect(topicFromFilters({domains: ["preschool"], scopes: ["dongcheng"]})).toBe("preschool-dongcheng");
    expect(topicFromFilters({series: ["target", "actual"]})).toBe("target-actual");
    expect(topicFromFilters({statuses: ["on-track"]})).toBe("on-track");
    expect(topicFromFilters({sources: ["dongcheng-2022"]})).toBe("dongcheng-2022");
    expect(topicFromFilters({domains: ["high-school"], statuses: ["behind"]})).toBe("high-school-behind");
  });

  it("names a search only as search, never by its words", () => {
    expect(topicFromFilters({query: "入园率"})).toBe("search");
    expect(topicFromFilters({query: "ruyuan"})).toBe("search");
    expect(topicFromFilters({domains: ["preschool"], query: "普惠"})).toBe("preschool-search");
  });

  it("names at most three parts, then filtered", () => {
    expect(topicFromFilters({domains: ["preschool", "compulsory"], scopes: ["dongcheng"]})).toBe("preschool-compulsory-dongcheng");
    expect(topicFromFilters({domains: ["preschool", "compulsory"], scopes: ["dongcheng"], series: ["target"]})).toBe("preschool-compulsory-dongcheng-filtered");
    expect(topicFromFilters({domains: ["preschool"], scopes: ["beijing"], series: ["actual"], query: "x"})).toBe("preschool-beijing-actual-filtered");
    expect(topicFromFilters({domains: ["preschool", "compulsory"], scopes: ["dongcheng"]}, {maxParts: 1})).toBe("preschool-filtered");
  });

  it("drops values with no ASCII form and repeats", () => {
    expect(topicFromFilters({domains: ["学前教育"]})).toBe("all");
    expect(topicFromFilters({domains: ["学前教育", "preschool"], scopes: ["Preschool"]})).toBe("preschool");
  });

  it("makes a topic that fits a file name", () => {
    const topic = topicFromFilters({sources: ["a-very-long-source-identifier-one", "a-very-long-source-identifier-two"]});
    expect(topic.length).toBeLessThanOrEqual(60);
    expect(topic).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(downloadName({topic: topicFromFilters({domains: ["preschool"], scopes: ["dongcheng"]}), date, ext: "csv"})).toBe(
      "beijing-education-14th-fyp_preschool-dongcheng_2026-11-23.csv"
    );
  });
});

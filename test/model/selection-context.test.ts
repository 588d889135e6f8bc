import {describe, expect, it} from "vitest";
import {en} from "../../src/i18n/en.ts";
import {zh} from "../../src/i18n/zh.ts";
import {describeFilters, selectionContext, type AboutDataset} from "../../src/model/selection-context.ts";
import {placeNames} from "../../src/model/place-names.ts";
import {DEFAULT_STATE, parseUrlState, type UrlState} from "../../src/model/url-state.ts";
import {realData} from "../real-data.ts";

const {data} = realData();
const places = (lang: "zh" | "en") => placeNames(data.places.values(), lang);
const titles = (lang: "zh" | "en") => new Map([...data.sources.values()].map((s) => [s.id, {title: lang === "zh" ? s.title_zh : s.title_en}]));
const about: AboutDataset = {
  title: "Test dataset",
  version: "0.3.0",
  released: "2026-11-25",
  license: {name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/"},
  archive: "https://tracker.test/bj/data/releases/beijing-education-14th-fyp-0.3.0.zip",
  citation: "Test Project. Test dataset [dataset], version 0.3.0, 25 November 2026. https://tracker.test/bj/data/releases/beijing-education-14th-fyp-0.3.0.zip"
};
const state: UrlState = parseUrlState("?view=data&domain=preschool&series=target&status=no-figure&q=入园&sort=year&lang=en");
const rows = data.observations.filter((o) => o.domain === "preschool" && o.series === "target" && o.status === "no-figure");
const context = selectionContext(rows, {
  lang: "en",
  messages: en,
  sources: titles("en"), places: places("en"),
  state,
  site: "https://tracker.test/bj/",
  about,
  date: new Date(Date.UTC(2026, 11, 3, 23, 30)),
  files: {csv: "beijing-education-14th-fyp_preschool-target-no-figure-filtered_2026-12-03.csv", excel: "beijing-education-14th-fyp_preschool-target-no-figure-filtered_2026-12-03-excel.csv", metadata: "x.metadata.json"}
});

describe("selectionContext", () => {
  it("names the version, release date, licence, the day of the download, the filters and the address of the view", () => {
    const lines = context.readme.split("\n");
    expect(lines[0]).toBe("# Test dataset: a selection");
    expect(context.readme).toContain(`${rows.length} figures selected in the data view.`);
    expect(lines).toContain("- Dataset version: 0.3.0, released 25 November 2026.");
    expect(lines).toContain("- Downloaded: 3 December 2026.");
    expect(lines).toContain("- Licence: CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/ (the compilation: selection, parsing and metadata). The quoted source texts remain the work of their issuers.");
    expect(lines).toContain("- Filters: Area: Preschool; Series: Target; Status: No new figure; search “入园”.");
    expect(lines).toContain("- This view: https://tracker.test/bj/?view=data&domain=preschool&series=target&status=no-figure&q=%E5%85%A5%E5%9B%AD&sort=year&lang=en");
    expect(context.readme).toContain("Each figure's quote in its source: https://tracker.test/bj/?view=source&doc=<source_id>&lang=en#q-<observation_id>");
    expect(context.readme).toContain("datapackage.json (the CSV's schema)");
    expect(context.readme).toContain(`Cite as: ${about.citation}`);
  });

  it("gives the view's address so that it reads back to the same view", () => {
    const view = new URL(context.metadata.view!);
    expect(parseUrlState(view.search)).toEqual(state);
  });

  it("says the same for programs, with each figure's own status and a link to its quote", () => {
    const {metadata} = context;
    expect(metadata).toMatchObject({downloaded: "2026-12-03", rows: rows.length, filters: state.filters, sort: {key: "year", dir: "asc"}, dataset: {version: "0.3.0", released: "2026-11-25", license: about.license}});
    expect(metadata.figures).toContainEqual({
      observation_id: "dongcheng-2022/preschool-enrolment-rate-registered",
      status: "no-figure",
      status_reason: "no-actual",
      url: "https://tracker.test/bj/?view=source&doc=dongcheng-2022&lang=en#q-dongcheng-2022/preschool-enrolment-rate-registered"
    });
  });

  it("names no address at all from an offline copy built without the site's address", () => {
    const offline = selectionContext(rows, {lang: "en", messages: en, sources: titles("en"), places: places("en"), state, site: null, about: {...about, archive: null, citation: "Test Project. Test dataset [dataset], version 0.3.0, 25 November 2026."}, date: new Date(Date.UTC(2026, 11, 3)), files: {csv: "x.csv", excel: "x-excel.csv", metadata: "x.metadata.json"}});
    expect(offline.readme).not.toMatch(/https?:\/\/(?!creativecommons)/);
    expect(offline.readme).toContain("- Dataset version: 0.3.0, released 25 November 2026.");
    expect(offline.metadata).not.toHaveProperty("view");
    expect(offline.metadata).not.toHaveProperty("schema");
    expect(offline.metadata.figures.every((f) => !("url" in f))).toBe(true);
  });

  it("describes no filter as every figure, in each language", () => {
    expect(describeFilters(DEFAULT_STATE.filters, {lang: "en", messages: en, sources: titles("en"), places: places("en")})).toBe("none (every figure)");
    expect(describeFilters({...DEFAULT_STATE.filters, scope: ["dongcheng"], source: ["dongcheng-2022"]}, {lang: "zh", messages: zh, sources: titles("zh"), places: places("zh")})).toBe("范围：东城区；来源文件：2022年东城区教育工作计划");
  });
});

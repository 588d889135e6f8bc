/**
 * Adding a district is curation, not code: a synthetic Xicheng plan
 * (test/fixtures/xicheng-2022, clearly marked as not a real document) and
 * Xicheng's record in scopes.json go through the real build and the site
 * step with no code change, and the page names the district only with the
 * names its record gives. Its comparison with the city is an entry of
 * content/explainer.json (in the copy), keyed by the place's id.
 */
import {execFileSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {pageData, type PageData} from "../src/model/page-data.ts";
import {parseUrlState} from "../src/model/url-state.ts";
import {readPublished} from "../src/prerender/read-published.ts";
import {siteModel, type SiteModel} from "../src/prerender/site-model.ts";

const root = new URL("..", import.meta.url).pathname;
const fixture = join(root, "test/fixtures/xicheng-2022");
const SOURCE = "xicheng-2022";
const TARGET = `${SOURCE}/school-places-added`;

const appendTo = (file: string, record: unknown) => writeFileSync(file, JSON.stringify([...JSON.parse(readFileSync(file, "utf8")), record], null, 2));

/** Xicheng's comparison with the city, as a curator would write it: a template whose district slot the build fills. */
const COMPARISON = {
  zh: {title: "西城区与全市的新增学位", body: "西城区{year:district}年计划新增学位{district:school-places-added}。"},
  en: {title: "Xicheng's new school places and the city's", body: "Xicheng's {year:district} plan adds {district:school-places-added} school places."}
};

/** data/ and content/ copied, with the district added as a curator would: its place, its document and that document's curation, and (`comparison`) its comparison. */
function addDistrict(dir: string, {place = true, comparison = true} = {}): {data: string; content: string} {
  const data = join(dir, "data");
  const content = join(dir, "content");
  cpSync(join(root, "data"), data, {recursive: true});
  cpSync(join(root, "content"), content, {recursive: true});
  if (place) appendTo(join(data, "scopes.json"), JSON.parse(readFileSync(join(fixture, "place.json"), "utf8")));
  appendTo(join(data, "sources.json"), JSON.parse(readFileSync(join(fixture, "source.json"), "utf8")));
  for (const file of [`sources/raw/${SOURCE}.txt`, `observations/${SOURCE}.json`, `exclusions/${SOURCE}.json`, `translations/${SOURCE}.json`]) cpSync(join(fixture, file), join(data, file));
  if (comparison) {
    const explainer = JSON.parse(readFileSync(join(content, "explainer.json"), "utf8"));
    for (const lang of ["zh", "en"] as const) explainer.comparisons[lang].scopes.xicheng = COMPARISON[lang];
    writeFileSync(join(content, "explainer.json"), JSON.stringify(explainer, null, 2));
  }
  return {data, content};
}

const buildData = (input: {data: string; content: string}, out: string) =>
  execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/build-data.ts"), out, "--data", input.data, "--content", input.content], {cwd: root, stdio: "pipe"});

describe("a district of curation, no code: the Xicheng fixture", () => {
  let dir: string;
  let out: string;
  let data: PageData;
  let site: {zh: SiteModel; en: SiteModel};

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bj-district-"));
    out = join(dir, "out");
    buildData(addDistrict(dir), out);
    data = pageData(readPublished(new URL(`file://${out}/`)));
    site = {zh: siteModel(data, "zh"), en: siteModel(data, "en")};
  }, 60_000);

  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it("publishes the place in scopes.csv, and the package's tables name it by foreign key", () => {
    expect(JSON.parse(readFileSync(join(out, "scopes.json"), "utf8"))).toContainEqual({id: "xicheng", name_zh: "西城区", name_en: "Xicheng district", short_zh: "西城", short_en: "Xicheng", kind: "district", parent: "beijing"});
    expect(readFileSync(join(out, "scopes.csv"), "utf8")).toContain(`"xicheng","西城区","Xicheng district","西城","Xicheng","district","beijing"`);
    const resources = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8")).resources as Array<{name: string; schema?: {foreignKeys?: Array<{fields: string; reference: {resource: string}}>}}>;
    for (const name of ["sources", "status"]) {
      expect(resources.find((r) => r.name === name)?.schema?.foreignKeys).toContainEqual({fields: "scope", reference: {resource: "scopes", fields: "id"}});
    }
  });

  it("judges the district's target on its own place: no figure, not the city's 2022 places", () => {
    expect(data.byId.get(TARGET)).toMatchObject({scope: "xicheng", series: "target", value_base: 3000});
    expect(data.status.get(TARGET)).toMatchObject({scope: "xicheng", status: "no-figure", actual_id: null});
    // The city's own pace is unchanged by a district's target.
    expect(data.status.get("plan-2021/school-places-added-2021-2025")).toMatchObject({status: "on-track", reported_years: "2022"});
  });

  it("gives the browser the place's names in each language, and the address keeps a filter on it", () => {
    expect(site.zh.index.places).toContainEqual({id: "xicheng", name: "西城区", short: "西城"});
    expect(site.en.index.places).toContainEqual({id: "xicheng", name: "Xicheng district", short: "Xicheng"});
    const scopes = site.zh.index.places.map((p) => p.id);
    expect(parseUrlState("?view=data&scope=xicheng,nowhere", {scopes}).filters.scope).toEqual(["xicheng"]);
  });

  it("shows the figure with the district's name: the tracker, the data view and the indicator's targets", () => {
    for (const lang of ["zh", "en"] as const) {
      const model = site[lang];
      const row = model.page.explainer.tracker.rows.find((r) => r.id === TARGET);
      expect(row).toMatchObject({group: "district", status: "no-figure"});
      expect(model.dataView.rows.find((r) => r.observation_id === TARGET)?.scopeName).toBe(lang === "zh" ? "西城区" : "Xicheng district");
      const targets = model.indicators.get("school-places-added")!.methods.map((t) => t.target);
      expect(targets).toContain(lang === "zh" ? "西城区目标（2022年）" : "Xicheng target (2022)");
    }
    // Nothing of Xicheng is named as Dongcheng.
    expect(JSON.stringify(site.en.indicators.get("school-places-added"))).not.toContain("Dongcheng");
  });

  it("compares the district with the city from its content entry, after Dongcheng's, in the curated places' order", () => {
    for (const lang of ["zh", "en"] as const) {
      const {scopes} = site[lang].page.explainer.comparisons;
      expect(scopes.map((c) => c.scope)).toEqual(["dongcheng", "xicheng"]);
      const xicheng = scopes[1];
      expect(xicheng.title).toBe(COMPARISON[lang].title);
      const text = xicheng.body.map((p) => (typeof p === "string" ? p : p.text)).join("");
      expect(text).toBe(lang === "zh" ? "西城区2022年计划新增学位3000个。" : "Xicheng's 2022 plan adds 3,000 school places.");
      // The district's figure is a figure of the page, with its quote: Xicheng's target, not another district's.
      expect(xicheng.body.find((p) => typeof p !== "string")).toMatchObject({observation: {observation_id: TARGET, scope: "xicheng"}});
    }
  });

  it("stops a document of a place that is not in scopes.json, naming the file and the record", () => {
    let message = "";
    try {
      buildData(addDistrict(join(dir, "bare"), {place: false, comparison: false}), join(dir, "bare-out"));
    } catch (error) {
      message = String((error as {stderr?: Buffer}).stderr ?? error);
    }
    expect(message).toMatch(/data\/sources\.json: source xicheng-2022: scope "xicheng" is not a place in data\/scopes\.json \(beijing, dongcheng\); add the place's record there, or fix the id/);
    expect(message).toMatch(/data\/observations\/xicheng-2022\.json: xicheng-2022\/school-places-added \(source xicheng-2022\): scope "xicheng" is not a place in data\/scopes\.json/);
  });
});

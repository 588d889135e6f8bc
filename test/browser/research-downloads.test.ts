/**
 * The data view's downloads that keep their context, in Chromium (dist/): the
 * selection as a ZIP that is a Data Package of its own (its CSV with the
 * published schema, the CSV button's copy for spreadsheets, a README and its
 * metadata: version, licence, dates, filters, the view's address, each
 * figure's own status and link); the full Data Package as the version's
 * archive, byte for byte; and the data view's citations and code.
 * Run `npm run build` before running this file alone.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {AxeBuilder} from "@axe-core/playwright";
import {strFromU8, unzipSync} from "fflate";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {releaseOf} from "../../src/build/release.ts";
import {parseUrlState} from "../../src/model/url-state.ts";
import {releaseArchivePath} from "../../src/schema/data-files.ts";
import type {ObservationRow} from "../../src/schema/tables.ts";
import {checkDataPackage} from "../support/frictionless.ts";
import {parseCsv} from "../support/read-csv.ts";
import {closeBuiltSite, DIST as dist, openBuiltSite, type Served} from "./built-site.ts";
import {download, openPage} from "./page-helpers.ts";

const release = releaseOf(readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8"));
const READY = "bj-data-view .result-count";
const QUERY = "?view=data&domain=preschool&series=target&lang=en";

let browser: Browser;
let server: Served;
let observations: ObservationRow[];

beforeAll(async () => {
  observations = JSON.parse(readFileSync(new URL("data/observations.json", dist), "utf8"));
  ({browser, server} = await openBuiltSite({needs: ["index.html", "data/observations.json"]}));
});

afterAll(() => closeBuiltSite({browser}));

describe("the data view's downloads", () => {
  it("saves the selection with a README and metadata that name the version, licence, dates, filters and the view", async () => {
    const {page, errors, close} = await openPage(browser, server.url + QUERY, {ready: READY});
    try {
      const ids = observations.filter((o) => o.domain === "preschool" && o.series === "target").map((o) => o.observation_id);
      const csv = await download(page, () => page.locator("bj-data-view button[data-download=csv]").click());
      const zip = await download(page, () => page.locator("bj-data-view button[data-download=selection]").click());
      expect(zip.name).toBe(csv.name.replace(/\.csv$/, ".zip"));
      const files = unzipSync(new Uint8Array(zip.bytes));
      const metadataName = csv.name.replace(/\.csv$/, ".metadata.json");
      const excelName = csv.name.replace(/\.csv$/, "-excel.csv");
      expect(Object.keys(files)).toEqual(["README.md", "datapackage.json", csv.name, excelName, metadataName]);
      // The copy for spreadsheets is the one the CSV button gives; the package's CSV is the same without its byte-order mark.
      expect(Buffer.from(files[excelName]).equals(csv.bytes)).toBe(true);
      expect(Buffer.from(files[csv.name]).equals(csv.bytes.subarray(3))).toBe(true);
      // A Data Package a Frictionless client reads row by row.
      const unpacked = mkdtempSync(join(tmpdir(), "selection-"));
      try {
        for (const [name, bytes] of Object.entries(files)) writeFileSync(join(unpacked, name), bytes);
        const check = await checkDataPackage(unpacked);
        expect(check.errors).toEqual([]);
        expect(check.rows).toEqual({selection: ids.length});
      } finally {
        rmSync(unpacked, {recursive: true, force: true});
      }
      const [header, ...rows] = parseCsv(strFromU8(files[csv.name]));
      expect(header).toEqual(expect.arrayContaining(["observation_id", "status", "status_reason"]));
      expect(rows.map((r) => r[0]).sort()).toEqual([...ids].sort());
      const dongcheng = rows.find((r) => r[0] === "dongcheng-2022/preschool-enrolment-rate-registered")!;
      expect([dongcheng[header.indexOf("status")], dongcheng[header.indexOf("status_reason")]]).toEqual(["no-figure", "no-actual"]);

      const readme = strFromU8(files["README.md"]);
      const today = new Date().toISOString().slice(0, 10);
      expect(readme).toContain(`Dataset version: ${release.version}, released `);
      expect(readme).toContain("Licence: CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/");
      expect(readme).toContain("Filters: Area: Preschool; Series: Target.");
      expect(readme).toContain(`This view: ${server.url}${QUERY}`);
      const metadata = JSON.parse(strFromU8(files[metadataName]));
      expect(metadata).toMatchObject({rows: ids.length, dataset: {version: release.version, released: release.date, license: {name: "CC-BY-4.0"}}, filters: {domain: ["preschool"], series: ["target"]}});
      expect(Math.abs(Date.parse(metadata.downloaded) - Date.parse(today))).toBeLessThanOrEqual(86400000);
      expect(parseUrlState(new URL(metadata.view).search)).toEqual(parseUrlState(QUERY));

      // Each figure's link opens its quote.
      const figure = metadata.figures.find((f: {observation_id: string}) => f.observation_id === "dongcheng-2022/preschool-enrolment-rate-registered");
      expect(figure).toMatchObject({status: "no-figure", status_reason: "no-actual"});
      await page.goto(figure.url);
      await page.waitForSelector("bj-source-view .source-text mark");
      expect(await page.locator(`[id="q-dongcheng-2022/preschool-enrolment-rate-registered"]`).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("saves the full Data Package as the version's archive, byte for byte", async () => {
    const {page, errors, close} = await openPage(browser, server.url + QUERY, {ready: READY});
    try {
      const zip = await download(page, () => page.locator("bj-data-view button[data-download=zip]").click());
      expect(zip.bytes.equals(readFileSync(new URL(`data/${releaseArchivePath(release.version)}`, dist)))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("cites the dataset by its release, with the project as author, and offers code for the whole dataset", async () => {
    const {page, errors, close} = await openPage(browser, server.url + QUERY, {ready: "bj-data-view bj-data-snippets"});
    try {
      const cite = await page.locator("bj-cite-panel pre").first().textContent();
      const [year, month, day] = release.date.split("-").map(Number);
      expect(cite).toContain(`version ${release.version}, ${day} ${new Date(Date.UTC(year, month - 1, day)).toLocaleString("en", {month: "long", timeZone: "UTC"})} ${year}.`);
      expect(cite).toMatch(/^Beijing Education Plan Tracker\. /);
      // The archive's address only when the build was told the site's (SITE_URL): never a made-up one.
      const {site} = JSON.parse(readFileSync(new URL("data/content.json", dist), "utf8")) as {site: {url: string | null}};
      if (site.url) expect(cite).toContain(`${site.url}data/releases/beijing-education-14th-fyp-${release.version}.zip`);
      else expect(cite).not.toMatch(/https?:/);
      const js = await page.locator("bj-data-snippets textarea[data-snippet=js]").inputValue();
      expect(js).toContain(`const base = "${server.url}data/";`);
      expect(js).toContain("aq.loadArrow(`${base}observations.arrow`)");
      const {violations} = await new AxeBuilder({page}).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).include("bj-data-view .downloads").include("bj-data-snippets").analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

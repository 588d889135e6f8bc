import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {DEFAULT_LANG, LANGS, type Lang} from "../src/i18n/locale.ts";
import {launchChromium} from "./chromium.ts";
import {serveStatic} from "./static-server.ts";

type Scheme = "light" | "dark";
/** The query that opens the page in a language (the default language's needs none). */
const langQuery = (lang: Lang) => (lang === DEFAULT_LANG ? "" : `lang=${lang}`);

/**
 * The built page in `dist` in headless Chromium, every language at 375 and
 * 1280 px, light and dark, saved to `out` for a person to look at; `only`
 * keeps the shots whose name (`zh-375-light`) contains it. Returns the files.
 */
export async function pageShots({dist = "dist", out = "screenshots", only = "", fullPage = false}: {dist?: string; out?: string; only?: string; fullPage?: boolean} = {}): Promise<string[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  mkdirSync(out, {recursive: true});
  const files: string[] = [];
  try {
    for (const lang of LANGS) {
      for (const width of [375, 1280]) {
        for (const scheme of ["light", "dark"] as const) {
          const name = `${lang}-${width}-${scheme}`;
          if (!name.includes(only)) continue;
          const page = await browser.newPage({viewport: {width, height: 900}, colorScheme: scheme});
          const query = langQuery(lang);
          await page.goto(`${server.url}${query ? `?${query}` : ""}`);
          await page.waitForSelector("bj-chart-figure");
          await page.evaluate(() => document.fonts.ready);
          const file = join(out, `${name}.png`);
          await page.screenshot({path: file, fullPage});
          files.push(file);
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return files;
}

/**
 * A story's every step from `dist`, for a person to look at, at each screen
 * size, in `langs` and `schemes`, saved to `out`; `query` opens the story
 * (`story=plan`). Calls `saved` with each file as it is written.
 */
export async function storyShots({dist = "dist", out = "screenshots/story", query = "story=plan", screens = [[1920, 1080], [1024, 768]], langs = LANGS, schemes = ["light"], saved = () => {}}: {dist?: string; out?: string; query?: string; screens?: Array<[number, number]>; langs?: readonly Lang[]; schemes?: readonly Scheme[]; saved?: (file: string) => void} = {}): Promise<void> {
  mkdirSync(out, {recursive: true});
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    for (const lang of langs) {
      for (const [width, height] of screens) {
        for (const scheme of schemes) {
          const page = await browser.newPage({viewport: {width, height}, colorScheme: scheme, reducedMotion: "reduce"});
          const extra = langQuery(lang);
          await page.goto(`${server.url}?${query}&step=1${extra ? `&${extra}` : ""}`);
          const total = await page.waitForFunction(() => {
            const story = document.querySelector("bj-story")?.shadowRoot;
            const svg = story?.querySelector(".slide bj-chart-figure")?.shadowRoot?.querySelector("svg.indicator-chart");
            return svg ? Number(story!.querySelector("progress")?.max ?? 0) : 0;
          }, undefined, {timeout: 30000}).then((h) => h.jsonValue() as Promise<number>);
          for (let step = 1; step <= total; step++) {
            if (step > 1) await page.keyboard.press("ArrowRight");
            await page.waitForFunction((s) => new URLSearchParams(location.search).get("step") === String(s) && !!document.querySelector("bj-story")?.shadowRoot?.querySelector(".slide bj-chart-figure")?.shadowRoot?.querySelector("svg.indicator-chart"), step);
            await page.evaluate(() => document.fonts.ready);
            const file = `${out}/${lang}-${width}x${height}-${scheme}-${step}.png`;
            await page.screenshot({path: file});
            saved(file);
          }
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

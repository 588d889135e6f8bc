/**
 * `npx tsx scripts/story-shots.ts [query] [WxH…]`: screenshots of a story's steps from dist/, for a person to look at
 * (zh and en, light and dark), saved to screenshots/story/.
 */
import {mkdirSync} from "node:fs";
import {launchChromium} from "../tools/chromium.ts";
import {serveStatic} from "../tools/static-server.ts";

const [query = "story=plan", ...sizes] = process.argv.slice(2);
const screens = (sizes.length ? sizes : ["1920x1080", "1024x768"]).map((s) => s.split("x").map(Number) as [number, number]);
const out = process.env.SHOTS ?? "screenshots/story";
mkdirSync(out, {recursive: true});
const server = await serveStatic("dist");
const browser = await launchChromium();
for (const lang of (process.env.LANGS ?? "zh,en").split(",")) {
  for (const [width, height] of screens) {
    for (const scheme of (process.env.SCHEMES ?? "light").split(",") as Array<"light" | "dark">) {
      const page = await browser.newPage({viewport: {width, height}, colorScheme: scheme, reducedMotion: "reduce"});
      await page.goto(`${server.url}?${query}&step=1${lang === "en" ? "&lang=en" : ""}`);
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
        console.log(file);
      }
      await page.close();
    }
  }
}
await browser.close();
await server.close();

/**
 * `npm run screenshots`: the built page in headless Chromium, zh and en, at 375
 * and 1280 px, light and dark, saved to screenshots/ for a person to look at.
 */
import {mkdirSync} from "node:fs";
import {launchChromium} from "../tools/chromium.ts";
import {serveStatic} from "../tools/static-server.ts";

const server = await serveStatic("dist");
const browser = await launchChromium();
mkdirSync("screenshots", {recursive: true});
const only = process.argv[2];
for (const lang of ["zh", "en"] as const) {
  for (const width of [375, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      const name = `${lang}-${width}-${scheme}`;
      if (only && !name.includes(only)) continue;
      const page = await browser.newPage({viewport: {width, height: 900}, colorScheme: scheme});
      await page.goto(`${server.url}${lang === "en" ? "?lang=en" : ""}`);
      await page.waitForSelector("bj-chart-figure");
      await page.waitForTimeout(300);
      await page.screenshot({path: `screenshots/${name}.png`, fullPage: process.argv.includes("--full")});
      console.log(`screenshots/${name}.png`);
      await page.close();
    }
  }
}
await browser.close();
await server.close();

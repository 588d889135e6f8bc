/**
 * `npx tsx scripts/story-shots.ts [query] [WxH…]`: screenshots of a story's steps from dist/, for a person to look at
 * (tools/screenshots.ts), saved to screenshots/story/ (or $SHOTS); $LANGS and $SCHEMES choose
 * the languages (default all) and the schemes (default light), comma-separated.
 */
import {asLang} from "../src/i18n/locale.ts";
import {storyShots} from "../tools/screenshots.ts";

const [query = "story=plan", ...sizes] = process.argv.slice(2);
await storyShots({
  query,
  out: process.env.SHOTS,
  screens: sizes.length ? sizes.map((s) => s.split("x").map(Number) as [number, number]) : undefined,
  langs: process.env.LANGS?.split(",").map(asLang),
  schemes: process.env.SCHEMES?.split(",") as Array<"light" | "dark"> | undefined,
  saved: (file) => console.log(file)
});

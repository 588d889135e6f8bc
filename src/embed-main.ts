/** embed.html: one chart or a story, sized to its content for the page that frames it. */
import "./styles/theme.css";
import "./styles/embed.css";
import type {BjEduEmbed} from "./shells/bj-edu-embed.ts";
import "./shells/bj-edu-embed.ts";
import {reportHeight} from "./app/report-height.ts";

// The build writes the element with its static copy (src/prerender/); without the build (the dev server) there is none yet.
const embed = document.querySelector<BjEduEmbed>("bj-edu-embed") ?? document.body.insertAdjacentElement("afterbegin", document.createElement("bj-edu-embed")) as BjEduEmbed;
reportHeight({ready: embed.ready});

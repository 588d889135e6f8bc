/** embed.html: one chart or a story, sized to its content for the page that frames it. */
import "./styles/theme.css";
import "./styles/embed.css";
import type {BjEduEmbed} from "./shells/bj-edu-embed.ts";
import "./shells/bj-edu-embed.ts";
import {reportHeight} from "./app/report-height.ts";

const embed = document.querySelector<BjEduEmbed>("bj-edu-embed")!;
reportHeight({ready: embed.ready});

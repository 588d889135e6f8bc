/** embed.html: one chart or a story, sized to its content for the page that frames it. */
import "../styles/theme.css";
import "./embed.css";
import type {BjEduEmbed} from "../components/bj-edu-embed.ts";
import "../components/bj-edu-embed.ts";
import {reportHeight} from "./report-height.ts";

const embed = document.querySelector<BjEduEmbed>("bj-edu-embed")!;
reportHeight({ready: embed.ready});

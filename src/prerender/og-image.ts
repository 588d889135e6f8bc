import {exportSvg} from "../charts/export-svg.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import type {StaticPage} from "../model/url-state.ts";
import {drawChart} from "./server-drawing.ts";

/** The picture a link to the page shows on news sites and social platforms (Open Graph's recommended size). */
export const OG = {width: 1200, height: 630};

/** The chart drawn wide, with its title, source line and data date: the picture's content, as SVG. */
export function ogSvg(chart: ChartWithTable, dateLine: string, page: StaticPage): {markup: string; width: number; height: number} {
  const wide = drawChart(chart, {width: OG.width - 120, id: `og-${page.lang}`, page});
  return exportSvg(wide, {title: chart.title, sourceLine: chart.sourceLine, dateLine});
}

/** The picture as PNG: the chart in the middle of a white 1200×630 card, or null where @resvg/resvg-js is not installed. */
export async function ogPng(og: {markup: string; width: number; height: number}): Promise<Buffer | null> {
  let Resvg: typeof import("@resvg/resvg-js").Resvg;
  try {
    ({Resvg} = await import("@resvg/resvg-js"));
  } catch {
    return null;
  }
  const scale = Math.min((OG.width - 80) / og.width, (OG.height - 40) / og.height);
  const inner = og.markup.replace(/^<svg\b/, `<svg x="${(OG.width - og.width * scale) / 2 / scale}" y="${(OG.height - og.height * scale) / 2 / scale}"`);
  const card = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width / scale} ${OG.height / scale}"><rect width="100%" height="100%" fill="#ffffff"/>${inner}</svg>`;
  return Buffer.from(new Resvg(card, {font: {loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC"}}).render().asPng());
}

/**
 * The height a chart keeps until it is drawn needs its layout (and the d3 it uses): loaded with the
 * first chart that must hold its space (the explainer's chapters wait for it), never in the first view,
 * whose chart is the build's drawing. A module of its own so that what only asks for it (the
 * explainer's loader) does not carry the chart code that uses it.
 */
export const loadChartHeights = () => import("./chart-heights.ts");

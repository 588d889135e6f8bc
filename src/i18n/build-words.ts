import type {Lang} from "./locale.ts";

/**
 * Words only the build writes (into the page parts, the static pages and the published metadata):
 * the live page shows them as the build wrote them and never looks them up, so the page's own
 * messages (zh.ts, en.ts), which the first view loads, do not carry them. en mirrors zh key for key.
 */
const zh = {
  /** A five-year total's pace: what a year needs, the years not reported, what was reported. */
  pace: {figure: "每年需约{needed}（五年{total}）", missing: "{years}年的数字不在这些文件里。", reportedOne: "{years}年为{value}", reportedMean: "{years}年平均每年{value}"},
  /** An indicator's better direction. */
  better: {higher: "越高越好", lower: "越低越好", neutral: "无好坏方向（计数）"},
  /** A document's kind, as a citation names it. */
  sourceKinds: {"five-year-plan": "五年发展规划", "annual-work-summary": "年度工作总结", "district-annual-plan": "区级年度工作计划"},
  /** How two indicators relate, as an indicator's page says it. */
  relations: {"not-comparable": "看似相同，但不可比较", "see-also": "相关，但不作比较", "pace": "其五年累计目标按下列指标的年度数字判断进度", "paced-by": "其年度数字用于判断下列指标五年累计目标的进度"},
  /** A chart's legend, each mark's name, and what a target's mark shape means. */
  chart: {
    legendItems: {baseline: "{year}年（规划起点）", actual: "{year}年实际", annual: "{year}年度目标", target: "{year}年目标", pace: "完成五年目标每年所需", district: "{place}{year}年目标"},
    shapes: {eq: "", ge: "箭头表示“以上”", gt: "空心圈表示“超过”", approx: "色带表示“左右”", le: "箭头表示“以下”", lt: "空心圈表示“低于”"},
    markLabel: "{indicator}，{series}：{figure}。来源：{source}。{status}"
  },
  /** The static embed page, to a browser without JavaScript. */
  needsScript: "这个嵌入的图表需要启用 JavaScript 才能显示。图表及其来源见完整页面："
};

export type BuildWords = typeof zh;

const en: BuildWords = {
  /** A five-year total's pace: what a year needs, the years not reported, what was reported. */
  pace: {figure: "about {needed} a year needed ({total} over five years)", missing: "The documents do not report {years}.", reportedOne: "{value} in {years}", reportedMean: "{value} a year on average in {years}"},
  /** An indicator's better direction. */
  better: {higher: "higher is better", lower: "lower is better", neutral: "no better direction (a count)"},
  /** A document's kind, as a citation names it. */
  sourceKinds: {"five-year-plan": "Five-year development plan", "annual-work-summary": "Annual work summary", "district-annual-plan": "District annual work plan"},
  /** How two indicators relate, as an indicator's page says it. */
  relations: {"not-comparable": "Looks alike, cannot be compared", "see-also": "Related, not compared", "pace": "Its five-year total is judged as a pace against the yearly figures of", "paced-by": "Its yearly figures judge the pace of the five-year total of"},
  /** A chart's legend, each mark's name, and what a target's mark shape means. */
  chart: {
    legendItems: {baseline: "{year}, where the plan started", actual: "{year}, as reported", annual: "The city's own target for {year}", target: "Target for {year}", pace: "Needed each year to reach the five-year target", district: "{placeShort}'s target for {year}"},
    shapes: {eq: "", ge: "an arrow means “or more”", gt: "an open circle means “more than”", approx: "a band means “about”", le: "an arrow means “or less”", lt: "an open circle means “less than”"},
    markLabel: "{indicator}, {series}: {figure}. Source: {source}. {status}"
  },
  /** The static embed page, to a browser without JavaScript. */
  needsScript: "This embedded chart needs JavaScript to show. The chart and its sources are in the explainer:"
};

export const BUILD_WORDS: Record<Lang, BuildWords> = {zh, en};

import {interpolate} from "./interpolate.ts";
import type {Lang} from "./locale.ts";
import {messagesFor} from "./messages.ts";

/**
 * How each verdict is decided, by language: the explainer's method section, an indicator's page, a
 * download's README and the published metadata say it, all written by the build
 * (src/model/explainer-model.ts, indicator-detail.ts, src/build/package-readme.ts,
 * indicator-metadata.ts), so the page's own words (zh.ts, en.ts), which the first view loads, do not carry it. The section's
 * heading stays with the page's words. en mirrors zh key for key.
 */
const zh = {
  /** How a target of each method is judged (its page and the published metadata say it). */
  statusMethod: {
    level: "按进度判断：从基线到最新实际数的变化，占目标要求变化的比例，与按直线路径到该年应完成的比例相比；实际数满足目标即为已达成。",
    maintain: "保持类目标：最新实际数保持在目标水平以上即为已达成，否则为落后。",
    pace: "多年累计目标按年均进度判断：目标除以年数为每年所需，与已报告各年数字的平均值相比。",
    year: "单一年度目标：该年实际数满足目标即为已达成，否则为落后。"
  },
  missingYears: "{missing}年的数字不在这些文件里，因此五年总数能否完成无法判断。",
  intro: "参照可持续发展目标开放数据平台（Open SDG）的进展评估与美国“健康人民”（Healthy People）计划的“目标变化完成比例”。只拿统计内容与目标相同、范围相同的数字来判断目标；每个数字与目标的关系（统计的是同一回事、其中一部分，还是另一回事）随数据一起写明，不由页面推断。不插值、不估算。",
  items: [
    "已达成：{actual}年实际满足目标的比较符（≥、>、≈、=），按指标“越高越好”或“越低越好”的方向判断。“达到某值”的目标在实际达到该值时算达成；“左右”的目标允许上下{tolerance}的区间。",
    "进度正常：尚未达成，但从{baseline}年基线出发，到{actual}年已完成的变化（实际−基线）÷（目标−基线）不少于按直线路径应完成的份额{due}。",
    "落后：尚未达成，完成的变化少于应完成的份额。“保持在……以上”的目标只有达成与未达成（落后）两种。",
    "背离目标：{actual}年实际比{baseline}年基线更远离目标。",
    "为时尚早：有统计内容与目标相同的数字，但规划没有给出{baseline}年的数字，无从衡量进度。追踪表写明这个数字离目标还差多少，暂不下结论。",
    "口径不同：最新的数字统计的是另一回事（人次而非人数，某一批次而非总数）；或者只统计了目标所计内容的一部分，又低于所需进度。只统计一部分的数字是下限：达到目标所需时，可以说明目标已达成或进度正常；低于所需时，什么也说明不了。",
    "没有新数字：本站收录的文件中，没有规划之后这项目标的数字。",
    "五年累计目标（如新增中小学学位）按年均进度比较：目标除以年数得到每年所需，对比{actual}年报告的量；达到即为进度正常，否则为落后。{missingYears}"
  ]};

export type MethodMessages = typeof zh;

const en: MethodMessages = {
  statusMethod: {
    level: "Judged by progress: the change from the baseline to the latest actual, as a share of the change the target asks for, against the share due by that year on a straight path. Met once the actual satisfies the target.",
    maintain: "A level to keep: met while the latest actual stays at or above it, behind otherwise.",
    pace: "A total over several years, judged as a pace: the target divided by its years is what is needed a year, against the mean of the yearly figures reported.",
    year: "A target for one year: met if that year's actual satisfies it, behind otherwise."
  },
  missingYears: "The documents do not report {missing}, so whether the five-year total will be reached cannot be judged.",
  intro: "Modelled on Open SDG's progress measure and Healthy People's \"percent of targeted change achieved\". A target is judged only on a figure that counts what it counts, for the same place; how each figure relates to its target (the same thing, a part of it, something else) is written down with the data, not decided by the page. Nothing is interpolated or estimated.",
  items: [
    "Met: the {actual} figure satisfies the target's comparator (≥, >, ≈, =), read in the indicator's better direction. A target to reach a level counts as met once the level is reached; an \"about\" (左右) target allows a band of ±{tolerance}.",
    "On track: not met yet, but the change achieved since the {baseline} baseline, (actual − baseline) ÷ (target − baseline), is at least the share due by {actual} on a straight path to the target ({due}).",
    "Behind: not met, and less of the change achieved than is due. A target to maintain a level (保持在…以上) is either met or behind.",
    "Moving away: the {actual} figure is further from the target than the {baseline} baseline.",
    "Too early to judge: a figure counts what the target counts, but the plan gives no {baseline} figure to measure the pace from. The tracker says how far the figure is from the target and judges nothing yet.",
    "Not comparable: the latest figure counts something else (visits instead of students, one batch instead of the total); or it counts only part of what the target counts and is below the pace. A figure that counts part is a lower bound: at or above what the target needs it shows the target met or on track, below it shows nothing either way.",
    "No new figure: the documents tracked here give no figure for the target after the plan.",
    "A five-year total (such as new school places) is judged as a pace: the target divided by its years gives what is needed each year, against what {actual} reported; reaching it is on track, falling short is behind. {missingYears}"
  ]};

export const METHOD_MESSAGES: Record<Lang, MethodMessages> = {zh, en};

/** The years a method's words name: the baseline, the latest actuals, the target, the years no document reports. */
export interface MethodYears {
  baseline: number;
  actual: number;
  target: number;
  missing: readonly number[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The method in a language, its years and shares filled in: the share of the change due by the
 * latest year on a straight path, the band an "about" target allows, and the sentence about
 * unreported years only while some year is unreported.
 */
export function methodText(lang: Lang, years: MethodYears): {intro: string; items: string[]} {
  const m = METHOD_MESSAGES[lang];
  const values = {baseline: years.baseline, actual: years.actual, target: years.target, missing: years.missing.join(messagesFor(lang).punctuation.list)};
  const missingYears = years.missing.length ? interpolate(m.missingYears, values) : "";
  const due = percent((years.actual - years.baseline) / (years.target - years.baseline));
  return {intro: m.intro, items: m.items.map((item) => interpolate(item, {...values, missingYears, due, tolerance: percent(0.05)}).trim())};
}

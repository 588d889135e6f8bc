import type {Lang} from "./locale.ts";

/**
 * The words only the build's static pages say (the list of every indicator): the live page never
 * shows them, so the page's own words (zh.ts, en.ts), which the first view loads, do not carry them.
 */
const zh = {
  indicators: "全部指标",
  indicatorsIntro: "每个指标一页：它的状态，以及各份文件中的每个数字和读出它的原文句子。"
};

export type StaticPageMessages = typeof zh;

const en: StaticPageMessages = {
  indicators: "Every indicator",
  indicatorsIntro: "A page for each indicator: where it stands, and each of its figures with the sentence it was read from."
};

export const STATIC_PAGE_MESSAGES: Record<Lang, StaticPageMessages> = {zh, en};

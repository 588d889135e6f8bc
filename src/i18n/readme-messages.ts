import type {Lang} from "./locale.ts";

/**
 * The words of a downloaded selection's README, by language: used only when
 * a reader downloads, so they load with the downloads and not with the first
 * view (src/i18n/zh.ts and en.ts hold the page's own words).
 */
const zh = {
  title: "{title}：筛选结果",
  rows: "从数据视图中选出的 {rows} 个数字。",
  version: "数据集版本：{version}，发布于{date}。",
  downloaded: "下载日期：{date}。",
  licence: "许可：{licence}（汇编：选取、解析与元数据）。引用的原文仍归其发布机关所有。",
  filters: "筛选条件：{filters}。",
  none: "无（全部数字）",
  search: "搜索“{q}”",
  view: "重现此视图：{url}",
  files: "文件：{csv}（observations.csv 的列和代码，含每个数字自己的状态）；{excel}（同上，供电子表格打开）；{json}（本说明的机器可读版本，含每个数字的链接）；datapackage.json（CSV 的表结构）。",
  figure: "每个数字在原文中的位置：{url}（填入该行的 source_id 与 observation_id）。",
  cite: "引用：{citation}"
};

export type ReadmeMessages = typeof zh;

const en: ReadmeMessages = {
  title: "{title}: a selection",
  rows: "{rows} figures selected in the data view.",
  version: "Dataset version: {version}, released {date}.",
  downloaded: "Downloaded: {date}.",
  licence: "Licence: {licence} (the compilation: selection, parsing and metadata). The quoted source texts remain the work of their issuers.",
  filters: "Filters: {filters}.",
  none: "none (every figure)",
  search: "search “{q}”",
  view: "This view: {url}",
  files: "Files: {csv} (the columns and codes of observations.csv, each figure with its own status); {excel} (the same, for spreadsheets); {json} (this README for programs, with a link to each figure); datapackage.json (the CSV's schema).",
  figure: "Each figure's quote in its source: {url} (with the row's source_id and observation_id filled in).",
  cite: "Cite as: {citation}"
};

export const README_MESSAGES: Record<Lang, ReadmeMessages> = {zh, en};

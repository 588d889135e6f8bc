/** All text the page shows in Chinese. en.ts mirrors every key. Narrative numbers are slots, never digits. */
export const zh = {
  title: "北京教育“十四五”规划：进展如何？",
  sep: "：",
  skipToContent: "跳到正文",
  nav: {label: "页面导航", scoreboard: "记分牌", chapters: "分领域", comparisons: "特别对照", method: "方法", data: "数据", sources: "原文"},
  lang: {switchTo: "English", switchLabel: "切换到英文版"},
  summary: {label: "各项目标的状态", counts: {"met": "{n}项已达成", "on-track": "{n}项进度正常", "behind": "{n}项落后", "moving-away": "{n}项背离目标", "no-data": "{n}项无可比数据"}},
  byline: {by: "{project}制作", data: "数据版本 {version}，{date}更新", report: "发现错误？请告诉我们"},
  loading: "正在载入数据……",
  error: {
    problems: {
      "network": "网络连接失败，未能下载",
      "status": "服务器返回 {status}",
      "json": "不是有效的 JSON（文件被截断或损坏）",
      "html": "服务器返回的是网页（HTML），不是数据文件：数据地址不对，或数据正在重新生成",
      "not-a-list": "应为记录列表",
      "empty": "文件中没有记录",
      "not-an-object": "第{record}条记录格式不对",
      "field": "第{record}条记录的“{field}”缺失或类型不对",
      "unknown-indicator": "指标“{indicator}”不在指标目录中",
      "other": "出现意外错误"
    },
    title: "数据未能载入", retry: "重试", detail: "出错的文件：{file}（{problem}）"},
  series: {baseline: "“十三五”基线", target: "“十四五”目标", actual: "实际", annual: "年度目标", district: "东城区目标", pace: "五年目标所需的年均进度"},
  seriesShort: {baseline: "{year}年", actual: "{year}年", annual: "{year}年目标", target: "{year}年目标", district: "东城{year}年目标", pace: "每年需"},
  seriesFilter: {baseline: "“十三五”基线", target: "目标", actual: "实际"},
  statusFilter: {"met": "已达成", "on-track": "进度正常", "behind": "落后", "moving-away": "背离目标", "no-data": "无可比数据", "none": "不是目标（基线与实际）"},
  seriesWithYear: "{series}（{year}年）",
  seriesYear: {baseline: "{year}年", target: "{year}年", actual: "{year}年"},
  scope: {beijing: "北京市", dongcheng: "东城区"},
  status: {
    "met": "已达成",
    "on-track": "进度正常",
    "behind": "落后",
    "moving-away": "背离目标",
    "no-data": "无可比数据"
  },
  reason: {
    "no-actual": "文件中没有{actual}年实际数",
    "no-baseline": "文件中没有{baseline}年基线，无法判断进度",
    "units": "单位不同，不能相比",
    "basis": "统计口径不同（如只是某一批次），不能相比"
  },
  method: {
    missingYears: "{missing}年的数字不在这些文件里，因此五年总数能否完成无法判断。",
    heading: "状态怎么判定",
    intro: "参照联合国可持续发展目标开放平台（Open SDG）的进展评估与美国“健康人民”（Healthy People）计划的“目标变化完成比例”。只比较同一指标、同一范围、同一单位、同一口径的数字；缺什么就说缺什么，不插值、不估算。",
    items: [
      "已达成：{actual}年实际满足目标的比较符（≥、>、≈、=），按指标“越高越好”或“越低越好”的方向判断。“达到某值”的目标在实际达到该值时算达成；“左右”的目标允许上下{tolerance}的区间。",
      "进度正常：尚未达成，但从{baseline}年基线出发，到{actual}年已完成的变化（实际−基线）÷（目标−基线）不少于按直线路径应完成的份额{due}。",
      "落后：尚未达成，完成的变化少于应完成的份额。“保持在……以上”的目标只有达成与未达成（落后）两种。",
      "背离目标：{actual}年实际比{baseline}年基线更远离目标。",
      "无可比数据：没有{actual}年实际数；或没有{baseline}年基线而目标尚未达成；或单位、口径不同（如人数与人次、某一批次与累计总数）。页面会写明是哪一种。",
      "五年累计目标（如新增中小学学位）按年均进度比较：目标除以年数得到每年所需，对比{actual}年报告的量；达到即为进度正常，否则为落后。{missingYears}"
    ]
  },
  pace: "五年累计目标按年均进度比较：每年需约{needed}，{actual}年报告的平均每年{reported}。{missing}",
  paceMissing: "{years}年的数字不在这些文件里。",
  paceFigure: "每年需约{needed}（五年{total}）",
  comparator: {eq: "", ge: "不低于", gt: "超过", approx: "约", le: "不超过", lt: "低于"},
  units: {} as Record<string, string>,
  domains: {
    preschool: "学前教育", compulsory: "义务教育", "high-school": "普通高中", vocational: "职业教育", "higher-ed": "高等教育与科研",
    teachers: "教师队伍", "whole-person": "德智体美劳", digital: "数字教育", places: "布局与学位", lifelong: "终身学习",
    "exams-employment": "考试与就业", opening: "协作与开放", governance: "保障与治理"
  } as Record<string, string>,
  scoreboard: {
    heading: "记分牌：规划的主要目标",
    percentTitle: "主要目标中的百分比指标",
    yearsTitle: "新增劳动力受教育年限"
  },
  chart: {
    perCent: "%",
    years: "年",
    count: "个",
    sourceItem: "{issuer}《{title}》",
    subtitleUnit: "单位：{unit}。",
    subtitleUnits: "各行单位不同。",
    subtitleSeries: "图中为{series}。",
    subtitleScales: "每行各有自己的横轴。",
    subtitleZoomed: "百分比和年限的横轴只显示数字所在的一段，不从零开始。",
    ring: "文中提到的数字",
    menu: "下载与分享",
    copyLink: "复制本图链接",
    linkCopied: "链接已复制",
    tipSource: "来源",
    tipStatus: "状态",
    keys: "方向键在图中的数字之间移动，回车查看原文，Esc 离开图表。",
    skip: "跳过此图",
    loadFailed: "图表未能载入（网络中断？）。下面的数据表仍可查看。",
    showTable: "显示数据表",
    hideTable: "隐藏数据表",
    table: {indicator: "指标", series: "系列", year: "年份", value: "原文数值", status: "状态", source: "来源"},
    source: "来源：{sources}",
    legend: "图例",
    legendTarget: "形状表示比较符：≥ 竖线加向右箭头，> 空心圈加箭头，≈ 区间，= 竖线",
    missing: "无数据",
    markStatus: "状态：{status}。",
    markLabel: "{indicator}，{series}：{figure}。来源：{source}。{status}"
  },
  provenance: {
    heading: "原文出处",
    written: "原文写法",
    source: "来源文件",
    status: "状态",
    close: "关闭",
    openSource: "在原文中查看",
    sourceLine: "{issuer}：《{title}》{number}，{date}",
    quoteLabel: "引文所在段落，引文已高亮"
  },
  sourceView: {
    heading: "原文",
    intro: "各份原文的清洗后全文。每个被采用的数字都已高亮，点击可回到它所在的图表。",
    back: "返回图表",
    coverage: "共有{mentions}处含数字的表述：{used}处被采用，{excluded}处按理由排除，{unaccounted}处未说明。",
    docNumber: "文号：{number}",
    issued: "{issuer}，{date}",
    figureLink: "{indicator}：{figure}（跳到图表）"
  },
  chaptersHeading: "分领域",
  allFigures: {heading: "全部数字", intro: "各份原文中被采用的每一个数字。点击数字查看原文。", domain: "领域"},
  dataView: {
    heading: "数据",
    intro: "各份原文中被采用的每一个数字，一行一个观测值，带原文引文。可按领域、范围、系列、状态和来源文件筛选，也可搜索指标名称和引文。",
    search: "搜索指标或引文",
    count: "显示 {shown} / {total} 条",
    facets: {domain: "领域", scope: "范围", series: "系列", status: "状态", source: "来源文件"},
    clear: "清除筛选",
    sortBy: "按{column}排序",
    columns: {indicator: "指标", domain: "领域", scope: "范围", series: "系列", year: "年份", value: "原文数值", source: "来源与引文"},
    openSource: "在原文中查看",
    empty: "没有符合条件的数字。",
    open: "打开数据视图"
  },
  downloads: {
    heading: "下载",
    csv: "CSV（当前筛选）",
    json: "JSON（当前筛选）",
    datapackage: "完整数据包（ZIP）",
    chartCsv: "下载本图数据（CSV）",
    svg: "SVG 图片",
    png: "PNG 图片",
    dateLine: "数据年份：{years}。",
    failed: "下载失败：{problem}"
  },
  cite: {
    heading: "引用",
    intro: "引用数据集，并引用数字所在的原文件。",
    dataset: "数据集",
    text: "文本",
    bibtex: "BibTeX",
    csl: "CSL-JSON",
    copy: "复制",
    copied: "已复制"
  },
  indicatorView: {
    back: "返回图表",
    notFound: "找不到指标“{id}”。下面是全部内容。",
    observations: "各文件中的数字",
    permalink: "本指标的固定链接"
  },
  story: {
    open: "演示模式",
    stepOf: "第{step}步，共{total}步",
    announce: "第{step}步，共{total}步：{title}",
    previous: "上一步",
    next: "下一步",
    fullscreen: "全屏",
    notes: "打开演讲者备注",
    exit: "退出演示",
    progress: "演示进度",
    notesHeading: "演讲者备注",
    nextUp: "下一步：{title}",
    last: "这是最后一步。",
    keys: "键盘：→、空格、PageDown 下一步；←、PageUp 上一步；Home 第一步；End 最后一步。",
    notFound: "找不到演示“{id}”。"
  },
  embed: {
    button: "嵌入",
    heading: "嵌入此图表",
    intro: "把下面任一段代码粘贴到你的网页中：图表以当前语言显示，并链接回完整页面。",
    iframe: "iframe（适用于任何网页）",
    iframeNote: "iframe 的高度随图表自动调整：随附的脚本只接受本站从这个 iframe 发来的高度消息。",
    component: "Web 组件",
    componentNote: "图表绘制在你的页面里，脚本和数据从本站加载。",
    copy: "复制",
    copyLabel: "复制代码：{snippet}",
    copied: "已复制",
    copyFailed: "无法使用剪贴板：代码已选中，请用键盘复制。",
    close: "关闭",
    frameTitle: "{chart}（{site}）",
    credit: "图表来自",
    missingChart: "这个嵌入链接没有指明图表。",
    unknownChart: "找不到图表“{id}”。",
    unknownStory: "找不到演示“{id}”。",
    openExplainer: "打开完整页面",
    unavailable: "这份页面不是从网站打开的，无法生成嵌入代码；请在网站上打开本页。"
  },
  footer: {
    data: "下载数据：",
    csv: "CSV（全部观测值，可直接用 Excel 打开）",
    json: "JSON",
    datapackage: "数据包说明（Frictionless）",
    note: "数据由构建步骤从原文中逐句核对生成；每行都带原文引文及其在清洗后原文中的位置。"
  }
};

export type Messages = typeof zh;

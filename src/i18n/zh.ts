/** All text the page shows in Chinese. en.ts mirrors every key. Narrative numbers are slots, never digits. */
export const zh = {
  title: "北京教育“十四五”规划：进展如何？",
  dek: "以“十三五”成绩为基线、“十四五”目标为标尺、{year:actual}年实际为进展，逐项对照北京教育的五年规划。每个数字都可追溯到原文中的那句话。",
  sep: "：",
  skipToContent: "跳到正文",
  nav: {label: "页面导航", scoreboard: "记分牌", chapters: "分领域", comparisons: "特别对照", method: "方法", data: "数据", sources: "原文"},
  lang: {switchTo: "English", switchLabel: "切换到英文版"},
  loading: "正在载入数据……",
  error: {
    problems: {
      "network": "网络连接失败，未能下载",
      "status": "服务器返回 {status}",
      "json": "不是有效的 JSON（文件被截断或损坏）",
      "not-a-list": "应为记录列表",
      "empty": "文件中没有记录",
      "not-an-object": "第{record}条记录格式不对",
      "field": "第{record}条记录的“{field}”缺失或类型不对",
      "unknown-indicator": "指标“{indicator}”不在指标目录中",
      "other": "出现意外错误"
    },
    title: "数据未能载入", retry: "重试", detail: "出错的文件：{file}（{problem}）"},
  series: {baseline: "“十三五”基线", target: "“十四五”目标", actual: "实际", annual: "年度目标", district: "东城区目标"},
  seriesShort: {baseline: "{year}年", actual: "{year}年", annual: "{year}年目标", target: "{year}年目标", district: "东城{year}年目标"},
  seriesFilter: {baseline: "“十三五”基线", target: "目标", actual: "实际"},
  statusFilter: {"met": "已达成", "on-track": "进度正常", "behind": "落后", "moving-away": "背离目标", "no-data": "无可比数据", "no-target": "无五年目标"},
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
    heading: "状态怎么判定",
    intro: "参照联合国可持续发展目标开放平台（Open SDG）的进展评估与美国“健康人民”（Healthy People）计划的“目标变化完成比例”。只比较同一指标、同一范围、同一单位、同一口径的数字；缺什么就说缺什么，不插值、不估算。",
    items: [
      "已达成：{actual}年实际满足目标的比较符（≥、>、≈、=），按指标“越高越好”或“越低越好”的方向判断。“达到某值”的目标在实际达到该值时算达成；“左右”的目标允许上下{tolerance}的区间。",
      "进度正常：尚未达成，但从{baseline}年基线出发，到{actual}年已完成的变化（实际−基线）÷（目标−基线）不少于按直线路径应完成的份额{due}。",
      "落后：尚未达成，完成的变化少于应完成的份额。“保持在……以上”的目标只有达成与未达成（落后）两种。",
      "背离目标：{actual}年实际比{baseline}年基线更远离目标。",
      "无可比数据：没有{actual}年实际数；或没有{baseline}年基线而目标尚未达成；或单位、口径不同（如人与人次、批次与累计）。页面会写明是哪一种。",
      "五年累计目标（如新增中小学学位）按进度比较：目标除以年数得到每年所需，对比{actual}年报告的量；达到即为进度正常，否则为落后。{missing}年的数字不在这些文件里，因此累计是否达成无法判断。"
    ]
  },
  pace: "累计目标按年均进度比较：每年需约{needed}，{actual}年报告{reported}。{missing}年的数字不在这些文件里。",
  comparator: {"=": "", ">=": "不低于", ">": "超过", "~": "约", "<=": "不超过", "<": "低于"},
  units: {} as Record<string, string>,
  domains: {
    preschool: "学前教育", compulsory: "义务教育", "high-school": "普通高中", vocational: "职业教育", "higher-ed": "高等教育与科研",
    teachers: "教师队伍", "whole-person": "德智体美劳", digital: "数字教育", places: "布局与学位", lifelong: "终身学习",
    "exams-employment": "考试与就业", opening: "协作与开放", governance: "保障与治理"
  } as Record<string, string>,
  scoreboard: {
    heading: "记分牌：规划的主要目标",
    intro: "“十四五”规划“主要目标”中的每个量化指标：{baseline}年基线（如有）、{actual}年实际（如有）与{target}年目标。百分比共用一根轴；年限单独成图。",
    percentTitle: "主要目标中的百分比指标",
    yearsTitle: "新增劳动力受教育年限",
    takeaway: "{count}项主要目标中，{met}项已有{actual}年数据证明达成，{noData}项在这些文件中没有可比的{actual}年数据。"
  },
  chart: {
    showTable: "显示数据表",
    hideTable: "隐藏数据表",
    table: {indicator: "指标", series: "系列", year: "年份", value: "原文数值", status: "状态", source: "来源"},
    source: "来源：{sources}",
    legend: "图例",
    legendTarget: "形状表示比较符：≥ 竖线加向右箭头，> 空心圈加箭头，≈ 区间，= 竖线",
    axisPercent: "百分比（%）",
    axisYears: "年",
    axisCount: "数量（{unit}）",
    axisCountPlain: "数量",
    missing: "无数据",
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
    intro: "三份文件的清洗后全文。每个被采用的数字都已高亮，点击可回到它所在的图表。",
    back: "返回图表",
    coverage: "共有{mentions}处含数字的表述：{used}处被采用，{excluded}处按理由排除，{unaccounted}处未说明。",
    docNumber: "文号：{number}",
    issued: "{issuer}，{date}",
    figureLink: "{indicator}：{figure}（跳到图表）"
  },
  comparisons: {
    heading: "特别对照",
    dongcheng: {
      title: "北京市与东城区的入园率目标",
      body: "全市“十四五”目标是入园率保持在{target:preschool-enrolment-rate}；东城区{year:district}年计划确保常住户籍适龄幼儿入园率{district:preschool-enrolment-rate}。两者范围不同（全市与一个区），目标并不矛盾：东城区的下限更低。"
    },
    notComparable: {
      title: "看似相同，实则不能相比",
      body: "规划要引导{target:winter-sports-students}参与冰雪运动；{year:actual}年报告中小学生上冰上雪{actual:winter-sports-visits}。前者数的是人，后者数的是人次：同一名学生可以被计入多次，所以两者不作比较。"
    },
    noCounterpart: {
      title: "“十三五”成绩，“十四五”没有对应目标",
      body: "以下“十三五”成绩在“十四五”规划中没有同一指标的量化目标："
    }
  },
  chaptersHeading: "分领域",
  chapters: {
    preschool: {
      title: "学前教育：入园率已达目标，普惠覆盖率还差一点",
      narrative: [
        "规划要求全市适龄儿童入园率保持在{target:preschool-enrolment-rate}；{year:actual}年报告入园率达到{actual:preschool-enrolment-rate}，状态为“{status:preschool-enrolment-rate}”。",
        "普惠性幼儿园覆盖率的目标是达到{target:public-kindergarten-coverage}，{year:actual}年为{actual:public-kindergarten-coverage}。文件没有给出{year:baseline}年的覆盖率，所以无法判断进度是否正常。"
      ]
    },
    compulsory: {
      title: "义务教育：就近入学率保持高位",
      narrative: [
        "“十三五”末小学、初中就近入学比例均达到{baseline:nearby-enrolment-rate}；规划要求保持在{target:nearby-enrolment-rate}，{year:actual}年报告为{actual:nearby-enrolment-rate}，状态为“{status:nearby-enrolment-rate}”。",
        "{year:actual}年全市集团化办学覆盖率{actual:school-group-coverage}，学区覆盖率{actual:school-district-coverage}；规划没有为这两项设定量化目标。"
      ]
    },
    vocational: {
      title: "职业教育：目标明确，年度报告只给了批次",
      narrative: [
        "规划要求“双师型”教师比例达到{target:dual-qualified-teacher-share}，文件中没有{year:actual}年的比例。",
        "特色高水平骨干专业的目标是{target:distinctive-vocational-specialties}；{year:actual}年报告的{actual:distinctive-vocational-specialties}只是第二批，不是累计总数，因此不作比较。"
      ]
    },
    "higher-ed": {
      title: "高等教育与科研：“十三五”底子厚",
      narrative: [
        "“十三五”期间，{baseline:double-first-class-universities}高校、{baseline:double-first-class-disciplines}学科进入“双一流”建设名单，建设{baseline:advanced-innovation-centres}高精尖创新中心。",
        "{year:actual}年推动{actual:advanced-innovation-centres}高精尖中心建设，这是新一期的批次，不能与“十三五”的总数直接相比。"
      ]
    },
    teachers: {
      title: "教师队伍：学历目标尚无年度数据",
      narrative: [
        "规划要求义务教育专任教师中本科及以上学历人员比例{target:compulsory-teacher-degree-share}，文件中没有{year:actual}年的比例。",
        "{year:actual}年{actual:teacher-rotation-participants}参与校长教师交流轮岗，占符合条件总数的{actual:teacher-rotation-share}。"
      ]
    },
    "whole-person": {
      title: "体育与健康：冰雪运动的两个数字不能相比",
      narrative: [
        "规划要求中小学生体质健康达标优良率{target:student-fitness-good-rate}，并持续建设{target:winter-sports-schools}中小学冰雪特色学校。",
        "规划要引导{target:winter-sports-students}参与冰雪运动，{year:actual}年报告上冰上雪{actual:winter-sports-visits}：一个数人，一个数人次，不作比较。"
      ]
    },
    digital: {
      title: "数字教育：覆盖率目标尚无年度数据",
      narrative: [
        "规划要求智慧校园覆盖率达到{target:smart-campus-coverage}，并培育{target:smart-campus-demo-schools}智慧校园示范校；文件中没有{year:actual}年的覆盖率。",
        "{year:actual}年常态化线上教学的学习人次{actual:online-learning-visits}。"
      ]
    },
    places: {
      title: "学位与学校建设：新增学位快于年均所需，建校慢于年均所需",
      narrative: [
        "规划新增学位{target:school-places-added}，平均每年约需{pace:school-places-added}；{year:actual}年新增学位{actual:school-places-added}，超额完成年度“新增{annual:school-places-added}”的市政府实事任务，状态为“{status:school-places-added}”。",
        "规划新建、改扩建和接收中小学{target:schools-built-or-expanded}，平均每年约需{pace:schools-built-or-expanded}；{year:actual}年新建、改扩建学校{actual:schools-built-or-expanded}，状态为“{status:schools-built-or-expanded}”。{year:missing}年的数字不在这些文件里，所以只比较年度进度，不判断五年累计是否达成。"
      ]
    },
    governance: {
      title: "经费与治理：支出占比目标尚无年度数据",
      narrative: [
        "{year:baseline}年公共财政教育支出占公共财政支出比例达到{baseline:education-share-of-public-spending}，全市教育财政经费投入{baseline:education-fiscal-input}；规划目标是占比达到{target:education-share-of-public-spending}。",
        "绿色学校达标率目标{target:green-school-rate}，平安校园达标率目标{target:safe-campus-rate}；文件中都没有{year:actual}年的数字。"
      ]
    },
    lifelong: {
      title: "终身学习：受教育年限",
      narrative: ["全市新增劳动力受教育年限{year:baseline}年达到{baseline:new-workforce-schooling-years}，规划目标是{target:new-workforce-schooling-years}；文件中没有{year:actual}年的数字。"]
    }
  } as Record<string, {title: string; narrative: string[]}>,
  allFigures: {heading: "全部数字", intro: "三份文件中被采用的每一个数字。点击数字查看原文。", domain: "领域"},
  dataView: {
    heading: "数据",
    intro: "三份文件中被采用的每一个数字，一行一个观测值，带原文引文。可按领域、范围、系列、状态和来源文件筛选，也可搜索指标名称和引文。",
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
  stories: {
    plan: {
      title: "北京教育“十四五”规划：一次走读",
      steps: [
        {title: "起点：“十三五”的成绩", caption: "规划从“十三五”的成绩出发：到{year:baseline}年，义务教育就近入学比例{baseline:nearby-enrolment-rate}，公共财政教育支出占比{baseline:education-share-of-public-spending}。", notes: "先只看灰色圆点：这是“十三五”结束时（{year:baseline}年）的基线。主要目标中只有部分在规划的“发展基础”里给出了数字；没有圆点的行，就是文件没有给出基线。"},
        {title: "标尺：“十四五”的目标", caption: "规划为{year:target}年定下目标：入园率保持在{target:preschool-enrolment-rate}，义务教育专任教师本科及以上学历比例{target:compulsory-teacher-degree-share}。", notes: "绿色是目标。形状说明目标的写法：竖线加箭头是“以上”，空心圈加箭头是“超过”，区间是“左右”，竖线是“达到”。"},
        {title: "进展：{year:actual}年报告了什么", caption: "{year:actual}年的工作总结报告入园率{actual:preschool-enrolment-rate}、就近入学比例{actual:nearby-enrolment-rate}，两项都已达成；普惠率{actual:public-kindergarten-coverage}，离目标还差一点。", notes: "橙色菱形是{year:actual}年的实际数。多数主要目标在这些文件里没有{year:actual}年的数字，页面标为“无可比数据”，不做推算。普惠率没有{year:baseline}年的基线，所以无法判断进度。"},
        {title: "学位：快于年均所需", caption: "五年新增学位{target:school-places-added}，平均每年约需{pace:school-places-added}；{year:actual}年新增{actual:school-places-added}，超过了年度“新增{annual:school-places-added}”的任务。", notes: "累计目标按年均进度比较。{year:missing}年的数字不在这些文件里，所以不能判断五年累计是否达成，只能说{year:actual}年的进度快于平均所需。"},
        {title: "落后：学校建设慢于年均所需", caption: "五年新建、改扩建中小学{target:schools-built-or-expanded}，平均每年约需{pace:schools-built-or-expanded}；{year:actual}年为{actual:schools-built-or-expanded}，状态为“{status:schools-built-or-expanded}”。", notes: "这是最明确的“落后”项。同样，{year:missing}年缺数，只比较年度进度。"},
        {title: "东城区：自己的目标", caption: "东城区{year:district}年计划确保入园率{district:preschool-enrolment-rate}；全市目标是保持在{target:preschool-enrolment-rate}。", notes: "东城的下限低于全市，两者范围不同，并不矛盾。东城计划里的量化目标不多，其余数字见数据视图。"}
      ]
    }
  } as Record<string, {title: string; steps: Array<{title: string; caption: string; notes: string}>}>,
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
    csv: "CSV（全部观测值）",
    json: "JSON",
    datapackage: "数据包说明（Frictionless）",
    note: "数据由构建步骤从三份原文中逐句核对生成；每行都带原文引文及其在清洗后原文中的位置。"
  }
};

export type Messages = typeof zh;

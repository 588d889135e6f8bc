import type {Messages} from "./zh.ts";

/** All text the page shows in English, key for key with zh.ts. */
export const en: Messages = {
  title: "Beijing's education plan: how is it going?",
  dek: "Beijing's five-year education plan, target by target: the Thirteenth plan's results as the baseline, the Fourteenth plan's targets as the yardstick, {year:actual} as the progress so far. Every figure links to the sentence it comes from.",
  sep: ": ",
  skipToContent: "Skip to content",
  nav: {label: "Sections", scoreboard: "Scoreboard", chapters: "By area", comparisons: "Comparisons", method: "Method", data: "Data", sources: "Sources"},
  lang: {switchTo: "中文", switchLabel: "Switch to Chinese"},
  loading: "Loading the data…",
  error: {
    problems: {
      "network": "it could not be downloaded (network)",
      "status": "the server answered {status}",
      "json": "it is not valid JSON (truncated or damaged)",
      "not-a-list": "it should be a list of records",
      "empty": "it holds no records",
      "not-an-object": "record {record} is not a record",
      "field": "record {record}: “{field}” is missing or of the wrong type",
      "unknown-indicator": "indicator “{indicator}” is not in the catalogue",
      "other": "something unexpected went wrong"
    },
    title: "The data could not be loaded", retry: "Try again", detail: "File at fault: {file} ({problem})"},
  series: {baseline: "Thirteenth plan baseline", target: "Fourteenth plan target", actual: "Actual", annual: "Yearly target", district: "Dongcheng target"},
  seriesShort: {baseline: "{year}", actual: "{year}", annual: "{year} target", target: "{year} target", district: "Dongcheng {year} target"},
  seriesFilter: {baseline: "Thirteenth plan baseline", target: "Target", actual: "Actual"},
  statusFilter: {"met": "Met", "on-track": "On track", "behind": "Behind", "moving-away": "Moving away", "no-data": "No comparable data", "no-target": "No five-year target"},
  seriesWithYear: "{series} ({year})",
  seriesYear: {baseline: "{year}", target: "{year}", actual: "{year}"},
  scope: {beijing: "Beijing", dongcheng: "Dongcheng district"},
  status: {"met": "Met", "on-track": "On track", "behind": "Behind", "moving-away": "Moving away", "no-data": "No comparable data"},
  reason: {
    "no-actual": "the documents give no {actual} figure",
    "no-baseline": "the documents give no {baseline} baseline, so progress cannot be judged",
    "units": "the units differ and cannot be compared",
    "basis": "the figures count different things (e.g. one batch, not the total)"
  },
  method: {
    heading: "How the status is decided",
    intro: "Modelled on Open SDG's progress measure and Healthy People's \"percent of targeted change achieved\". Only figures of the same indicator, area, unit and basis are compared; whatever is missing is named, nothing is interpolated or estimated.",
    items: [
      "Met: the {actual} figure satisfies the target's comparator (≥, >, ≈, =), read in the indicator's better direction. A target to reach a level counts as met once the level is reached; an \"about\" (左右) target allows a band of ±{tolerance}.",
      "On track: not met yet, but the change achieved since the {baseline} baseline, (actual − baseline) ÷ (target − baseline), is at least the share due by {actual} on a straight path to the target ({due}).",
      "Behind: not met, and less of the change achieved than is due. A target to maintain a level (保持在…以上) is either met or behind.",
      "Moving away: the {actual} figure is further from the target than the {baseline} baseline.",
      "No comparable data: no {actual} figure; or no {baseline} baseline while the target is not yet met; or units or bases that differ (people and person-times, a batch and a total). The page says which.",
      "A five-year cumulative target (such as new school places) is compared as a pace: the target divided by its years gives what is needed per year, against what {actual} reported; reaching it is on track, otherwise behind. {missing} is not reported in these documents, so whether the cumulative total will be reached cannot be judged."
    ]
  },
  pace: "A cumulative target, compared as a pace: about {needed} needed per year; {actual} reported {reported}. {missing} is not reported in these documents.",
  comparator: {"=": "", ">=": "at least", ">": "more than", "~": "about", "<=": "at most", "<": "less than"},
  units: {
    "个": "", "所": "schools", "名": "people", "人": "people", "人次": "person-times", "项": "items", "门": "courses", "种": "titles",
    "家": "organisations", "支": "teams", "场": "events", "份": "papers", "对": "pairs", "址": "sites", "轮": "rounds", "条": "articles",
    "倍": "times", "元": "yuan", "美元": "US dollars", "年": "years", "课时": "lessons a week", "学时": "hours", "小时": "hour", "区": "districts"
  },
  domains: {
    preschool: "Preschool", compulsory: "Compulsory education", "high-school": "High school", vocational: "Vocational education",
    "higher-ed": "Higher education and research", teachers: "Teachers", "whole-person": "Health, sports and the arts", digital: "Digital education",
    places: "School places and layout", lifelong: "Lifelong learning", "exams-employment": "Exams and employment", opening: "Cooperation and opening-up",
    governance: "Funding and governance"
  },
  scoreboard: {
    heading: "Scoreboard: the plan's main targets",
    intro: "Every quantified main target (主要目标) of the Fourteenth five-year plan: the {baseline} baseline where the documents give one, the {actual} figure where they give one, and the {target} target. Percentages share one axis; years get their own.",
    percentTitle: "Main targets measured in per cent",
    yearsTitle: "Years of schooling of new entrants to the workforce",
    takeaway: "Of {count} main targets, {met} are shown met by {actual} figures; for {noData} the documents give no comparable {actual} figure."
  },
  chart: {
    showTable: "Show the data table",
    hideTable: "Hide the data table",
    table: {indicator: "Indicator", series: "Series", year: "Year", value: "As written", status: "Status", source: "Source"},
    source: "Source: {sources}",
    legend: "Legend",
    legendTarget: "the shape shows the comparator: ≥ tick with an arrow, > open circle with an arrow, ≈ band, = tick",
    axisPercent: "Per cent",
    axisYears: "Years",
    axisCount: "Count ({unit})",
    axisCountPlain: "Count",
    missing: "no data",
    markLabel: "{indicator}, {series}: {figure}. Source: {source}. {status}"
  },
  provenance: {
    heading: "Where this figure comes from",
    written: "As written",
    source: "Source document",
    status: "Status",
    close: "Close",
    openSource: "See it in the full source",
    sourceLine: "{issuer}: {title}{number}, {date}",
    quoteLabel: "The paragraph the quote comes from, with the quote highlighted"
  },
  sourceView: {
    heading: "Sources",
    intro: "The cleaned full text of the three documents. Every figure used is highlighted; select it to go back to its chart.",
    back: "Back to the charts",
    coverage: "{mentions} number-bearing mentions: {used} used, {excluded} excluded with a reason, {unaccounted} unaccounted.",
    docNumber: "Document number: {number}",
    issued: "{issuer}, {date}",
    figureLink: "{indicator}: {figure} (go to chart)"
  },
  comparisons: {
    heading: "Comparisons",
    dongcheng: {
      title: "Beijing's and Dongcheng's preschool enrolment targets",
      body: "The city's Fourteenth-plan target keeps preschool enrolment at {target:preschool-enrolment-rate}; Dongcheng's {year:district} plan aims for {district:preschool-enrolment-rate} of resident, registered children. The scopes differ (the city, one district), so the targets do not contradict each other: Dongcheng's floor is lower."
    },
    notComparable: {
      title: "Alike, but not comparable",
      body: "The plan aims to bring {target.n:winter-sports-students} pupils into ice and snow sports; in {year:actual} pupils made {actual:winter-sports-visits} to ice and snow. The first counts people, the second person-times: one pupil can be counted many times, so the two are not compared."
    },
    noCounterpart: {
      title: "Thirteenth-plan results with no Fourteenth-plan counterpart",
      body: "These Thirteenth-plan results have no quantified target for the same indicator in the Fourteenth plan:"
    }
  },
  chaptersHeading: "By area",
  chapters: {
    preschool: {
      title: "Preschool: enrolment target met, public-benefit coverage not yet",
      narrative: [
        "The plan keeps the preschool enrolment rate at {target:preschool-enrolment-rate}; in {year:actual} it was {actual:preschool-enrolment-rate}, so the status is \"{status:preschool-enrolment-rate}\".",
        "Coverage of public-benefit kindergartens is to reach {target:public-kindergarten-coverage}; in {year:actual} it was {actual:public-kindergarten-coverage}. The documents give no {year:baseline} figure, so whether it is on pace cannot be judged."
      ]
    },
    compulsory: {
      title: "Compulsory education: enrolment near home stays high",
      narrative: [
        "By the end of the Thirteenth plan, {baseline:nearby-enrolment-rate} of primary and junior-secondary pupils enrolled near home; the plan keeps it at {target:nearby-enrolment-rate}, and {year:actual} reported {actual:nearby-enrolment-rate}: \"{status:nearby-enrolment-rate}\".",
        "In {year:actual}, school groups covered {actual:school-group-coverage} of schools and school districts {actual:school-district-coverage}; the plan sets no quantified target for either."
      ]
    },
    vocational: {
      title: "Vocational education: clear targets, only batches reported",
      narrative: [
        "The plan wants {target:dual-qualified-teacher-share} of vocational teachers to be dual-qualified; the documents give no {year:actual} share.",
        "The target for distinctive key specialties is {target:distinctive-vocational-specialties}; the {actual:distinctive-vocational-specialties} reported in {year:actual} are the second batch only, not a total, so they are not compared."
      ]
    },
    "higher-ed": {
      title: "Higher education and research: a strong Thirteenth-plan base",
      narrative: [
        "During the Thirteenth plan, {baseline.n:double-first-class-universities} universities and {baseline:double-first-class-disciplines} disciplines joined the Double First-Class lists, and {baseline:advanced-innovation-centres} advanced innovation centres were built.",
        "In {year:actual}, {actual:advanced-innovation-centres} new centres were launched: a new batch, not comparable with the Thirteenth-plan total."
      ]
    },
    teachers: {
      title: "Teachers: no yearly figure for the degree target",
      narrative: [
        "The plan wants {target:compulsory-teacher-degree-share} of compulsory-education teachers to hold a bachelor's degree or higher; the documents give no {year:actual} share.",
        "In {year:actual}, {actual.n:teacher-rotation-participants} principals and teachers rotated between schools, {actual:teacher-rotation-share} of those eligible."
      ]
    },
    "whole-person": {
      title: "Health and sports: two winter-sports figures that cannot be compared",
      narrative: [
        "The plan wants {target:student-fitness-good-rate} of pupils rated good or excellent in the fitness test, and {target.n:winter-sports-schools} schools specialising in ice and snow sports.",
        "It aims to bring {target.n:winter-sports-students} pupils into ice and snow sports; {year:actual} reported {actual:winter-sports-visits} to ice and snow. One counts people, the other visits, so they are not compared."
      ]
    },
    digital: {
      title: "Digital education: no yearly figure for coverage",
      narrative: [
        "The plan wants smart-campus coverage of {target:smart-campus-coverage} and {target.n:smart-campus-demo-schools} demonstration schools; the documents give no {year:actual} coverage.",
        "Online teaching in {year:actual} recorded {actual.n:online-learning-visits} learner visits."
      ]
    },
    places: {
      title: "School places and schools: places ahead of the yearly pace, school building behind it",
      narrative: [
        "The plan adds {target:school-places-added} school places, about {pace:school-places-added} a year; {year:actual} added {actual:school-places-added}, beating the city's yearly pledge of {annual:school-places-added}: \"{status:school-places-added}\".",
        "It builds, expands or takes over {target.n:schools-built-or-expanded} schools, about {pace:schools-built-or-expanded} a year; {year:actual} built or expanded {actual:schools-built-or-expanded}: \"{status:schools-built-or-expanded}\". {year:missing} is not reported in these documents, so only the yearly pace is compared, not the five-year total."
      ]
    },
    governance: {
      title: "Funding and governance: no yearly figure for the spending share",
      narrative: [
        "In {year:baseline}, education took {baseline:education-share-of-public-spending} of public expenditure, and the city's fiscal spending on education was {baseline:education-fiscal-input}; the plan's target for the share is {target:education-share-of-public-spending}.",
        "Targets: {target:green-school-rate} of schools meeting the green-school standard and {target:safe-campus-rate} meeting the safe-campus standard; the documents give no {year:actual} figure for either."
      ]
    },
    lifelong: {
      title: "Lifelong learning: years of schooling",
      narrative: ["New entrants to the workforce had {baseline:new-workforce-schooling-years} of schooling in {year:baseline}; the plan's target is {target:new-workforce-schooling-years}. The documents give no {year:actual} figure."]
    }
  },
  allFigures: {heading: "Every figure", intro: "Every figure used from the three documents. Select a figure to see its sentence.", domain: "Area"},
  dataView: {
    heading: "Data",
    intro: "Every figure used from the three documents, one observation a row, with its quote. Filter by area, scope, series, status and source document, or search indicator names and quotes.",
    search: "Search indicators or quotes",
    count: "Showing {shown} of {total}",
    facets: {domain: "Area", scope: "Scope", series: "Series", status: "Status", source: "Source document"},
    clear: "Clear filters",
    sortBy: "Sort by {column}",
    columns: {indicator: "Indicator", domain: "Area", scope: "Scope", series: "Series", year: "Year", value: "As written", source: "Source and quote"},
    openSource: "See it in the source",
    empty: "No figures match.",
    open: "Open the data view"
  },
  downloads: {
    heading: "Download",
    csv: "CSV (current selection)",
    json: "JSON (current selection)",
    datapackage: "Full data package (ZIP)",
    chartCsv: "Data behind this chart (CSV)",
    svg: "SVG image",
    png: "PNG image",
    dateLine: "Data years: {years}.",
    failed: "The download failed: {problem}"
  },
  cite: {
    heading: "Cite",
    intro: "Cite the dataset, and the source document a figure comes from.",
    dataset: "Dataset",
    text: "Text",
    bibtex: "BibTeX",
    csl: "CSL-JSON",
    copy: "Copy",
    copied: "Copied"
  },
  indicatorView: {
    back: "Back to the charts",
    notFound: "There is no indicator “{id}”. Here is everything instead.",
    observations: "Its figures in each document",
    permalink: "Permalink to this indicator"
  },
  story: {
    open: "Presentation mode",
    stepOf: "Step {step} of {total}",
    announce: "Step {step} of {total}: {title}",
    previous: "Previous",
    next: "Next",
    fullscreen: "Full screen",
    notes: "Open the speaker notes",
    exit: "Leave the presentation",
    progress: "Presentation progress",
    notesHeading: "Speaker notes",
    nextUp: "Next: {title}",
    last: "This is the last step.",
    keys: "Keys: → Space PageDown next; ← PageUp previous; Home first; End last.",
    notFound: "There is no presentation “{id}”."
  },
  stories: {
    plan: {
      title: "Beijing's education plan: a walk-through",
      steps: [
        {title: "The start: the Thirteenth plan's results", caption: "The plan starts from the Thirteenth plan's results: by {year:baseline}, {baseline:nearby-enrolment-rate} of pupils enrolled near home, and education took {baseline:education-share-of-public-spending} of public spending.", notes: "Only the grey circles for now: the baseline at the end of the Thirteenth plan ({year:baseline}). The plan's 'development base' gives figures for only some of the main targets; a row without a circle is a row the documents give no baseline for."},
        {title: "The yardstick: the Fourteenth plan's targets", caption: "For {year:target} the plan keeps preschool enrolment at {target:preschool-enrolment-rate} and wants {target:compulsory-teacher-degree-share} of compulsory-education teachers to hold a degree.", notes: "Green is the target. Its shape shows how it is worded: a tick with an arrow is 'or more' (以上), an open circle with an arrow is 'more than' (超过), a band is 'about' (左右), a tick is 'reach' (达到)."},
        {title: "Progress: what {year:actual} reported", caption: "The {year:actual} summary reports preschool enrolment of {actual:preschool-enrolment-rate} and near-home enrolment of {actual:nearby-enrolment-rate}, both met; public-benefit kindergartens cover {actual:public-kindergarten-coverage}, just short of the target.", notes: "Orange diamonds are {year:actual} figures. Most main targets have no {year:actual} figure in these documents; the page says 'no comparable data' and estimates nothing. Public-benefit coverage has no {year:baseline} baseline, so its pace cannot be judged."},
        {title: "School places: ahead of the yearly pace", caption: "The plan adds {target:school-places-added} places over five years, about {pace:school-places-added} a year; {year:actual} added {actual:school-places-added}, beating the yearly pledge of {annual:school-places-added}.", notes: "A cumulative target is compared as a pace. {year:missing} is not in these documents, so whether the five-year total will be reached cannot be said; only that {year:actual} ran ahead of the yearly need."},
        {title: "Behind: school building slower than the yearly pace", caption: "The plan builds or expands {target.n:schools-built-or-expanded} schools over five years, about {pace:schools-built-or-expanded} a year; {year:actual} built or expanded {actual:schools-built-or-expanded}: \"{status:schools-built-or-expanded}\".", notes: "The clearest 'behind' in the documents. Again {year:missing} is missing, so only the yearly pace is compared."},
        {title: "Dongcheng: its own target", caption: "Dongcheng's {year:district} plan aims for preschool enrolment of {district:preschool-enrolment-rate}; the city's target keeps it at {target:preschool-enrolment-rate}.", notes: "Dongcheng's floor is lower than the city's; the scopes differ, so the targets do not contradict each other. Its plan has few quantified targets; the rest are in the data view."}
      ]
    }
  },
  embed: {
    button: "Embed",
    heading: "Embed this chart",
    intro: "Paste either snippet into your web page: the chart shows in the current language and links back to the full explainer.",
    iframe: "iframe (any web page)",
    iframeNote: "The iframe takes the chart's height: the script that comes with it accepts height messages only from this site, from this iframe.",
    component: "Web component",
    componentNote: "The chart is drawn in your page; the script and the data load from this site.",
    copy: "Copy",
    copyLabel: "Copy the code: {snippet}",
    copied: "Copied",
    copyFailed: "The clipboard is not available: the code is selected, copy it with your keyboard.",
    close: "Close",
    frameTitle: "{chart} ({site})",
    credit: "A chart from",
    missingChart: "This embed link names no chart.",
    unknownChart: "There is no chart “{id}”.",
    unknownStory: "There is no story “{id}”.",
    openExplainer: "Open the full explainer",
    unavailable: "This copy of the page is not opened from a web site, so it cannot give embed code: open the page on the site."
  },
  footer: {
    data: "Download the data:",
    csv: "CSV (all observations)",
    json: "JSON",
    datapackage: "Data package description (Frictionless)",
    note: "The build checks every figure against its source sentence; each row carries its verbatim quote and its position in the cleaned source text."
  }
};

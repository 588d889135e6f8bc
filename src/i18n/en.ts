import type {Messages} from "./zh.ts";

/** All text the page shows in English, key for key with zh.ts. */
export const en: Messages = {
  title: "Beijing's education plan: how is it going?",
  sep: ": ",
  skipToContent: "Skip to content",
  nav: {label: "Sections", scoreboard: "Scoreboard", chapters: "By area", comparisons: "Comparisons", method: "Method", data: "Data", sources: "Sources"},
  lang: {switchTo: "中文", switchLabel: "Switch to Chinese"},
  summary: {label: "Where each target stands", counts: {"met": "{n} met", "on-track": "{n} on track", "behind": "{n} behind", "moving-away": "{n} moving away", "no-data": "{n} with no comparable data"}},
  byline: {by: "By {project}", data: "Data version {version}, updated {date}", report: "Spotted an error? Tell us"},
  loading: "Loading the data…",
  error: {
    problems: {
      "network": "it could not be downloaded (network)",
      "status": "the server answered {status}",
      "json": "it is not valid JSON (truncated or damaged)",
      "html": "the server sent a web page (HTML), not the data file: the data address is wrong, or the data is being rebuilt",
      "not-a-list": "it should be a list of records",
      "empty": "it holds no records",
      "not-an-object": "record {record} is not a record",
      "field": "record {record}: “{field}” is missing or of the wrong type",
      "unknown-indicator": "indicator “{indicator}” is not in the catalogue",
      "other": "something unexpected went wrong"
    },
    title: "The data could not be loaded", retry: "Try again", detail: "File at fault: {file} ({problem})"},
  series: {baseline: "Thirteenth Five-Year Plan baseline", target: "Fourteenth Five-Year Plan target", actual: "Actual", annual: "Yearly target", district: "Dongcheng target", pace: "Yearly pace the five-year target needs"},
  seriesShort: {baseline: "{year}", actual: "{year}", annual: "{year} target", target: "{year} target", district: "Dongcheng {year} target", pace: "needed a year"},
  seriesFilter: {baseline: "Thirteenth Five-Year Plan baseline", target: "Target", actual: "Actual"},
  statusFilter: {"met": "Met", "on-track": "On track", "behind": "Behind", "moving-away": "Moving away", "no-data": "No comparable data", "none": "Not a target (baselines and actuals)"},
  seriesWithYear: "{series} ({year})",
  seriesYear: {baseline: "{year}", target: "{year}", actual: "{year}"},
  scope: {beijing: "Beijing", dongcheng: "Dongcheng district"},
  status: {"met": "Met", "on-track": "On track", "behind": "Behind", "moving-away": "Moving away", "no-data": "No comparable data"},
  reason: {
    "no-actual": "the documents give no {actual} figure",
    "no-baseline": "the documents give no {baseline} baseline, so progress cannot be judged",
    "units": "the units differ, so the figures cannot be compared",
    "basis": "the figures count different things (e.g. one batch, not the total)"
  },
  method: {
    missingYears: "The documents do not report {missing}, so whether the five-year total will be reached cannot be judged.",
    heading: "How the status is decided",
    intro: "Modelled on Open SDG's progress measure and Healthy People's \"percent of targeted change achieved\". Only figures of the same indicator, area, unit and basis are compared; whatever is missing is named, nothing is interpolated or estimated.",
    items: [
      "Met: the {actual} figure satisfies the target's comparator (≥, >, ≈, =), read in the indicator's better direction. A target to reach a level counts as met once the level is reached; an \"about\" (左右) target allows a band of ±{tolerance}.",
      "On track: not met yet, but the change achieved since the {baseline} baseline, (actual − baseline) ÷ (target − baseline), is at least the share due by {actual} on a straight path to the target ({due}).",
      "Behind: not met, and less of the change achieved than is due. A target to maintain a level (保持在…以上) is either met or behind.",
      "Moving away: the {actual} figure is further from the target than the {baseline} baseline.",
      "No comparable data: no {actual} figure; or no {baseline} baseline while the target is not yet met; or units or bases that differ (people and visits, one batch and a running total). The page says which.",
      "A five-year total (such as new school places) is judged as a pace: the target divided by its years gives what is needed each year, against what {actual} reported; reaching it is on track, falling short is behind. {missingYears}"
    ]
  },
  pace: "A five-year total, judged as a pace: about {needed} needed a year, against {reported} a year reported for {actual}. {missing}",
  paceMissing: "The documents do not report {years}.",
  paceFigure: "about {needed} a year needed ({total} over five years)",
  comparator: {eq: "", ge: "at least", gt: "more than", approx: "about", le: "at most", lt: "less than"},
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
    percentTitle: "Main targets measured in per cent",
    yearsTitle: "Years of schooling of new entrants to the workforce"
  },
  chart: {
    perCent: "per cent",
    years: "years",
    count: "number",
    sourceItem: "{issuer}, {title}",
    subtitleUnit: "Unit: {unit}.",
    subtitleUnits: "Units differ by row.",
    subtitleSeries: "Shown: {series}.",
    subtitleScales: "Each row has its own scale.",
    subtitleZoomed: "Scales of rates and years show only the stretch that holds their figures, not from zero.",
    ring: "Figures the text mentions",
    menu: "Download and share",
    copyLink: "Copy a link to this chart",
    linkCopied: "Link copied",
    tipSource: "Source",
    tipStatus: "Status",
    keys: "Arrow keys move between the chart's figures, Enter opens the source, Esc leaves the chart.",
    skip: "Skip this chart",
    loadFailed: "The chart could not be loaded (a dropped connection?). Its data table below still works.",
    showTable: "Show table",
    hideTable: "Hide table",
    table: {indicator: "Indicator", series: "Series", year: "Year", value: "As written", status: "Status", source: "Source"},
    source: "Source: {sources}",
    legend: "Legend",
    legendTarget: "the shape shows the comparator: ≥ tick with an arrow, > open circle with an arrow, ≈ band, = tick",
    missing: "no data",
    markStatus: "Status: {status}.",
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
    intro: "The cleaned full text of each source document. Every figure used is highlighted; select it to go back to its chart.",
    back: "Back to the charts",
    coverage: "{mentions} number-bearing mentions: {used} used, {excluded} excluded with a reason, {unaccounted} unaccounted.",
    docNumber: "Document number: {number}",
    issued: "{issuer}, {date}",
    figureLink: "{indicator}: {figure} (go to chart)"
  },
  chaptersHeading: "By area",
  allFigures: {heading: "Every figure", intro: "Every figure used from the source documents. Select a figure to see its sentence.", domain: "Area"},
  dataView: {
    heading: "Data",
    intro: "Every figure used from the source documents, one observation a row, with its quote. Filter by area, scope, series, status and source document, or search indicator names and quotes.",
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
    csv: "CSV (all observations; opens in Excel)",
    json: "JSON",
    datapackage: "Data package description (Frictionless)",
    note: "The build checks every figure against its source sentence; each row carries its verbatim quote and its position in the cleaned source text."
  }
};

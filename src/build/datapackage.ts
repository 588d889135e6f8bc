import {COLUMNS, NUMERIC_COLUMNS, type Column} from "../schema/published-row.ts";
import {DOMAINS, SCOPES, SERIES, type SourceRecord} from "../schema/records.ts";
import {COMPARATORS} from "./extract/qualifiers.ts";

const DESCRIPTIONS: Record<Column, string> = {
  indicator_id: "Stable id of the indicator; one concept across documents shares one id.",
  indicator_zh: "Indicator name in Chinese.",
  indicator_en: "Indicator name in English.",
  domain: "Area of the education system the indicator belongs to.",
  scope: "Whom the figure covers: all of Beijing, or Dongcheng district.",
  series: "baseline: a 13th five-year plan (2016–2020) result; target: a 14th five-year plan or district/annual target; actual: a reported result.",
  year: "Year the figure refers to: 2020 for baselines, 2025 for five-year targets, 2022 for 2022 figures.",
  value: "The number as written in the quote (16 for 16万个).",
  unit: "The unit as written, multiplier included (万个, 亿元, %).",
  comparator: "What the figure claims: = (reaches), >= (以上, 不少于), > (超过, 余, 多), ~ (左右, 约, 近), <=, <. In CSV the comparator = is written '= so that spreadsheets do not read it as a formula.",
  value_base: "The value converted to the base unit (160000 for 16万个).",
  unit_base: "The base unit (个, 元, %, 年, 人次, …). Figures in different base units are never compared.",
  source_id: "Id of the source document (see sources).",
  source_title: "Title of the source document.",
  quote: "The sentence fragment the figure is read from, verbatim from the cleaned source text.",
  quote_start: "Offset (in characters, from 0) of the quote in the cleaned source text sources/<source_id>.txt.",
  quote_end: "Offset just past the end of the quote in the cleaned source text."
};

const ENUMS: Partial<Record<Column, readonly string[]>> = {series: SERIES, scope: SCOPES, comparator: COMPARATORS, domain: DOMAINS};

function schema(csv: boolean) {
  return {
    fields: COLUMNS.map((name) => ({
      name,
      type: name === "year" || name === "quote_start" || name === "quote_end" ? "integer" : NUMERIC_COLUMNS.has(name) ? "number" : "string",
      description: DESCRIPTIONS[name],
      constraints: {
        required: true,
        ...(ENUMS[name] ? {enum: csv && name === "comparator" ? ENUMS[name]!.map((c) => (c === "=" ? "'=" : c)) : ENUMS[name]} : {})
      }
    }))
  };
}

export interface DataPackageOptions {
  sources: SourceRecord[];
  version: string;
  created: string;
  rows: number;
}

/** A Frictionless Data Package describing indicators.csv and indicators.json. */
export function dataPackage({sources, version, created, rows}: DataPackageOptions) {
  return {
    profile: "tabular-data-package",
    name: "beijing-education-14th-fyp",
    title: "Beijing education indicators: 13th five-year plan results, 14th five-year plan targets and 2022 actuals",
    description: `${rows} figures read from three official documents, each with the verbatim quote it was read from and its offsets in the cleaned source text.`,
    version,
    created,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 (the compilation: selection, parsing and metadata). The quoted source texts remain the work of their issuers and are reproduced for reference."
      }
    ],
    sources: sources.map((s) => ({
      title: `${s.issuer_zh}：${s.title_zh}${s.document_number ? `（${s.document_number}）` : ""}`,
      path: `sources/${s.id}.txt`,
      description: `${s.title_en}. ${s.issuer_en}, ${s.date}.${s.date_note ? ` ${s.date_note}` : ""} Raw file sha256 ${s.sha256}.`
    })),
    resources: [
      {name: "indicators-csv", path: "indicators.csv", profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8-sig", dialect: {delimiter: ",", doubleQuote: true, lineTerminator: "\r\n", header: true}, schema: schema(true)},
      {name: "indicators-json", path: "indicators.json", profile: "tabular-data-resource", format: "json", mediatype: "application/json", encoding: "utf-8", schema: schema(false)}
    ]
  };
}

import type {DatasetError} from "./dataset-error.ts";
import {BETTER, DOMAINS, SCOPES, SOURCE_KINDS, type IndicatorRecord, type SourceInput} from "../../schema/records.ts";

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export function checkSources(sources: SourceInput[]): DatasetError[] {
  const errors: DatasetError[] = [];
  for (const id of duplicates(sources.map((s) => s.record.id))) errors.push({record: `source ${id}`, message: "duplicate source id"});
  for (const {record, sha256} of sources) {
    const at = {record: `source ${record.id}`, source: record.id};
    if (record.sha256 !== sha256) errors.push({...at, field: "sha256", message: `${record.sha256} is not the hash of the raw file ${record.file} (${sha256}): the source was edited`});
    if (!SOURCE_KINDS.includes(record.kind)) errors.push({...at, message: `unknown kind ${JSON.stringify(record.kind)}`});
    if (!SCOPES.includes(record.scope)) errors.push({...at, message: `unknown scope ${JSON.stringify(record.scope)}`});
    if (!/^\d{4}-\d{4}$/.test(record.period ?? "") || Number(record.period.slice(0, 4)) > Number(record.period.slice(5))) errors.push({...at, message: `period ${JSON.stringify(record.period)} must read YYYY-YYYY, the years the document speaks for`});
    for (const key of ["title_zh", "title_en", "issuer_zh", "issuer_en", "date"] as const) {
      if (!record[key]) errors.push({...at, message: `missing ${key}`});
    }
  }
  return errors;
}

export function checkCatalogue(catalogue: IndicatorRecord[]): DatasetError[] {
  const errors: DatasetError[] = [];
  const ids = new Set(catalogue.map((i) => i.id));
  for (const id of duplicates(catalogue.map((i) => i.id))) errors.push({record: `indicator ${id}`, message: "duplicate indicator id"});
  for (const indicator of catalogue) {
    const record = `indicator ${indicator.id}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(indicator.id)) errors.push({record, message: "id must be kebab-case"});
    if (!DOMAINS.includes(indicator.domain)) errors.push({record, message: `unknown domain ${JSON.stringify(indicator.domain)}`});
    if (!BETTER.includes(indicator.better)) errors.push({record, message: `unknown direction ${JSON.stringify(indicator.better)}`});
    if (!indicator.unit) errors.push({record, message: "missing unit"});
    if (!indicator.zh || !indicator.en) errors.push({record, message: "missing zh or en name"});
    if (!indicator.definition_zh || !indicator.definition_en) errors.push({record, message: "missing definition_zh or definition_en: say in a sentence what the indicator counts"});
    (indicator.related ?? []).forEach((related, i) => {
      if (!ids.has(related.id)) errors.push({record, field: `related[${i}].id`, message: `${JSON.stringify(related.id)} is not in the catalogue`});
    });
  }
  return errors;
}

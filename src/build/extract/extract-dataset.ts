export type {VerifiedObservation};
import {accountMentions, type FigureSpan, type LedgerEntry} from "./account-mentions.ts";
import {checkCatalogue, checkSources} from "./check-records.ts";
import {cleanSource} from "./clean-source.ts";
import {compact} from "./compact-text.ts";
import type {DatasetError} from "./dataset-error.ts";
import {locateObservation} from "./locate-observation.ts";
import type {VerifiedObservation} from "../../schema/dataset.ts";
import {BASES, SCOPES, SERIES, type ExclusionRecord, type IndicatorRecord, type ObservationRecord, type SourceInput, type SourceRecord} from "../../schema/records.ts";
import {scanMentions} from "./scan-mentions.ts";

export interface ExtractInput {
  sources: SourceInput[];
  catalogue: IndicatorRecord[];
  /** Observations and exclusions by source id. */
  observations: Record<string, ObservationRecord[]>;
  exclusions: Record<string, ExclusionRecord[]>;
}

export interface CleanedSource {
  record: SourceRecord;
  text: string;
  ledger: LedgerEntry[];
}

export interface ExtractResult {
  observations: VerifiedObservation[];
  sources: CleanedSource[];
  errors: DatasetError[];
}

const SERIES_ORDER = Object.fromEntries(SERIES.map((s, i) => [s, i]));

function paragraphAround(text: string, start: number, end: number) {
  const before = text.lastIndexOf("\n\n", start);
  const after = text.indexOf("\n\n", end);
  return {paragraph_start: before === -1 ? 0 : before + 2, paragraph_end: after === -1 ? text.length : after};
}

function checkShape(observation: ObservationRecord, source: string, indicators: Map<string, IndicatorRecord>): DatasetError[] {
  const at = {record: observation.id, source};
  const errors: DatasetError[] = [];
  if (!observation.id?.startsWith(`${source}/`)) errors.push({...at, message: `id must start with "${source}/"`});
  if (!indicators.has(observation.indicator)) errors.push({...at, message: `unknown indicator ${JSON.stringify(observation.indicator)}`});
  if (!SERIES.includes(observation.series)) errors.push({...at, message: `unknown series ${JSON.stringify(observation.series)}`});
  if (!SCOPES.includes(observation.scope)) errors.push({...at, message: `unknown scope ${JSON.stringify(observation.scope)}`});
  if (!BASES.includes(observation.basis)) errors.push({...at, message: `unknown basis ${JSON.stringify(observation.basis)}`});
  if (!Number.isInteger(observation.year)) errors.push({...at, message: "year must be an integer"});
  if ((observation.basis === "cumulative") !== (observation.period !== undefined)) errors.push({...at, message: "a period is given exactly when the basis is cumulative"});
  if (observation.period !== undefined && !/^\d{4}-\d{4}$/.test(observation.period)) errors.push({...at, message: "period must read YYYY-YYYY"});
  if (!observation.quote) errors.push({...at, message: "missing quote"});
  if (!observation.expect || typeof observation.expect.value !== "number") errors.push({...at, message: "missing expect.value (the double entry)"});
  return errors;
}

/**
 * The extraction step as a pure function: cleans each source, verifies each
 * quote, parses each figure, accounts for each number-bearing mention, and
 * returns the rows together with every problem found (it never stops at the first).
 */
export function extractDataset({sources, catalogue, observations, exclusions}: ExtractInput): ExtractResult {
  const errors: DatasetError[] = [...checkSources(sources), ...checkCatalogue(catalogue)];
  const indicators = new Map(catalogue.map((i) => [i.id, i]));
  const known = new Set(sources.map((s) => s.record.id));
  for (const id of Object.keys({...observations, ...exclusions})) {
    if (!known.has(id)) errors.push({record: `data for ${id}`, message: `observations or exclusions for an unknown source ${JSON.stringify(id)}`});
  }
  const ids = new Set<string>();
  const verified: VerifiedObservation[] = [];
  const cleaned: CleanedSource[] = [];

  for (const {record} of sources) {
    const raw = sources.find((s) => s.record === record)!.raw;
    const text = cleanSource(raw, {format: record.format});
    const compacted = compact(text);
    const mentions = scanMentions(text);
    const figures: FigureSpan[] = [];

    for (const observation of observations[record.id] ?? []) {
      if (ids.has(observation.id)) errors.push({record: observation.id, source: record.id, message: "duplicate observation id"});
      ids.add(observation.id);
      const shape = checkShape(observation, record.id, indicators);
      if (shape.length) {
        errors.push(...shape);
        continue;
      }
      const located = locateObservation(observation, text, compacted, mentions);
      if (Array.isArray(located)) {
        errors.push(...located);
        continue;
      }
      const indicator = indicators.get(observation.indicator)!;
      if (located.parsed.unitBase !== indicator.unit) {
        errors.push({record: observation.id, source: record.id, message: `figure is in ${located.parsed.unitBase}, but indicator ${indicator.id} is measured in ${indicator.unit}`});
        continue;
      }
      figures.push({...located.figure, observation: observation.id});
      verified.push({
        indicator_id: indicator.id,
        indicator_zh: indicator.zh,
        indicator_en: indicator.en,
        domain: indicator.domain,
        scope: observation.scope,
        series: observation.series,
        year: observation.year,
        value: located.parsed.value,
        unit: located.parsed.unit,
        comparator: located.parsed.comparator,
        value_base: located.parsed.valueBase,
        unit_base: located.parsed.unitBase,
        source_id: record.id,
        source_title: record.title_zh,
        quote: text.slice(located.quote.start, located.quote.end),
        quote_start: located.quote.start,
        quote_end: located.quote.end,
        observation_id: observation.id,
        basis: observation.basis,
        period: observation.period ?? null,
        figure: text.slice(located.figure.start, located.figure.end),
        figure_start: located.figure.start,
        figure_end: located.figure.end,
        upper: located.parsed.upper ?? null,
        note: observation.note ?? null,
        ...paragraphAround(text, located.quote.start, located.quote.end)
      });
    }

    const ledger = accountMentions(record.id, text, compacted, mentions, figures, exclusions[record.id] ?? []);
    errors.push(...ledger.errors);
    cleaned.push({record, text, ledger: ledger.entries});
  }

  const seen = new Map<string, string>();
  for (const o of verified) {
    const key = `${o.indicator_id} ${o.series} ${o.scope} ${o.year}`;
    const other = seen.get(key);
    if (other) errors.push({record: o.observation_id, source: o.source_id, message: `${other} is already the ${o.series} of ${o.indicator_id} for ${o.scope} in ${o.year}; one figure per indicator, series, scope and year`});
    seen.set(key, o.observation_id);
  }

  const domainOrder = new Map(catalogue.map((i, n) => [i.id, n]));
  verified.sort(
    (a, b) =>
      domainOrder.get(a.indicator_id)! - domainOrder.get(b.indicator_id)! ||
      a.year - b.year ||
      SERIES_ORDER[a.series] - SERIES_ORDER[b.series] ||
      a.scope.localeCompare(b.scope) ||
      a.source_id.localeCompare(b.source_id) ||
      a.quote_start - b.quote_start
  );
  return {observations: verified, sources: cleaned, errors};
}

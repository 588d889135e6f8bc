import {accountMentions, type FigureSpan, type LedgerEntry} from "./account-mentions.ts";
import {checkCatalogue, checkSources} from "./check-records.ts";
import {checkRelations} from "./check-relations.ts";
import {checkCuration, withFile, type CurationFiles} from "./check-curation.ts";
import {cleanSource} from "./clean-source.ts";
import {compact} from "./compact-text.ts";
import type {DatasetError} from "./dataset-error.ts";
import {locateObservation} from "./locate-observation.ts";
import {type ExclusionRecord, type IndicatorRecord, type ObservationRecord, type SourceInput, type SourceRecord, type TranslationRecord} from "../../schema/records.ts";
import {strayNumbers} from "./quote-numbers.ts";
import {checkObservation, periodOf} from "./check-observation.ts";
import type {ExtractedFigure} from "./extracted-figure.ts";
import {scanMentions} from "./scan-mentions.ts";

export interface ExtractInput {
  sources: SourceInput[];
  catalogue: IndicatorRecord[];
  /** Observations and exclusions by source id. */
  observations: Record<string, ObservationRecord[]>;
  exclusions: Record<string, ExclusionRecord[]>;
  /** English translations of the quotes, by source id (readCuration always reads them; a test's input without any leaves them unchecked). */
  translations?: Record<string, TranslationRecord[]>;
  /** Where the records were read from, so a problem names its file (default: under data/). */
  files?: CurationFiles;
  /** What could not be read at all (a file that is not JSON, a missing raw file), found by readCuration. */
  problems?: DatasetError[];
}

export interface CleanedSource {
  record: SourceRecord;
  text: string;
  ledger: LedgerEntry[];
}

export interface ExtractResult {
  /** The verified figures, in the order of the curation files. */
  observations: ExtractedFigure[];
  sources: CleanedSource[];
  errors: DatasetError[];
}

/**
 * The extraction step as a pure function: cleans each source, verifies each
 * quote, parses each figure, accounts for each number-bearing mention, and
 * returns the rows together with every problem found (it never stops at the
 * first). Each record is first checked against its shape: a record the build
 * could not read as meant stops it there, each problem named by file, record
 * and field, before any library sees the record.
 */
export function extractDataset(given: ExtractInput): ExtractResult {
  const checked = checkCuration(given);
  const located = (errors: DatasetError[]) => errors.map((e) => withFile(e, given.files));
  if (checked.errors.length || given.problems?.length) return {observations: [], sources: [], errors: located([...(given.problems ?? []), ...checked.errors])};
  const {sources, catalogue, observations, exclusions} = checked.input;
  const {translations} = given;
  const errors: DatasetError[] = [...checkSources(sources), ...checkCatalogue(catalogue), ...checkRelations(catalogue)];
  const indicators = new Map(catalogue.map((i) => [i.id, i]));
  const known = new Set(sources.map((s) => s.record.id));
  for (const id of Object.keys({...observations, ...exclusions})) {
    if (!known.has(id)) errors.push({record: `data for ${id}`, message: `observations or exclusions for an unknown source ${JSON.stringify(id)}`});
  }
  const ids = new Set<string>();
  const verified: ExtractedFigure[] = [];
  const cleaned: CleanedSource[] = [];

  for (const {record} of sources) {
    const raw = sources.find((s) => s.record === record)!.raw;
    const text = cleanSource(raw, {format: record.format});
    const compacted = compact(text);
    const mentions = scanMentions(text);
    const figures: FigureSpan[] = [];
    const english = new Map((translations?.[record.id] ?? []).map((t) => [t.id, t.en]));
    for (const t of translations?.[record.id] ?? []) {
      if (!(observations[record.id] ?? []).some((o) => o.id === t.id)) errors.push({record: t.id, source: record.id, message: `data/translations/${record.id}.json translates an observation that ${record.id} does not have`});
    }

    for (const observation of observations[record.id] ?? []) {
      if (ids.has(observation.id)) errors.push({record: observation.id, source: record.id, message: "duplicate observation id"});
      ids.add(observation.id);
      const shape = checkObservation(observation, record.id, indicators);
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
      const quote = text.slice(located.quote.start, located.quote.end);
      const quoteEn = english.get(observation.id)?.trim() ?? "";
      if (translations && !quoteEn) errors.push({record: observation.id, source: record.id, message: `its quote has no English translation: add {"id": "${observation.id}", "en": "…"} to data/translations/${record.id}.json`});
      const stray = strayNumbers(quoteEn, quote);
      if (stray.length) errors.push({record: observation.id, source: record.id, message: `its English translation states ${stray.join(", ")}, which the quote does not: a translation carries only the quote's numbers`});
      const period = periodOf(observation);
      verified.push({
        observation_id: observation.id,
        indicator_id: indicator.id,
        scope: observation.scope,
        series: observation.series,
        basis: observation.basis,
        period_start: period.start,
        period_end: period.end,
        year: observation.year,
        value: located.parsed.value,
        value_upper: located.parsed.upper ?? null,
        unit: located.parsed.unit,
        comparator: located.parsed.comparator,
        value_base: located.parsed.valueBase,
        value_upper_base: located.parsed.upperBase ?? null,
        unit_base: located.parsed.unitBase,
        source_id: record.id,
        quote,
        quote_en: quoteEn,
        quote_start: located.quote.start,
        quote_end: located.quote.end,
        figure: text.slice(located.figure.start, located.figure.end),
        figure_start: located.figure.start,
        figure_end: located.figure.end,
        note: observation.note ?? null
      });
    }

    const ledger = accountMentions(record.id, text, compacted, mentions, figures, exclusions[record.id] ?? []);
    errors.push(...ledger.errors);
    cleaned.push({record, text, ledger: ledger.entries});
  }

  const seen = new Map<string, string>();
  for (const o of verified) {
    const key = `${o.indicator_id} ${o.series} ${o.scope} ${o.period_start}-${o.period_end}`;
    const other = seen.get(key);
    const years = o.period_start === o.period_end ? `${o.year}` : `${o.period_start}–${o.period_end}`;
    if (other) errors.push({record: o.observation_id, source: o.source_id, message: `${other} is already the ${o.series} of ${o.indicator_id} for ${o.scope} in ${years}; one figure per indicator, series, scope and period (remove one, or give them different periods)`});
    seen.set(key, o.observation_id);
  }

  return {observations: verified, sources: cleaned, errors: located(errors)};
}

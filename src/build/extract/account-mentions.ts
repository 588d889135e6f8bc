import {findAll, type CompactText, type Span} from "./compact-text.ts";
import type {DatasetError} from "./dataset-error.ts";
import {EXCLUSION_REASONS, type ExclusionReason, type ExclusionRecord} from "../../schema/records.ts";
import type {Mention} from "./scan-mentions.ts";

export type Account =
  | {status: "used"; observation: string}
  | {status: "excluded"; reason: ExclusionReason; note?: string}
  | {status: "unaccounted"};

export interface LedgerEntry extends Mention {
  account: Account;
}

export interface Ledger {
  entries: LedgerEntry[];
  errors: DatasetError[];
}

/** Where each observation's figure sits in the cleaned text. */
export interface FigureSpan extends Span {
  observation: string;
}

const within = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;

function describe(exclusion: ExclusionRecord): string {
  return `exclusion ${JSON.stringify(exclusion.text)}${exclusion.context ? ` in ${JSON.stringify(exclusion.context)}` : ""}`;
}

/**
 * Accounts for every number-bearing mention of one source: the figure of an
 * observation, or excluded with a reason. An exclusion that covers nothing is
 * an error too, so the list cannot go stale.
 */
export function accountMentions(
  source: string,
  text: string,
  compacted: CompactText,
  mentions: Mention[],
  figures: FigureSpan[],
  exclusions: ExclusionRecord[]
): Ledger {
  const errors: DatasetError[] = [];
  const excludedBy = new Map<Mention, ExclusionRecord>();

  for (const exclusion of exclusions) {
    const record = describe(exclusion);
    if (!EXCLUSION_REASONS.includes(exclusion.reason)) {
      errors.push({record, source, message: `unknown reason ${JSON.stringify(exclusion.reason)}`});
      continue;
    }
    let candidates = mentions.filter((m) => m.text === exclusion.text);
    if (exclusion.context !== undefined) {
      const contexts = findAll(compacted, exclusion.context);
      if (contexts.length !== 1) {
        errors.push({record, source, message: `context found ${contexts.length} times in the cleaned source, expected once`});
        continue;
      }
      candidates = candidates.filter((m) => within(m, contexts[0]));
    } else if (!exclusion.all && candidates.length > 1) {
      errors.push({record, source, message: `${JSON.stringify(exclusion.text)} is mentioned ${candidates.length} times; give a context or "all": true`});
      continue;
    }
    if (candidates.length === 0) {
      errors.push({record, source, message: `covers no mention${exclusion.context ? " inside its context" : ""} (the scanner reports this text differently, or it is gone)`});
      continue;
    }
    for (const mention of candidates) if (!excludedBy.has(mention)) excludedBy.set(mention, exclusion);
  }

  const entries = mentions.map((mention): LedgerEntry => {
    const figure = figures.find((f) => within(mention, f));
    const exclusion = excludedBy.get(mention);
    if (figure && exclusion) {
      errors.push({record: describe(exclusion), source, message: `excludes ${JSON.stringify(mention.text)} at ${mention.start}, the figure of ${figure.observation}`});
    }
    if (figure) return {...mention, account: {status: "used", observation: figure.observation}};
    if (exclusion) return {...mention, account: {status: "excluded", reason: exclusion.reason, ...(exclusion.note ? {note: exclusion.note} : {})}};
    const context = text.slice(Math.max(0, mention.start - 12), mention.end + 12).replace(/\s+/g, " ");
    errors.push({record: `mention ${JSON.stringify(mention.text)} at ${mention.start}`, source, message: `unaccounted: neither an observation's figure nor excluded (…${context}…)`});
    return {...mention, account: {status: "unaccounted"}};
  });
  return {entries, errors};
}

export function countLedger(entries: LedgerEntry[]) {
  const counts = {mentions: entries.length, used: 0, excluded: 0, unaccounted: 0};
  for (const {account} of entries) counts[account.status]++;
  return counts;
}

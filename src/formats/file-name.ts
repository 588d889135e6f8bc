/**
 * Names for downloaded files: prefix_topic_date.ext, e.g.
 * beijing-education-14th-fyp_preschool_2026-11-23.csv. Underscores separate
 * the parts, so no part may contain one; the topic is a slug of lowercase
 * ASCII letters, digits and hyphens, which every file system and shell accepts.
 */

export const DOWNLOAD_EXTS = ["csv", "json", "svg", "png", "zip"] as const;
export type DownloadExt = (typeof DOWNLOAD_EXTS)[number];

export const DEFAULT_PREFIX = "beijing-education-14th-fyp";
/** Long enough for three filter values, short enough that the whole name stays readable in a downloads list. */
export const MAX_TOPIC_LENGTH = 60;
/** The topic when nothing narrows the data. */
export const ALL = "all";

export interface SlugOptions {
  /** At most this many characters (default MAX_TOPIC_LENGTH). */
  max?: number;
  /** What an empty slug becomes (default "all"). */
  empty?: string;
}

/**
 * Lowercase ASCII letters, digits and single hyphens. Compatibility
 * decomposition first, so that "Ｐreschool" and "café" keep their letters;
 * Chinese has no ASCII form and drops out (a filter value like 东城区 is
 * expected to arrive as its id, dongcheng). A slug cut to fit ends at a whole
 * word when it can, not in the middle of one.
 */
export function slugify(text: string, {max = MAX_TOPIC_LENGTH, empty = ALL}: SlugOptions = {}): string {
  let slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1).lastIndexOf("-");
    slug = (cut > 0 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/, "");
  }
  return slug || empty;
}

/** yyyy-mm-dd in UTC, so a file built at 23:30 in Beijing and one built in Berlin the same instant agree. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error("Invalid date for a file name");
  return date.toISOString().slice(0, 10);
}

export interface DownloadNameOptions {
  topic: string;
  date: Date;
  ext: DownloadExt;
  prefix?: string;
}

export function downloadName({topic, date, ext, prefix = DEFAULT_PREFIX}: DownloadNameOptions): string {
  // The type already says so; this is for values that arrive from outside TypeScript.
  if (!(DOWNLOAD_EXTS as readonly string[]).includes(ext)) throw new Error(`Unknown download extension: ${JSON.stringify(ext)}`);
  return `${prefix}_${slugify(topic)}_${isoDate(date)}.${ext}`;
}

export interface FilterSelection {
  domains?: readonly string[];
  scopes?: readonly string[];
  series?: readonly string[];
  statuses?: readonly string[];
  sources?: readonly string[];
  query?: string;
}

export interface TopicOptions {
  /** Parts named before the rest are summed up as "filtered" (default 3). */
  maxParts?: number;
}

/**
 * A short topic for the filters in force: "preschool", "preschool-dongcheng",
 * "target-actual". Values keep the order they are given in. A search is
 * named only "search": the query may be Chinese, which the slug would drop,
 * and what someone searched for does not belong in a file they pass on.
 */
export function topicFromFilters({domains = [], scopes = [], series = [], statuses = [], sources = [], query = ""}: FilterSelection, {maxParts = 3}: TopicOptions = {}): string {
  const parts: string[] = [];
  for (const value of [...domains, ...scopes, ...series, ...statuses, ...sources]) {
    const part = slugify(value, {empty: ""});
    if (part && !parts.includes(part)) parts.push(part);
  }
  if (query.trim()) parts.push("search");
  if (!parts.length) return ALL;
  const named = parts.length > maxParts ? [...parts.slice(0, maxParts), "filtered"] : parts;
  return slugify(named.join("-"));
}

import {dateParts} from "./date-parts.ts";

/** BibTeX, written so that BibTeX and biblatex read every entry as meant: escaping, keys, dates, corporate authors. */
const BIB_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Escape text for a braced BibTeX field. Braces become \textbraceleft{} and
 * \textbraceright{} rather than \{ and \}: BibTeX counts braces even after a
 * backslash, so a lone \{ would leave the field unbalanced and break the entry.
 * One pass, so the braces this adds are never escaped again.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[{}\\%&#$_~^]/g, (c) => BIBTEX_ESCAPES[c]!);
}

const BIBTEX_ESCAPES: Record<string, string> = {
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "\\": "\\textbackslash{}",
  "%": "\\%",
  "&": "\\&",
  "#": "\\#",
  $: "\\$",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}"
};

/**
 * URLs go into BibTeX unescaped (url fields are read verbatim), so the only
 * characters that could break the entry, braces, backslashes and spaces, are
 * percent-encoded instead; the URL still means the same.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

/** A BibTeX key from an id: "dongcheng-2022" → "dongcheng2022". */
export function bibtexKey(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export type BibValue = {braced: string} | {bare: string};

export function bibtexEntry(type: string, key: string, fields: Array<[string, BibValue | undefined]>): string {
  const lines = fields
    .filter((f): f is [string, BibValue] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = ${"bare" in value ? value.bare : `{${value.braced}}`}`);
  return `@${type}{${key},\n${lines.join(",\n")}\n}\n`;
}

/** Date fields for both BibTeX (year, month) and biblatex (date, which it prefers). */
export function bibtexDate(date: string): Array<[string, BibValue | undefined]> {
  const [year, month] = dateParts(date);
  return [
    ["year", {braced: String(year)}],
    // A month macro (jan, feb, …) that each style prints in its own language.
    ["month", month ? {bare: BIB_MONTHS[month - 1]!} : undefined],
    ["date", {braced: date}]
  ];
}

/** Corporate names in double braces, so BibTeX neither splits them at "and" nor reads "Commission" as a surname. */
export function bibtexAuthors(names: readonly string[]): BibValue | undefined {
  return names.length ? {braced: names.map((n) => `{${escapeBibtex(n)}}`).join(" and ")} : undefined;
}


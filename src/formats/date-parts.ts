import {LANGUAGES, type Lang} from "../i18n/locale.ts";

/** Dates as the sources carry them: "2022", "2022-01" or "2022-01-14". */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The date's parts, as many as it has; throws on anything else rather than cite a wrong date. */
export function dateParts(date: string): number[] {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Not a yyyy, yyyy-mm or yyyy-mm-dd date: ${JSON.stringify(date)}`);
  const parts = match.slice(1).filter((p) => p !== undefined).map(Number);
  const [, month, day] = parts;
  if (month !== undefined && (month < 1 || month > 12)) throw new Error(`Month out of range: ${date}`);
  if (day !== undefined && (day < 1 || day > 31)) throw new Error(`Day out of range: ${date}`);
  return parts;
}

/** "2022年1月14日" or "14 January 2022" (Intl, in the language's date locale: day before month, so no reader mistakes 1/2 for 2/1). */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = dateParts(date);
  const options: Intl.DateTimeFormatOptions = {year: "numeric", ...(month ? {month: "long"} : {}), ...(day ? {day: "numeric"} : {}), timeZone: "UTC"};
  return new Intl.DateTimeFormat(LANGUAGES[lang].dates, options).format(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

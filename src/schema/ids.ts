/**
 * The one grammar of ids (indicators, sources, charts, stories, chapters):
 * kebab-case, lower-case letters and digits, at most 80 characters. The
 * build refuses others; the URL parsers drop them.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_ID_LENGTH = 80;

export function isId(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_ID_LENGTH && ID.test(value);
}

/** The value if it is an id, else null. */
export function idOrNull(value: string | null | undefined): string | null {
  return isId(value) ? value : null;
}

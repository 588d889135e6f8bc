/**
 * A message whose words depend on a count: one form per plural category the language has ("other"
 * always). A module of its own, importing nothing, so the languages' messages can name it without
 * depending on the formats that read the languages (format-number.ts).
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

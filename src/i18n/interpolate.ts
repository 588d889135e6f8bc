/** Fills {name} fields in UI strings that carry no data slots; a field without a value stays as written. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

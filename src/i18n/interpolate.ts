/** Fills {name} fields in UI strings that carry no data slots (kept apart from the narrative model, so the first view needs no template parser). */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Any text as one CSS string token (a custom property the page's running footer prints): quotes and backslashes escaped, controls dropped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

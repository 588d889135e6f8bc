/**
 * CSS without what no browser reads: comments, and whitespace beyond one
 * space (none at all beside `{ } ; , >` or after a `:`, and no `;` before a `}`).
 * Strings keep theirs, and nothing else changes, so it is safe for any style
 * sheet: Lit's `css` literals in the bundle (minifyCssLiterals) and the
 * static pages' shadow roots (src/prerender/render-html.ts), which repeat
 * their element's styles in each one.
 */
export function minifyCss(css: string): string {
  const tokens = css.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/|\s+|[^"'/\s]+|\//g) ?? [];
  let out = "";
  let space = false;
  for (const token of tokens) {
    if (/^\s/.test(token) || token.startsWith("/*")) {
      space = true;
      continue;
    }
    if (space && out && !/[{};,>:]$/.test(out) && !/^[{};,>]/.test(token)) out += " ";
    space = false;
    out += token;
  }
  return out.replace(/;+(?=})/g, "");
}

/**
 * Minifies the `css` tagged templates (Lit's) of a module's source: only
 * literals without `${}` or escapes, whose text is the style sheet itself.
 */
export function minifyCssLiterals(code: string): string {
  return code.replace(/\bcss`([^`\\$]*)`/g, (_, sheet: string) => `css\`${minifyCss(sheet)}\``);
}

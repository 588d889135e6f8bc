/**
 * The page's colours and faces (src/styles/theme.css) as a custom element's own
 * (its @font-face rules are ignored in a shadow root, so the element's text takes
 * the faces of the page it stands in):
 * `:root` becomes `:host`, and the page's `data-theme` attribute the
 * element's `theme` attribute (`<bj-edu-chart theme="dark">`).
 */
export function hostTheme(css: string): string {
  return css
    .replace(/:root:not\(\[data-theme=(\w+)\]\)/g, ":host(:not([theme=$1]))")
    .replace(/:root\[data-theme=(\w+)\]/g, ":host([theme=$1])")
    .replace(/:root\b/g, ":host");
}

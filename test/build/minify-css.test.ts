import {describe, expect, it} from "vitest";
import {minifyCss, minifyCssLiterals} from "../../src/build/minify-css.ts";

describe("minifyCss", () => {
  it("drops comments and the whitespace around braces, semicolons, commas and child combinators, and after colons", () => {
    expect(minifyCss(`
      /* why */
      :host { display: block; margin: 1.5rem 0 2rem; }
      a:focus-visible, button:focus-visible { outline: 3px solid var(--focus); }
      :scope > .page   .x { color: red; }
    `)).toBe(":host{display:block;margin:1.5rem 0 2rem}a:focus-visible,button:focus-visible{outline:3px solid var(--focus)}:scope>.page .x{color:red}");
  });

  it("keeps the spaces that carry meaning: descendant combinators, calc's operators, values, strings", () => {
    expect(minifyCss(".a :is(.b) { width: calc(100% - 2rem); content: attr(data-label) / \"a  /* b */\"; }")).toBe(
      '.a :is(.b){width:calc(100% - 2rem);content:attr(data-label) / "a  /* b */"}'
    );
  });

  it("keeps at-rules' conditions and nested blocks", () => {
    expect(minifyCss("@media (scripting: none) { .actions { display: none; } }\n@container (max-width: 599.98px) { td::before { content: none; } }")).toBe(
      "@media (scripting:none){.actions{display:none}}@container (max-width:599.98px){td::before{content:none}}"
    );
  });
});

describe("minifyCssLiterals", () => {
  it("minifies Lit's css literals and leaves other templates alone", () => {
    expect(minifyCssLiterals("const s = css`\n  a { color: red; }\n`; const h = html`<p> a </p>`;")).toBe("const s = css`a{color:red}`; const h = html`<p> a </p>`;");
  });

  it("leaves a literal with an interpolation or an escape as it is", () => {
    const code = "css`a { color: ${c}; }`; css`a::before { content: \"\\2014\"; }`";
    expect(minifyCssLiterals(code)).toBe(code);
  });
});

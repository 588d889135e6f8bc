import {html} from "lit";
import {describe, expect, it} from "vitest";
import "../../src/components/bj-lang-toggle.ts";
import {linkTo} from "../../src/model/url-state.ts";
import {renderHtml} from "../../src/prerender/render-html.ts";

describe("renderHtml", () => {
  it("renders a template as HTML with its text escaped and no hydration comments", () => {
    const out = renderHtml({lang: "en", path: ""}, () => html`<p title=${'"x" & y'}>${"<script>alert(1)</script>"}</p>`);
    expect(out).toBe('<p title="&quot;x&quot; &amp; y">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it("makes its links for the static page it renders, from the template's own calls", () => {
    const out = renderHtml({lang: "zh", path: "indicators/x/"}, () => html`<a href=${linkTo("zh", {indicator: "y"})}>y</a>`);
    expect(out).toBe('<a href="../../indicators/y/">y</a>');
    // Outside a render, links are the live page's again.
    expect(linkTo("zh", {indicator: "y"})).toBe("?indicator=y");
  });

  it("draws an element's shadow root as declarative shadow DOM, with its styles", () => {
    const out = renderHtml({lang: "zh", path: ""}, () => html`<bj-lang-toggle .lang=${"zh"} .href=${"en/"}></bj-lang-toggle>`);
    expect(out).toMatch(/^<bj-lang-toggle[^>]*><template shadowroot(mode)?="open"[^>]*><style>/);
    expect(out).toContain('<a href="en/" hreflang="en"');
    expect(out).not.toMatch(/lit-part|lit-node/);
  });
});

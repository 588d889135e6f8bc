/** The first paint's inline script: which addresses paint the static explainer, and which mark the page for the live view instead. */
import {describe, expect, it} from "vitest";
import {FIRST_PAINT_SCRIPT, firstPaintHash} from "../../src/security/first-paint.ts";
import {CONTENT_SECURITY_POLICY} from "../../src/security/csp.ts";

/** Runs the script on a page file in a language at an address; the classes it leaves on the document. */
function firstPaint(pathname: string, search: string, lang: "zh-CN" | "en"): string {
  const root = {lang, className: ""};
  new Function("document", "location", FIRST_PAINT_SCRIPT.replace("(document.documentElement)", "(document)"))(root, {pathname, search});
  return root.className.trim();
}

describe("the first paint", () => {
  it("paints the static explainer of the page file's own language, with or without a lang= that agrees", () => {
    expect(firstPaint("/", "", "zh-CN")).toBe("");
    // The English file's links carry no lang=: the file says the language.
    expect(firstPaint("/en/", "", "en")).toBe("");
    expect(firstPaint("/bj/en/index.html", "", "en")).toBe("");
    expect(firstPaint("/en/", "?lang=en#chart-scoreboard", "en")).toBe("");
  });

  it("does not paint it for another view or the other language, which the live page shows instead", () => {
    expect(firstPaint("/", "?lang=en", "zh-CN")).toBe("live-view");
    expect(firstPaint("/en/", "?lang=zh", "en")).toBe("live-view");
    for (const q of ["?story=plan&step=2", "?view=data", "?indicator=school-places-added"]) expect(firstPaint("/en/", q, "en")).toBe("live-view");
  });

  it("is allowed by the policy by its hash, and is the only inline script it allows", () => {
    expect(CONTENT_SECURITY_POLICY).toContain(firstPaintHash());
    expect(CONTENT_SECURITY_POLICY.match(/'sha256-/g)).toHaveLength(1);
  });
});

import {describe, expect, it} from "vitest";
import {fillShell, relocated, staticCopy, staticDocument, stylesOf} from "../../src/prerender/documents.ts";

const SHELL = `<!doctype html><html><head><title>t</title><link rel="stylesheet" crossorigin href="./assets/main-1.css">
<!--site-head--></head><body><bj-edu-app><!--site-body--></bj-edu-app><script type="module" src="./assets/main-1.js"></script></body></html>`;

describe("fillShell", () => {
  it("writes the head and the body at their outlets and touches nothing else", () => {
    const page = fillShell(SHELL, {head: "<meta name=a>", body: "<p>static</p>", file: "index.html"});
    expect(page).toBe(SHELL.replace("<!--site-head-->", "<!--site-head--><meta name=a><!--/site-head-->").replace("<!--site-body-->", "<!--site-body--><p>static</p><!--/site-body-->"));
  });

  it("replaces what an earlier run wrote, so the site step can run again", () => {
    const once = fillShell(SHELL, {head: "<meta name=a>", body: "<p>one</p>", file: "index.html"});
    expect(fillShell(once, {head: "<meta name=b>", body: "<p>two</p>", file: "index.html"})).toBe(fillShell(SHELL, {head: "<meta name=b>", body: "<p>two</p>", file: "index.html"}));
  });

  it("takes the content literally ($& and $1 stay as written)", () => {
    expect(fillShell(SHELL, {head: "", body: "<p>$& $1 $$</p>", file: "index.html"})).toContain("<p>$& $1 $$</p>");
  });

  it("refuses a shell without an outlet, naming the file", () => {
    expect(() => fillShell("<html><body></body></html>", {head: "", body: "", file: "dist/en/index.html"})).toThrow("dist/en/index.html must hold <!--site-head--> exactly once");
  });
});

describe("staticDocument", () => {
  it("links the style sheets from the page's depth and escapes its title", () => {
    const page = staticDocument({lang: "en", title: "A & <b>", head: "<meta name=x>", body: "<main></main>", styles: ["assets/main-1.css"], path: "en/indicators/x/"});
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("<title>A &amp; &lt;b&gt;</title>");
    expect(page).toContain('<link rel="stylesheet" href="../../../assets/main-1.css" />');
    expect(page).not.toContain("<script");
  });

  it("reads the style sheets a built page links", () => {
    expect(stylesOf(SHELL)).toEqual(["assets/main-1.css"]);
  });

  it("marks the static copy, in its language, for the live page to replace", () => {
    expect(staticCopy("zh", "<p>x</p>")).toBe('<div id="prerendered" class="prerendered" data-static lang="zh-CN"><p>x</p></div>');
  });
});

describe("relocated", () => {
  it("points a shell's assets up from a page in a folder, and gives it the page's language", () => {
    const shell = '<html lang="zh-CN"><head><link rel="modulepreload" crossorigin href="./assets/a.js"><link rel="stylesheet" href="./assets/b.css"></head><body><script type="module" src="./assets/c.js"></script><a href="./x.html">x</a></body></html>';
    expect(relocated(shell, "embed/en/scoreboard.html", "en")).toBe('<html lang="en"><head><link rel="modulepreload" crossorigin href="../../assets/a.js"><link rel="stylesheet" href="../../assets/b.css"></head><body><script type="module" src="../../assets/c.js"></script><a href="./x.html">x</a></body></html>');
  });
});

/**
 * The single file's assembly (src/build/single-file.ts): inline code means what it
 * meant and cannot end its element early, the data survives an HTML parser,
 * and nothing is left that would be fetched.
 */
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {embeddedDataText, inlineScriptText, NOTICES_ID, singleFileHtml} from "../../src/build/single-file.ts";

/** What Vite writes for index.html (scripts/prerender.ts has already filled <bj-edu-app>). */
const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <script src="./lang.js"></script>
    <title>t</title>
    <script type="module" crossorigin src="./assets/index-AbC_12.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-XyZ.css">
  </head>
  <body>
    <bj-edu-app><div id="prerendered" class="prerendered"><a href="?lang=en">English</a></div></bj-edu-app>
  </body>
</html>
`;

/** Code with every way `</script` and `<!--` can appear in a module, `$&` (special in String.replace), and markup in a string. */
const CODE = String.raw`
const a = "</script><script>alert(1)</script>";
const b = '<!-- <script>';
const c = ` + "`" + String.raw`</SCRIPT ${"$"}{1 + 1} <!--` + "`" + String.raw`;
const d = /<\/script|<!--/i.test("x</script");
const e = "\<!--";
const f = "$&$'$1";
const g = '<script type="module" src="https://example.com/x.js"></script><iframe src="embed.html">';
// a comment: </script> <!--
globalThis.result = [a, b, c, d, e, f, g];
`;

/** Runs code in a fresh function scope (tests run in Node, where Function is allowed) and returns globalThis.result. */
function run(code: string): unknown {
  const scope: {result?: unknown} = {};
  new Function("globalThis", code)(scope);
  return scope.result;
}

describe("inlineScriptText", () => {
  it("leaves no </script or <!-- and keeps the code's meaning", () => {
    const safe = inlineScriptText(CODE);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    expect(run(safe)).toEqual(run(CODE));
    expect(run(CODE)).toEqual(["</script><script>alert(1)</script>", "<!-- <script>", "</SCRIPT 2 <!--", true, "<!--", "$&$'$1", '<script type="module" src="https://example.com/x.js"></script><iframe src="embed.html">']);
  });

  it("changes nothing else", () => {
    const plain = "const x = 1 < 2 && 3 > 2; const y = `<div>${x}</div>`;";
    expect(inlineScriptText(plain)).toBe(plain);
  });
});

describe("embeddedDataText", () => {
  it("is JSON with no < at all, and parses back to the files", () => {
    const files = {"a.txt": "</script><!-- <script> & \u2028 \uFEFF", "b.json": '{"x": "<b>"}'};
    const text = embeddedDataText(files);
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual(files);
  });
});

describe("singleFileHtml", () => {
  const data = {"observations.json": "[]", "sources/x.txt": "</script><script>window.__pwned = 1</script>"};
  const html = singleFileHtml({html: INDEX, js: CODE, css: "body{color:red}", langJs: 'document.documentElement.lang = "en";\n', data});
  const doc = new JSDOM(html).window.document;

  it("inlines lang.js first, the style sheet, then the static page, the data and the app", () => {
    const scripts = [...doc.querySelectorAll("script")];
    expect(scripts.map((s) => s.getAttribute("type"))).toEqual([null, "application/json", "module"]);
    expect(scripts.every((s) => !s.hasAttribute("src"))).toBe(true);
    expect(doc.head.contains(scripts[0])).toBe(true);
    expect(scripts[0].textContent).toContain('document.documentElement.lang = "en";');
    expect(doc.querySelector("head style")?.textContent).toContain("body{color:red}");
    expect(doc.querySelector("link[rel=stylesheet]")).toBeNull();
    expect(JSON.parse(scripts[1].textContent!)).toEqual(data);
    expect(run(scripts[2].textContent!)).toEqual(run(CODE));
    // The static page comes before the data and the code, so it paints first.
    const page = doc.getElementById("prerendered")!;
    expect(page.compareDocumentPosition(scripts[1]) & page.ownerDocument.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(doc.body.lastElementChild).toBe(scripts[2]);
    expect(doc.querySelector("link[rel=icon]")?.getAttribute("href")).toBe("data:,");
  });

  it("carries the third-party licence notices, inert and escaped", () => {
    const notices = "lit 3.3.3 (BSD-3-Clause)\nCopyright <Google> & others </script><script>alert(1)</script>";
    const out = singleFileHtml({html: INDEX, js: CODE, css: "", langJs: "", data, notices});
    const template = new JSDOM(out).window.document.getElementById(NOTICES_ID) as HTMLTemplateElement;
    expect(template.localName).toBe("template");
    expect(template.content.querySelector("pre")!.textContent).toBe(notices);
    expect(template.content.querySelectorAll("script")).toHaveLength(0);
  });

  it("refuses a page it cannot make whole", () => {
    expect(() => singleFileHtml({html: INDEX.replace(/<script type="module".*\n/, ""), js: "", css: "", langJs: "", data})).toThrow(/one module script/);
    const twoScripts = INDEX.replace("</body>", '<script type="module" src="./assets/other.js"></script></body>');
    expect(() => singleFileHtml({html: twoScripts, js: "", css: "", langJs: "", data})).toThrow(/found 2/);
    expect(() => singleFileHtml({html: INDEX.replace("</head>", '<link rel="preload" href="./assets/x.woff2"></head>'), js: "", css: "", langJs: "", data})).toThrow(/still refers to other files/);
    expect(() => singleFileHtml({html: INDEX, js: "", css: "a{}</style>", langJs: "", data})).toThrow(/<\/style/);
  });
});

import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {componentSnippet, frameId, hostScript, iframeSnippet, scriptString} from "../../src/model/embed-snippet.ts";
import {acceptedHeight, heightMessage, isHeightMessage} from "../../src/model/height-message.ts";

const BASE = {embedPage: "https://edu.example.org/bj/embed.html", lang: "en", view: {chart: "school-places"}, title: "New school places (Beijing's education plan)", uid: "k3j9x2"} as const;

describe("iframeSnippet", () => {
  it("gives a sandboxed iframe, sending only the host's origin as referrer, and the script that sizes it", () => {
    expect(iframeSnippet(BASE)).toBe(`<iframe id="bj-edu-school-places-k3j9x2" src="https://edu.example.org/bj/embed.html?chart=school-places&amp;lang=en" title="New school places (Beijing&#39;s education plan)" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads" referrerpolicy="strict-origin-when-cross-origin" style="width:100%;border:0" height="480"></iframe>
<script>
(function () {
  var origin = "https://edu.example.org";
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var frames = [document.getElementById("bj-edu-school-places-k3j9x2")];
    var frame = frames.filter(function (f) { return f && f.contentWindow === event.source; })[0];
    var data = event.data;
    if (!frame || !data || typeof data !== "object" || data.type !== "bj-edu:height") return;
    if (typeof data.height !== "number" || !isFinite(data.height)) return;
    var height = Math.round(data.height);
    if (height <= 0 || height >= 20000) return;
    frame.style.height = height + "px";
  });
})();
</script>`);
  });

  it("gives the same iframe with an external script for hosts whose CSP forbids inline script, from the embed's own site only", () => {
    const html = iframeSnippet({...BASE, hostScriptUrl: "https://edu.example.org/bj/embed-host.js"});
    expect(html).toMatch(/^<iframe [^>]* data-bj-edu style="width:100%;border:0" height="480"><\/iframe>\n<script src="https:\/\/edu.example.org\/bj\/embed-host.js" defer><\/script>$/);
    expect(html).not.toContain("addEventListener");
    expect(() => iframeSnippet({...BASE, hostScriptUrl: "https://cdn.example/embed-host.js"})).toThrow(/own site/);
  });

  it("carries the publisher's colours: theme in the iframe's address and on the element, nothing for light", () => {
    expect(iframeSnippet({...BASE, theme: "dark"})).toContain(`embed.html?chart=school-places&amp;lang=en&amp;theme=dark"`);
    expect(iframeSnippet({...BASE, theme: "light"})).not.toContain("theme");
    const component = (theme: "light" | "dark" | "auto") => componentSnippet({moduleUrl: "https://edu.example.org/bj/bj-edu-chart.js", chart: "scoreboard", lang: "en", theme});
    expect(component("auto")).toContain(`<bj-edu-chart chart="scoreboard" lang="en" theme="auto">`);
    expect(component("light")).toContain(`<bj-edu-chart chart="scoreboard" lang="en">`);
  });

  it("pins a release's copy of the external script by its integrity hash (a CORS request, as integrity needs)", () => {
    const integrity = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";
    const html = iframeSnippet({...BASE, hostScriptUrl: "https://edu.example.org/bj/embed/v0.3.0/embed-host.js", hostScriptIntegrity: integrity});
    expect(html.split("\n")[1]).toBe(`<script src="https://edu.example.org/bj/embed/v0.3.0/embed-host.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`);
    expect(() => iframeSnippet({...BASE, hostScriptUrl: "https://edu.example.org/bj/embed-host.js", hostScriptIntegrity: "sha384-\" onload=\"x"})).toThrow(/integrity/);
  });

  it("replaces the embed page's query and fragment, keeps its port, and gives a story's link", () => {
    const html = iframeSnippet({...BASE, embedPage: "http://127.0.0.1:4173/embed.html?chart=fitness#x", lang: "zh", view: {story: "plan"}, initialHeight: 600.4});
    expect(html).toContain(`src="http://127.0.0.1:4173/embed.html?story=plan&amp;lang=zh"`);
    expect(html).toContain(`var origin = "http://127.0.0.1:4173";`);
    expect(html).toContain(`id="bj-edu-story-plan-k3j9x2"`);
    expect(html).toContain(`height="600"`);
  });

  it("uses the origin in its ASCII form, without a default port", () => {
    const html = iframeSnippet({...BASE, embedPage: "https://例子.测试:443/嵌入/embed.html"});
    expect(html).toContain(`var origin = "https://xn--fsqu00a.xn--0zwm56d";`);
    expect(html).toContain(`src="https://xn--fsqu00a.xn--0zwm56d/%E5%B5%8C%E5%85%A5/embed.html?chart=school-places&amp;lang=en"`);
  });

  it("escapes a hostile chart id, title and uid: nothing closes the attribute or the script", () => {
    const hostile = `"><script>alert(1)</script><x y='`;
    const html = iframeSnippet({...BASE, view: {chart: hostile}, title: hostile, uid: `</script>"'<b>`});
    expect(html).toContain(`src="https://edu.example.org/bj/embed.html?chart=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%3Cx+y%3D%27&amp;lang=en"`);
    expect(html).toContain(`title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x y=&#39;"`);
    expect(html).toContain(`id="bj-edu-scriptalert1scriptxy-scriptb"`);
    // One script element, one iframe, whatever the input.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll("iframe")).toHaveLength(1);
    expect(doc.querySelector("iframe")!.getAttribute("title")).toBe(hostile);
    expect(new URL(doc.querySelector("iframe")!.src).searchParams.get("chart")).toBe(hostile);
  });

  it("escapes a hostile origin in the script and the attribute", () => {
    // A quote is allowed in a host name by the URL standard: it must not end the string.
    const html = iframeSnippet({...BASE, embedPage: `https://a"b'c.example/embed.html`});
    expect(html).toContain(`var origin = "https://a\\"b'c.example";`);
    expect(html).toContain(`src="https://a&quot;b&#39;c.example/embed.html?chart=school-places&amp;lang=en"`);
    expect(new JSDOM(html).window.document.querySelectorAll("iframe, script")).toHaveLength(2);
  });

  it("refuses an embed page that is not an absolute http(s) URL", () => {
    for (const embedPage of ["javascript:alert(1)//embed.html", "file:///tmp/embed.html", "embed.html", "data:text/html,<p>"]) {
      expect(() => iframeSnippet({...BASE, embedPage}), embedPage).toThrow(/URL/);
    }
  });

  it("gives each snippet an id from its chart and uid", () => {
    expect(frameId({chart: "scoreboard-percent"}, "AB12")).toBe("bj-edu-scoreboard-percent-ab12");
    expect(frameId({chart: "!!!"}, "")).toBe("bj-edu-view-frame");
  });
});

describe("scriptString", () => {
  it("is a JSON string that cannot end a script element", () => {
    expect(scriptString(`</script><!-- "x" & \u2028`)).toBe(`"\\u003c/script\\u003e\\u003c!-- \\"x\\" \\u0026 \\u2028"`);
    expect(JSON.parse(scriptString(`</script> & "`))).toBe(`</script> & "`);
  });
});

describe("componentSnippet", () => {
  it("gives the module script and the element", () => {
    expect(componentSnippet({moduleUrl: "https://edu.example.org/bj/bj-edu-chart.js", chart: "scoreboard-percent", lang: "en"})).toBe(
      `<script type="module" src="https://edu.example.org/bj/bj-edu-chart.js"></script>
<bj-edu-chart chart="scoreboard-percent" lang="en"></bj-edu-chart>`
    );
  });

  it("escapes a hostile chart id", () => {
    const html = componentSnippet({moduleUrl: "https://edu.example.org/bj-edu-chart.js", chart: `"><img src=x onerror=alert(1)>`, lang: "zh"});
    expect(html).toContain(`chart="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"`);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll("img")).toHaveLength(0);
    expect(doc.querySelector("bj-edu-chart")!.getAttribute("chart")).toBe(`"><img src=x onerror=alert(1)>`);
  });

  it("refuses a module that is not an absolute http(s) URL", () => {
    expect(() => componentSnippet({moduleUrl: "javascript:alert(1)", chart: "fitness", lang: "zh"})).toThrow(/URL/);
  });

  it("pins the module by its integrity hash and gives the element fallback content: the chart's title, linked, escaped", () => {
    const integrity = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";
    const html = componentSnippet({moduleUrl: "https://edu.example.org/bj/bj-edu-chart.js", chart: "scoreboard", lang: "en", integrity,
      fallback: {title: "3 main targets <met>", href: "https://edu.example.org/bj/?lang=en#chart-scoreboard"}});
    expect(html).toBe(`<script type="module" src="https://edu.example.org/bj/bj-edu-chart.js" integrity="${integrity}" crossorigin="anonymous"></script>
<bj-edu-chart chart="scoreboard" lang="en"><a href="https://edu.example.org/bj/?lang=en#chart-scoreboard">3 main targets &lt;met&gt;</a></bj-edu-chart>`);
    expect(() => componentSnippet({moduleUrl: "https://edu.example.org/bj-edu-chart.js", chart: "x", lang: "en", integrity: "sha384-\" onload=\"x"})).toThrow(/integrity/);
    expect(() => componentSnippet({moduleUrl: "https://edu.example.org/bj-edu-chart.js", chart: "x", lang: "en", fallback: {title: "t", href: "javascript:alert(1)"}})).toThrow(/URL/);
  });
});

describe("the external host script (embed-host.js)", () => {
  it("sizes every explainer iframe on the page from its own origin, with the same checks", () => {
    const dom = new JSDOM(`<!doctype html><body><iframe id="a" data-bj-edu></iframe><iframe id="b" data-bj-edu></iframe><iframe id="c"></iframe></body>`, {runScripts: "outside-only", url: "https://host.example/page"});
    const {window} = dom;
    // As the file it is: document.currentScript names where it came from.
    Object.defineProperty(window.document, "currentScript", {value: {src: "https://edu.example.org/bj/embed-host.js"}});
    window.eval(hostScript(null));
    const [a, b, c] = ["a", "b", "c"].map((id) => window.document.getElementById(id) as HTMLIFrameElement);
    const send = (frame: HTMLIFrameElement, height: number, origin = "https://edu.example.org") =>
      window.dispatchEvent(new window.MessageEvent("message", {data: {type: "bj-edu:height", height}, origin, source: frame.contentWindow as Window}));
    send(a, 300);
    send(b, 450.4);
    send(c, 999);
    send(a, 999, "https://evil.example");
    send(b, 19999.5);
    expect([a.style.height, b.style.height, c.style.height]).toEqual(["300px", "450px", ""]);
  });
});

describe("the height message", () => {
  it("is {type, height} and only that shape, with a height in (0, 20000), is accepted", () => {
    expect(heightMessage(512)).toEqual({type: "bj-edu:height", height: 512});
    expect(isHeightMessage({type: "bj-edu:height", height: 512})).toBe(true);
    // Rounded first, then checked: 19999.5 is 20000 and 0.2 is 0, both refused; 0.5 is 1, taken.
    expect(isHeightMessage({type: "bj-edu:height", height: 19999.4})).toBe(true);
    expect(isHeightMessage({type: "bj-edu:height", height: 19999.5})).toBe(false);
    expect(isHeightMessage({type: "bj-edu:height", height: 0.2})).toBe(false);
    expect(acceptedHeight({type: "bj-edu:height", height: 0.5})).toBe(1);
    for (const data of [null, undefined, "bj-edu:height", 512, [], {type: "bj-edu:height"}, {type: "bj-edu:height", height: "512"}, {type: "bj-edu:height", height: NaN},
      {type: "bj-edu:height", height: Infinity}, {type: "bj-edu:height", height: 0}, {type: "bj-edu:height", height: -5}, {type: "bj-edu:height", height: 20000}, {type: "other", height: 512}]) {
      expect(isHeightMessage(data), JSON.stringify(data) ?? String(data)).toBe(false);
    }
  });
});

describe("the host script", () => {
  /** The snippet in a page, its script run, and a way to send it messages. */
  function host() {
    const snippet = iframeSnippet({...BASE, embedPage: "https://edu.example.org/bj/embed.html"});
    const dom = new JSDOM(`<!doctype html><body>${snippet}<iframe id="other"></iframe></body>`, {runScripts: "dangerously", url: "https://host.example/page"});
    const {window} = dom;
    const frame = window.document.querySelector<HTMLIFrameElement>("iframe[id^=bj-edu-]")!;
    const other = window.document.querySelector<HTMLIFrameElement>("#other")!;
    const send = (data: unknown, {origin = "https://edu.example.org", source = frame.contentWindow as unknown} = {}) =>
      window.dispatchEvent(new window.MessageEvent("message", {data, origin, source: source as Window}));
    return {window, frame, other, send, height: () => frame.style.height};
  }

  it("applies a height from its own iframe and the embed's origin", () => {
    const {send, height} = host();
    expect(height()).toBe("");
    send({type: "bj-edu:height", height: 612});
    expect(height()).toBe("612px");
    send({type: "bj-edu:height", height: 700.2, extra: true});
    expect(height()).toBe("700px");
    // The same rounding and range as acceptedHeight: 19999.5 rounds out of range, 0.2 rounds to nothing.
    send({type: "bj-edu:height", height: 19999.5});
    send({type: "bj-edu:height", height: 0.2});
    expect(height()).toBe("700px");
  });

  it("ignores another origin, another window, and anything not a valid height message", () => {
    const {window, other, send, height} = host();
    send({type: "bj-edu:height", height: 400});
    expect(height()).toBe("400px");
    send({type: "bj-edu:height", height: 999}, {origin: "https://evil.example"});
    send({type: "bj-edu:height", height: 999}, {origin: "https://edu.example.org.evil.example"});
    send({type: "bj-edu:height", height: 999}, {origin: "http://edu.example.org"});
    send({type: "bj-edu:height", height: 999}, {source: other.contentWindow});
    send({type: "bj-edu:height", height: 999}, {source: window});
    send({type: "bj-edu:height", height: 999}, {source: null});
    for (const data of [null, "bj-edu:height", 999, {height: 999}, {type: "bj-edu:height", height: "999"}, {type: "bj-edu:height", height: NaN},
      {type: "bj-edu:height", height: Infinity}, {type: "bj-edu:height", height: -1}, {type: "bj-edu:height", height: 0}, {type: "bj-edu:height", height: 20000}, {type: "resize", height: 999}]) {
      send(data);
    }
    expect(height()).toBe("400px");
  });
});

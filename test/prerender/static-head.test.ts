import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {staticHead} from "../../src/prerender/static-head.ts";

const head = (options: Partial<Parameters<typeof staticHead>[0]>) =>
  new JSDOM(`<head>${staticHead({lang: "en", title: "T", description: "D", homepage: null, path: "indicators/x/", image: {path: "og.en.png", width: 1200, height: 630, alt: "A"}, ...options})}</head>`).window.document;

describe("staticHead", () => {
  it("gives the absolute addresses news sites need when the site's address is set", () => {
    const doc = head({homepage: "https://tracker.test/bj/"});
    expect(doc.querySelector("link[rel=canonical]")!.getAttribute("href")).toBe("https://tracker.test/bj/en/indicators/x/");
    expect(doc.querySelector('meta[property="og:url"]')!.getAttribute("content")).toBe("https://tracker.test/bj/en/indicators/x/");
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe("https://tracker.test/bj/og.en.png");
    expect(doc.querySelector('link[hreflang="zh-CN"]')!.getAttribute("href")).toBe("https://tracker.test/bj/indicators/x/");
  });

  it("makes none up without it: no canonical, og:url or og:image, and relative alternates that land on the same pages", () => {
    const doc = head({homepage: null});
    for (const selector of ["link[rel=canonical]", 'meta[property="og:url"]', 'meta[property="og:image"]', 'meta[name="twitter:image"]']) expect(doc.querySelector(selector), selector).toBeNull();
    expect(doc.querySelector('meta[name="twitter:card"]')!.getAttribute("content")).toBe("summary");
    const page = "https://any.test/site/en/indicators/x/";
    const alternate = (hreflang: string) => new URL(doc.querySelector(`link[hreflang="${hreflang}"]`)!.getAttribute("href")!, page).href;
    expect(alternate("zh-CN")).toBe("https://any.test/site/indicators/x/");
    expect(alternate("en")).toBe(page);
    expect(alternate("x-default")).toBe("https://any.test/site/indicators/x/");
    const zh = head({homepage: null, lang: "zh", path: ""});
    expect(new URL(zh.querySelector('link[hreflang="en"]')!.getAttribute("href")!, "https://any.test/site/").href).toBe("https://any.test/site/en/");
    expect(zh.head.innerHTML).not.toMatch(/https?:/);
  });
});

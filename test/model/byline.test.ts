import {describe, expect, it} from "vitest";
import {pageModel} from "../../src/model/page-model.ts";
import type {PageData} from "../../src/model/page-data.ts";
import {realData} from "../real-data.ts";

const {data} = realData();
const withSite = (site: PageData["content"]["site"]): PageData => ({...data, content: {...data.content, release: {version: "0.4.0", date: "2026-12-06"}, site}});

describe("the byline", () => {
  it("names who made it, how recent the figures are, and the release, in both languages", () => {
    const en = pageModel(withSite({url: null, contact: null}), "en").explainer.byline;
    expect(en.by).toBe("By the Beijing Education Plan Tracker team");
    expect(en.data).toBe("Figures up to 2022; updated 6 December 2026, data version\u00a00.4.0");
    const zh = pageModel(withSite({url: null, contact: null}), "zh").explainer.byline;
    expect(zh.by).toBe("北京教育规划追踪项目组");
    expect(zh.data).toBe("数据截至2022年；2026年12月6日更新，数据版本\u00a00.4.0");
  });

  it("links to the corrections contact only when the build was given one, and names the site's address only when set", () => {
    const none = pageModel(withSite({url: null, contact: null}), "en").explainer.byline;
    expect(none.report).toBeNull();
    expect(none.homepage).toBeNull();
    const set = pageModel(withSite({url: "https://tracker.test/bj/", contact: "mailto:fix@tracker.test"}), "en").explainer.byline;
    expect(set.report).toEqual({text: "Spotted an error? Tell us", href: "mailto:fix@tracker.test"});
    expect(set.homepage).toBe("https://tracker.test/bj/");
  });
});

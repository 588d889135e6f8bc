import {describe, expect, it} from "vitest";
import {dataFolderOf, publicDataOf, publicSiteOf, siteRootOf} from "../../src/model/url-state.ts";

const none = {url: null};
const site = {url: "https://tracker.test/bj/"};

describe("the site's addresses from a page", () => {
  it("finds the site's data/ from the Chinese and the English file alike, never en/data/", () => {
    for (const page of ["http://127.0.0.1:4173/", "http://127.0.0.1:4173/index.html?view=data", "http://127.0.0.1:4173/en/", "http://127.0.0.1:4173/en/index.html?indicator=x&lang=en", "http://127.0.0.1:4173/en/?view=data#top"]) {
      expect(siteRootOf(page).href, page).toBe("http://127.0.0.1:4173/");
      expect(dataFolderOf(page).href, page).toBe("http://127.0.0.1:4173/data/");
      expect(publicDataOf(page, site), page).toBe("http://127.0.0.1:4173/data/");
    }
    expect(dataFolderOf("https://host.test/a/b/en/?view=data").href).toBe("https://host.test/a/b/data/");
  });

  it("names the page's own site when it is served, the site's address offline, and nothing offline without one", () => {
    expect(publicSiteOf("https://mirror.test/x/en/", site)).toBe("https://mirror.test/x/");
    expect(publicSiteOf("file:///media/usb/beijing-education-14th-fyp.html?lang=en", site)).toBe("https://tracker.test/bj/");
    expect(publicDataOf("file:///media/usb/beijing-education-14th-fyp.html", site)).toBe("https://tracker.test/bj/data/");
    expect(publicSiteOf("file:///media/usb/beijing-education-14th-fyp.html", none)).toBeNull();
    expect(publicDataOf("file:///media/usb/beijing-education-14th-fyp.html", none)).toBeNull();
  });
});

import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {hostTheme} from "../../src/components/host-theme.ts";

const css = readFileSync(new URL("../../src/styles/theme.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
/** The declarations of the first block that follows `selector`, one per line. */
const block = (text: string, selector: string) => text.slice(text.indexOf(selector)).split("{")[1].split("}")[0].split(";").map((d) => d.trim()).filter(Boolean);

describe("the colour themes", () => {
  it("give the same dark palette to the reader's dark setting and to data-theme=dark", () => {
    const system = block(css, ":root:not([data-theme=light])");
    expect(system.length).toBeGreaterThan(10);
    expect(block(css, ":root[data-theme=dark]")).toEqual(system);
    // Every colour the light palette sets, the dark one sets too.
    const names = (decls: string[]) => decls.map((d) => d.split(":")[0]).filter((n) => n.startsWith("--c-") || n.startsWith("--s-") || ["--bg", "--fg", "--muted", "--rule", "--panel", "--link", "--focus", "--mark"].includes(n));
    expect(names(system).sort()).toEqual(names(block(css, ":root {")).sort());
  });

  it("become the web component's own, its theme attribute in place of the page's data-theme", () => {
    const host = hostTheme(css).replace(/\/\*[\s\S]*?\*\//g, "");
    expect(host).not.toMatch(/:root|data-theme/);
    expect(host).toContain(":host(:not([theme=light])) {");
    expect(host).toContain(":host([theme=dark]) {");
    expect(host).toContain(":host([theme=light]) {");
  });
});

/** What every browser test file needs: errors collected as they happen, a settled page, axe with a readable report. */
import {AxeBuilder} from "@axe-core/playwright";
import type {Page} from "playwright-core";
import {expect} from "vitest";

/** Console errors and uncaught exceptions of a page, collected as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Fonts loaded and a few frames drawn, so ResizeObserver redraws have happened. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
}

/** axe-core at WCAG 2.2 AA finds nothing; a failure lists each violation with where it is. */
export async function expectNoAxeViolations(page: Page, label: string, {include}: {include?: string} = {}): Promise<void> {
  const axe = new AxeBuilder({page}).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]);
  const results = await (include ? axe.include(include) : axe).analyze();
  const report = results.violations.map(
    (v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n` +
      v.nodes.slice(0, 4).map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary?.split("\n").join(" / ")}`).join("\n") +
      (v.nodes.length > 4 ? `\n    … and ${v.nodes.length - 4} more` : "")
  );
  expect(results.violations.length, `axe violations in ${label}:\n${report.join("\n")}`).toBe(0);
}

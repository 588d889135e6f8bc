/**
 * The component harness's one module, built by the browser tests' global
 * setup into a tiny page (./index.html): the page's styles and the elements
 * that component tests mount alone, with models made in the test. Add an
 * element here to test it below end-to-end.
 */
import "../../../src/styles/theme.css";
import "../../../src/styles/page.css";
import "../../../src/components/bj-chart-figure.ts";
import "../../../src/components/bj-data-view.ts";

(window as unknown as {harnessReady: boolean}).harnessReady = true;

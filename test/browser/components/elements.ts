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
import "../../../src/components/bj-story.ts";
import {loadAllMessages} from "../../../src/i18n/messages.ts";

// Each language's text is a module of its own (src/i18n/locale.ts): the page loads its own before it renders; so does the harness.
await loadAllMessages();
(window as unknown as {harnessReady: boolean}).harnessReady = true;

/**
 * Browser-side code for the benchmark, kept as plain JavaScript strings: tsx
 * compiles functions with keepNames, and the helper it inserts does not exist
 * in the page, so functions cannot be handed to page.evaluate safely.
 */

/** The element whose painting counts as "the first chart is visible". */
export const CHART_SELECTOR = "svg.indicator-chart";

/**
 * Installed with page.addInitScript, before any of the page's own code. It
 * collects into window.__bench:
 * - fcp: the first-contentful-paint entry's startTime;
 * - lcp: every largest-contentful-paint entry (the last one is the LCP);
 * - longtasks: every long task (start, duration);
 * - chartInDocument / chartVisible: performance.now() when the first
 *   CHART_SELECTOR element was found in the document (light DOM or any open
 *   shadow root, client-rendered or parsed from the HTML), and after the
 *   next paint that follows (a frame's callback, then a task: once that
 *   frame's rendering is done), i.e. once a frame containing it has been painted.
 */
export const OBSERVER_SCRIPT = `(() => {
  const SELECTOR = ${JSON.stringify(CHART_SELECTOR)};
  const state = window.__bench = {fcp: null, lcp: [], longtasks: [], chartInDocument: null, chartVisible: null, chart: null};
  const watch = (type, each) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({type, buffered: true}); } catch (e) { state[type + "Error"] = String(e); }
  };
  watch("paint", (e) => { if (e.name === "first-contentful-paint") state.fcp = e.startTime; });
  watch("largest-contentful-paint", (e) => {
    const el = e.element;
    state.lcp.push({startTime: e.startTime, size: e.size, element: el ? el.localName + (el.id ? "#" + el.id : "") + (el.getAttribute && el.getAttribute("class") ? "." + String(el.getAttribute("class")).trim().split(/\\s+/).join(".") : "") : null});
  });
  watch("longtask", (e) => { state.longtasks.push({startTime: e.startTime, duration: e.duration}); });

  // Finding the chart: a MutationObserver on the document and on every shadow
  // root (open ones created by script through attachShadow, declarative ones
  // found on parsed elements), plus full scans when parsing ends, at
  // DOMContentLoaded and at load. Every chart element found is a candidate;
  // after the next paint the first candidate still in the
  // document with a box and not hidden counts. Hidden candidates (say, the
  // other language's pre-rendered copy) are checked again every frame.
  let done = false, scheduled = false;
  const candidates = [];
  const known = new WeakSet();
  const seen = new WeakSet();
  const hostsToRecheck = new Set();
  const observer = new MutationObserver((records) => {
    if (done) return;
    for (const host of [...hostsToRecheck]) if (host.shadowRoot) { hostsToRecheck.delete(host); watchRoot(host.shadowRoot); }
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) inspect(node);
    schedule();
  });
  const watchRoot = (root) => {
    if (seen.has(root)) return;
    seen.add(root);
    observer.observe(root, {childList: true, subtree: true});
    inspect(root);
  };
  const add = (el) => {
    if (known.has(el)) return;
    known.add(el);
    candidates.push({el, found: performance.now()});
  };
  const inspect = (root) => {
    if (root.nodeType === 1 && root.matches(SELECTOR)) add(root);
    for (const el of root.querySelectorAll(SELECTOR)) add(el);
    if (root.nodeType === 1) visitShadow(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) visitShadow(el);
  };
  const visitShadow = (el) => {
    if (el.shadowRoot) watchRoot(el.shadowRoot);
    else if (document.readyState === "loading" && el.localName.includes("-")) hostsToRecheck.add(el);
  };
  const schedule = () => {
    if (done || scheduled || candidates.length === 0) return;
    scheduled = true;
    // After the next paint: a frame's callbacks, then a task, which runs once that frame's
    // rendering (style, layout, paint) is done. Two frames would also count whatever task
    // the page runs after its first paint (the app starting) before the second frame,
    // though the chart was on screen a frame earlier; the static limit is measured the same way.
    requestAnimationFrame(() => setTimeout(check, 0));
  };
  const check = () => {
    scheduled = false;
    if (done) return;
    const now = performance.now();
    for (let i = 0; i < candidates.length; i++) {
      const {el, found} = candidates[i];
      if (!el.isConnected) { candidates.splice(i--, 1); continue; }
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && (typeof el.checkVisibility !== "function" || el.checkVisibility())) {
        done = true;
        observer.disconnect();
        state.chartInDocument = found;
        state.chartVisible = now;
        state.chart = {width: Math.round(box.width), height: Math.round(box.height), inShadowRoot: el.getRootNode() !== document};
        return;
      }
    }
    if (candidates.length > 0) { scheduled = true; requestAnimationFrame(check); }
  };
  const scan = () => { if (!done) { inspect(document); schedule(); } };
  const origin = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = origin.call(this, init);
    if (!done) watchRoot(root);
    return root;
  };
  observer.observe(document, {childList: true, subtree: true});
  document.addEventListener("readystatechange", scan);
  document.addEventListener("DOMContentLoaded", scan);
  addEventListener("load", scan);
})();`;

/**
 * Finds the first CHART_SELECTOR element in document order through open
 * shadow roots; evaluates to its outerHTML (or null). Used to build the static page.
 */
export const EXTRACT_CHART = `(() => {
  const SELECTOR = ${JSON.stringify(CHART_SELECTOR)};
  const shown = (el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0 && (typeof el.checkVisibility !== "function" || el.checkVisibility()); };
  const find = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (el.matches(SELECTOR) && shown(el)) return el;
      if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
    }
    return null;
  };
  const svg = find(document);
  return svg ? svg.outerHTML : null;
})()`;

/** Whether a visible CHART_SELECTOR element exists anywhere (through open shadow roots). */
export const HAS_CHART = EXTRACT_CHART.replace("return svg ? svg.outerHTML : null;", "return !!svg;");

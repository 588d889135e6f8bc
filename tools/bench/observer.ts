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
 *   first frame that contains it (a task after that frame's callback: once
 *   its rendering is done), i.e. once a frame containing it has been painted.
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
  // DOMContentLoaded and at load. Every chart element found is a candidate.
  // Each frame's callback (which runs before that frame's style, layout and
  // paint) first looks into the shadow roots the parser has attached since:
  // the parser fills a declarative shadow root without a mutation the
  // document's observer sees, and a frame can paint it before the parser adds
  // the next node outside it. When there is a candidate, the frame is followed
  // by a task; there the first candidate still in the document with a box and
  // not hidden counts (that frame contained it). Hidden candidates (say, the
  // other language's pre-rendered copy) are checked again every frame.
  let done = false;
  const candidates = [];
  const known = new WeakSet();
  const seen = new WeakSet();
  const hostsToRecheck = new Set();
  const recheckHosts = () => {
    for (const host of [...hostsToRecheck]) if (host.shadowRoot) { hostsToRecheck.delete(host); watchRoot(host.shadowRoot); }
  };
  const observer = new MutationObserver((records) => {
    if (done) return;
    recheckHosts();
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) added(node);
  });
  // The parser adds elements one at a time, each still empty: a full look is
  // for subtrees a script adds whole. Looking costs the page time, and a page
  // of many elements (not the static limit) would pay for a thorough one.
  const added = (el) => {
    if (el.firstElementChild) { inspect(el); return; }
    if (el.matches(SELECTOR)) add(el);
    visitShadow(el);
  };
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
    else if (el.localName.includes("-")) hostsToRecheck.add(el);
  };
  // Every frame until the chart counts. After the frame: the first task, which runs
  // once that frame's rendering (style, layout, paint) is done. Waiting a second
  // frame would also count whatever task the page runs after its first paint (the
  // app starting), though the chart was on screen a frame earlier. A timer would
  // run after the parser's next tasks, which a long page has queued and the static
  // limit has not; a user-blocking task runs first. The static limit is measured
  // the same way.
  const afterFrame = (callback) => {
    if (window.scheduler && typeof scheduler.postTask === "function") scheduler.postTask(callback, {priority: "user-blocking"});
    else setTimeout(callback, 0);
  };
  const onFrame = () => {
    if (done) return;
    recheckHosts();
    if (candidates.length > 0) afterFrame(check);
    else requestAnimationFrame(onFrame);
  };
  const check = () => {
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
    requestAnimationFrame(onFrame);
  };
  const scan = () => { if (!done) inspect(document); };
  const origin = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = origin.call(this, init);
    if (!done) watchRoot(root);
    return root;
  };
  observer.observe(document, {childList: true, subtree: true});
  requestAnimationFrame(onFrame);
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

import "./styles/theme.css";
import "./styles/page.css";

// The static page paints first: the app (Lit, the page model) is fetched at once (a modulepreload
// the build adds) but runs only after the first frame, so it never delays the first chart. A tab
// opened in the background draws no frames: the timer starts it there.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  // What the static page laid out lazily is laid out now (and so reaches the accessibility tree: page.css).
  document.querySelector("main.deferred")?.classList.remove("deferred");
  void import("./shells/bj-edu-app.ts");
};
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 1000);

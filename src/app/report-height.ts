import {heightMessage} from "../model/height-message.ts";

export interface ReportHeightOptions {
  /** Whose height: the document element by default. */
  root?: Element;
  /** Where to post (the framing page by default). */
  target?: Window;
  /** Nothing is posted before this settles (the first chart drawn). */
  ready: Promise<unknown>;
}

/**
 * Tells the page that frames this one how tall the content is (see
 * height-message.ts), after `ready` and then whenever the height changes, and
 * only when it changes. Returns a function that stops it. Outside a frame it
 * does nothing.
 */
export function reportHeight({root = document.documentElement, target = window.parent, ready}: ReportHeightOptions): () => void {
  if (target === window) return () => {};
  let started = false;
  let last = -1;
  const post = () => {
    if (!started) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // The message holds only a height, nothing secret, and this page cannot know which site
    // frames it, so it goes to any origin ("*"). Hosts check where it comes from: the snippet's
    // script accepts it only from its own iframe and from this page's exact origin.
    target.postMessage(heightMessage(height), "*");
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  const start = () => {
    started = true;
    post();
  };
  void ready.then(start, start);
  return () => observer.disconnect();
}

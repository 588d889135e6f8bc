import {heightMessage, nextReport, type HeightReports} from "../model/height-message.ts";
import {onPopups, popupsHeight} from "./popups.ts";

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
 * height-message.ts): after `ready`, then whenever the content's height
 * changes or a menu or dialog opens or closes (the height holds them whole),
 * and only on a change. The content's height never depends on the frame's
 * (embed.html sizes nothing by the viewport's height), and content that grows
 * with its frame anyway is stopped after two messages (nextReport). Returns a
 * function that stops it. Outside a frame it does nothing.
 */
export function reportHeight({root = document.documentElement, target = window.parent, ready}: ReportHeightOptions): () => void {
  if (target === window) return () => {};
  let started = false;
  let input = false;
  let state: HeightReports = {last: 0, width: 0, followed: 0};
  const post = () => {
    if (!started) return;
    const height = Math.max(Math.ceil(root.getBoundingClientRect().height), popupsHeight());
    const next = nextReport(state, {height, width: innerWidth, frameHeight: innerHeight, input});
    state = next.state;
    if (!next.post) return;
    input = false;
    // The message holds only a height, nothing secret, and this page cannot know which site
    // frames it, so it goes to any origin ("*"). Hosts check where it comes from: the snippet's
    // script accepts it only from its own iframe and from this page's exact origin.
    target.postMessage(heightMessage(height), "*");
  };
  const acted = () => (input = true);
  addEventListener("pointerdown", acted, true);
  addEventListener("keydown", acted, true);
  const observer = new ResizeObserver(post);
  observer.observe(root);
  const stopPopups = onPopups(post);
  const start = () => {
    started = true;
    post();
  };
  void ready.then(start, start);
  return () => {
    observer.disconnect();
    stopPopups();
    removeEventListener("pointerdown", acted, true);
    removeEventListener("keydown", acted, true);
  };
}

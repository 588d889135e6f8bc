/**
 * In the page (pass it to `locator.evaluate`): a slide picture's
 * (bj-slide-frame) smallest text as it shows on screen, its font size times
 * the frame's scale (and an SVG's own), with its first words.
 */
export function smallestFrameText(frame: Element): {size: number; text: string} {
  const viewport = frame.shadowRoot!.querySelector<HTMLElement>(".viewport")!;
  const frameScale = frame.getBoundingClientRect().width / viewport.offsetWidth;
  let smallest = {size: Infinity, text: ""};
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || el.closest(".visually-hidden") || !el.getBoundingClientRect().width) continue;
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      // getBoundingClientRect already includes the frame's scale; a font size does not.
      const size = svg ? (parseFloat(getComputedStyle(el).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width : parseFloat(getComputedStyle(el).fontSize) * frameScale;
      if (size < smallest.size) smallest = {size, text: el.textContent!.trim().slice(0, 30)};
    }
  };
  walk(frame.shadowRoot!);
  return smallest;
}

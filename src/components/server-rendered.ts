import type {LitElement, PropertyValues} from "lit";

/**
 * The build renders each page's first view on the server, from the same
 * templates as the live page (src/prerender/), inside an element marked
 * `data-static`. Elements in that copy carry their shadow roots as declarative
 * shadow DOM; when the live page defines them, they must stay as the server
 * drew them (they have no properties to render from) until the live page,
 * drawn from the same templates and model, takes their place.
 */
export function inStaticCopy(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if ((node as Element).hasAttribute?.("data-static")) return true;
  }
  return false;
}

type LitClass = abstract new (...args: any[]) => LitElement;

/** An element that can appear in a server-rendered page: inside the static copy it keeps the server's shadow root and never renders. */
export function ServerRendered<T extends LitClass>(Base: T) {
  abstract class Rendered extends Base {
    protected createRenderRoot(): HTMLElement | DocumentFragment {
      // The server's declarative shadow root, with its styles inline, kept as it is.
      if (this.shadowRoot && inStaticCopy(this)) return this.shadowRoot;
      return super.createRenderRoot();
    }

    protected shouldUpdate(changed: PropertyValues): boolean {
      return !inStaticCopy(this) && super.shouldUpdate(changed);
    }
  }
  return Rendered;
}

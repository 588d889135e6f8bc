import {css, html, LitElement, nothing} from "lit";
import {styleMap} from "lit/directives/style-map.js";
import type {Lang} from "../i18n/locale.ts";
import type {StepModel} from "../model/story-steps.ts";
import {sharedStyles} from "./shared-styles.ts";
import {slideStyles, slideView} from "./slide-view.ts";

/**
 * The room a frame shows a slide in: the smallest screen slides are made for
 * (1024×768, a projector's 4:3), where their text is near its floor.
 */
export const FRAME_ROOM = {width: 1024, height: 768};

/**
 * The narrowest frame (its border included) whose every word shows at 12 px
 * or more: a slide's smallest text in the room is 16.6 px (a chart's tick
 * labels), so the frame must scale it by at least 12 / 16.6 (740 px), with a
 * few pixels to spare for rounding. Where a frame would be narrower, the
 * speaker's window says the slide in words instead.
 */
export const LEGIBLE_FRAME_WIDTH = 746;

/**
 * A slide as the room sees it, scaled to this element's width: the same
 * template drawn in a box of the room's size, then shrunk as a picture would
 * be (the speaker's current and next slides, the deck editor's preview).
 * Nothing in it takes focus or is read out twice: the frame is a picture of
 * the slide, and whoever shows it says what it is.
 */
export class BjSlideFrame extends LitElement {
  static properties = {step: {attribute: false}, lang: {}, scale: {state: true}};
  declare step: StepModel | null;
  declare lang: Lang;
  declare scale: number;
  private resize?: ResizeObserver;

  constructor() {
    super();
    this.step = null;
    this.scale = 0;
  }

  static styles = [
    sharedStyles,
    slideStyles,
    css`
      :host { display: block; position: relative; overflow: hidden; aspect-ratio: 4 / 3; background: var(--bg); border: 1px solid var(--rule); border-radius: 4px; }
      .viewport { position: absolute; top: 0; left: 0; box-sizing: border-box; padding: 12px 24px 16px; transform-origin: 0 0; container-type: size; }
      .viewport[hidden] { display: none; }
    `
  ];

  connectedCallback() {
    super.connectedCallback();
    this.resize = new ResizeObserver(([entry]) => {
      const scale = entry.contentRect.width / FRAME_ROOM.width;
      if (Math.abs(scale - this.scale) > 0.002) this.scale = scale;
    });
    this.resize.observe(this);
  }

  disconnectedCallback() {
    this.resize?.disconnect();
    super.disconnectedCallback();
  }

  render() {
    if (!this.step) return nothing;
    const style = {width: `${FRAME_ROOM.width}px`, height: `${FRAME_ROOM.height}px`, transform: `scale(${this.scale})`};
    return html`<div class="viewport" style=${styleMap(style)} ?hidden=${!this.scale} inert aria-hidden="true">${slideView(this.step, {lang: this.lang, heading: false})}</div>`;
  }
}

customElements.define("bj-slide-frame", BjSlideFrame);

declare global {
  interface HTMLElementTagNameMap {
    "bj-slide-frame": BjSlideFrame;
  }
}

import type {ReactiveController, ReactiveControllerHost} from "lit";
import {presenterCommand, type PresenterCommand} from "../model/story-keys.ts";

/** Elements that keep every key: a presenter typing in them is not presenting. */
const FIELDS = /^(input|textarea|select)$/;

/** Whether a modal dialog is open in the page (the quote, the embed code, the print dialog): slide keys then do nothing. */
export function modalOpen(path: readonly EventTarget[] = []): boolean {
  if (path.some((el) => el instanceof Element && (el.localName === "dialog" || el.getAttribute("aria-modal") === "true"))) return true;
  const roots: Array<Document | ShadowRoot> = [document];
  for (const host of document.querySelectorAll("bj-edu-app *")) if (host.shadowRoot && host.localName.startsWith("bj-")) roots.push(host.shadowRoot);
  return roots.some((root) => root.querySelector("dialog[open]") !== null);
}

/**
 * A presentation's keys, wherever focus is (reveal.js and PowerPoint): the
 * window's keys are read before any element's, so Space and → mean "next"
 * even on a focused button or a chart's mark (a button keeps Enter). Text
 * fields keep every key; with a dialog open no slide key acts. Digits typed
 * wait for Enter (`typed` shows them).
 */
export class PresenterKeys implements ReactiveController {
  typed = "";

  constructor(private readonly host: ReactiveControllerHost, private readonly options: {state: () => {step: number; total: number; enabled: boolean}; run: (command: PresenterCommand) => void}) {
    host.addController(this);
  }

  hostConnected() {
    addEventListener("keydown", this.onKey, {capture: true});
  }

  hostDisconnected() {
    removeEventListener("keydown", this.onKey, {capture: true});
  }

  private onKey = (event: KeyboardEvent) => {
    const {step, total, enabled} = this.options.state();
    if (!enabled || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const path = event.composedPath();
    const target = path[0] as Element | undefined;
    if (target instanceof Element && (FIELDS.test(target.localName) || (target as HTMLElement).isContentEditable)) return;
    if (modalOpen(path)) return;
    // A focused button or link keeps Enter (it presses it), unless digits wait for it.
    if (event.key === "Enter" && !this.typed && target instanceof Element && /^(button|a|summary)$/.test(target.localName)) return;
    const command = presenterCommand(event.key, {step, total, typed: this.typed});
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    const typed = command.do === "type" ? command.typed : "";
    if (typed !== this.typed) (this.typed = typed), this.host.requestUpdate();
    if (command.do !== "type") this.options.run(command);
  };
}

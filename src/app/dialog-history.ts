import type {ReactiveController, ReactiveControllerHost} from "lit";
import {DIALOG_KEY, ownPop} from "./dialog-entry.ts";

/**
 * Back closes an open dialog before it leaves the view. Opening a dialog adds
 * a history entry at the same address; Back (popstate) closes the dialog;
 * closing it another way (Escape, its button) takes the entry off again. A
 * link inside the dialog that changes the view replaces the entry (the
 * Router asks `inDialogEntry`, dialog-entry.ts), so Back from the new view returns to the view,
 * not to the dialog.
 */
export class DialogHistory implements ReactiveController {
  private readonly id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  private open = false;

  /** @param close closes the dialog (Back was pressed) */
  constructor(host: ReactiveControllerHost, private readonly close: () => void, private readonly enabled: () => boolean = () => true) {
    host.addController(this);
  }

  hostConnected() {
    addEventListener("popstate", this.onPop);
  }

  hostDisconnected() {
    removeEventListener("popstate", this.onPop);
  }

  /** The dialog has opened. */
  opened(): void {
    if (this.open || !this.enabled()) return;
    this.open = true;
    history.pushState({...(history.state as object | null), [DIALOG_KEY]: this.id}, "", location.href);
  }

  /** The dialog has closed (by itself, or because Back was pressed). */
  closed(): void {
    if (!this.open) return;
    this.open = false;
    if ((history.state as Record<string, unknown> | null)?.[DIALOG_KEY] !== this.id) return;
    ownPop();
    history.back();
  }

  private onPop = () => {
    if (!this.open || (history.state as Record<string, unknown> | null)?.[DIALOG_KEY] === this.id) return;
    this.open = false;
    this.close();
  };
}

/**
 * A click on a link inside a dialog that leads elsewhere in the same tab (a
 * new view, another page): the dialog closes, so it does not stay open over
 * the view the link shows. New-tab links, downloads and fragments leave it open.
 */
export function closesDialog(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return false;
  const link = event.composedPath().find((el): el is HTMLAnchorElement => el instanceof Element && el.localName === "a");
  const href = link?.getAttribute("href");
  return !!link && !!href && !href.startsWith("#") && !link.hasAttribute("download") && (link.target === "" || link.target === "_self");
}

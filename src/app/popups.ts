/**
 * The menus and dialogs open on the page. An open menu hangs below its button
 * and a modal dialog sits over the page: neither makes the document taller,
 * so a frame as tall as its content would cut them off. An embed reports a
 * height that holds them (report-height.ts); components say when one opens
 * and closes.
 */
const open = new Set<Element>();
const listeners = new Set<() => void>();

export function popupOpened(element: Element): void {
  open.add(element);
  for (const listener of listeners) listener();
}

export function popupClosed(element: Element): void {
  if (open.delete(element)) for (const listener of listeners) listener();
}

/** Calls `listener` whenever a popup opens or closes; returns a function that stops it. */
export function onPopups(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A modal dialog's room around it: its border and the margin the browser keeps (max-height: 100% − 6px − 2em). */
const DIALOG_ROOM = 40;

/**
 * The height, from the top of the document, that shows every open popup
 * whole: a menu's bottom edge; a modal dialog's whole content (it is centred
 * in the frame, so the frame must be that tall). 0 when none is open.
 */
export function popupsHeight(): number {
  let height = 0;
  for (const element of open) {
    if (!element.isConnected) {
      open.delete(element);
      continue;
    }
    const modal = element instanceof HTMLDialogElement && element.open && element.matches(":modal");
    height = Math.max(height, modal ? element.scrollHeight + DIALOG_ROOM : element.getBoundingClientRect().bottom + scrollY + 8);
  }
  return Math.ceil(height);
}

/**
 * Which history entries are an open dialog's (dialog-history.ts): what the
 * Router asks on every navigation, apart from the dialogs, which load on
 * first use.
 */
export const DIALOG_KEY = "bjDialog";
/** How many popstate events are our own `history.back()`, for the Router to let pass. */
let ownPops = 0;

/** Whether the current history entry is an open dialog's. */
export function inDialogEntry(): boolean {
  return (history.state as Record<string, unknown> | null)?.[DIALOG_KEY] !== undefined;
}

/** True once for each popstate a dialog caused by taking its entry off: the view has not changed. */
export function takeDialogPop(): boolean {
  if (!ownPops) return false;
  ownPops--;
  return true;
}

/** A dialog takes its entry off (`history.back()`): the popstate that follows is not a navigation. */
export function ownPop(): void {
  ownPops++;
}

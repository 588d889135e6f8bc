import {EMBEDDED_DATA_ID} from "../schema/embedded-data.ts";

/**
 * Whether this page is the offline single file (its data embedded, opened
 * from a disk or a USB stick): it cannot give embed code (there is no site to
 * point to), so that control is not shown, and the page says where the hosted
 * version lives.
 */
export function isOfflineCopy(): boolean {
  return typeof document !== "undefined" && (document.getElementById(EMBEDDED_DATA_ID) !== null || location.protocol === "file:");
}

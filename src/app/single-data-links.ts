/**
 * Added to the page by the single-file build only (vite.single.config.ts).
 * The page links to the published files (`data/observations-excel.csv`, …), which sit
 * next to index.html on a server but not next to the single file: there, a
 * click on such a link saves the copy embedded in the page instead.
 */
import {EMBEDDED_DATA_ID, loadText} from "../model/load-file.ts";
import {saveFile} from "./save-file.ts";

const TYPES: Record<string, string> = {csv: "text/csv;charset=utf-8", json: "application/json", txt: "text/plain;charset=utf-8"};

function onClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((el): el is Element => el instanceof Element && el.localName === "a");
  const href = link?.getAttribute("href");
  if (!href?.startsWith("data/")) return;
  event.preventDefault();
  const file = href.slice("data/".length).split(/[?#]/)[0];
  loadText(file).then(
    (text) => saveFile(file.split("/").pop()!, text, TYPES[file.split(".").pop()!] ?? "application/octet-stream"),
    (error: Error) => console.warn(`${href}: ${error.message}`)
  );
}

if (document.getElementById(EMBEDDED_DATA_ID)) document.addEventListener("click", onClick);

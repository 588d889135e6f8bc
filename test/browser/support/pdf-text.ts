/**
 * A printed PDF's text, read with poppler's pdftotext (in Node): what a
 * printed page carries, compared with what the page said it would print.
 */
import {execFileSync} from "node:child_process";

/** Text with no white space and no invisible break marks (the page's glue and soft hyphens): a line's wrapping never matters. */
export const squash = (text: string) => text.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, "");

/** Page n's text (from 1), in the order the page was written (layout order splits "16项…" across columns). */
export const pageText = (file: string, n: number) => execFileSync("pdftotext", ["-raw", "-f", String(n), "-l", String(n), file, "-"], {encoding: "utf8"});

/** Every page's text, squashed: pdftotext ends each page with a form feed. */
export const pagesText = (file: string): string[] =>
  execFileSync("pdftotext", ["-raw", file, "-"], {encoding: "utf8"}).split("\f").slice(0, -1).map(squash);

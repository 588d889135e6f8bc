import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import type {Lang} from "../i18n/locale.ts";
import type {DeckProblem} from "./deck-validate.ts";

/** Why a deck cannot be opened, as a sentence; `file` names the file it came from. Every value in it is shown as text, never as markup. */
export function deckProblem(problem: DeckProblem, lang: Lang, {file}: {file?: string} = {}): string {
  const p = briefingMessages(lang).problems;
  // A place in the file is shown as the file names it, cut short: it is the file's text, not ours.
  const at = (problem.at ?? "").slice(0, 80);
  const said = interpolate(p[problem.code], {at, detail: problem.detail ?? ""});
  return file ? interpolate(p.file, {name: file.slice(0, 120), problem: said}) : interpolate(p.prefix, {problem: said});
}

import {css, html} from "lit";
import {briefingMessages} from "../i18n/briefing.ts";
import type {Lang} from "../i18n/locale.ts";

/** What a handout prints besides the story: typed before printing, kept nowhere but in the page. */
export interface HandoutOptions {
  /** Steps per page: one (large charts), or two (each chart beside its text). */
  perPage: 1 | 2;
  presenter: string;
  occasion: string;
  /** As typed ("14 March", "3月14日"): printed as it is. */
  date: string;
}

/**
 * The print dialog's form: the cover's presenter, occasion and date, and one
 * or two steps a page. It is never submitted (and its text fields have no
 * name): what is typed goes to the handout, and nowhere else.
 */
export function handoutForm(options: HandoutOptions, {lang, print, cancel}: {lang: Lang; print: (options: HandoutOptions) => void; cancel: () => void}) {
  const m = briefingMessages(lang).handout;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (field: string) => (form.querySelector<HTMLInputElement>(`[data-field=${field}]`)?.value ?? "").trim().slice(0, 200);
    const two = form.querySelector<HTMLInputElement>("[data-field=two]")?.checked ?? false;
    print({perPage: two ? 2 : 1, presenter: value("presenter"), occasion: value("occasion"), date: value("date")});
  };
  return html`<form class="handout-form" @submit=${submit} autocomplete="off">
    <h2 id="print-h">${m.heading}</h2>
    <p>${m.intro}</p>
    <label>${m.presenter}<input data-field="presenter" .value=${options.presenter} maxlength="200"></label>
    <label>${m.occasion}<input data-field="occasion" .value=${options.occasion} maxlength="200"></label>
    <label>${m.date}<input data-field="date" .value=${options.date} maxlength="200"></label>
    <fieldset><legend>${m.perPage}</legend>
      <label><input type="radio" name="per-page" data-field="one" ?checked=${options.perPage === 1}> ${m.one}</label>
      <label><input type="radio" name="per-page" data-field="two" ?checked=${options.perPage === 2}> ${m.two}</label>
    </fieldset>
    <p class="actions"><button type="submit">${m.print}</button> <button type="button" @click=${cancel}>${m.cancel}</button></p>
  </form>`;
}

/** The print dialog's form, in the room's and the deck editor's dialogs alike. */
export const handoutFormStyles = css`
  .handout-form { max-width: 34rem; }
  .handout-form label { display: grid; gap: 0.25rem; margin: 0 0 0.75rem; }
  .handout-form input:not([type="radio"]) { font: inherit; min-height: 44px; padding: 0 0.5rem; border: 1px solid var(--rule); border-radius: 4px; background: var(--bg); color: var(--fg); }
  .handout-form fieldset { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 0.75rem; }
  .handout-form fieldset label { display: flex; gap: 0.5rem; align-items: center; margin: 0.25rem 0; }
  .handout-form .actions { display: flex; gap: 0.5rem; }
`;

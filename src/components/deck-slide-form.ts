import {html, nothing} from "lit";
import {briefingMessages} from "../i18n/briefing.ts";
import {interpolate} from "../i18n/interpolate.ts";
import {htmlLang, LANGS, type Lang} from "../i18n/locale.ts";
import type {ChartWithTable} from "../model/chart-rows.ts";
import {DECK_LIMITS, type DeckSlide, type DeckText} from "../model/deck-schema.ts";
import {DECK_SLOT, type SlotFigure} from "../model/deck-text.ts";

/** Where an edit goes: a field of a slide's text in a language. */
export interface FieldRef {
  lang: Lang;
  field: keyof DeckText;
}

export interface SlideFormHandlers {
  /** A field was typed in (its problem, if any, is the editor's to show). */
  text(ref: FieldRef, value: string): void;
  focusField(ref: FieldRef, field: HTMLInputElement | HTMLTextAreaElement): void;
  view(view: Pick<DeckSlide, "rows" | "reveal">): void;
  insert(key: string): void;
}

const MAX = {title: DECK_LIMITS.title, caption: DECK_LIMITS.caption, notes: DECK_LIMITS.notes};

/**
 * The form of one slide: which rows and figures its chart shows, and its
 * title, caption and notes in each language, with the figures that can go
 * into them (as slots). A field whose text a deck cannot hold says why beside
 * it (`problems`), and keeps what was typed until it is mended.
 */
/** The slots a figure offers: itself, and for a pace its five-year total and what it needs a year, each as it prints. */
const slotChoices = (f: SlotFigure): Array<[string, string]> => [
  [f.key, `${f.label}: ${f.text}`],
  ...(f.total ? [[`${f.key}:total`, `${f.label}: ${f.total}`] as [string, string]] : []),
  ...(f.needed ? [[`${f.key}:needed`, `${f.label}: ${f.needed}`] as [string, string]] : [])
];

export function slideForm(slide: DeckSlide, index: number, {lang, chart, figures, problems, on}: {lang: Lang; chart?: ChartWithTable; figures: ReadonlyMap<string, SlotFigure>; problems: ReadonlyMap<string, string>; on: SlideFormHandlers}) {
  const d = briefingMessages(lang).deck;
  const rows = new Set(slide.rows ?? chart?.rows.map((r) => r.key) ?? []);
  const reveal = new Set(slide.reveal ?? chart?.legend.map((l) => l.series) ?? []);
  const toggle = <T>(set: Set<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return [...next];
  };
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  const field = (l: Lang, name: keyof DeckText) => {
    const id = `f-${index}-${l}-${name}`;
    const value = slide.text[l]?.[name] ?? "";
    const problem = problems.get(`${index}:${l}:${name}`);
    const ref = {lang: l, field: name};
    const input = (e: Event) => on.text(ref, (e.target as HTMLInputElement).value);
    const focus = (e: Event) => on.focusField(ref, e.target as HTMLInputElement);
    const hint = name === "title" && chart ? html`<span class="hint">${interpolate(d.ownTitle, {title: chart.title})}</span>` : nothing;
    const control = name === "title"
      ? html`<input id=${id} lang=${htmlLang(l)} .value=${value} maxlength=${MAX.title} aria-invalid=${problem ? "true" : "false"} aria-describedby="${id}-p" @input=${input} @focus=${focus}>`
      : html`<textarea id=${id} lang=${htmlLang(l)} .value=${value} rows=${name === "notes" ? 6 : 3} maxlength=${MAX[name]} aria-invalid=${problem ? "true" : "false"} aria-describedby="${id}-p" @input=${input} @focus=${focus}></textarea>`;
    // Numbers typed as words do not follow the data: the chart's figures go in as slots (a gentle hint; years and the like are the presenter's to write).
    const typed = !problem && /\d/.test(value.replace(DECK_SLOT, "")) ? d.typedNumber : "";
    return html`<div class="field"><label for=${id}>${d.fields[name]}</label>${hint}${control}<span class="problem" id="${id}-p" role=${problem ? "alert" : nothing}>${problem ?? ""}</span>${typed ? html`<span class="hint">${typed}</span>` : nothing}</div>`;
  };
  return html`
    ${chart ? html`<div class="choices">
      <fieldset><legend>${d.rows}</legend>${chart.rows.map((r) => html`<label><input type="checkbox" .checked=${rows.has(r.key)} @change=${(e: Event) => on.view({rows: toggle(rows, r.key, checked(e))})}> ${r.label}</label>`)}</fieldset>
      <fieldset><legend>${d.reveal}</legend>${chart.legend.map((l) => html`<label class="series-${l.series}"><input type="checkbox" .checked=${reveal.has(l.series)} @change=${(e: Event) => on.view({reveal: toggle(reveal, l.series, checked(e))})}> ${l.short}</label>`)}</fieldset>
    </div>` : nothing}
    ${figures.size ? html`<div class="insert"><label for="insert-${index}">${d.insert}</label>
      <select id="insert-${index}" @change=${(e: Event) => {
        const select = e.target as HTMLSelectElement;
        if (select.value) on.insert(select.value);
        select.value = "";
      }}><option value="">—</option>${[...figures.values()].flatMap(slotChoices).map(([key, label]) => html`<option value=${key}>${label}</option>`)}</select>
      <span class="hint">${interpolate(d.insertHint, {slot: "{…}"})}</span></div>` : nothing}
    <div class="langs">${LANGS.map((l) => html`<fieldset class="lang"><legend>${d.langs[l]}</legend>${field(l, "title")}${field(l, "caption")}${field(l, "notes")}</fieldset>`)}</div>`;
}

import {LANGS, type Lang} from "../i18n/locale.ts";
import {isId} from "../schema/ids.ts";
import type {MarkSeries} from "./chart-model.ts";
import {DECK_FORMAT, DECK_LIMITS, DECK_SERIES, DECK_VERSION, type Deck, type DeckFigure, type DeckSlide, type DeckText} from "./deck-schema.ts";

/**
 * Why a deck cannot be opened, said so a presenter can act on it: `at` names
 * the place in the file (`slides[3].text.en.title`), `detail` what was
 * expected or found. The page turns it into a sentence (deck messages).
 */
export interface DeckProblem {
  code:
    | "empty" | "too-large" | "not-json" | "not-a-briefing" | "newer" | "version" | "damaged-link"
    | "unknown-field" | "wrong-type" | "too-many" | "too-long" | "markup" | "characters" | "bad-id" | "bad-series";
  at?: string;
  detail?: string | number;
}

export type DeckResult = {ok: true; deck: Deck} | {ok: false; problem: DeckProblem};

class Refused extends Error {
  constructor(readonly problem: DeckProblem) {
    super(problem.code);
  }
}

const refuse = (code: DeckProblem["code"], at?: string, detail?: string | number): never => {
  throw new Refused({code, ...(at === undefined ? {} : {at}), ...(detail === undefined ? {} : {detail})});
};

/** Text that a tag could start (`<b`, `</`, `<!`, `<?`): a deck holds words, never markup. */
const MARKUP = /<[A-Za-z!/?]/;
/**
 * Characters text must not hold: controls (a line break only in notes and
 * captions), the bidirectional overrides and isolates that can make text read
 * other than it is stored, and unpaired surrogates.
 */
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function object(value: unknown, at: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return refuse("wrong-type", at, "object");
  // Own keys only, each one known: a key like "__proto__" or one a later version adds is refused, not skipped.
  for (const key of Object.keys(value)) if (!keys.includes(key)) refuse("unknown-field", at ? `${at}.${key}` : key);
  return value as Record<string, unknown>;
}

const has = (o: Record<string, unknown>, key: string) => Object.hasOwn(o, key) && o[key] !== undefined;

function text(value: unknown, at: string, max: number, {lines = false} = {}): string {
  if (typeof value !== "string") return refuse("wrong-type", at, "text");
  if ([...value].length > max) refuse("too-long", at, max);
  if (MARKUP.test(value)) refuse("markup", at);
  if (FORBIDDEN.test(value) || (!lines && /[\n\r]/.test(value))) refuse("characters", at);
  return value.replace(/\r\n?/g, "\n");
}

function id(value: unknown, at: string): string {
  if (!isId(value)) refuse("bad-id", at);
  return value as string;
}

function list<T>(value: unknown, at: string, max: number, item: (v: unknown, at: string) => T): T[] {
  if (!Array.isArray(value)) return refuse("wrong-type", at, "list");
  if (value.length > max) refuse("too-many", at, max);
  return value.map((v, i) => item(v, `${at}[${i}]`));
}

function perLang<T>(value: unknown, at: string, read: (v: unknown, at: string) => T): Partial<Record<Lang, T>> {
  const o = object(value, at, LANGS);
  const out: Partial<Record<Lang, T>> = {};
  for (const lang of LANGS) if (has(o, lang)) out[lang] = read(o[lang], `${at}.${lang}`);
  return out;
}

function slideTextOf(value: unknown, at: string): DeckText {
  const o = object(value, at, ["title", "caption", "notes"]);
  return {
    title: has(o, "title") ? text(o.title, `${at}.title`, DECK_LIMITS.title) : "",
    caption: has(o, "caption") ? text(o.caption, `${at}.caption`, DECK_LIMITS.caption, {lines: true}) : "",
    notes: has(o, "notes") ? text(o.notes, `${at}.notes`, DECK_LIMITS.notes, {lines: true}) : ""
  };
}

/** A figure's key: a row and a series (`school-places-added:actual`). */
const FIGURE_KEY = /^([a-z0-9]+(?:-[a-z0-9]+)*):([a-z]+)$/;

function figures(value: unknown, at: string): Record<string, DeckFigure> {
  const o = object(value, at, Object.keys(value ?? {}).filter((k) => FIGURE_KEY.test(k) && (DECK_SERIES as readonly string[]).includes(FIGURE_KEY.exec(k)![2])));
  const keys = Object.keys(o);
  if (keys.length > DECK_LIMITS.rows * DECK_SERIES.length) refuse("too-many", at, DECK_LIMITS.rows * DECK_SERIES.length);
  const out: Record<string, DeckFigure> = {};
  for (const key of keys) {
    const figure = o[key] as unknown[];
    const where = `${at}.${key}`;
    // Observation ids are a source's id, a slash and an id (plan-2021/nearby-enrolment-rate-2025).
    if (!Array.isArray(figure) || figure.length !== 2 || typeof figure[0] !== "string" || figure[0].length > 200 || !figure[0].split("/").every(isId) || typeof figure[1] !== "number" || !Number.isFinite(figure[1])) refuse("wrong-type", where, "figure");
    out[key] = [figure[0] as string, figure[1] as number];
  }
  return out;
}

function slide(value: unknown, at: string): DeckSlide {
  const o = object(value, at, ["chart", "rows", "reveal", "text", "figures"]);
  if (!has(o, "chart")) refuse("wrong-type", `${at}.chart`, "chart");
  const chart = o.chart === null ? null : id(o.chart, `${at}.chart`);
  const out: DeckSlide = {chart, text: has(o, "text") ? perLang(o.text, `${at}.text`, slideTextOf) : {}};
  if (chart !== null && has(o, "rows")) out.rows = [...new Set(list(o.rows, `${at}.rows`, DECK_LIMITS.rows, id))];
  if (chart !== null && has(o, "reveal")) {
    out.reveal = [...new Set(list(o.reveal, `${at}.reveal`, DECK_SERIES.length, (v, where) => ((DECK_SERIES as readonly unknown[]).includes(v) ? (v as MarkSeries) : refuse("bad-series", where))))];
  }
  if (chart !== null && has(o, "figures")) out.figures = figures(o.figures, `${at}.figures`);
  return out;
}

/**
 * A deck from anything (a parsed file, an unpacked link): the deck, rebuilt
 * from its known fields only, or the first problem found. Nothing of the
 * input is kept by reference, nothing in it is run or fetched; whether its
 * charts and figures exist in this data version is deck-story.ts's question.
 */
export function validateDeck(value: unknown): DeckResult {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value)) refuse("not-a-briefing");
    const raw = value as Record<string, unknown>;
    if (raw.format !== DECK_FORMAT) refuse("not-a-briefing");
    if (typeof raw.version === "number" && Number.isInteger(raw.version) && raw.version > DECK_VERSION) refuse("newer", "version", raw.version);
    if (!(Number.isInteger(raw.version) && (raw.version as number) >= 1)) refuse("version", "version");
    const o = object(value, "", ["format", "version", "data", "title", "slides"]);
    const data = o.data === null || !has(o, "data") ? null : typeof o.data === "string" && /^[0-9A-Za-z.+-]{1,40}$/.test(o.data) ? o.data : refuse("wrong-type", "data", "version");
    const title = has(o, "title") ? perLang(o.title, "title", (v, at) => text(v, at, DECK_LIMITS.title)) : {};
    const slides = list(o.slides, "slides", DECK_LIMITS.slides, slide);
    return {ok: true, deck: {format: DECK_FORMAT, version: DECK_VERSION, data, title, slides}};
  } catch (error) {
    if (error instanceof Refused) return {ok: false, problem: error.problem};
    // A structure too deep or too odd to walk: damaged, whatever it is.
    return {ok: false, problem: {code: "not-a-briefing"}};
  }
}

/** A deck file's text: parsed (if small enough) and checked. */
export function readDeckFile(content: string, bytes = content.length): DeckResult {
  if (bytes > DECK_LIMITS.file) return {ok: false, problem: {code: "too-large", detail: DECK_LIMITS.file}};
  if (!content.trim()) return {ok: false, problem: {code: "empty"}};
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\ufeff/, ""));
  } catch {
    return {ok: false, problem: {code: "not-json"}};
  }
  return validateDeck(value);
}

/** The problem a piece of text would make in a deck, if any (the editor says so beside the field instead of saving it). */
export function textProblem(value: string, {lines = false, max = Infinity} = {}): DeckProblem["code"] | null {
  try {
    text(value, "", max, {lines});
    return null;
  } catch (error) {
    return error instanceof Refused ? error.problem.code : "characters";
  }
}

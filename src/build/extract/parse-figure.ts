import {parseChineseNumeral, CHINESE_NUMERAL_CHARS} from "./chinese-numeral.ts";
import {removeSpace} from "./compact-text.ts";
import {combineComparators, INFIXES, PREFIXES, SUFFIXES, type Comparator} from "./qualifiers.ts";
import {MEASURE_WORDS, MULTIPLIERS, normaliseUnit, PERSON_NOUNS, shiftDecimal} from "./units.ts";

export interface ParsedFigure {
  /** The number as written: 16 for 16万个, 1000000 for 百万. */
  value: number;
  /** The unit as written, multiplier included: 万个, 亿元, %. Empty when the figure names none. */
  unit: string;
  comparator: Comparator;
  /** The value in the base unit: 160000 for 16万个. */
  valueBase: number;
  /** The unit without its multiplier: 个 for 万个. Empty when the figure names none. */
  unitBase: string;
  /** Upper bound of a range such as 1—2所, in the unit as written. */
  upper?: number;
  /** The upper bound in the base unit. */
  upperBase?: number;
}

export interface FigureContext {
  /** Quote text just before the figure, where 超过, 近 or 保持在 may stand. */
  before?: string;
  /** Quote text just after the figure, where 以上 or 左右 may stand. */
  after?: string;
}

export class FigureError extends Error {}

const ARABIC = /^(\d+(?:\.\d+)?)(?:[-—–~～](\d+(?:\.\d+)?))?/;
const CHINESE = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+`);

function takePrefixes(text: string, found: Comparator[]): string {
  for (let again = true; again; ) {
    again = false;
    for (const [word, comparator] of PREFIXES) {
      if (text.startsWith(word)) {
        found.push(comparator);
        text = text.slice(word.length);
        again = true;
        break;
      }
    }
  }
  return text;
}

function takeOne(text: string, words: ReadonlyArray<[string, Comparator]>, found: Comparator[]): string {
  for (const [word, comparator] of words) {
    if (text.startsWith(word)) {
      found.push(comparator);
      return text.slice(word.length);
    }
  }
  return text;
}

/**
 * Reads value, unit and comparator from a figure as the sources write it:
 * `超过96%`, `99% 以上`, `16万个左右`, `210 多万人次`, `近 8000 名`, `百万学生`.
 */
export function parseFigure(figure: string, context: FigureContext = {}): ParsedFigure {
  return readFigure(figure, context).parsed;
}

/**
 * Like parseFigure, but also says how many non-space characters of the figure
 * it read, so a figure can be cut out of the rest of its sentence.
 */
export function readFigure(figure: string, {before = "", after = ""}: FigureContext = {}): {parsed: ParsedFigure; consumed: number} {
  const found: Comparator[] = [];
  const context = removeSpace(before);
  const contextPrefix = PREFIXES.find(([word]) => context.endsWith(word));
  if (contextPrefix) found.push(contextPrefix[1]);

  let rest = takePrefixes(removeSpace(figure), found);
  let value: number;
  let digits: string;
  let upper: string | undefined;
  let places = 0;
  let unit = "";

  const arabic = ARABIC.exec(rest);
  if (arabic) {
    digits = arabic[1];
    value = Number(digits);
    if (arabic[2] !== undefined) {
      upper = arabic[2];
      // A range is read as its floor; the ceiling is kept alongside.
      found.push("ge");
    }
    rest = takeOne(rest.slice(arabic[0].length), INFIXES, found);
    const multiplier = rest[0];
    if (multiplier && multiplier in MULTIPLIERS) {
      places = MULTIPLIERS[multiplier];
      unit = multiplier;
      rest = takeOne(rest.slice(1), INFIXES, found);
    }
  } else {
    const chinese = CHINESE.exec(rest);
    if (!chinese) throw new FigureError(`no number in figure ${JSON.stringify(figure)}`);
    value = parseChineseNumeral(chinese[0]);
    digits = String(value);
    rest = takeOne(rest.slice(chinese[0].length), INFIXES, found);
  }

  let unitBase = "";
  const measure = MEASURE_WORDS.find((word) => rest.startsWith(word));
  if (measure) {
    unitBase = normaliseUnit(measure);
    rest = rest.slice(measure.length);
  } else {
    const noun = PERSON_NOUNS.find((word) => rest.startsWith(word));
    if (noun) unitBase = "名";
  }
  unit += unitBase;

  rest = takeOne(rest, SUFFIXES, found);
  const consumed = removeSpace(figure).length - rest.length;
  if (rest === "") takeOne(removeSpace(after), SUFFIXES.filter(([word]) => word.length > 1), found);
  if (/[0-9]/.test(rest)) throw new FigureError(`figure ${JSON.stringify(figure)} holds more than one number`);

  let comparator: Comparator;
  try {
    comparator = combineComparators(found);
  } catch (error) {
    throw new FigureError(`figure ${JSON.stringify(figure)}: ${(error as Error).message}`);
  }
  return {parsed: {value, unit, comparator, valueBase: shiftDecimal(digits, places), unitBase, ...(upper === undefined ? {} : {upper: Number(upper), upperBase: shiftDecimal(upper, places)})}, consumed};
}

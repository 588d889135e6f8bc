import {code, int, optional, text, type Fields} from "./fields.ts";
import {EXCLUSION_REASONS, type ExclusionReason} from "./records.ts";

/**
 * The mention ledger: every number-bearing mention of every source, and how
 * it is accounted for: the figure of an observation, or excluded with a
 * reason (a date, a section number, an idiom…). A researcher can check that
 * nothing numeric in a document was left out unsaid.
 */
export interface MentionRow {
  source_id: string;
  start: number;
  end: number;
  mention: string;
  account: "used" | "excluded";
  observation_id: string | null;
  reason: ExclusionReason | null;
  note: string | null;
  context: string;
}

export const MENTION_FIELDS: Fields<MentionRow> = {
  source_id: code("The source document (see sources)."),
  start: int("Offset (in characters, from 0) of the mention in the cleaned source text sources/<source_id>.txt."),
  end: int("Offset just past the mention."),
  mention: text("The number-bearing text as the build's scanner reads it: 2022, 3.6, 十四五, 三."),
  account: code("used: the figure of an observation; excluded: not a figure of the dataset, for the reason given.", ["used", "excluded"]),
  observation_id: optional(code("For a used mention: the observation whose figure it is.")),
  reason: optional(code("For an excluded mention: why it is not a figure (data/README.md defines each reason).", EXCLUSION_REASONS)),
  note: optional(text("For an excluded mention: the curator's note, when the reason alone is not obvious.")),
  context: text("The mention with a few characters either side, white space collapsed, between ellipses.")
};

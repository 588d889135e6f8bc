import {INVERSE, RELATION_KINDS, type IndicatorRecord} from "../../schema/records.ts";
import type {DatasetError} from "./dataset-error.ts";

/**
 * Relations hold both ways, each said once. Every relation is declared on
 * both of its indicators, the other side with the inverse kind (a pace is
 * paced-by from its yearly side) and its own explanation, so a page or a
 * metadata file lists each related indicator once, with the words written
 * for that side. A relation declared on one side only, twice, to itself, or
 * with a `counts` the two sides disagree on stops the build.
 */
export function checkRelations(catalogue: readonly IndicatorRecord[]): DatasetError[] {
  const errors: DatasetError[] = [];
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  for (const indicator of catalogue) {
    const record = `indicator ${indicator.id}`;
    const seen = new Set<string>();
    for (const r of indicator.related ?? []) {
      const fail = (message: string) => errors.push({record, message: `related ${r.id} (${r.relation}): ${message}`});
      if (!(RELATION_KINDS as readonly string[]).includes(r.relation)) {
        fail(`unknown relation; one of ${RELATION_KINDS.join(", ")}`);
        continue;
      }
      if (r.id === indicator.id) fail("an indicator is not related to itself");
      if (seen.has(r.id)) fail("declared twice; say each relation once, on each side");
      seen.add(r.id);
      if (!r.why_zh || !r.why_en) fail("missing why_zh or why_en: say, from this side, what the two count differently");
      if (r.counts !== undefined && r.counts !== "same" && r.counts !== "part") fail(`counts must be "same" or "part", not ${JSON.stringify(r.counts)}`);
      if (r.counts !== undefined && r.relation !== "pace" && r.relation !== "paced-by") fail("counts belongs to a pace (and its paced-by side) only: a not-comparable figure counts something else by definition");
      // A lower bound can show a higher-is-better total on track, never anything else.
      if (r.counts === "part" && r.relation === "pace" && indicator.better !== "higher") fail(`a yearly figure that counts part of the total is a lower bound, which judges only a total where higher is better (this one is ${indicator.better})`);
      const other = byId.get(r.id);
      if (!other) continue; // check-records names an unknown id
      const back = (other.related ?? []).filter((b) => b.id === indicator.id);
      const inverse = INVERSE[r.relation];
      if (back.length === 0) fail(`declared on one side only: add {"id": "${indicator.id}", "relation": "${inverse}", "why_zh": …, "why_en": …} to ${r.id}'s related, with the explanation seen from that side`);
      else if (back[0].relation !== inverse) fail(`${r.id} declares the other side as ${back[0].relation}, but the inverse of ${r.relation} is ${inverse}`);
      else if ((back[0].counts ?? "same") !== (r.counts ?? "same")) fail(`${r.id} says the yearly figures count ${back[0].counts ?? "same"}, this side ${r.counts ?? "same"}: declare counts alike on both sides`);
    }
  }
  return errors;
}

import {describe, expect, it} from "vitest";
import {checkRelations} from "../../../src/build/extract/check-relations.ts";
import type {IndicatorRecord, RelatedIndicator} from "../../../src/schema/records.ts";
import {realData} from "../../real-data.ts";

const indicator = (id: string, related: Array<Partial<RelatedIndicator> & Pick<RelatedIndicator, "id" | "relation">> = [], better: IndicatorRecord["better"] = "higher"): IndicatorRecord =>
  ({id, zh: id, en: id, definition_zh: id, definition_en: id, domain: "places", unit: "所", better, related: related.map((r) => ({why_zh: `${id}→${r.id}`, why_en: `${id} to ${r.id}`, ...r}))}) as IndicatorRecord;

const messages = (catalogue: IndicatorRecord[]) => checkRelations(catalogue).map((e) => `${e.record}: ${e.message}`);

describe("checkRelations", () => {
  it("accepts each relation declared once on each side, with the inverse kind", () => {
    expect(messages([
      indicator("total", [{id: "yearly", relation: "pace", counts: "part"}, {id: "other", relation: "see-also"}]),
      indicator("yearly", [{id: "total", relation: "paced-by", counts: "part"}]),
      indicator("other", [{id: "total", relation: "see-also"}])
    ])).toEqual([]);
  });

  it("refuses a relation declared on one side only, and says what to add to the other", () => {
    expect(messages([indicator("a", [{id: "b", relation: "not-comparable"}]), indicator("b")])).toEqual([
      `indicator a: related b (not-comparable): declared on one side only: add {"id": "a", "relation": "not-comparable", "why_zh": …, "why_en": …} to b's related, with the explanation seen from that side`
    ]);
    expect(messages([indicator("total", [{id: "yearly", relation: "pace"}]), indicator("yearly")])[0]).toMatch(/"relation": "paced-by"/);
  });

  it("refuses the wrong inverse, a pair declared twice, a relation to itself, and counts the sides disagree on", () => {
    expect(messages([indicator("a", [{id: "b", relation: "pace"}]), indicator("b", [{id: "a", relation: "pace"}])])).toContain("indicator a: related b (pace): b declares the other side as pace, but the inverse of pace is paced-by");
    expect(messages([indicator("a", [{id: "b", relation: "see-also"}, {id: "b", relation: "see-also"}]), indicator("b", [{id: "a", relation: "see-also"}])])).toContain("indicator a: related b (see-also): declared twice; say each relation once, on each side");
    expect(messages([indicator("a", [{id: "a", relation: "see-also"}])])[0]).toMatch(/not related to itself/);
    expect(messages([indicator("t", [{id: "y", relation: "pace", counts: "part"}]), indicator("y", [{id: "t", relation: "paced-by"}])])[0]).toMatch(/declare counts alike on both sides/);
  });

  it("keeps counts to a pace, and a part to a total where higher is better", () => {
    expect(messages([indicator("a", [{id: "b", relation: "not-comparable", counts: "part"}]), indicator("b", [{id: "a", relation: "not-comparable", counts: "part"}])])[0]).toMatch(/counts belongs to a pace/);
    expect(messages([indicator("t", [{id: "y", relation: "pace", counts: "part"}], "lower"), indicator("y", [{id: "t", relation: "paced-by", counts: "part"}])])[0]).toMatch(/lower bound.*higher is better/);
  });

  it("holds for the curated catalogue: every relation both ways, once each", () => {
    const {relations} = realData().data;
    expect(relations.length).toBeGreaterThan(0);
    const pairs = new Set(relations.map((r) => `${r.indicator_id}→${r.related_id}`));
    expect(pairs.size).toBe(relations.length);
    for (const r of relations) expect(pairs.has(`${r.related_id}→${r.indicator_id}`), `${r.indicator_id}→${r.related_id}`).toBe(true);
  });
});

import {describe, expect, it} from "vitest";
import type {Parts} from "../../src/app/parts.ts";
import {messagesFor} from "../../src/i18n/messages.ts";
import type {FirstScreen} from "../../src/model/page-parts.ts";
import {ExplainerFromParts} from "../../src/views/explainer-parts.ts";

/** Parts whose rest arrives when the test says so. */
function parts(first: FirstScreen) {
  let rest: object | undefined;
  const stub: Pick<Parts, "first" | "rest" | "restError"> = {
    first: () => ({status: "ready", value: first}) as ReturnType<Parts["first"]>,
    rest: () => rest as ReturnType<Parts["rest"]>,
    restError: () => undefined
  };
  return {stub, arrive: (value: object) => (rest = value)};
}

const first = {lang: "en", quoteFiles: 1} as unknown as FirstScreen;
/** The model the drawn <bj-explainer> gets (its first bound value). */
const modelOf = (drawn: {values: unknown[]}) => drawn.values[0] as Record<string, unknown>;

describe("ExplainerFromParts", () => {
  it("keeps one model while no part changes, and makes a new one when the rest arrives", () => {
    const {stub, arrive} = parts(first);
    const explainer = new ExplainerFromParts(stub, () => "../");
    const before = modelOf(explainer.render("en", first));
    expect(modelOf(explainer.render("en", first))).toBe(before);
    expect(before).toMatchObject({lang: "en", quoteFiles: 1, messages: messagesFor("en")});
    arrive({tracker: "rows"});
    const after = modelOf(explainer.render("en", first));
    expect(after).not.toBe(before);
    expect(after).toMatchObject({lang: "en", tracker: "rows"});
    expect(modelOf(explainer.fallback("en"))).toBe(after);
  });
});

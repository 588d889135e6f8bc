import type {Content} from "../../../src/schema/content.ts";
import {STATUS_CODES} from "../../../src/schema/statuses.ts";

const texts = {heading: "", scopes: {}, noCounterpart: {title: "", body: "", link: ""}};
const board = {heading: "", intro: "", title: "", subtitle: "", noDataTitle: "", noDataIntro: ""};
/** A sentence for every verdict, so a dataset of any statuses checks. */
const tracker = {heading: "", intro: "", caption: "", groups: {headline: "", other: "", district: ""}, lead: {none: "", some: "", all: ""}, aside: {mixed: ""}, rest: "", more: "", sentences: Object.fromEntries(STATUS_CODES.map((s) => [s, ""]))};

/** Content with no chapters or stories: for tests about the data. */
export function dataOnlyContent(): Content {
  return {
    explainer: {chapters: [], stories: [], dek: {zh: "", en: ""}, project: {name: {zh: "", en: ""}}, scoreboard: {zh: board, en: board}, comparisons: {zh: texts, en: texts}},
    tracker: {zh: tracker, en: tracker} as Content["tracker"],
    chapters: [],
    stories: []
  };
}

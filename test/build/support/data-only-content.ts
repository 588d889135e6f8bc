import type {Content} from "../../../src/schema/content.ts";

const texts = {heading: "", dongcheng: {title: "", body: ""}, notComparable: {title: "", body: "", chartTitles: ["", ""] as [string, string]}, noCounterpart: {title: "", body: ""}};
const board = {heading: "", intro: "", title: "", noDataTitle: "", noDataIntro: ""};

/** Content with no chapters or stories, comparing two given indicators: for tests about the data. */
export function dataOnlyContent(notComparable: [string, string]): Content {
  return {
    explainer: {chapters: [], stories: [], dek: {zh: "", en: ""}, project: {name: {zh: "", en: ""}}, summary: {zh: {finding: ""}, en: {finding: ""}}, scoreboard: {zh: board, en: board}, comparisons: {notComparable, zh: texts, en: texts}},
    chapters: [],
    stories: []
  };
}

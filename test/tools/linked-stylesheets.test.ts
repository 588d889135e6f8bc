import {describe, expect, it} from "vitest";
import {linkedStylesheets} from "../../tools/bench/static-page.ts";

describe("linkedStylesheets", () => {
  it("lists the page's own style sheets, however their href is quoted, and no other link", () => {
    const head = `<link rel="stylesheet" crossorigin href="./assets/a.css"><link rel='alternate stylesheet' href='b.css'><link rel=stylesheet href=c.css>
      <link rel="modulepreload" href="./assets/app.js"><link rel="stylesheet" href="https://cdn.test/x.css"><link rel="stylesheet" href="//cdn.test/y.css">`;
    expect(linkedStylesheets(head)).toEqual(["./assets/a.css", "b.css", "c.css"]);
  });
});

/**
 * The id of the `<script type="application/json">` element in which the single-file build
 * (scripts/build-single.ts) embeds the data files: a JSON object from each file's name under
 * `data/` to its text.
 */
export const EMBEDDED_DATA_ID = "bj-edu-data";

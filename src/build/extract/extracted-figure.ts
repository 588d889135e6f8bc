import type {ObservationRow} from "../../schema/tables.ts";

/**
 * What the extraction step knows of one figure: the curated facts, verified
 * against the source and parsed from it. The table stages (src/build/tables/)
 * join the indicator and source columns and the status to make the published row.
 */
export type ExtractedFigure = Omit<ObservationRow, "indicator_zh" | "indicator_en" | "domain" | "status" | "status_reason" | "source_title">;

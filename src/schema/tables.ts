/** Every published table's rows and fields, in one place to import from. */
export {columnsOf, type Field, type Fields} from "./fields.ts";
export {OBSERVATION_FIELDS, type ObservationRow} from "./observation-table.ts";
export {INDICATOR_FIELDS, RELATION_FIELDS, SOURCE_FIELDS, type IndicatorRow, type RelationRow, type SourceRow} from "./catalogue-tables.ts";
export {STATUS_FIELDS, type StatusRow} from "./status-table.ts";
export {MENTION_FIELDS, type MentionRow} from "./mention-table.ts";

/** An indicator's page, loaded when a permalink is opened. */
import "../components/bj-indicator-detail.ts";

export {indicatorDetail} from "../model/indicator-detail.ts";

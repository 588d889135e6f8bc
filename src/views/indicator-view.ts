/** An indicator's page, loaded when a permalink is opened. */
import "../components/bj-indicator-detail.ts";

export {indicatorDetail} from "../data/indicator-detail.ts";

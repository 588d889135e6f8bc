import {LitElement} from "lit";
import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {TRACKER_DEFAULT, trackerView, type TrackerModel, type TrackerSortKey, type TrackerState} from "../model/tracker-model.ts";
import type {Domain} from "../schema/records.ts";
import type {Status} from "../schema/statuses.ts";
import {trackerTable, type TrackerHandlers} from "./tracker-table.ts";

/**
 * The tracker, live: the template of tracker-table.ts with its sort and
 * filters. It holds only what the reader chose (TrackerState) and renders the
 * model it is given; the rows and each sort's order come from the build.
 * Light DOM, so page.css styles it as it does the static table it replaces.
 */
export class BjTracker extends LitElement {
  static properties = {model: {attribute: false}, lang: {}, state: {state: true}};
  declare model: TrackerModel;
  declare lang: Lang;
  declare state: TrackerState;

  constructor() {
    super();
    this.state = TRACKER_DEFAULT;
  }

  protected createRenderRoot() {
    return this;
  }

  private handlers: TrackerHandlers = {
    // A second press on the sorted column turns its order around; a new column starts ascending.
    sort: (key: TrackerSortKey) => {
      const {sort} = this.state;
      this.state = {...this.state, sort: {key, dir: sort.key === key && sort.dir === "asc" ? "desc" : "asc"}};
    },
    filter: (key, value) => {
      this.state = key === "area" ? {...this.state, area: value as Domain | ""} : {...this.state, status: value as Status | ""};
    },
    reset: () => {
      this.state = {...this.state, area: "", status: ""};
      // The reset button goes with the filters it cleared: keep the reader's place on the first filter.
      this.updateComplete.then(() => this.querySelector<HTMLSelectElement>(".tracker-controls select")?.focus());
    }
  };

  render() {
    const messages = messagesFor(this.lang);
    return trackerTable(this.model, trackerView(this.model, this.state, messages), {lang: this.lang, messages, state: this.state, handlers: this.handlers});
  }
}

customElements.define("bj-tracker", BjTracker);

declare global {
  interface HTMLElementTagNameMap {
    "bj-tracker": BjTracker;
  }
}

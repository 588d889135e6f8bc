import type {ReactiveController, ReactiveControllerHost} from "lit";
import type {MarkMoves} from "./mark-transition.ts";

type MovesState = ConstructorParameters<typeof MarkMoves>[1];

/**
 * Marks that move between a story's steps, loaded with the first chart that
 * moves (never in the first view). Added before the chart's drawing, so the
 * marks of the old drawing are noted before the new one is made.
 */
export class LazyMarkMoves implements ReactiveController {
  private moving?: MarkMoves;
  private loading = false;

  constructor(host: ReactiveControllerHost, private readonly state: MovesState) {
    host.addController(this);
  }

  hostUpdate() {
    if (this.state().enabled && !this.loading) {
      this.loading = true;
      void import("./mark-transition.ts").then(({MarkMoves}) => {
        this.moving = new MarkMoves(null, this.state);
        this.moving.hostUpdate();
      });
    }
    this.moving?.hostUpdate();
  }

  hostUpdated() {
    this.moving?.hostUpdated();
  }
}

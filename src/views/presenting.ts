import type {ReactiveController, ReactiveControllerHost} from "lit";
import type {BjEventMap} from "../app/events.ts";
import {PresenterChannel} from "../app/presenter-channel.ts";
import {openSpeakerView} from "../app/speaker-window.ts";
import type {Router} from "../app/router.ts";

export interface PresentingOptions {
  router: Router;
  /** The presentation shown (a story, a deck presented): its id and number of steps, once its view has loaded. */
  presentation: () => {id: string; total: number} | null;
}

type PresentingEvent = "story-step" | "story-notes" | "story-blank" | "story-leave";

/**
 * What a presentation does across the presenter's two windows, as a controller of the page: a step
 * or a blank room shown here is posted to the other window and followed from it; the speaker's
 * window opens as large as the screen allows; leaving from either window ends both. It comes with
 * story mode and decks (their views export it), so the first view does not carry it; the page makes
 * one when a presentation is first shown, and it listens to the events the presentation raises.
 */
export class Presenting implements ReactiveController {
  /** The room is blank (B or ., from either window). */
  blank = false;
  private readonly channel: PresenterChannel;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: PresentingOptions) {
    const {router, presentation} = options;
    this.channel = new PresenterChannel(() => {
      const shown = presentation();
      return {story: shown?.id ?? null, total: shown?.total ?? 0, step: router.state.step};
    }, {
      step: (step) => router.navigate({...router.state, step}, {push: false}),
      blank: (blank) => this.setBlank(blank),
      leave: () => {
        this.setBlank(false);
        if (router.state.notes) window.close();
        const {state} = router;
        router.navigate(state.story ? {...state, story: null, step: 1, notes: false} : {...state, present: false, step: 1, notes: false});
      }
    });
    host.addController(this);
  }

  private readonly on: {[K in PresentingEvent]: (event: BjEventMap[K]) => void} = {
    "story-step": (e) => {
      const {router, presentation} = this.options;
      router.navigate({...router.state, step: e.detail}, {push: false});
      const shown = presentation();
      if (shown) this.channel.post(shown.id, e.detail);
    },
    "story-notes": () => {
      const {router} = this.options;
      openSpeakerView(router.urlFor({...router.state, notes: true}));
    },
    "story-blank": (e) => {
      this.setBlank(e.detail);
      const shown = this.options.presentation();
      if (shown) this.channel.postBlank(shown.id, e.detail);
    },
    // Leaving from either window ends both: the other is told; the speaker's window closes itself (its link leads back if it cannot).
    "story-leave": () => {
      const shown = this.options.presentation();
      if (shown) this.channel.postLeave(shown.id);
      this.setBlank(false);
      if (this.options.router.state.notes) window.close();
    }
  };

  private listening = false;

  hostConnected() {
    if (this.listening) return;
    this.listening = true;
    for (const [type, handler] of Object.entries(this.on)) this.host.addEventListener(type, handler as EventListener);
  }

  hostDisconnected() {
    this.listening = false;
    for (const [type, handler] of Object.entries(this.on)) this.host.removeEventListener(type, handler as EventListener);
  }

  /** Opens the channel to the other window (once). */
  open(): void {
    this.channel.open();
  }

  private setBlank(blank: boolean) {
    if (this.blank === blank) return;
    this.blank = blank;
    this.host.requestUpdate();
  }
}

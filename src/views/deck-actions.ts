import {nothing, type ReactiveControllerHost, type TemplateResult} from "lit";
import type {BjEventMap} from "../app/events.ts";
import {lazyModule} from "../app/lazy-module.ts";
import type {Router} from "../app/router.ts";
import type {Deck} from "../model/deck-schema.ts";
import {VIEW_LOADERS} from "./lazy-views.ts";
import type {ViewContext} from "./view-context.ts";

export interface DeckActionsOptions {
  router: Router;
  /** What the page knows, once its index has loaded. */
  context: () => Promise<ViewContext | undefined>;
  /** Says why a chart could not be added (the page shows it as a notice). */
  failed: (message: string) => void;
}

/**
 * A briefing made from any view: "Add to a briefing" puts a chart on the end
 * of the deck in the address (or a new one) and opens the editor on it; the
 * editor's changes go back into the address; and while a deck is in progress,
 * every view shows the way back to it. The deck's code loads on first use.
 */
export class DeckActions {
  constructor(private readonly host: ReactiveControllerHost, private readonly options: DeckActionsOptions) {}

  async add(detail: BjEventMap["add-to-deck"]["detail"]): Promise<void> {
    const {router, context, failed} = this.options;
    const known = await context();
    if (!known) return;
    try {
      const deck = await VIEW_LOADERS.deck();
      router.navigate(await deck.addToDeck({...known, state: router.state}, detail));
      scrollTo(0, 0);
    } catch (error) {
      failed(String((error as Error)?.message ?? error));
    }
  }

  async change(deck: Deck, push: boolean): Promise<void> {
    const {encodeDeck} = await import("../model/deck-codec.ts");
    const {router} = this.options;
    router.navigate({...router.state, deck: encodeDeck(deck)}, {push});
  }

  /** While a presenter picks charts for a deck (it stays in the address), the way back to it. */
  inProgress(): TemplateResult | typeof nothing {
    const {state} = this.options.router;
    if (!state.deck) return nothing;
    const lazy = lazyModule(this.host, "deck", VIEW_LOADERS.deck);
    return lazy.status === "ready" ? lazy.module.inProgress(state) : nothing;
  }
}

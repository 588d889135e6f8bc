import type {ReactiveController, ReactiveControllerHost} from "lit";
import {DEFAULT_LANG, langRoot, otherLang, type Lang} from "../i18n/locale.ts";
import {homeOf, pageHref, parseUrlState, serializeUrlState, type UrlState} from "../model/url-state.ts";
import {inDialogEntry, takeDialogPop} from "./dialog-entry.ts";

/**
 * The page's state is its URL: one parser reads it (on load, on Back and
 * Forward), links within the page (`?…`) change it without reloading the
 * data, and `navigate` writes it. The fragment a link names waits in
 * `pendingHash` until the view that holds it has drawn. The English page file
 * (`en/`) only ever shows English: switching it to Chinese moves the address to
 * the Chinese file (`../`), so every link made with `linkTo` reads the same on
 * both files.
 */
export class Router implements ReactiveController {
  state: UrlState;
  /** The fragment still to scroll to (`#chart-…`, `#q-…`), or "". */
  pendingHash = location.hash;

  /** @param known the source and place ids that exist, once known (the parser drops others) */
  constructor(private readonly host: ReactiveControllerHost, private readonly known: () => {sources: readonly string[]; scopes: readonly string[]} | undefined = () => undefined) {
    this.state = parseUrlState(location.search, {home: this.home});
    // The query never names the default language: on another language's file, an address that asks for it moves to its file.
    if (this.leavesFile(this.state)) history.replaceState(null, "", this.urlFor(this.state));
    host.addController(this);
  }

  /** The language of the page file the address names. */
  get home(): Lang {
    return homeOf(location.pathname);
  }

  /** The same view in the other language, as a link that works without script too (the language switch). */
  get otherLanguageHref(): string {
    return pageHref({...this.state, lang: otherLang(this.state.lang)}, this.home);
  }

  hostConnected() {
    addEventListener("popstate", this.onPopState);
  }

  hostDisconnected() {
    removeEventListener("popstate", this.onPopState);
  }

  /** Reads the URL again, against the source and place ids now known. */
  reread(): void {
    this.state = parseUrlState(location.search, {...this.known(), home: this.home});
    this.host.requestUpdate();
  }

  private onPopState = () => {
    // A dialog taking its own history entry off: the view is the same.
    if (takeDialogPop()) return;
    this.pendingHash = location.hash;
    this.reread();
  };

  /** A click on a link within the page: followed in place (a modified click, a download, or another page keep their meaning). */
  onLinkClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((el): el is Element => el instanceof Element && el.localName === "a");
    const href = link?.getAttribute("href");
    if (!link || !href || !href.startsWith("?") || link.hasAttribute("download")) return;
    event.preventDefault();
    const url = new URL(href, location.href);
    // From inside a dialog, the new view takes the dialog's entry: Back returns to the view, without the dialog.
    if (inDialogEntry()) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    this.pendingHash = url.hash;
    this.reread();
    if (!url.hash) scrollTo(0, 0);
  };

  /** Makes a state the page's: a history entry (unless `push` is false, or the URL is the same), then a render. */
  navigate(state: UrlState, {push = true} = {}): void {
    const url = this.urlFor(state);
    if (push && url.href !== location.href && !inDialogEntry()) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    this.state = state;
    this.host.requestUpdate();
  }

  /** Whether a state is in the default language on another language's file, which its query cannot say. */
  private leavesFile(state: UrlState): boolean {
    return this.home !== DEFAULT_LANG && state.lang === DEFAULT_LANG;
  }

  /** The state as a URL of this page (for a second window: the speaker view). */
  urlFor(state: UrlState): URL {
    const url = new URL(location.href);
    if (this.leavesFile(state)) url.pathname = new URL(langRoot(this.home), url).pathname;
    url.search = serializeUrlState(state);
    url.hash = "";
    return url;
  }
}

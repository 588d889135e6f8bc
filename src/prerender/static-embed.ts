import {html} from "lit";
import {LANGS} from "../i18n/locale.ts";
import {htmlLang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {linkTo} from "../model/url-state.ts";
import {renderHtml} from "./render-html.ts";
import {BUILD_WORDS} from "../i18n/build-words.ts";

/**
 * embed.html for a reader without JavaScript: it cannot read which chart or
 * language its address asks for, so it says so in every language, each with
 * a link to the explainer in that language (in the host's tab). The live
 * embed draws what was asked for in its place.
 */
export function embedFallback(): string {
  return renderHtml({lang: "zh", path: ""}, () => html`<bj-edu-embed><main class="pre-embed" data-static>
    ${LANGS.map((lang) => {
      const m = messagesFor(lang);
      return html`<p lang=${htmlLang(lang)}>${BUILD_WORDS[lang].needsScript} <a href=${linkTo(lang)} target="_blank" rel="noopener">${m.title}</a></p>`;
    })}
  </main></bj-edu-embed>`);
}

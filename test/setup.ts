/** Every test sees every language's text, as the build does (a page loads its own language alone). */
import {loadAllMessages} from "../src/i18n/messages.ts";

await loadAllMessages();

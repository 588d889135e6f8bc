// Runs before the page is drawn (a blocking external script, allowed by a strict CSP):
// marks the language from ?lang= so the right pre-rendered text shows at first paint.
document.documentElement.lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh-CN";

import "./styles/theme.css";
import "./styles/page.css";
import "./shells/bj-edu-app.ts";

import "./styles/theme.css";
import "./styles/page.css";
import "./components/bj-edu-app.ts";

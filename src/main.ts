import "./components/bj-edu-app.ts";

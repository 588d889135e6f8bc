import {firstViewBytes} from "./scripts/bench/first-view.ts";
for (const d of process.argv.slice(2)) for (const [p, l] of [["index.html", "zh"], ["en/index.html", "en"]] as const) {
  const {total, files} = firstViewBytes(d, p, l);
  console.log(d, p, total, files.map((f) => `${f.path.replace(/-[\w-]{8}\./, ".")}:${f.gzipBytes}`).join(" "));
}

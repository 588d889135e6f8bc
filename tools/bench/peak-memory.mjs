// Loaded with `node --import` by tools/bench/scale-bench.ts: writes the process's peak resident
// memory (bytes) to $BENCH_RSS_FILE when it exits, so the benchmark needs no external tool.
import {writeFileSync} from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});

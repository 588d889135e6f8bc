import {readFileSync} from "node:fs";
import {defineConfig} from "vitest/config";

const {version} = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  base: "./",
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10))
  },
  build: {target: "es2022"},
  test: {
    include: ["test/**/*.test.ts"],
    // Pinned so that date-dependent output never depends on the machine.
    env: {TZ: "UTC"},
    testTimeout: 20000
  }
});

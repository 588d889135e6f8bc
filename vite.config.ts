import {defineConfig} from "vitest/config";

export default defineConfig({
  base: "./",
  build: {target: "es2022"},
  test: {
    include: ["test/**/*.test.ts"],
    // Pinned so that date-dependent output never depends on the machine.
    env: {TZ: "UTC"},
    testTimeout: 20000
  }
});

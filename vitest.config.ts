import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and LibreOffice tests start real processes; two cores only.
    maxWorkers: 2,
  },
});

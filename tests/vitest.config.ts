import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Notebooks start their own kernels; running them in parallel on 2 cores only adds noise.
    fileParallelism: true,
    maxWorkers: 2,
  },
});

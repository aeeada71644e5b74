import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Project root (tests/notebooks/../..). */
export const ROOT = new URL("../..", import.meta.url).pathname;

/**
 * Writes the tslab kernel spec into the project-local Jupyter path (never the user's home), with
 * the absolute path of this checkout, and returns the environment that points Jupyter at it.
 * @returns Environment variables for the Jupyter process.
 */
export function registerKernel(): NodeJS.ProcessEnv {
  const dir = join(ROOT, ".jupyter");
  mkdirSync(join(dir, "kernels", "tslab"), { recursive: true });
  const spec = {
    argv: [join(ROOT, "node_modules", ".bin", "tslab"), "kernel", "--config-path", "{connection_file}"],
    display_name: "TypeScript (tslab)",
    language: "typescript",
  };
  writeFileSync(join(dir, "kernels", "tslab", "kernel.json"), JSON.stringify(spec, null, 2));
  return { ...process.env, JUPYTER_PATH: dir, TZ: "UTC" };
}

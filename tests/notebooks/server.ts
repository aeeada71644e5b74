import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT } from "../helpers/corpus.js";

/** The notebook launcher the README documents. */
export const LAUNCHER = join(ROOT, "notebooks", "tools", "jupyter.sh");

/** A running Notebook server started through the README's launcher. */
export interface NotebookServer {
  /** Base address, e.g. http://127.0.0.1:40123 */
  url: string;
  token: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Shuts down the kernel of one notebook (path relative to the served folder). */
  closeSession(path: string): Promise<void>;
  /** Shuts down its kernels and the server; kills what is left after a few seconds. */
  stop(): Promise<void>;
}

/** Options for {@link startNotebookServer}. */
export interface NotebookServerOptions {
  /** Folder to serve (default: the launcher's, notebooks/). */
  notebookDir?: string;
  /** Extra environment, e.g. a HOME to check nothing is written there. */
  env?: NodeJS.ProcessEnv;
  /** How long to wait for the server to answer, in ms (default 30 000). */
  timeout?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the classic Notebook UI with `bash notebooks/tools/jupyter.sh notebook` on 127.0.0.1, a free port
 * and a random token, and waits until its API answers.
 * @param options Folder, environment and timeout.
 * @returns The server.
 */
export async function startNotebookServer(
  options: NotebookServerOptions = {},
): Promise<NotebookServer> {
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const url = `http://127.0.0.1:${port}`;
  const args = [
    LAUNCHER,
    "notebook",
    "--no-browser",
    `--port=${port}`,
    "--port-retries=0",
    `--NotebookApp.token=${token}`,
  ];
  if (options.notebookDir) args.push(`--notebook-dir=${options.notebookDir}`);
  const child = spawn("bash", args, {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // Should the test process end without stop() (an interrupted run), take the server down too.
  const onExit = () => {
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Gone already.
    }
  };
  process.once("exit", onExit);
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const kernels = new Set<string>();
  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${url}${path}`, {
      ...init,
      headers: { Authorization: `token ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    return res;
  };
  const server: NotebookServer = {
    url,
    token,
    log: () => log,
    async closeSession(path) {
      const sessions = (await (await api("/api/sessions")).json()) as {
        id: string;
        path: string;
        kernel: { id: string };
      }[];
      for (const s of sessions.filter((s) => s.path === path)) {
        kernels.add(s.kernel.id);
        await api(`/api/sessions/${s.id}`, { method: "DELETE" });
      }
    },
    async stop() {
      try {
        const list = (await (await api("/api/kernels")).json()) as { id: string }[];
        for (const k of list) kernels.add(k.id);
        await Promise.all(list.map((k) => api(`/api/kernels/${k.id}`, { method: "DELETE" })));
      } catch {
        // The server is already gone: its kernels are killed below.
      }
      if (child.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already exited.
        }
        if (!(await exited(child, 5_000))) process.kill(-child.pid, "SIGKILL");
      }
      // Jupyter starts kernels in sessions of their own: make sure none of ours outlives the test.
      killKernels(kernels);
      process.off("exit", onExit);
    },
  };
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the notebook server exited (${child.exitCode}):\n${log}`);
    try {
      if ((await api("/api/status")).ok) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(
        `the notebook server did not answer within ${options.timeout ?? 30_000} ms:\n${log}`,
      );
    }
    await sleep(250);
  }
}

/** Kills the kernel processes started for these kernel ids (their command line names the connection file). */
function killKernels(ids: Set<string>): void {
  if (!ids.size) return;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let cmd = "";
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if ([...ids].some((id) => cmd.includes(`kernel-${id}.json`))) {
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // Gone meanwhile.
      }
    }
  }
}

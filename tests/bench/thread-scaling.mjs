// What this machine gives from 1 to 2 threads on work that shares nothing: a regular-expression
// loop over Chinese text, twice in one thread, then once in each of two worker threads. The
// ceiling against which the CLI's own scaling is read. Prints one JSON line.
import { isMainThread, parentPort, Worker } from "node:worker_threads";

const TEXT = "学前教育毛入园率达到98%，普惠性幼儿园覆盖率达到85%以上。".repeat(2000);
function unit() {
  let n = 0;
  for (let i = 0; i < 2500; i++) for (const m of TEXT.matchAll(/\d+%/g)) n += m[0].length;
  return n;
}

if (!isMainThread) parentPort.postMessage(unit());
else {
  const spawnTwo = () =>
    Promise.all(
      [0, 1].map(
        () => new Promise((done) => new Worker(new URL(import.meta.url)).on("message", done)),
      ),
    );
  unit(); // warm up
  await spawnTwo();
  const runs = [];
  for (let r = 0; r < 3; r++) {
    let t0 = performance.now();
    unit();
    unit();
    const oneMs = performance.now() - t0;
    t0 = performance.now();
    await spawnTwo();
    runs.push({ oneMs, twoMs: performance.now() - t0 });
  }
  // The median of three, by speed-up.
  const mid = runs.sort((a, b) => a.oneMs / a.twoMs - b.oneMs / b.twoMs)[1];
  console.log(JSON.stringify({ ...mid, speedup: mid.oneMs / mid.twoMs }));
}

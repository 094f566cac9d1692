// The resident memory of another process (the server under test), as `ps -o rss` reports it, sampled
// while a task runs: for benchmarks that measure a server's RSS growth from outside it.
import fs from "node:fs";

/** VmRSS of `pid` in MB (NaN when there is no such process). */
export function rssMb(pid: number): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Runs `task` while sampling `pid`'s RSS every `everyMs`; the RSS before, the peak and the growth (MB). */
export async function withRssSampling<T>(
  pid: number,
  task: () => Promise<T>,
  everyMs = 200,
): Promise<{ result: T; before: number; peak: number; growth: number }> {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), everyMs);
  try {
    const result = await task();
    peak = Math.max(peak, rssMb(pid));
    return { result, before, peak, growth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Peak memory of a process and everything it starts, for the scale test. On Linux it polls
 * `/proc`: every `intervalMs` it finds the process tree (by parent id) and sums VmRSS over it,
 * and it keeps the highest VmHWM (the kernel's exact peak) of any single process in the tree.
 * The peak reported is the larger of the two, so a short spike of the main process between two
 * samples is not missed. Without `/proc` it reports nothing (the caller then says so).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** What the watcher measured, in kibibytes. */
export interface MemoryPeak {
  /** The peak, the larger of `sampledTreeKb` and `largestProcessKb`; NaN when unavailable. */
  peakKb: number;
  /** The highest sum of VmRSS over the process tree seen in one sample. */
  sampledTreeKb: number;
  /** The highest VmHWM of any one process of the tree. */
  largestProcessKb: number;
  /** How many samples were taken. */
  samples: number;
  /** How it was measured, for the report. */
  method: string;
}

/** Whether this machine has a Linux-style `/proc` to poll. */
export const canPollProc = (): boolean => existsSync('/proc/self/status');

/** A `/proc/<pid>/status` field in kB, or 0 when the process is gone or has none. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The parent of every running process, by pid. */
function parents(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byPid.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return byPid;
}

/** `root` and all its descendants. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const visit = (pid: number) => {
    out.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return out;
}

/**
 * Starts polling the memory of `rootPid` and its descendants every `intervalMs`; `stop()` ends
 * the polling and returns the peak. Call `stop()` once the process has exited (its last sample is
 * taken before it exits, which is why VmHWM matters).
 */
export function watchMemory(rootPid: number, intervalMs = 100): { stop: () => MemoryPeak } {
  if (!canPollProc()) {
    return {
      stop: () => ({
        peakKb: NaN,
        sampledTreeKb: NaN,
        largestProcessKb: NaN,
        samples: 0,
        method: 'unavailable (no /proc)',
      }),
    };
  }
  let sampledTreeKb = 0;
  let largestProcessKb = 0;
  let samples = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of tree(rootPid)) {
      sum += statusKb(pid, 'VmRSS');
      largestProcessKb = Math.max(largestProcessKb, statusKb(pid, 'VmHWM'));
    }
    sampledTreeKb = Math.max(sampledTreeKb, sum);
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return {
        peakKb: Math.max(sampledTreeKb, largestProcessKb),
        sampledTreeKb,
        largestProcessKb,
        samples,
        method: `/proc polled every ${intervalMs} ms: max over samples of the summed VmRSS of the build's process tree, or the largest VmHWM of one process if higher`,
      };
    },
  };
}

/**
 * The suite's two lanes on a machine of few cores: the end-to-end files, one
 * at a time in Chromium, are its longest line, and every process that shares a
 * core with them slows them down (the same files summed 681 s in one full run
 * and 1,214 s in one beside other work on the machine). So they keep the
 * normal priority, and everything else (the unit files' processes, with the
 * ingests and builds they start, and the background builds of the catalogue's sites) runs a little below it: enough to
 * yield the cores to the browser's queue, not so much that a unit test starves
 * past its timeout while the global setup builds three sites at once (against
 * normal priority, the kernel gives nice 19 a 68th of the share, nice 5 a third).
 */
import os from 'node:os';

/** The nice value of the other lane. */
export const otherLane = 5;

/** Moves process `pid` (default: this one) to the other lane; the processes it starts from then on inherit it. */
export function joinOtherLane(pid = 0): void {
  try {
    os.setPriority(pid, Math.max(os.getPriority(pid), otherLane));
  } catch {
    // A sandbox that refuses it (or a process already gone) runs the lanes side by side, as before: slower, not wrong.
  }
}

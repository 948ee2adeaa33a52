import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds spent so far by a PostgreSQL server on this machine: user and
 * system time of every process named 'postgres' (the postmaster, its
 * background processes and the backends serving connections), plus the time
 * of backends that have already exited, which Linux adds to the postmaster's
 * children's time when it reaps them (cutime, cstime). Null when no such
 * process is visible (a server on another machine, or /proc absent).
 *
 * /proc/PID/stat counts in clock ticks; USER_HZ is 100 on Linux (it is fixed
 * for user space whatever the kernel's own tick rate).
 */
const ticksPerSecond = 100;

export function serverCpuSeconds(): number | null {
  let ticks = 0;
  let seen = false;
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/u.test(name));
  } catch {
    return null;
  }
  const stats = new Map<number, { ppid: number; own: number; children: number }>();
  for (const pid of entries) {
    let line: string;
    try {
      line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // 'pid (comm) state ppid ...': the name may hold spaces, so fields are counted from its closing bracket.
    const close = line.lastIndexOf(')');
    if (line.slice(line.indexOf('(') + 1, close) !== 'postgres') continue;
    const fields = line.slice(close + 2).split(' ');
    // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    stats.set(Number(pid), { ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]) });
  }
  for (const stat of stats.values()) {
    seen = true;
    ticks += stat.own;
    // The postmaster is the one whose parent is no postgres process; only its reaped children are not counted above.
    if (!stats.has(stat.ppid)) ticks += stat.children;
  }
  return seen ? ticks / ticksPerSecond : null;
}

// Runs a command and measures it: wall time, CPU time (user + system) of its
// whole process tree, and the peak resident memory of that tree, sampled from
// /proc (Linux) every 50 ms.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU ms (user + system) of the processes this one has waited for, with all
 * theirs: cutime + cstime of /proc/self/stat. Each process of a tree that its
 * parent reaps adds its own time and its children's to that parent's, so the
 * difference across one child's run is the CPU time of the child's whole tree.
 */
export function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command name start at state (3): cutime is field 16, cstime 17.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

/** Load average over 1, 5 and 15 minutes, as uptime prints it. */
export function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** pid -> parent pid, for every process /proc shows. */
function parents() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

/** What a process of the build is: astro, the sibling (side-outputs.ts), or its command name. */
function role(p, name) {
  try {
    const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
    if (cmd.includes('side-outputs')) return 'sibling';
    if (/astro(\.js)?\0build/.test(cmd)) return 'astro';
    if (cmd.includes('build.mjs')) return 'build.mjs';
  } catch {
    // gone
  }
  return name;
}

/**
 * Resident memory in bytes of `pid` and all its descendants; `byName` gets each
 * command's RSS added; `cpu` (pid -> { role, ms }) gets each process's own CPU
 * time so far (user + system, all its threads).
 */
export function treeRss(pid, byName, cpu) {
  const ppid = parents();
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, parent] of ppid)
      if (!tree.has(p) && tree.has(parent)) {
        tree.add(p);
        grew = true;
      }
  }
  let total = 0;
  for (const p of tree) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) {
        total += Number(m[1]) * 1024;
        const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? String(p);
        byName?.set(name, (byName.get(name) ?? 0) + Number(m[1]) * 1024);
        if (cpu) {
          const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          // The role is read again each time: a child just forked still shows its parent's command line.
          const seen = { role: role(p, name), ms: 0 };
          seen.ms = ((Number(f[11]) + Number(f[12])) * 1000) / TICKS;
          cpu.set(p, seen);
        }
      }
    } catch {
      // gone
    }
  }
  return total;
}

/**
 * Runs `command args` and resolves with { code, ms, cpuMs, cpuByRole, peakRss, peakByName, output, lines }:
 * `cpuMs` is the user + system time of the command's whole process tree;
 * `cpuByRole` splits it by process (astro, sibling, pagefind…) as last sampled,
 * so it misses up to 50 ms of each process's end;
 * `lines` holds each output line with the ms since the start at which it
 * arrived, so that stages inside one command can be timed from its log. The
 * output is echoed line by line with `prefix` when `echo` is set.
 */
export function measure(command, args, { cwd, env, echo = false, prefix = '' } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakRss = 0;
    /** The highest RSS each command of the tree reached (processes of one name summed per sample). */
    const peakByName = new Map();
    const cpu = new Map();
    let output = '';
    const lines = [];
    let partial = '';
    const sample = () => {
      const now = new Map();
      peakRss = Math.max(peakRss, treeRss(child.pid, now, cpu));
      for (const [name, rss] of now) peakByName.set(name, Math.max(peakByName.get(name) ?? 0, rss));
    };
    const timer = setInterval(sample, 50);
    const take = (chunk) => {
      const text = chunk.toString();
      output += text;
      const at = performance.now() - started;
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push({ at, line });
        if (echo && line.trim()) process.stdout.write(`${prefix}${line}\n`);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (partial) lines.push({ at: performance.now() - started, line: partial });
      const cpuByRole = new Map();
      for (const { role: r, ms } of cpu.values()) cpuByRole.set(r, (cpuByRole.get(r) ?? 0) + ms);
      resolve({ code, ms: performance.now() - started, cpuMs: childrenCpuMs() - cpuBefore, cpuByRole, peakRss, peakByName, output, lines });
    });
  });
}

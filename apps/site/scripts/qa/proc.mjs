// Runs a command and measures it: wall time, and the peak resident memory of
// its whole process tree, sampled from /proc (Linux) every 50 ms.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

/** Resident memory in bytes of `pid` and all its descendants; `byName` gets each command's RSS added. */
export function treeRss(pid, byName) {
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
      }
    } catch {
      // gone
    }
  }
  return total;
}

/**
 * Runs `command args` and resolves with { code, ms, peakRss, peakByName, output, lines }:
 * `lines` holds each output line with the ms since the start at which it
 * arrived, so that stages inside one command can be timed from its log. The
 * output is echoed line by line with `prefix` when `echo` is set.
 */
export function measure(command, args, { cwd, env, echo = false, prefix = '' } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakRss = 0;
    /** The highest RSS each command of the tree reached (processes of one name summed per sample). */
    const peakByName = new Map();
    let output = '';
    const lines = [];
    let partial = '';
    const sample = () => {
      const now = new Map();
      peakRss = Math.max(peakRss, treeRss(child.pid, now));
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
      resolve({ code, ms: performance.now() - started, peakRss, peakByName, output, lines });
    });
  });
}

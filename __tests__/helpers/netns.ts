/**
 * Runs a script inside a private network namespace of its own (`unshare -rn`): only `lo` exists there,
 * so whatever the script (or the code it runs) connects to, no packet leaves the machine. The script
 * adds the addresses it needs to `lo` with addLoopbackAddresses().
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';

/** Why namespaces cannot be used here, or null when they can. */
export function netnsUnavailable(): string | null {
  const probe = spawnSync('unshare', ['-rn', 'ip', 'link', 'set', 'lo', 'up'], { encoding: 'utf8' });
  if (probe.error) return `unshare not found (${probe.error.message})`;
  if (probe.status !== 0)
    return `unshare -rn failed: ${(probe.stderr || '').trim() || `exit ${probe.status}`}`;
  return null;
}

/** Inside the namespace: brings `lo` up and gives it the addresses (e.g. 169.254.169.254). */
export function addLoopbackAddresses(addresses: string[]): void {
  execFileSync('ip', ['link', 'set', 'lo', 'up']);
  for (const address of addresses) {
    const prefix = address.includes(':') ? 128 : 32;
    execFileSync('ip', ['addr', 'add', `${address}/${prefix}`, 'dev', 'lo']);
  }
}

/** Runs `node script` in a fresh namespace; resolves to the JSON the script printed last on stdout. */
export async function runInNetns<T>(script: string, env: Record<string, string> = {}): Promise<T> {
  const child = spawn('unshare', ['-rn', process.execPath, script], {
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${script} exited ${code}\n${stderr}\n${stdout}`);
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

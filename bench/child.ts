/** The parent's handle on a pipeline child process (bench/pipeline-child.ts). */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { RunReport, RunSpec } from './pipeline-child.ts';

export interface PipelineChild {
  run(spec: RunSpec): Promise<RunReport>;
  close(): void;
}

type Reply = { ready: true } | { ok: true; report: RunReport } | { ok: false; error: string };

/** `modulePath`: a bundled build of pipeline-child.ts (as the action runs: plain JS, no type stripping). */
export async function startPipelineChild(modulePath?: string, nodeOptions?: string): Promise<PipelineChild> {
  const child: ChildProcess = fork(modulePath ?? path.join(import.meta.dirname, 'pipeline-child.ts'), [], {
    execPath: process.execPath,
    env: {
      ...process.env,
      JM_BENCH_RESUME: path.join(import.meta.dirname, '../examples/demo/resume.md'),
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<Reply>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`bench child exited with code ${code}`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m as Reply);
      });
    });
  await next();
  return {
    async run(spec) {
      const reply = next();
      child.send(spec);
      const r = await reply;
      if (!('ok' in r)) throw new Error('bench child answered out of turn');
      if (!r.ok) throw new Error(`bench child failed: ${r.error}`);
      return r.report;
    },
    close: () => void child.kill(),
  };
}

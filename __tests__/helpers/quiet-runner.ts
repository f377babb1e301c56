import { afterEach, beforeEach } from 'node:test';

/**
 * Keeps what @actions/core and the artifact SDK print while a test runs (runner commands such as
 * `::debug::` and `::add-mask::`, upload progress) off the console while the test passes, and prints
 * it to stderr when the test fails. Call once at the top of a test file that runs them in-process;
 * the function it returns gives what the running test has printed so far.
 */
export function quietRunnerOutput(): () => string {
  const write = process.stdout.write.bind(process.stdout);
  let captured: string[] = [];
  beforeEach(() => {
    captured = [];
    // Only text is held back: the test runner reports results on stdout as binary frames.
    process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (typeof chunk !== 'string') return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      captured.push(chunk);
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
  });
  afterEach((t) => {
    process.stdout.write = write;
    // `passed` (Node.js >= 20.12) is not in @types/node yet.
    if ((t as { passed?: boolean }).passed === false && captured.length)
      process.stderr.write(`--- output of "${t.name}" ---\n${captured.join('')}--- end ---\n`);
  });
  return () => captured.join('');
}

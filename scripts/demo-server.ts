/**
 * Serves the demo's recorded job boards on loopback and writes a config pointing at them
 * (for the CI job that runs the action with `uses: ./`, and for `npm run local-action` offline).
 * Usage: npm run demo-server -- OUT.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startDemoServer } from '../src/demo/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = process.argv[2] ?? 'demo-config.json';
const server = await startDemoServer(path.join(root, 'examples/demo/boards'));
const config = JSON.parse(readFileSync(path.join(root, 'examples/demo/config.json'), 'utf8'));
config.companies = config.companies.map((c: Record<string, unknown>) => ({ ...c, base_url: server.url }));
config.resume = path.join(root, 'examples/demo/resume.md');
delete config.$schema;
writeFileSync(out, JSON.stringify(config, null, 2));
console.log(`demo boards on ${server.url}; config written to ${out}`);

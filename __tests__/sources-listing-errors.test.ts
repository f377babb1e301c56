import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SourceError } from '../src/sources/errors.ts';
import { getSource } from '../src/sources/index.ts';
import { sourceContext } from './helpers/source-context.ts';
import { startLoopback, type Loopback } from './helpers/loopback.ts';

// A board host that answers every listing call with 200 and JSON that holds no list of postings
// (a maintenance notice, an API that changed shape).
let server: Loopback;
before(async () => {
  server = await startLoopback((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"message":"down for maintenance"}');
  });
});
after(() => server.close());

const CASES: [{ source: string } & Record<string, string>, string][] = [
  [
    { source: 'greenhouse', board: 'acme' },
    'Greenhouse board "acme" answered without a "jobs" list — check the board token in boards.greenhouse.io/<board>',
  ],
  [
    { source: 'ashby', board: 'acme' },
    'Ashby board "acme" answered without a "jobs" list — check the board name in jobs.ashbyhq.com/<board>',
  ],
  [
    { source: 'workable', account: 'acme' },
    'Workable account "acme" answered without a "jobs" list — check the account name in apply.workable.com/<account>',
  ],
  [
    { source: 'recruitee', subdomain: 'acme' },
    'Recruitee company "acme" answered without an "offers" list — check the <subdomain> in <subdomain>.recruitee.com',
  ],
  [
    { source: 'smartrecruiters', company_id: 'Acme' },
    'SmartRecruiters company "Acme" answered without a "content" list — check the company identifier in jobs.smartrecruiters.com/<company_id>',
  ],
  [
    { source: 'workday', url: 'https://acme.wd1.myworkdayjobs.com/External' },
    'Workday site "acme/External" answered without a "jobPostings" list — check the careers URL',
  ],
];

for (const [keys, message] of CASES) {
  test(`${keys.source}: an answer without the list of postings is a SourceError naming the board`, async () => {
    const company = { name: 'Acme', ...keys, base_url: server.url };
    await assert.rejects(getSource(keys.source)!.list(company, sourceContext(new Date())), (err: unknown) => {
      assert.ok(err instanceof SourceError, String(err));
      assert.equal(err.message, message);
      return true;
    });
  });
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractJobPostings } from '../src/html/jsonld.ts';

const PAGE = 'https://careers.acme.example/jobs/42';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const page = (...blocks: string[]) =>
  `<!doctype html><html><head>${blocks.join('\n')}</head><body></body></html>`;

test('a bare JobPosting is normalized: text description, ISO dates, address locations, salary range', () => {
  const html = page(
    ld({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Backend Engineer &amp; SRE',
      description: '<p>Build <b>APIs</b> in TypeScript.</p><ul><li>PostgreSQL</li><li>Kafka</li></ul>',
      datePosted: '2026-09-01',
      validThrough: '2026-12-31T23:59',
      hiringOrganization: { '@type': 'Organization', name: 'Acme Corp' },
      identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'REQ-42' },
      employmentType: ['FULL_TIME', 'CONTRACTOR'],
      jobLocation: [
        {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            addressLocality: 'Berlin',
            addressRegion: 'Berlin',
            addressCountry: { '@type': 'Country', name: 'DE' },
          },
        },
        { '@type': 'Place', address: { addressLocality: 'Munich', addressCountry: 'DE' } },
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'eur',
        value: { '@type': 'QuantitativeValue', minValue: '70,000', maxValue: 90000, unitText: 'YEAR' },
      },
    }),
  );
  const [job] = extractJobPostings(html, PAGE);
  assert.equal(job.title, 'Backend Engineer & SRE');
  assert.equal(job.description, 'Build APIs in TypeScript.\n\n- PostgreSQL\n\n- Kafka');
  assert.equal(job.datePosted, '2026-09-01T00:00:00.000Z');
  assert.match(job.validThrough!, /^2026-12-31T/);
  assert.equal(job.hiringOrganization, 'Acme Corp');
  assert.equal(job.identifier, 'REQ-42');
  assert.equal(job.employmentType, 'FULL_TIME, CONTRACTOR');
  // "Berlin, Berlin" collapses to one part.
  assert.deepEqual(job.locations, ['Berlin, DE', 'Munich, DE']);
  assert.equal(job.remote, null);
  assert.deepEqual(job.salary, { min: 70000, max: 90000, currency: 'EUR', period: 'year' });
  assert.equal(job.url, PAGE, 'a posting without url gets the page URL');
});

test('postings are found in arrays, @graph and nested nodes; @type may be an array; bad blocks are skipped', () => {
  const html = page(
    '<script type="application/ld+json">{ this is not json </script>',
    ld({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Acme careers' }),
    ld([
      { '@type': 'Organization', name: 'Acme' },
      { '@type': ['JobPosting', 'Thing'], title: 'Data Engineer', url: '/jobs/7', description: 'Pipelines' },
    ]),
    ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BreadcrumbList' },
        {
          '@type': 'ItemList',
          itemListElement: [
            {
              '@type': 'ListItem',
              item: { '@type': 'JobPosting', title: 'Frontend Engineer', url: 'https://x.example/f' },
            },
          ],
        },
      ],
    }),
  );
  const jobs = extractJobPostings(html, PAGE);
  assert.deepEqual(
    jobs.map((j) => [j.title, j.url]),
    [
      ['Data Engineer', 'https://careers.acme.example/jobs/7'],
      ['Frontend Engineer', 'https://x.example/f'],
    ],
  );
});

test('a block with raw newlines inside strings (invalid JSON as many sites serve it) is still read', () => {
  const html = `<script type="application/ld+json">
  { "@type": "JobPosting", "title": "QA Engineer", "description": "Line one
  line two" }
  </script>`;
  const [job] = extractJobPostings(html, PAGE);
  assert.equal(job.title, 'QA Engineer');
  assert.match(job.description, /Line one\s+line two/);
});

test('TELECOMMUTE is remote; applicant location requirements become locations', () => {
  const html = page(
    ld({
      '@type': 'JobPosting',
      title: 'Remote Platform Engineer',
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [
        { '@type': 'Country', name: 'USA' },
        { '@type': 'Country', name: 'Canada' },
      ],
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { value: 55, unitText: 'HOUR' } },
    }),
  );
  const [job] = extractJobPostings(html, PAGE);
  assert.equal(job.remote, true);
  assert.deepEqual(job.locations, ['USA', 'Canada']);
  assert.deepEqual(job.salary, { min: 55, max: 55, currency: 'USD', period: 'hour' });
});

test('an entity-escaped HTML description becomes plain text without tags or entities', () => {
  const html = page(
    ld({
      '@type': 'JobPosting',
      title: 'ML Engineer',
      description:
        '&lt;p&gt;Train models &amp;amp; ship them.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;PyTorch&lt;/li&gt;&lt;/ul&gt;',
    }),
  );
  const [job] = extractJobPostings(html, PAGE);
  assert.equal(job.description, 'Train models & ship them.\n\n- PyTorch');
  assert.doesNotMatch(job.description, /<|&[a-z]+;/);
});

test('a page without JobPosting JSON-LD yields nothing; a posting without a title is dropped', () => {
  assert.deepEqual(extractJobPostings('<html><body><h1>Jobs</h1></body></html>', PAGE), []);
  assert.deepEqual(extractJobPostings(page(ld({ '@type': 'JobPosting', description: 'x' })), PAGE), []);
});

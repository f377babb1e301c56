import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TermIndex } from '../src/terms/term-index.ts';

test('TermIndex finds terms across case, punctuation, spacing and aliases, whole words only', () => {
  const index = new TermIndex(
    'We run Node.js on K8s with Postgres, Amazon Web Services and C++; see https://x.example. Java is out.',
  );
  for (const term of [
    'node.js',
    'NodeJS',
    'node js',
    'Kubernetes',
    'k8s',
    'PostgreSQL',
    'postgres',
    'AWS',
    'amazon web services',
    'C++',
    'Java',
  ]) {
    assert.ok(index.has(term), term);
  }
  for (const term of ['JavaScript', 'React', 'Go', 'C#', 'Postgre', 'Kafka'])
    assert.ok(!index.has(term), term);
  assert.ok(index.has(''), 'an empty term is trivially present');
  assert.ok(
    new TermIndex('one two three four five six').has('six five four three two'),
    'long terms: every word present',
  );
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Grounding } from '../src/generate/grounding.ts';
import { fromSource } from '../src/generate/tailored.ts';
import { createScorer } from '../src/match/score.ts';
import type { Posting } from '../src/model.ts';
import { parseResume } from '../src/resume/index.ts';
import { canonicalTerm, canonicalWords } from '../src/terms/aliases.ts';
import { TechText, techTermsIn } from '../src/terms/tech-terms.ts';
import { TermIndex } from '../src/terms/term-index.ts';

describe('TermIndex', () => {
  it('finds terms across case, punctuation, spacing and aliases, whole words only', () => {
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
    for (const term of ['JavaScript', 'React', 'Go', 'C#', 'Postg', 'Kafka'])
      assert.ok(!index.has(term), term);
    assert.ok(index.has(''), 'an empty term is trivially present');
    assert.ok(
      new TermIndex('one two three four five six').has('six five four three two'),
      'long terms: every word present',
    );
  });

  it('knows every alias of the issue, in both directions', () => {
    const pairs: [string, string][] = [
      ['Kubernetes', 'k8s'],
      ['Go', 'Golang'],
      ['PostgreSQL', 'Postgres'],
      ['JavaScript', 'JS'],
      ['TypeScript', 'TS'],
      ['C++', 'cpp'],
      ['C#', 'csharp'],
      ['Node.js', 'Node'],
      ['Node.js', 'NodeJS'],
      ['machine learning', 'ML'],
      ['CI/CD', 'CICD'],
      ['CI/CD', 'ci-cd'],
    ];
    for (const [a, b] of pairs) {
      assert.equal(canonicalTerm(a), canonicalTerm(b), `${a} = ${b}`);
      assert.ok(new TermIndex(`we use ${a} daily`).has(b), `"${a}" in a text has ${b}`);
      assert.ok(new TermIndex(`we use ${b} daily`).has(a), `"${b}" in a text has ${a}`);
    }
  });

  it('keeps Java apart from JavaScript, C from C++, C# and words starting with c', () => {
    assert.ok(!new TermIndex('JavaScript and TypeScript').has('Java'));
    assert.ok(!new TermIndex('Java and Kotlin').has('JavaScript'));
    const cWords = new TermIndex('C++ and C# for code, cloud and compilers');
    assert.ok(!cWords.has('C'), 'no C');
    assert.ok(cWords.has('C++') && cWords.has('C#'));
    assert.ok(!new TermIndex('plain C code').has('C++'));
    assert.ok(new TermIndex('firmware in C and C++').has('C'));
  });

  it('a dotted tail is part of its name: Node.js does not say JS, ASP.NET does not say .NET', () => {
    assert.ok(!new TermIndex('We run Node.js and Vue.js').has('JavaScript'));
    assert.ok(new TermIndex('We write JS daily').has('JavaScript'));
    assert.ok(!new TermIndex('net income').has('.NET'));
    assert.ok(new TermIndex('C# and .NET').has('dotnet'));
  });

  it('a plural counts as its word', () => {
    assert.ok(new TermIndex('we build microservices').has('microservice'));
    assert.ok(new TermIndex('an ARM microcontroller').has('microcontrollers'));
    assert.ok(!new TermIndex('Go services').has('Gos'), 'words under 4 letters have no plural');
  });
});

describe('TechText: the one rule for technology names', () => {
  it('a name that is also an English word counts only as written', () => {
    const text = new TechText('You will go far. Golang services on k8s, a Rust-free stack.');
    assert.ok(text.mentions('Go'), 'Golang says Go');
    assert.ok(text.mentions('Kubernetes'));
    assert.ok(!new TechText('you will go far with us').mentions('Go'));
    assert.ok(!new TechText('rest assured, we spring into action').mentions('REST'));
  });

  it('C only as the language, not C-suite, Series C or Objective-C', () => {
    assert.ok(new TechText('Firmware in C and C++ on ARM.').mentions('C'));
    assert.ok(new TechText('Languages: C/C++, Python').mentions('C'));
    for (const text of [
      'Report to the C-suite.',
      'We raised a Series C.',
      'Objective-C and Swift.',
      "C's reach",
    ])
      assert.ok(!new TechText(text).mentions('C'), text);
  });

  it('says: technology names by the rule of mentions, other terms in any spelling and case', () => {
    const resume = new TechText(
      'Reported to the C-suite; the go-to person. Rest assured: leadership, golang.',
    );
    for (const tech of ['C', 'Go', 'REST']) assert.ok(!resume.says(tech), tech);
    assert.ok(resume.says('Leadership'), 'not a technology: case aside');
    assert.ok(new TechText('Skills: C, Go, REST').says('go'), 'a technology in any spelling of it');
  });

  it('a TS/SCI clearance is not TypeScript', () => {
    assert.ok(!new TechText('Active TS/SCI clearance required').mentions('TypeScript'));
    assert.ok(new TechText('React with TS').mentions('TypeScript'));
  });

  it('techTermsIn (the fact check) and the posting skills agree on aliases', () => {
    assert.ok(techTermsIn('Golang services on k8s').includes('Go'));
    assert.ok(techTermsIn('Golang services on k8s').includes('Kubernetes'));
  });
});

describe('canonical words of titles', () => {
  it('joins split words and spells out abbreviations', () => {
    for (const t of ['Front-End Engineer', 'Front End Engineer', 'Frontend Engineer', 'front end eng'])
      assert.deepEqual(canonicalWords(t), ['frontend', 'engineer'], t);
    assert.deepEqual(canonicalWords('Sr. SWE, ML'), ['senior', 'software', 'engineer', 'machinelearning']);
    assert.deepEqual(canonicalWords('Machine Learning Engineer'), canonicalWords('MLE'));
    assert.deepEqual(canonicalWords('Full-Stack Dev'), ['fullstack', 'developer']);
  });
});

describe('one term engine for scoring, skill reasons and the fact check', () => {
  it('"Golang services on k8s": Go and Kubernetes for the score, the reasons and grounding alike', () => {
    const description = `We build Golang services on k8s and deploy them daily. ${'More about the team. '.repeat(12)}`;
    const posting: Posting = {
      key: 'greenhouse:acme:1',
      id: '1',
      source: 'greenhouse',
      company: 'Acme',
      title: 'Backend Engineer',
      locations: [],
      remote: null,
      url: 'https://acme.example/1',
      description,
    };
    const profile = {
      titles: ['Backend Engineer'],
      skills: ['Go', 'Kubernetes'],
      locations: [],
      exclude: [],
    };
    const scored = createScorer(profile, [posting]).score(posting);
    assert.deepEqual(scored.reasons.matchedSkills, ['Go', 'Kubernetes']);
    assert.equal(scored.score, 100, 'both skills count for the score');

    const withSkills = parseResume(
      '# Ann\n\n## Skills\n\nGo, Kubernetes\n\n## Experience\n\n### Dev at Acme\n\n- Wrote code\n',
      'a.md',
    );
    const without = parseResume(
      '# Ann\n\n## Skills\n\nPython\n\n## Experience\n\n### Dev at Acme\n\n- Wrote code\n',
      'a.md',
    );
    const bullet = 'Built Golang services on k8s';
    const check = (resume: typeof withSkills) => {
      const t = fromSource(resume);
      t.experience[0].bullets = [bullet];
      return new Grounding(resume).resume(t, { company: 'Acme', title: 'Backend Engineer', description })
        .value.experience[0].bullets;
    };
    assert.deepEqual(check(withSkills), [bullet], 'kept where the resume has Go and Kubernetes');
    assert.deepEqual(check(without), [], 'removed where it has neither');
  });
});

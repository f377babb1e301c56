/** Resume files: the kind decided by content, one-line errors, settings, the check shown back (CLI and log). */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { lineLogger } from '../src/log.ts';
import { logResume, resumeReport } from '../src/resume/check.ts';
import { checkResumeCommand } from '../src/resume/check-command.ts';
import { parseResume, readResumeFile, RESUME_EXTENSIONS } from '../src/resume/index.ts';
import { resolveSettings, SettingsError } from '../src/settings/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(import.meta.dirname, 'fixtures/resumes');
const run = promisify(execFile);

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'jm-resume-'));
}

/** A copy of a fixture under another name, in a fresh folder. */
function renamed(fixture: string, name: string): string {
  const file = path.join(tmp(), name);
  copyFileSync(path.join(fixtures, fixture), file);
  return file;
}

function written(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tmp(), name);
  writeFileSync(file, bytes);
  return file;
}

async function readError(file: string): Promise<string> {
  try {
    await readResumeFile(file);
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
}

describe('resume file kinds', () => {
  it('are decided by content, not by the name', async () => {
    const pdf = await readResumeFile(renamed('zoe.pdf', 'resume.md'));
    assert.equal(pdf.format, 'pdf');
    assert.equal(pdf.sections.experience[0].employer, 'Brightwave Payments');
    const docx = await readResumeFile(renamed('zoe.docx', 'resume.txt'));
    assert.equal(docx.format, 'docx');
    assert.equal(docx.sections.experience.length, 2);
    const json = await readResumeFile(renamed('jane.json', 'resume.txt'));
    assert.equal(json.format, 'json-resume');
    assert.equal(json.sections.experience[0].employer, 'Acme Corp');
    assert.equal((await readResumeFile(renamed('plain.txt', 'resume.pdf'))).format, 'text');
    assert.deepEqual([...RESUME_EXTENSIONS], ['.json', '.md', '.markdown', '.txt', '.pdf', '.docx']);
  });

  it('anything else is a one-line error naming what it is and the accepted kinds', async () => {
    const accepted =
      /; allowed: a JSON Resume \(\.json\), Markdown \(\.md\), plain text \(\.txt\), PDF with a text layer \(\.pdf\) or Word \(\.docx\) file$/;
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['cv.doc', Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'), /^is a Word 97-2003 \.doc file/],
      ['cv.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /^is a PNG image/],
      [
        'cv.odt',
        Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('mimetypeapplication/vnd.oasis')]),
        /^is a ZIP archive that is not a Word document/,
      ],
      ['cv.bin', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]), /^is not a text, PDF or Word file/],
      ['cv.rtf', '{\\rtf1\\ansi Jane Doe}', /^is an RTF file/],
    ];
    for (const [name, bytes, what] of cases) {
      const message = await readError(written(name, bytes));
      assert.match(message, what, name);
      assert.match(message, accepted, name);
      assert.ok(!message.includes('\n'), name);
    }
  });

  it('a scanned PDF says it has no text layer and how to fix it', async () => {
    const message = await readError(path.join(fixtures, 'scanned.pdf'));
    assert.match(message, /^has no text layer \(a scanned image, 1 page\); .*OCR/);
    assert.ok(!message.includes('\n'));
  });

  it('a damaged PDF or Word file is a one-line error, not a crash', async () => {
    const pdf = readFileSync(path.join(fixtures, 'zoe.pdf'));
    assert.match(
      await readError(written('cut.pdf', pdf.subarray(0, 400))),
      /^is not a readable PDF \(|^has no text layer/,
    );
    const docx = readFileSync(path.join(fixtures, 'zoe.docx'));
    assert.match(
      await readError(written('cut.docx', docx.subarray(0, 2000))),
      /^is not a readable Word document \(/,
    );
  });
});

describe('resume in settings', () => {
  const inputs = (resume: string) => ({ resume, companies: 'greenhouse:vercel' });

  it('settings read a PDF or DOCX resume; its skills complete the profile', async () => {
    const pdf = renamed('zoe.pdf', 'resume.pdf');
    const s = await resolveSettings({ inputs: inputs(pdf), cwd: path.dirname(pdf) });
    assert.equal(s.resume.format, 'pdf');
    assert.deepEqual(
      s.resume.sections.experience.map((j) => j.employer),
      ['Brightwave Payments', 'Tidewater Logistics'],
    );
    assert.ok(s.profile.skills.includes('Kafka'));
    const docx = await resolveSettings({ inputs: inputs(path.join(fixtures, 'jane.docx')), cwd: root });
    assert.equal(docx.resume.name, 'Jane Doe');
  });

  it('settings read a text resume', async () => {
    const s = await resolveSettings({ inputs: inputs(path.join(fixtures, 'issue-case.txt')), cwd: root });
    assert.equal(s.resume.sections.experience[1].employer, 'Contoso Ltd');
  });

  it('errors are one-line SettingsErrors naming the input', async () => {
    const cases: [string, RegExp][] = [
      [
        path.join(fixtures, 'scanned.pdf'),
        /^input resume: ".*scanned\.pdf" has no text layer \(a scanned image, 1 page\); /,
      ],
      [
        written('cv.doc', Buffer.from('d0cf11e0a1b11ae1000000', 'hex')),
        /^input resume: ".*cv\.doc" is a Word 97-2003 \.doc file .*; allowed: a JSON Resume/,
      ],
      [written('bad.json', '{"basics":{}}'), /^input resume: basics\.name is required \(JSON Resume\)$/],
      [written('nameless.md', '\n\n## Skills\n'), /^input resume: no name found/],
    ];
    for (const [file, message] of cases) {
      await assert.rejects(resolveSettings({ inputs: inputs(file), cwd: root }), (err: Error) => {
        assert.ok(err instanceof SettingsError, err.message);
        assert.match(err.message, message);
        assert.ok(!err.message.includes('\n'));
        return true;
      });
    }
  });

  it('a resume named in the config file is read relative to it and named in errors by the file', async () => {
    const dir = tmp();
    copyFileSync(path.join(fixtures, 'scanned.pdf'), path.join(dir, 'cv.pdf'));
    writeFileSync(
      path.join(dir, 'jm.json'),
      JSON.stringify({ resume: 'cv.pdf', companies: [{ source: 'greenhouse', board: 'x' }] }),
    );
    await assert.rejects(
      resolveSettings({ inputs: { config: path.join(dir, 'jm.json') }, cwd: root }),
      /^SettingsError: jm\.json: resume: ".*cv\.pdf" has no text layer/,
    );
  });
});

describe('the resume shown back', () => {
  it('names each position with employer, title, dates and bullet count; contact details only as found', async () => {
    const r = await readResumeFile(path.join(fixtures, 'zoe.pdf'));
    const { lines, warnings } = resumeReport(r, 'resume.pdf');
    const text = lines.join('\n');
    assert.deepEqual(warnings, []);
    assert.match(text, /^Resume: resume\.pdf \(PDF, text layer\)\n {2}Name: Zoë Ramírez-Łukasik\n/);
    assert.match(text, /Contact: email found, phone found, location found, 1 link/);
    assert.match(text, /1\. Senior Backend Engineer — Brightwave Payments · Apr 2021 – Present · 4 bullets/);
    assert.match(text, /2\. Software Engineer — Tidewater Logistics · Jul 2018 – Mar 2021 · 3 bullets/);
    assert.match(text, /B\.S\. in Computer Science — University of Michigan · 2014 – 2018/);
    assert.match(text, /Skills \(13\): TypeScript, Go, Python, SQL, Node\.js/);
    for (const secret of ['zoe.ramirez@example.com', '555 010 0142', 'New York', 'github.com/zoe-example'])
      assert.ok(!text.includes(secret), `${secret} stays out of the log`);
  });

  it('a resume without positions or skills is a warning naming the headings seen', () => {
    const r = parseResume(
      'Ada Lovelace\nada@example.com\n\nPROFILE\nMathematician.\n\nPROJECTS\n- Analytical engine notes\n',
      'cv.txt',
    );
    const { warnings } = resumeReport(r, 'cv.txt');
    assert.equal(warnings.length, 2);
    assert.match(
      warnings[0],
      /^No positions found \(the headings seen: PROFILE, PROJECTS\)\. Put them under a heading such as "Experience"/,
    );
    assert.match(warnings[1], /^No skills found \(the headings seen: PROFILE, PROJECTS\)/);
    const none = resumeReport(parseResume('Ada Lovelace\nMathematician\n', 'cv.txt'), 'cv.txt');
    assert.match(none.warnings[0], /\(no section headings were found\)/);
  });

  it('a position with neither dates nor bullets is a warning naming it; one with dates and no bullets is not', async () => {
    const r = parseResume(
      '# Ada Lovelace\n\n## Experience\n\n### Notes on the engine\n\n### Analyst — Babbage Works, Jan 2019 – Present\n\n- Wrote the first program.\n\n### Engineer — Difference Co, 2017 – 2018\n\n## Skills\n\nMaths\n',
      'cv.md',
    );
    const { lines, warnings } = resumeReport(r, 'cv.md');
    assert.match(lines.join('\n'), /1\. \(no title\) — Notes on the engine · no dates · 0 bullets/);
    assert.deepEqual(warnings, [
      'Position 1 ("Notes on the engine") has no dates and no bullets; it may be a line of text read as a position. Put its dates on its heading line, or if it is not a position, make it a bullet of the position above.',
    ]);
    // A line of prose between two positions stays with the one above, so nothing is left to warn about.
    for (const fixture of ['acquired-note.txt', 'merger-note.md'])
      assert.deepEqual(
        resumeReport(await readResumeFile(path.join(fixtures, fixture)), fixture).warnings,
        [],
        fixture,
      );
  });

  it('a known category word before pipes is the category; a skill first in a pipe list stays a skill', () => {
    const r = parseResume(
      'Ada Lovelace\n\nSKILLS\nFrameworks & Libraries | React | Vue\nTesting | Jest\nDevOps | Terraform\nGo | Rust\n',
      'cv.txt',
    );
    assert.deepEqual(r.skills, ['React', 'Vue', 'Testing', 'Jest', 'DevOps', 'Terraform', 'Go', 'Rust']);
  });

  it('the run logs the same in a group, warnings as annotations', async () => {
    const out: string[] = [];
    const r = parseResume('Ada Lovelace\n\nSKILLS\nMaths\n', 'cv.txt');
    await logResume(
      r,
      'cv.txt',
      lineLogger((l) => out.push(l)),
    );
    assert.equal(out[0], '== Resume: what was understood');
    assert.equal(out[1], 'Resume: cv.txt (plain text)');
    assert.ok(
      out.includes(
        'warning: Resume: No positions found (the headings seen: SKILLS). Put them under a heading such as "Experience" with a line per position like "Senior Engineer — Acme Corp, Jan 2020 – Present" and its bullets below.',
      ),
    );
  });

  it('npm start -- --check-resume FILE prints the parse; exit 0 good, 1 warnings, 2 unreadable', async () => {
    const cli = (file: string) =>
      run(process.execPath, [path.join(root, 'src/cli.ts'), '--check-resume', file], { cwd: root }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const ok = await cli('__tests__/fixtures/resumes/zoe.docx');
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^Resume: __tests__\/fixtures\/resumes\/zoe\.docx \(Word document\)\n/);
    assert.match(
      ok.stdout,
      /1\. Senior Backend Engineer — Brightwave Payments · Apr 2021 – Present · 4 bullets/,
    );
    assert.ok(!ok.stdout.includes('@example.com'));

    // The exit codes for a warning and an unreadable file, without another process.
    const command = async (file: string | undefined) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await checkResumeCommand(
        file,
        (l) => out.push(l),
        (l) => err.push(l),
      );
      return { code, stdout: out.join('\n'), stderr: err.join('\n') };
    };
    const warned = await command(written('cv.md', '# Ada Lovelace\n\n## Hobbies\n\nChess\n'));
    assert.equal(warned.code, 1);
    assert.match(warned.stdout, /warning: No positions found \(the headings seen: Hobbies\)/);
    const bad = await command('__tests__/fixtures/resumes/scanned.pdf');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^error: __tests__\/fixtures\/resumes\/scanned\.pdf: has no text layer [^\n]*$/);
    assert.match(
      (await command(undefined)).stderr,
      /^error: --check-resume needs a file; allowed: a path to /,
    );
  });
});

describe('README: your resume', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Your resume\n');
  // The section ends at the next "## " heading outside a code block.
  let fenced = false;
  const lines = readme.slice(start + 1).split('\n');
  const end = lines.findIndex((l, i) => {
    if (l.startsWith('```')) fenced = !fenced;
    return i > 0 && !fenced && l.startsWith('## ');
  });
  const part = lines.slice(0, end).join('\n');

  it('shows a Markdown resume that reads as it says, and links the demo resume', () => {
    assert.ok(start >= 0);
    assert.match(part, /\[`examples\/demo\/resume\.md`\]\(examples\/demo\/resume\.md\)/);
    const example = /```markdown\n([\s\S]*?)```/.exec(part)![1];
    const r = parseResume(example, 'resume.md');
    assert.deepEqual(
      r.sections.experience.map((j) => [j.title, j.employer, j.start, j.end, j.bullets.length]),
      [
        ['Senior Backend Engineer', 'Analytical Engines Ltd', 'Mar 2021', 'Present', 2],
        ['Software Engineer', 'Difference Labs', 'Jun 2017', 'Feb 2021', 1],
      ],
    );
    assert.deepEqual(r.skills, ['Python', 'TypeScript', 'SQL', 'PostgreSQL', 'Kafka', 'Docker', 'AWS']);
  });

  it('prints the check of the demo resume exactly as the command does', async () => {
    const shown = /```text\n\$ npm start -- --check-resume (\S+)\n([\s\S]*?)```/.exec(part)!;
    const r = await readResumeFile(path.join(root, shown[1]));
    assert.equal(shown[2], `${resumeReport(r, shown[1]).lines.join('\n')}\n`);
  });
});

describe('the bundled action', () => {
  it('reads a PDF or Word resume (unpdf bundled), logs what it understood, and heads each letter with its name and contact line', async () => {
    const { startBoardServer } = await import('./helpers/board-server.ts');
    const { runAction } = await import('./helpers/run-action.ts');
    // One posting whose listing carries its description; its page is on the loopback board too.
    let origin = '';
    const board = await startBoardServer({
      '/v1/boards/acme/jobs': () => ({
        json: {
          jobs: [
            {
              id: 1,
              title: 'Backend Engineer',
              absolute_url: `${origin}/jobs/1`,
              location: { name: 'Remote' },
              content: `&lt;p&gt;${'We build TypeScript services on PostgreSQL for payments. '.repeat(12)}&lt;/p&gt;`,
            },
          ],
        },
      }),
      '/jobs/1': { body: '<main>We build TypeScript services on PostgreSQL for payments.</main>' },
    });
    origin = board.url;
    /** The first lines of the run's one letter: the name heading and the contact line. */
    const letterHeader = (workspace: string) => {
      const out = path.join(workspace, 'job-matcher-output');
      const folder = readdirSync(out, { withFileTypes: true }).find((d) => d.isDirectory())!.name;
      return readFileSync(path.join(out, folder, 'cover-letter.md'), 'utf8')
        .split('\n')
        .slice(0, 3)
        .join('\n');
    };
    // Every run's company is the loopback board: nothing leaves the machine.
    const config = {
      'jm.json': JSON.stringify({
        profile: { titles: ['Backend Engineer'] },
        companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: board.url }],
      }),
    };
    try {
      const run = await runAction({
        prepare: (ws) => copyFileSync(path.join(fixtures, 'zoe.pdf'), path.join(ws, 'resume.pdf')),
        files: config,
        inputs: { config: 'jm.json', resume: 'resume.pdf', llm: 'off', github_token: '', formats: 'md' },
      });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(
        letterHeader(run.workspace),
        '# Zoë Ramírez-Łukasik\n\nzoe.ramirez@example.com · +1 555 010 0142 · New York, NY · https://github.com/zoe-example',
      );
      assert.match(
        run.stdout,
        /::group::Resume: what was understood\nResume: resume\.pdf \(PDF, text layer\)\n/,
      );
      assert.match(
        run.stdout,
        /1\. Senior Backend Engineer — Brightwave Payments · Apr 2021 – Present · 4 bullets/,
      );
      assert.ok(!run.stdout.includes('zoe.ramirez@example.com'));

      const docx = await runAction({
        prepare: (ws) => copyFileSync(path.join(fixtures, 'jane.docx'), path.join(ws, 'cv.docx')),
        files: config,
        inputs: { config: 'jm.json', resume: 'cv.docx', llm: 'off', github_token: '', formats: 'md' },
      });
      assert.equal(
        letterHeader(docx.workspace),
        '# Jane Doe\n\njane.doe@example.com · +1 555 010 0199 · Brooklyn, NY · https://github.com/janedoe',
      );
      assert.match(docx.stdout, /Resume: cv\.docx \(Word document\)\n/, docx.stdout + docx.stderr);
      assert.match(docx.stdout, /2\. Software Engineer — Globex Inc\. · Jun 2015 – Feb 2019 · 2 bullets/);

      const scanned = await runAction({
        prepare: (ws) => copyFileSync(path.join(fixtures, 'scanned.pdf'), path.join(ws, 'resume.pdf')),
        files: config,
        inputs: { config: 'jm.json', resume: 'resume.pdf', llm: 'off', github_token: '' },
      });
      assert.equal(scanned.code, 1);
      assert.match(
        scanned.stdout,
        /::error::input resume: ".*resume\.pdf" has no text layer \(a scanned image, 1 page\); /,
      );
    } finally {
      await board.close();
    }
  });
});

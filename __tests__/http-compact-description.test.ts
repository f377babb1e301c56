import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compactText, MAX_BOILERPLATE_SHARE } from '../src/generate/fit.ts';
import { fixtureJson } from './helpers/board-server.ts';

interface LeverPosting {
  descriptionPlain?: string;
  additionalPlain?: string;
  lists?: { text: string; content: string }[];
}

// Spotify's recorded Lever posting: its description and its closing paragraph, which holds the
// equal-opportunity sentence, delivered as one long line as Lever's descriptionPlain often is.
const posting = fixtureJson<LeverPosting[]>('lever-spotify.json')[0];
const EEO = 'Spotify is an equal opportunity employer.';

describe('compaction removes boilerplate by sentence and never most of a description', () => {
  it('a one-line description with one equal-opportunity sentence keeps everything else', () => {
    // The recorded text is cut mid-word; it ends at its last whole word here, as a full one would.
    const description = posting.descriptionPlain!.replace(/\s*\S*$/, '.');
    const oneLine = `${description} ${EEO} We value every listener and every voice on our team.`;
    assert.ok(!oneLine.includes('\n') && oneLine.length > 600);
    const compact = compactText(oneLine);
    assert.ok(!compact.includes(EEO), 'the boilerplate sentence is gone');
    assert.ok(compact.includes('We value every listener and every voice on our team.'));
    assert.ok(compact.startsWith(description.slice(0, 80)));
    assert.ok(
      compact.length >= oneLine.length - EEO.length - 2,
      `${compact.length} of ${oneLine.length} chars kept`,
    );
  });

  it(`a description that is mostly legal text loses at most ${MAX_BOILERPLATE_SHARE * 100}% to compaction`, () => {
    const legal =
      'We are an equal opportunity employer. We provide reasonable accommodation to applicants with disabilities. ' +
      'We participate in E-Verify. Read our privacy policy before you apply. Recruiting agencies need not contact us.';
    const text = `Build our payments API in TypeScript. ${legal}`;
    const compact = compactText(text);
    assert.ok(compact.length >= text.length * (1 - MAX_BOILERPLATE_SHARE), compact);
    assert.match(compact, /Build our payments API in TypeScript\./);
  });
});

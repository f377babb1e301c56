import * as cheerio from 'cheerio';
import { htmlToText } from './text.ts';

/** Page chrome and widgets that are never the job description. */
const NOISE = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'nav',
  'aside',
  'dialog',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[role=dialog]',
  '[role=search]',
  '[aria-hidden=true]',
  '[hidden]',
  '#onetrust-consent-sdk',
  '#CybotCookiebotDialog',
  '.cc-window',
  '[id*=cookie i]',
  '[class*=cookie i]',
  '[id*=consent i]',
  '[class*=consent i]',
  '[class*=skip-link i]',
].join(', ');

/** Where the content usually is, best first. */
const CANDIDATES = [
  '[itemprop=description]',
  '#job-description',
  '.job-description',
  '[class*=job-description i]',
  '[class*=jobDescription]',
  '[class*=job-details i]',
  '[class*=posting i]',
  'main',
  '[role=main]',
  'article',
  '#content',
  '.content',
];

/** Shorter than this, a candidate is probably a teaser or an empty shell (client-rendered page). */
const MIN_CHARS = 200;

/**
 * The page's main content as plain text: the first content container that holds real text (a job
 * description container, `main`, `article`, ...), without navigation, headers, footers, forms and
 * cookie banners; the body when no container qualifies.
 */
export function mainText(html: string): string {
  if (!html) return '';
  const $ = cheerio.load(html);
  $(NOISE).remove();
  // A header/footer inside the content (e.g. an article's title block) is content; the site's own is not.
  $('header, footer')
    .filter((_, el) => $(el).parents('main, article, [role=main]').length === 0)
    .remove();

  let fallback = '';
  for (const selector of CANDIDATES) {
    for (const el of $(selector).toArray()) {
      const text = htmlToText($.html(el));
      if (text.length >= MIN_CHARS) return text;
      if (text.length > fallback.length) fallback = text;
    }
  }
  const body = htmlToText($('body').html() ?? $.root().html() ?? '');
  return body.length > fallback.length ? body : fallback;
}

/**
 * Markdown -> a small block model (headings, paragraphs, list items, rules) that the PDF and DOCX
 * writers lay out. Raw HTML in the Markdown is kept as literal text; link targets are kept only when
 * they are http(s) or mailto.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { stripControlChars } from '../text/untrusted.ts';
import { decodeEntities } from '../html/text.ts';
import { boundNesting } from './nesting.ts';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  code: boolean;
  /** Safe (http, https, mailto) target when the run is link text. */
  link?: string;
}

export type Block =
  | { type: 'heading'; depth: number; runs: Run[] }
  | { type: 'paragraph'; runs: Run[]; quote: boolean }
  | { type: 'item'; level: number; marker: string; runs: Run[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

/** One shared parser: GFM, single newlines are line breaks (letters' address blocks). */
export const markdown = new Marked({ gfm: true, breaks: true });

/** Link targets a document may keep as clickable. */
export function linkTarget(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  if (/^https?:\/\/[^\s]+$/i.test(h) || /^mailto:[^\s:]+@[^\s]+$/i.test(h)) {
    try {
      return new URL(h).href;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function clean(s: string): string {
  return stripControlChars(decodeEntities(s));
}

interface Style {
  bold: boolean;
  italic: boolean;
  code: boolean;
  link?: string;
}

const PLAIN: Style = { bold: false, italic: false, code: false };

function inlineRuns(tokens: Token[] | undefined, style: Style, out: Run[] = []): Run[] {
  for (const t of tokens ?? []) {
    const tok = t as Tokens.Generic;
    switch (tok.type) {
      case 'strong':
        inlineRuns(tok.tokens, { ...style, bold: true }, out);
        break;
      case 'em':
        inlineRuns(tok.tokens, { ...style, italic: true }, out);
        break;
      case 'del':
        inlineRuns(tok.tokens, style, out);
        break;
      case 'link':
        inlineRuns(tok.tokens, { ...style, link: linkTarget(tok.href) }, out);
        break;
      case 'image':
        // Images are not fetched; their alt text stands in.
        if (tok.text) out.push({ ...style, text: clean(tok.text) });
        break;
      case 'codespan':
        out.push({ ...style, code: true, text: clean(tok.text) });
        break;
      case 'br':
        out.push({ ...style, text: '\n' });
        break;
      case 'checkbox':
        // Task-list boxes are written by listBlocks from the item itself.
        break;
      case 'text':
        if (tok.tokens?.length) inlineRuns(tok.tokens, style, out);
        else out.push({ ...style, text: clean(tok.text) });
        break;
      default:
        // escape, inline html (shown as the literal text it is) and anything unknown.
        if (typeof tok.text === 'string') out.push({ ...style, text: clean(tok.text) });
        else if (tok.tokens) inlineRuns(tok.tokens, style, out);
    }
  }
  return mergeRuns(out);
}

function sameStyle(a: Run, b: Run): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.link === b.link;
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, r)) last.text += r.text;
    else merged.push({ ...r });
  }
  return merged;
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out.length) out[0].text = out[0].text.replace(/^\s+/, '');
  if (out.length) out[out.length - 1].text = out[out.length - 1].text.trimEnd();
  return out.filter((r) => r.text);
}

function listBlocks(list: Tokens.List, level: number, quote: boolean, out: Block[]): void {
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${start + i}.` : '•';
    let first = true;
    for (const child of item.tokens) {
      const c = child as Tokens.Generic;
      if (c.type === 'list') {
        listBlocks(c as Tokens.List, level + 1, quote, out);
      } else if (c.type === 'text' || c.type === 'paragraph') {
        const runs = trimRuns(inlineRuns(c.tokens ?? [{ type: 'text', raw: c.raw, text: c.text }], PLAIN));
        if (!runs.length) continue;
        if (first && item.task) runs.unshift({ ...PLAIN, text: item.checked ? '[x] ' : '[ ] ' });
        if (first) out.push({ type: 'item', level, marker, runs });
        else out.push({ type: 'item', level, marker: '', runs });
        first = false;
      } else if (c.type !== 'checkbox') {
        blocks([c], out, quote);
      }
    }
  });
}

function blocks(tokens: Token[], out: Block[], quote = false): Block[] {
  for (const t of tokens) {
    const tok = t as Tokens.Generic;
    switch (tok.type) {
      case 'heading': {
        const runs = trimRuns(inlineRuns(tok.tokens, PLAIN));
        if (runs.length) out.push({ type: 'heading', depth: tok.depth, runs });
        break;
      }
      case 'paragraph':
      case 'text': {
        const runs = trimRuns(
          inlineRuns(tok.tokens ?? [{ type: 'text', raw: tok.raw, text: tok.text }], PLAIN),
        );
        if (runs.length) out.push({ type: 'paragraph', runs, quote });
        break;
      }
      case 'list':
        listBlocks(tok as Tokens.List, 0, quote, out);
        break;
      case 'blockquote':
        blocks(tok.tokens ?? [], out, true);
        break;
      case 'code':
        out.push({ type: 'code', text: stripControlChars(tok.text) });
        break;
      case 'hr':
        out.push({ type: 'rule' });
        break;
      case 'html': {
        const text = clean(tok.text).trim();
        if (text) out.push({ type: 'paragraph', runs: [{ ...PLAIN, text }], quote });
        break;
      }
      case 'table': {
        const table = tok as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const runs: Run[] = [];
          row.forEach((cell, i) => {
            if (i > 0) runs.push({ ...PLAIN, text: ' | ' });
            runs.push(...inlineRuns(cell.tokens, { ...PLAIN, bold: cell.header }));
          });
          const trimmed = trimRuns(mergeRuns(runs));
          if (trimmed.length) out.push({ type: 'paragraph', runs: trimmed, quote });
        }
        break;
      }
      default:
        // space, def and unknown tokens carry no visible content.
        break;
    }
  }
  return out;
}

/** Parses untrusted Markdown into layout blocks. */
export function toBlocks(md: string): Block[] {
  return blocks(markdown.lexer(boundNesting(stripControlChars(md))), []);
}

/** The plain text of some runs. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

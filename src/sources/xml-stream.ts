/**
 * Streaming XML reading for big feeds and sitemaps: the document is parsed chunk by chunk (saxes)
 * and only one record element at a time is kept as a small tree, so a 20 MB feed never sits in
 * memory whole.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** Local name (namespace prefix dropped). */
  name: string;
  attrs: Record<string, string>;
  /** The element's own text and CDATA, untrimmed. */
  text: string;
  children: XmlNode[];
}

/** First child (by local name) text, trimmed; '' when absent. */
export function childText(node: XmlNode, name: string): string {
  return node.children.find((c) => c.name === name)?.text.trim() ?? '';
}

/** Every descendant with that local name, document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

export interface StreamStats {
  /** Name of the document's root element ('' when none was seen). */
  root: string;
  /** Records handed to onRecord. */
  records: number;
  /** First well-formedness error, if any (parsing goes on past it). */
  error?: string;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Parses `chunks` as XML and calls `onRecord` with each element whose local name is in `recordNames`
 * (nested records are not looked for inside a record). `onRecord` returning false stops reading.
 */
export async function streamXmlRecords(
  chunks: AsyncIterable<Uint8Array>,
  recordNames: readonly string[],
  onRecord: (node: XmlNode) => boolean | void,
): Promise<StreamStats> {
  const parser = new SaxesParser({ position: false });
  const stats: StreamStats = { root: '', records: 0 };
  // Feeds sometimes carry HTML entities outside CDATA; the common ones are kept rather than failed.
  Object.assign(parser.ENTITIES, {
    nbsp: '\u00a0',
    ndash: '–',
    mdash: '—',
    rsquo: '’',
    lsquo: '‘',
    hellip: '…',
  });
  const stack: XmlNode[] = [];
  let stopped = false;

  parser.on('error', (err) => {
    stats.error ??= err.message;
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (!stats.root) stats.root = name;
    if (stack.length === 0 && !recordNames.includes(name)) return;
    const node: XmlNode = {
      name,
      attrs: { ...(tag.attributes as Record<string, string>) },
      text: '',
      children: [],
    };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  const onText = (t: string) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node && stack.length === 0 && !stopped) {
      stats.records++;
      if (onRecord(node) === false) stopped = true;
    }
  });

  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (stopped) return stats;
  }
  parser.write(decoder.decode());
  parser.close();
  return stats;
}

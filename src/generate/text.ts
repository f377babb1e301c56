/** Text helpers shared by the generators: sanitising untrusted text, tokens, terms and size fitting. */

// Zero-width and invisible format characters, bidi controls and Unicode tag characters: invisible to a
// reader, but a model reads them, so hidden instructions can ride on them.
const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]|[\u{E0000}-\u{E007F}]/gu;

/** Removes zero-width, bidi-control and tag characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Prepares untrusted text (a posting, a company name) for a place between prompt delimiters: NFKC
 * folds full-width look-alikes to ASCII, invisible characters go, and angle brackets become
 * single guillemets so nothing inside can open or close a `<job_posting>` style delimiter.
 */
export function neutraliseUntrusted(text: string): string {
  return stripInvisible(text.normalize('NFKC')).replace(/</g, '‹').replace(/>/g, '›');
}

/** Cleans model output meant to be Markdown: invisible characters, HTML tags and code fences go. */
export function sanitiseModelMarkdown(text: string): string {
  let out = stripInvisible(text.normalize('NFC'));
  out = out.replace(/^\s*```[a-z]*\s*\n?/i, '').replace(/\n?```\s*$/, '');
  out = out.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '').replace(/<\/?[a-z][^>]*>/gi, '');
  out = out.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
  return out.trim();
}

/**
 * Token estimate: about 4 characters per token for English text with the GPT tokenizers. It is an
 * estimate for fitting requests under a cap, so the caps keep a safety margin.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

// Lines that are the same on every posting of a company and say nothing about the role.
const BOILERPLATE = [
  /equal (employment )?opportunity/i,
  /without regard to (race|color|religion)/i,
  /\b(race|religion|sexual orientation|gender identity|national origin|veteran status|disability)\b.*\b(race|religion|sexual orientation|gender identity|national origin|veteran status|disability)\b/i,
  /reasonable accommodation/i,
  /\b(e-?verify|affirmative action)\b/i,
  /^\s*(apply( now)?|share( this job)?|back to (all )?jobs|view all jobs|save job)\s*$/i,
  /\bcookies?\b.*\b(accept|policy|consent)\b/i,
  /privacy (policy|notice)/i,
  /^\s*(follow us|like us) on\b/i,
  /recruit(ing|ment) (agencies|agency)/i,
];

function compactOnce(text: string): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of stripInvisible(text).replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/[ \t\u00A0]+/g, ' ').trim();
    if (!line) {
      if (lines.length && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    if (BOILERPLATE.some((re) => re.test(line))) continue;
    const key = line.toLowerCase();
    if (seen.has(key) && line.length > 20) continue;
    seen.add(key);
    lines.push(line);
  }
  return lines.join('\n').trim();
}

/** Cuts text to at most maxChars, at the last sentence end (or line/word break) before the limit. */
export function truncateAtSentence(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= 0) return '';
  const head = text.slice(0, maxChars);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('.\n'),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('\n'),
  );
  if (sentenceEnd >= maxChars * 0.5) return head.slice(0, sentenceEnd + 1).trim();
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : head).trim();
}

/**
 * Remembers a pure function's answers for the last few long texts: a job's description is compacted
 * and scanned for technologies by the letter, the resume and the fact check alike.
 */
function recentTexts<T>(fn: (text: string) => T, size = 16): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (text.length < 500) return fn(text);
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(text, value);
    }
    return value;
  };
}

/** Drops boilerplate lines and duplicate lines and collapses whitespace; keeps paragraph breaks. */
export const compactText = recentTexts(compactOnce);

/** Compacts a description, then truncates it at a sentence boundary to fit a token budget. */
export function fitToTokens(text: string, maxTokens: number): string {
  return truncateAtSentence(compactText(text), Math.max(0, maxTokens) * 4);
}

/** Splits prose into sentences at . ! ? followed by a space (so "Node.js" stays whole) and at newlines. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n/g)) {
    const end = m.index + m[0].length;
    out.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out.filter((s) => s.trim());
}

// ---- terms -------------------------------------------------------------------------------------

/** Lower-case word tokens; keeps + and # (c++, c#) and folds accents. */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+(?:[+#]+)?|[+#]+/g) ?? []
  );
}

const ALIASES: Record<string, string> = {
  postgres: 'postgresql',
  k8s: 'kubernetes',
  golang: 'go',
  nodejs: 'node',
  reactjs: 'react',
  vuejs: 'vue',
  nextjs: 'next',
  gcp: 'google cloud',
  aws: 'amazon web services',
};

/** Compact canonical form of a term: "Node.js" and "NodeJS" -> "node", "Postgres" -> "postgresql". */
export function canonicalTerm(term: string): string {
  const compact = tokens(term).join('');
  const alias = ALIASES[compact];
  return alias ? alias.replace(/ /g, '') : compact;
}

/** For each alias target ("kubernetes"), the compact forms that stand for it ("k8s"). */
const ALIAS_SOURCES = new Map<string, string[]>();
for (const [from, to] of Object.entries(ALIASES)) {
  const target = to.replace(/ /g, '');
  ALIAS_SOURCES.set(target, [...(ALIAS_SOURCES.get(target) ?? []), from]);
}

/** Longest run of consecutive tokens whose concatenation counts as one term ("node js" = "nodejs"). */
const MAX_RUN = 4;

interface TermQuery {
  words: string[];
  /** Concatenations that count as the term: its compact and canonical forms and their aliases. */
  targets: string[];
}

// The same few hundred terms (resume skills, known technologies) are asked of every posting.
const queries = new Map<string, TermQuery>();

function queryOf(term: string): TermQuery {
  let q = queries.get(term);
  if (!q) {
    const words = tokens(term);
    const targets = new Set([canonicalTerm(term), words.join('')]);
    for (const t of [...targets]) for (const source of ALIAS_SOURCES.get(t) ?? []) targets.add(source);
    q = { words, targets: [...targets] };
    if (queries.size > 10_000) queries.clear();
    queries.set(term, q);
  }
  return q;
}

/**
 * An index over a text's tokens answering "does this term occur here?", tolerant of case,
 * punctuation ("Node.js" = "nodejs" = "node js") and a few well-known aliases. Built in one pass
 * over the tokens (positions by word); runs of tokens are joined only when a query asks, which keeps
 * a 10 KB description cheap to index.
 */
export class TermIndex {
  private readonly toks: string[];
  private readonly positions = new Map<string, number[]>();
  /** Distinct words by their first character: the candidates for the start of a run. */
  private readonly byFirstChar = new Map<string, string[]>();

  constructor(text: string) {
    this.toks = tokens(text);
    this.toks.forEach((t, i) => {
      const at = this.positions.get(t);
      if (at) at.push(i);
      else {
        this.positions.set(t, [i]);
        const first = this.byFirstChar.get(t[0]);
        if (first) first.push(t);
        else this.byFirstChar.set(t[0], [t]);
      }
    });
  }

  has(term: string): boolean {
    const { words, targets } = queryOf(term);
    if (words.length === 0) return true;
    if (words.length > MAX_RUN) return words.every((t) => this.positions.has(t));
    for (const target of targets) if (this.hasRun(target)) return true;
    return false;
  }

  /** Whether 1..MAX_RUN consecutive tokens concatenate to exactly `target`. */
  private hasRun(target: string): boolean {
    for (const first of this.byFirstChar.get(target[0]) ?? []) {
      if (!target.startsWith(first)) continue;
      for (const i of this.positions.get(first)!) {
        let joined = first;
        for (let j = i + 1; j < i + MAX_RUN && j < this.toks.length && joined.length < target.length; j++) {
          joined += this.toks[j];
          if (!target.startsWith(joined)) break;
        }
        if (joined === target) return true;
      }
    }
    return false;
  }
}

/** Well-known technologies; a bullet naming one the source resume lacks is an invention. */
export const TECH_TERMS: readonly string[] = [
  'JavaScript',
  'TypeScript',
  'Python',
  'Java',
  'Kotlin',
  'Scala',
  'Go',
  'Rust',
  'Ruby',
  'PHP',
  'C++',
  'C#',
  'Swift',
  'Objective-C',
  'Elixir',
  'Erlang',
  'Haskell',
  'Clojure',
  'Perl',
  'MATLAB',
  'Dart',
  'Node.js',
  'Deno',
  'Bun',
  'React',
  'Vue',
  'Angular',
  'Svelte',
  'Next.js',
  'Nuxt',
  'Redux',
  'jQuery',
  'Django',
  'Flask',
  'FastAPI',
  'Rails',
  'Spring',
  'Spring Boot',
  'Express',
  'NestJS',
  'Laravel',
  '.NET',
  'ASP.NET',
  'GraphQL',
  'gRPC',
  'REST',
  'Kafka',
  'RabbitMQ',
  'Redis',
  'Memcached',
  'PostgreSQL',
  'MySQL',
  'SQLite',
  'MongoDB',
  'Cassandra',
  'DynamoDB',
  'Elasticsearch',
  'OpenSearch',
  'Snowflake',
  'BigQuery',
  'Redshift',
  'ClickHouse',
  'Spark',
  'Hadoop',
  'Airflow',
  'dbt',
  'Flink',
  'Docker',
  'Kubernetes',
  'Helm',
  'Terraform',
  'Ansible',
  'Pulumi',
  'Jenkins',
  'CircleCI',
  'GitHub Actions',
  'GitLab',
  'AWS',
  'Amazon Web Services',
  'Azure',
  'GCP',
  'Google Cloud',
  'Lambda',
  'EC2',
  'S3',
  'CloudFormation',
  'Prometheus',
  'Grafana',
  'Datadog',
  'Splunk',
  'Kibana',
  'OpenTelemetry',
  'Linux',
  'Nginx',
  'TensorFlow',
  'PyTorch',
  'scikit-learn',
  'Pandas',
  'NumPy',
  'Keras',
  'LangChain',
  'Tableau',
  'Power BI',
  'Looker',
  'Figma',
  'Sketch',
  'Salesforce',
  'SAP',
  'Jira',
  'Webpack',
  'Vite',
  'Tailwind',
  'Sass',
  'iOS',
  'Android',
  'Flutter',
  'React Native',
  'Unity',
  'Unreal',
  'Solidity',
  'Ethereum',
  'Hive',
  'Presto',
  'Trino',
  'Databricks',
  'Vercel',
  'Netlify',
  'Heroku',
  'Firebase',
  'Supabase',
  'Prisma',
  'Sequelize',
  'Hibernate',
  'Oracle',
  'SQL Server',
  'Cobol',
  'Fortran',
  'Zig',
  'WebAssembly',
  'Istio',
  'Envoy',
  'Consul',
  'Vault',
  'Nomad',
  'ArgoCD',
  'Argo',
  'Kubeflow',
  'MLflow',
];

/**
 * Technical-looking words of a text: inner capitals (GraphQL), dotted or symbol names (Node.js, C#)
 * and the built-in technology names it mentions.
 */
export const techTermsIn = recentTexts(findTechTerms);

function findTechTerms(text: string): string[] {
  const index = new TermIndex(text);
  const found = new Set<string>();
  // Words as written, split where a name cannot continue; a sentence's final dot is not part of it.
  const written = new Set<string>();
  for (const raw of text.split(/[^\w.+#]+/)) {
    const word = raw.replace(/\.+$/, '');
    if (!word) continue;
    written.add(word);
    // Dotted or symbol names: Node.js, ASP.NET, C++, C#, .NET (not e.g./i.e., domains or file names).
    if (!/^(?:[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+|[A-Za-z]+[+#]+|\.[A-Z][A-Za-z]+)$/.test(word)) continue;
    if (/^(e\.g|i\.e|etc|vs|u\.s|a\.m|p\.m)\b/i.test(word)) continue;
    if (/\.[a-z]{2,3}$/.test(word) && !/\.js$/i.test(word)) continue;
    found.add(word);
  }
  for (const m of text.matchAll(/\b([a-z]*[a-z][A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*)\b/g))
    found.add(m[1]);
  for (const [term, plainWord] of TECH_TERM_KINDS) {
    if (plainWord ? written.has(term) : index.has(term)) found.add(term);
  }
  return [...found];
}

/** Plain words (Go, Rust, Spring, REST) collide with English: they count only as written. */
const TECH_TERM_KINDS: readonly [string, boolean][] = TECH_TERMS.map((term) => [
  term,
  /^([A-Z][a-z]+|[A-Z]{2,5})$/.test(term),
]);

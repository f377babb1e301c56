/** Technology names: a built-in list, and the technical-looking words of a text. */
import { recentTexts } from '../text/recent.ts';
import { canonicalTerm, namesOf } from './aliases.ts';
import { TermIndex } from './term-index.ts';

/** Well-known technologies; a bullet naming one the source resume lacks is an invention. */
export const TECH_TERMS: readonly string[] = [
  'C',
  'SQL',
  'NoSQL',
  'HTML',
  'CSS',
  'Bash',
  'Git',
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
 * Requirements a posting asks for that are not technology names: the rest of the keyword gap a job
 * seeker looks for. Used for the posting's skills, not by the fact check (a letter may say "algorithms").
 */
export const REQUIREMENT_TERMS: readonly string[] = [
  'machine learning',
  'deep learning',
  'statistics',
  'computer vision',
  'NLP',
  'LLM',
  'data structures',
  'algorithms',
  'distributed systems',
  'microservices',
  'system design',
  'unit testing',
  'A/B testing',
  'ETL',
  'data modeling',
  'CI/CD',
  'RTOS',
  'microcontrollers',
  'embedded Linux',
  'device drivers',
  'accessibility',
  'responsive design',
];

/** The built-in technology names in canonical form: the terms `says` reads by the rule of `mentions`. */
const TECH_KEYS = new Set(TECH_TERMS.map(canonicalTerm));

/**
 * Built-in names that are also everyday English words ("go-to", "rest assured", "a spring hire", "react
 * quickly"): written in lowercase they say nothing about technology. The other names ("python", "docker",
 * "sql") name it in any case, as people write the skills lists of their resumes.
 */
const ENGLISH_WORDS = new Set(
  (
    'c go rust ruby swift dart spring express rest spark flask rails sketch unity lambda vault consul envoy ' +
    'helm hive bun snowflake oracle unreal react angular svelte elixir airflow flutter hibernate solidity ' +
    'redshift azure tailwind sap pandas java presto nomad argo looker sass perl'
  ).split(' '),
);

type TermKind = 'letter' | 'plain' | 'term';

/** Plain words (Go, Rust, Spring, REST) collide with English: they count only as written. */
function kindOf(name: string): TermKind {
  if (name.length === 1) return 'letter';
  return /^([A-Z][a-z]+|[A-Z]{2,5})$/.test(name) ? 'plain' : 'term';
}

/**
 * The language C as written: a capital C on its own, not "C-suite", "C's", "Objective-C", "Series C"
 * or "Type C" (the only single-letter name in the list).
 */
const LANGUAGE_LETTER =
  /(?<![\w.+#'’-])(?<!\b(?:[Ss]eries|[Tt]ype|[Vv]itamin|[Gg]rade|[Cc]lass|[Pp]lan|USB|[Ll]evel) )C(?![\w+#'’]|-\w)/;

/**
 * A text read for technology names, one rule for the posting's skills, the score's skills part and the
 * fact check: a name counts in any of its spellings (aliases.ts), whole words only; a spelling that is
 * also an English word (Go, Rust, REST, Node) only as written; C only as the language.
 */
export class TechText {
  readonly index: TermIndex;
  /** Words as written, split where a name cannot continue; a sentence's final dot is not part of it. */
  readonly written: string[] = [];
  private readonly writtenSet: Set<string>;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    this.index = new TermIndex(text);
    // A TS/SCI clearance is one word here, as in tokens(): it is not TypeScript.
    for (const raw of text.replace(/\bTS\/SCI\b/gi, 'TS_SCI').split(/[^\w.+#]+/)) {
      const word = raw.replace(/(?<!\.)\.+$/, '');
      if (word) this.written.push(word);
    }
    this.writtenSet = new Set(this.written);
  }

  mentions(term: string): boolean {
    return namesOf(term).some((name) => {
      switch (kindOf(name)) {
        case 'letter':
          return name === 'C' ? LANGUAGE_LETTER.test(this.text) : this.writtenSet.has(name);
        case 'plain':
          return this.writtenSet.has(name);
        default:
          return this.index.hasSpelling(name);
      }
    });
  }

  /**
   * Whether the text names a term (how a resume and the lines checked against it are read): a built-in
   * technology name that is also an English word by the rule of `mentions` ("C-suite", "go-to" and
   * "rest assured" name none); any other term (another technology, a requirement, a skill in your own
   * words) in any spelling and case, as TermIndex reads it ("python, docker, sql" names three).
   */
  says(term: string): boolean {
    if (!TECH_KEYS.has(canonicalTerm(term))) return this.index.has(term);
    if (this.mentions(term)) return true;
    return !namesOf(term).some((name) => ENGLISH_WORDS.has(name.toLowerCase())) && this.index.has(term);
  }
}

/**
 * Technical-looking words of a text: inner capitals (GraphQL), dotted or symbol names (Node.js, C#)
 * and the built-in technology names it mentions.
 */
export const techTermsIn = recentTexts((text: string) => {
  const tech = new TechText(text);
  return [
    ...new Set([...symbolNames(tech), ...innerCapitals(text), ...TECH_TERMS.filter((t) => tech.mentions(t))]),
  ];
});

/**
 * The technologies a posting names: the known names, and names of the shapes "X.js", "X.NET", "X++"
 * and "X#" (no guessing from capitals or dots: "Ph.D" and "LinkedIn" are not skills).
 */
export function knownTechIn(tech: TechText): string[] {
  const shaped = tech.written.filter((w) =>
    /^(?:[A-Za-z][A-Za-z0-9]*\.js|[A-Za-z]+[+#]+|(?:[A-Za-z]+)?\.NET)$/.test(w),
  );
  return [...new Set([...shaped, ...TECH_TERMS.filter((t) => tech.mentions(t))])];
}

/** Dotted or symbol names: Node.js, ASP.NET, C++, C#, .NET (not e.g./i.e., domains or file names). */
function symbolNames(tech: TechText): string[] {
  return tech.written.filter(
    (word) =>
      /^(?:[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+|[A-Za-z]+[+#]+|\.[A-Z][A-Za-z]+)$/.test(word) &&
      !/^(e\.g|i\.e|etc|vs|u\.s|a\.m|p\.m)\b/i.test(word) &&
      !(/\.[a-z]{2,3}$/.test(word) && !/\.js$/i.test(word)),
  );
}

function innerCapitals(text: string): string[] {
  return [...text.matchAll(/\b([a-z]*[a-z][A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*)\b/g)].map((m) => m[1]);
}

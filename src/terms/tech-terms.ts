/** Technology names: a built-in list, and the technical-looking words of a text. */
import { recentTexts } from '../text/recent.ts';
import { TermIndex } from './term-index.ts';

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

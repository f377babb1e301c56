/**
 * Deterministic (seeded) job data of a real shape: titles, companies and locations as job boards
 * list them, and posting pages with schema.org JobPosting JSON-LD of a chosen description size.
 */
import type { Posting } from '../src/model.ts';
import type { Profile } from '../src/settings/index.ts';
import { pick, seededRandom } from './stats.ts';

const SENIORITY = ['', '', '', 'Senior', 'Staff', 'Principal', 'Lead', 'Junior', 'Associate', 'Sr.'];
const AREAS = [
  'Backend',
  'Frontend',
  'Full Stack',
  'Platform',
  'Infrastructure',
  'Data',
  'Machine Learning',
  'Site Reliability',
  'Security',
  'Mobile',
  'iOS',
  'Android',
  'Embedded',
  'Cloud',
  'DevOps',
  'QA',
  'Product',
  'Solutions',
  'Support',
  'Distributed Systems',
];
const ROLES = [
  'Engineer',
  'Software Engineer',
  'Developer',
  'Engineering Manager',
  'Architect',
  'Analyst',
  'Scientist',
  'Designer',
  'Product Manager',
  'Technical Writer',
  'Intern',
  'Recruiter',
  'Account Executive',
  'Customer Success Manager',
];
const TEAMS = [
  'Payments',
  'Identity',
  'Growth',
  'Search',
  'Ads',
  'Billing',
  'Core',
  'Storage',
  'Observability',
  'Developer Experience',
  'Risk',
  'Fraud',
  'Maps',
  'Checkout',
  'Messaging',
  'Compute',
  'Networking',
  'Trust & Safety',
];
const CITIES = [
  'New York, NY',
  'San Francisco, CA',
  'Seattle, WA',
  'Austin, TX',
  'Boston, MA',
  'Chicago, IL',
  'Denver, CO',
  'Toronto, ON',
  'Vancouver, BC',
  'London, United Kingdom',
  'Dublin, Ireland',
  'Berlin, Germany',
  'Amsterdam, Netherlands',
  'Paris, France',
  'Madrid, Spain',
  'Stockholm, Sweden',
  'Warsaw, Poland',
  'Tel Aviv, Israel',
  'Bengaluru, India',
  'Singapore',
  'Tokyo, Japan',
  'Sydney, Australia',
  'São Paulo, Brazil',
  'Mexico City, Mexico',
  'Zürich, Switzerland',
  'Kraków, Poland',
];
const REMOTE = ['Remote', 'Remote - US', 'Remote (EMEA)', 'Hybrid - London', 'Remote, Canada', 'Anywhere'];
const SYLLABLES = [
  'ba',
  'co',
  'da',
  'fi',
  'go',
  'ka',
  'lu',
  'mi',
  'no',
  'pa',
  'qu',
  'ra',
  'si',
  'to',
  'vi',
  'xa',
  'ze',
  'tri',
  'vex',
  'lor',
];
const WORDS =
  'build operate scale reliable services customers teams design review deploy monitor improve latency ' +
  'throughput APIs TypeScript Go Python PostgreSQL Kafka Kubernetes Terraform AWS GCP observability ' +
  'incidents mentoring ownership roadmap collaborate product data pipelines streaming storage security ' +
  'compliance testing automation performance distributed systems backend platform infrastructure';

function word(random: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(random, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

/** Company display names, deterministic per seed. */
export function companyNames(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const names = new Set<string>();
  while (names.size < count)
    names.add(
      `${word(random, 2 + Math.floor(random() * 2))}${pick(random, ['', ' Labs', ' Inc', ' AI', ' Systems', ''])}`,
    );
  return [...names];
}

export interface ListingShape {
  title: string;
  locations: string[];
}

/** A job title and its locations as a board would list them (a few carry a requisition code). */
export function listingShape(random: () => number): ListingShape {
  const parts = [pick(random, SENIORITY), random() < 0.8 ? pick(random, AREAS) : '', pick(random, ROLES)];
  let title = parts.filter(Boolean).join(' ');
  if (random() < 0.4) title += `, ${pick(random, TEAMS)}`;
  if (random() < 0.15) title += ` (${word(random, 2)})`;
  if (random() < 0.1) title += ` - R${Math.floor(random() * 90_000) + 10_000}`;
  const locations: string[] = [];
  const count = 1 + Math.floor(random() * random() * 3);
  for (let i = 0; i < count; i++) {
    const l = random() < 0.25 ? pick(random, REMOTE) : pick(random, CITIES);
    if (!locations.includes(l)) locations.push(l);
  }
  return { title, locations };
}

/** Postings of a real shape (title, company, locations; no description), for scoring throughput. */
export function syntheticPostings(count: number, seed = 19): Posting[] {
  const random = seededRandom(seed);
  const companies = companyNames(400, seed + 1);
  const postings: Posting[] = [];
  for (let i = 0; i < count; i++) {
    const { title, locations } = listingShape(random);
    const company = pick(random, companies);
    const id = String(4_000_000 + i);
    postings.push({
      key: `greenhouse:${company.toLowerCase().replace(/\W+/g, '')}:${id}`,
      id,
      source: 'greenhouse',
      company,
      title,
      locations,
      remote: locations.some((l) => /remote|anywhere/i.test(l)) ? true : null,
      url: `https://job-boards.example/${encodeURIComponent(company)}/jobs/${id}`,
    });
  }
  return postings;
}

/** The job seeker the bench scores for (the demo resume's profile). */
export const BENCH_PROFILE: Profile = {
  titles: ['Backend Engineer', 'Platform Engineer', 'Software Engineer'],
  skills: ['TypeScript', 'Go', 'PostgreSQL', 'Kafka', 'Kubernetes'],
  locations: ['New York', 'Remote'],
  exclude: ['Manager', 'Intern'],
};

/** A plain-text job description of about `bytes` characters, deterministic per index. */
export function descriptionText(index: number, bytes: number): string {
  const random = seededRandom(1000 + index);
  const words = WORDS.split(' ');
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence: string[] = [];
    const length = 8 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) sentence.push(pick(random, words));
    const text = `${sentence.join(' ')}.`;
    paragraphs.push(text[0].toUpperCase() + text.slice(1));
    size += text.length + 1;
  }
  return paragraphs.join(' ').slice(0, bytes);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A posting page as career sites serve it: JSON-LD JobPosting in the head, the text in <main>. */
export function postingPage(job: {
  title: string;
  company: string;
  location: string;
  description: string;
}): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: `<p>${escapeHtml(job.description)}</p>`,
    datePosted: '2025-11-01',
    hiringOrganization: { '@type': 'Organization', name: job.company },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: job.location } },
  };
  // "<" inside JSON-LD is escaped as \u003c so the description cannot close the script element.
  const json = JSON.stringify(ld).replace(/</g, '\\u003c');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(job.title)}</title>` +
    `<script type="application/ld+json">${json}</script></head>` +
    `<body><header><nav>Jobs</nav></header><main><h1>${escapeHtml(job.title)}</h1>` +
    `<p>${escapeHtml(job.description)}</p></main><footer>© ${escapeHtml(job.company)}</footer></body></html>`
  );
}

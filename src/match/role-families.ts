/**
 * The little role knowledge the title match has beyond the run's own word statistics: which role
 * names stand for the same work, which words name the kind of job, and which only say the level.
 * Documented in docs/matching.md; keep it small and general.
 */

/** A posting that matches a related role of your title's family scores this share of a full match. */
export const RELATED_ROLE = 0.9;

/**
 * Role names that stand for the same work under different names. A profile title that names one of
 * them matches a posting naming another at RELATED_ROLE.
 */
export interface RoleFamily {
  name: string;
  members: readonly string[];
}

export const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    name: 'data science',
    members: [
      'data scientist',
      'applied scientist',
      'research scientist',
      'machine learning scientist',
      'machine learning researcher',
      'AI researcher',
      'decision scientist',
    ],
  },
  {
    name: 'machine learning engineering',
    members: [
      'machine learning engineer',
      'AI engineer',
      'deep learning engineer',
      'computer vision engineer',
      'NLP engineer',
      'LLM engineer',
      'data science engineer',
    ],
  },
  {
    name: 'frontend',
    members: ['frontend engineer', 'UI engineer', 'web engineer'],
  },
  {
    name: 'backend',
    members: ['backend engineer', 'server engineer'],
  },
  {
    name: 'embedded',
    members: ['embedded engineer', 'firmware engineer', 'FPGA engineer'],
  },
  {
    name: 'devops',
    members: ['DevOps engineer', 'site reliability engineer', 'infrastructure engineer', 'cloud engineer'],
  },
  {
    name: 'mobile',
    members: ['mobile engineer', 'iOS engineer', 'Android engineer'],
  },
  {
    name: 'data engineering',
    members: ['data engineer', 'analytics engineer', 'ETL engineer'],
  },
  {
    name: 'data analysis',
    members: ['data analyst', 'business intelligence analyst', 'analytics analyst'],
  },
  {
    name: 'quality',
    members: ['QA engineer', 'test engineer', 'software engineer in test', 'quality engineer'],
  },
  {
    name: 'product design',
    members: ['product designer', 'UX designer', 'UI designer', 'interaction designer'],
  },
];

/**
 * Words that name the kind of job. A title's head (its last such word, usually its last word) carries
 * at least half of its weight: "AI Tutor" is in the field of "AI Engineer" but not the same job.
 */
export const ROLE_NOUNS = new Set([
  'engineer',
  'developer',
  'programmer',
  'scientist',
  'researcher',
  'analyst',
  'designer',
  'architect',
  'manager',
  'administrator',
  'consultant',
  'specialist',
  'technician',
  'director',
  'writer',
  'recruiter',
  'accountant',
  'representative',
  'coordinator',
  'strategist',
  'trader',
  'tutor',
  'mentor',
  'intern',
]);

/** Head words that name the same kind of job, with how close they are (0..1). */
export const SAME_KIND: readonly [string, string, number][] = [
  ['engineer', 'developer', 0.9],
  ['engineer', 'programmer', 0.9],
  ['developer', 'programmer', 0.9],
  ['engineer', 'engineering', 0.8],
];

/**
 * Words that say the level or the hiring programme, not the job ("Senior", "II", "New Grad"): they
 * weigh little in a profile title, and a posting's are never held against it.
 */
export const LEVEL_WORDS = new Set([
  'senior',
  'junior',
  'staff',
  'principal',
  'lead',
  'associate',
  'entry',
  'level',
  'new',
  'grad',
  'grads',
  'graduate',
  'graduates',
  'college',
  'university',
  'early',
  'career',
  'i',
  'ii',
  'iii',
  'iv',
  '1',
  '2',
  '3',
  '4',
]);

/**
 * Words nearly every title of the trade carries: they weigh like level words, so "Embedded Software
 * Engineer" is defined by "Embedded" even in a run too small for word statistics to tell.
 */
export const GENERIC_WORDS = new Set(['software', 'technical', 'technology']);

/** Words that carry nothing in a title. */
export const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'at',
  'to',
  'with',
  'or',
  'on',
]);

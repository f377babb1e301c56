import { TAILORED_RESUME_SCHEMA, type TailoredResume } from './tailored.ts';

/** llm_requests_per_job: 1 — what the model returns: the letter and the tailored resume together. */
export interface CombinedApplication {
  letter: string;
  resume: TailoredResume;
}

/** Strict-mode JSON schema of the one-request answer. */
export const APPLICATION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['letter', 'resume'],
  properties: { letter: { type: 'string' }, resume: TAILORED_RESUME_SCHEMA },
} as const;

import { ashby } from './ashby.ts';
import { greenhouse } from './greenhouse.ts';
import { lever } from './lever.ts';
import { recruitee } from './recruitee.ts';
import { smartrecruiters } from './smartrecruiters.ts';
import type { SourceAdapter } from './types.ts';
import { workable } from './workable.ts';
import { workday } from './workday.ts';

/** ATS job-board APIs (Greenhouse, Lever, ...). */
export const atsSources: SourceAdapter[] = [
  greenhouse,
  lever,
  ashby,
  smartrecruiters,
  workable,
  recruitee,
  workday,
];

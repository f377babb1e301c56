/** Netflix careers (explore.jobs.netflix.net), an Eightfold apply-v2 site. */
import { eightfoldAdapter } from './eightfold.ts';

export const netflix = eightfoldAdapter({
  name: 'netflix',
  label: 'Netflix',
  domain: 'netflix.com',
  origin: 'https://explore.jobs.netflix.net',
  api: 'v2',
});

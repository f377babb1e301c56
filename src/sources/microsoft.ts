/** Microsoft careers (apply.careers.microsoft.com), an Eightfold PCSX site. */
import { eightfoldAdapter } from './eightfold.ts';

export const microsoft = eightfoldAdapter({
  name: 'microsoft',
  label: 'Microsoft',
  domain: 'microsoft.com',
  origin: 'https://apply.careers.microsoft.com',
  api: 'pcsx',
});

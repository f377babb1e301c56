import type { SourceAdapter } from './types.ts';
import { amazon } from './amazon.ts';
import { apple } from './apple.ts';
import { google } from './google.ts';
import { microsoft } from './microsoft.ts';
import { netflix } from './netflix.ts';
import { sitemap } from './sitemap.ts';
import { uber } from './uber.ts';
import { url } from './url.ts';

/** Big-tech career sites and generic pages (url, sitemap). */
export const siteSources: SourceAdapter[] = [amazon, apple, google, microsoft, netflix, uber, url, sitemap];

/**
 * The frontmatter of an explainer or checklist, stated once: the content
 * collections (src/content.config.ts) parse every page with it, so the build
 * refuses what test/content.test.ts refuses. Zod 3 from Astro (astro/zod),
 * which content collections require. Rules that need the file path or the
 * dataset (`lang` equals the folder, incidents exist, one translationKey per
 * language) are checked by src/lib/content.ts when the pages are built.
 */
import { isRealDate } from '@atlas/schema';
import { LOCALES } from '@atlas/schema';
import { z } from 'astro/zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A real calendar day written YYYY-MM-DD ("2026-02-30" is refused). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as "YYYY-MM-DD" (quoted)')
  .refine(isRealDate, 'not a real day');

export const source = z
  .object({
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    url: z.string().regex(/^https:\/\/\S+$/, 'use a full https:// address').url(),
    published: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted)')
      .refine(isRealDate, 'not a real date')
      .optional(),
  })
  .strict();

export const frontmatter = z
  .object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    lang: z.enum(LOCALES),
    translationKey: z.string().regex(kebab, 'use kebab-case, e.g. "choosing-a-clinic"'),
    incidents: z.array(z.string().regex(kebab)),
    lastReviewed: day,
    sources: z.array(source).min(1, 'cite at least one source'),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatter>;

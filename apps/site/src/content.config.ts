/**
 * Explainers and checklists, written in content/{explainers,checklists}/<lang>/<slug>.mdx
 * at the repository root. The frontmatter is strict; rules that need the
 * dataset or the file path (incidents exist, `lang` equals the folder) are
 * checked by src/lib/content.ts when the pages are built.
 */
import { glob } from 'astro/loaders';
import { defineCollection, z } from 'astro:content';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const schema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    lang: z.enum(['en', 'fr', 'it']),
    translationKey: z.string().regex(kebab, 'use kebab-case, e.g. "choosing-a-clinic"'),
    incidents: z.array(z.string().regex(kebab)),
    lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as "YYYY-MM-DD" (quoted)'),
    sources: z
      .array(
        z
          .object({
            title: z.string().min(1),
            publisher: z.string().min(1),
            url: z.string().regex(/^https:\/\/\S+$/, 'use a full https:// address'),
            published: z.string().optional(),
          })
          .strict(),
      ),
  })
  .strict();

const collection = (folder: string) =>
  defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `../../content/${folder}` }),
    schema,
  });

export const collections = {
  explainers: collection('explainers'),
  checklists: collection('checklists'),
};

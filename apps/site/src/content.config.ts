/**
 * Explainers and checklists, written in content/{explainers,checklists}/<lang>/<slug>.mdx
 * at the repository root, parsed with the one frontmatter contract (src/lib/frontmatter.ts).
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { frontmatter } from './lib/frontmatter.ts';

const collection = (folder: string) =>
  defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `../../content/${folder}` }),
    schema: frontmatter,
  });

export const collections = {
  explainers: collection('explainers'),
  checklists: collection('checklists'),
};

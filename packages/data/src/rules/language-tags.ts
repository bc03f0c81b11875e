import type { Finding, Rule } from './types.ts';

function valid(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const languageTags: Rule = {
  id: 'language-tags',
  description: 'Source languages are valid BCP 47 tags.',
  check({ incident }) {
    const out: Finding[] = [];
    incident.sources.forEach((s, i) => {
      if (!valid(s.language)) out.push({ path: ['sources', i, 'language'], message: `"${s.language}" is not a valid BCP 47 language tag` });
    });
    return out;
  },
};

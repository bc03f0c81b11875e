import { rememberedPerKey } from '@atlas/schema';
import type { Finding, RecordRule } from './types.ts';

// Remembered per tag: a dataset uses a few tags many times.
const valid = rememberedPerKey((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}, 10_000);

export const languageTags: RecordRule = {
  id: 'language-tags',
  scope: 'record',
  description: 'Source languages are valid BCP 47 tags.',
  check({ incident }) {
    const out: Finding[] = [];
    incident.sources.forEach((s, i) => {
      if (!valid(s.language)) out.push({ path: ['sources', i, 'language'], message: `"${s.language}" is not a valid BCP 47 language tag` });
    });
    return out;
  },
};

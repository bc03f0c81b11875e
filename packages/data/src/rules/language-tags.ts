import type { Finding, RecordRule } from './types.ts';

// A dataset uses a few tags many times.
const seen = new Map<string, boolean>();

function valid(tag: string): boolean {
  let ok = seen.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      ok = false;
    }
    if (seen.size > 10_000) seen.clear();
    seen.set(tag, ok);
  }
  return ok;
}

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

import type { Finding, RecordRule } from './types.ts';

export const sourceReferences: RecordRule = {
  id: 'source-references',
  scope: 'record',
  description: 'Every figure and account names a source of the same file, and figures cite only sources we have read.',
  check({ incident }) {
    const sources = new Map(incident.sources.map((s) => [s.id, s]));
    const known = [...sources.keys()].join(', ');
    const out: Finding[] = [];
    incident.figures.forEach((f, i) => {
      const s = sources.get(f.source);
      if (!s) out.push({ path: ['figures', i, 'source'], message: `source "${f.source}" is not in sources (known: ${known})` });
      else if (s.read === false) out.push({ path: ['figures', i, 'source'], message: `source "${f.source}" is marked read: false; cite a source we have read, and let it cite this one` });
    });
    (incident.accounts ?? []).forEach((a, i) => {
      if (!sources.has(a.source)) out.push({ path: ['accounts', i, 'source'], message: `source "${a.source}" is not in sources (known: ${known})` });
    });
    incident.sources.forEach((s, i) => {
      if (s.cites === undefined) return;
      if (s.cites === s.id) out.push({ path: ['sources', i, 'cites'], message: 'a source cannot cite itself' });
      else if (!sources.has(s.cites)) out.push({ path: ['sources', i, 'cites'], message: `source "${s.cites}" is not in sources (known: ${known})` });
    });
    return out;
  },
};

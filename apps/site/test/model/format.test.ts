import { describe, expect, it } from 'vitest';
import { connector, figureWithMetric, labelled } from '../../src/model/format.ts';

const text = (f: Parameters<typeof figureWithMetric>[0], locale: 'en' | 'fr' | 'it') => {
  const { number, joiner, metric } = figureWithMetric(f, locale);
  return `${number}${joiner}${metric}`;
};

describe('a figure with what it counts reads as a phrase in each language', () => {
  const hundredsOfThousands = { value: 100000, qualifier: 'multiples-of', metric: 'images' } as const;
  const twoPointSixMillion = { value: 2600000, qualifier: 'more-than', metric: 'images' } as const;
  const servers = { value: 590, qualifier: 'exact', metric: 'servers' } as const;

  it('joins number nouns with of, de or di', () => {
    expect(text(hundredsOfThousands, 'en')).toBe('hundreds of thousands of images');
    expect(text(twoPointSixMillion, 'fr')).toMatch(/^plus de 2,6\s?millions d’images$/);
    expect(text(twoPointSixMillion, 'it')).toMatch(/milioni di immagini$/);
  });

  it('puts a plain space after digits', () => {
    expect(text(servers, 'en')).toBe('590 servers or systems');
    expect(connector('590', 'serveurs', 'fr')).toBe(' ');
  });

  it('elides de before a vowel in French only', () => {
    expect(connector('24 millions', 'dossiers', 'fr')).toBe(' de ');
    expect(connector('24 millions', 'images', 'fr')).toBe(' d’');
  });
});

describe('a label and its value', () => {
  it('take a colon, after a no-break space in French', () => {
    expect(labelled('Category', 'Patient media', 'en')).toBe('Category: Patient media');
    expect(labelled('Catégorie', 'Photos', 'fr')).toBe('Catégorie\u00a0: Photos');
    expect(labelled('Categoria', 'Foto', 'it')).toBe('Categoria: Foto');
  });
});

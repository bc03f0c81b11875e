/** Evidence may spell its number in words, in the source's own language, and nothing else passes for one. */
import { describe, expect, it } from 'vitest';
import { spellsNumber } from '../src/rules/number-words.ts';

describe('spellsNumber', () => {
  it.each([
    ['en', 'access over a billion medical images'],
    ['fr', 'une soixantaine de pays'],
    ['fr', 'sept serveurs'],
    ['it', 'un risarcimento di diecimila euro'],
    ['it', 'tremila pazienti'],
    ['de', 'ein Dutzend Kliniken'],
    ['de', 'zweitausend Patienten'],
    ['es', 'cuatro terabytes de datos'],
    ['nl', 'een half miljoen vrouwen'],
    ['nl', 'Duizend mensen'],
    ['sv', 'tolv miljoner kronor'],
    ['fi', 'noin kolmekymmentä tuhatta potilasta'],
  ])('finds the number in %s: "%s"', (language, text) => {
    expect(spellsNumber(text, language)).toBe(true);
  });

  it.each([
    ['en', 'patient photos were exposed'],
    ['fr', 'des images médicales en accès libre'],
    ['it', 'i dati sanitari di pazienti toscani'],
    ['de', 'Patientendaten im Internet'],
  ])('finds no number in %s: "%s"', (language, text) => {
    expect(spellsNumber(text, language)).toBe(false);
  });

  it('reads a short word as a number only in its own language', () => {
    expect(spellsNumber('en ligne', 'fr')).toBe(false);
    expect(spellsNumber('en patient', 'sv')).toBe(true);
  });

  it('checks a language without a list against every list', () => {
    expect(spellsNumber('tolv miljoner', 'nb')).toBe(true);
  });
});

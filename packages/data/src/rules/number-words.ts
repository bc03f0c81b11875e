/**
 * Words that may stand for a figure in an evidence phrase, by the language of the source:
 * "a billion", "sept serveurs", "diecimila euro", "tolv miljoner", "une soixantaine de pays".
 *
 * An entry of four letters or more is a stem matched at the start of a word, so compounds
 * count too ("diecimila", "zweitausend", "quattrocento"). A shorter entry must be the whole
 * word ("un", "en", "tre"), unless it ends in `*` ("tre*" also finds "trecento", "tremila").
 * The list is chosen by the source's language, because short words such as "un", "en" or
 * "ein" are numbers in one language and ordinary words in another; a source in a language
 * without a list is checked against every list.
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'dozen', 'score', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'terabyte', 'gigabyte', 'petabyte'],
  fr: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douz', 'treiz', 'quatorz', 'quinz', 'seiz', 'vingt', 'trent', 'quarant', 'cinquant', 'soixant', 'cent', 'mille', 'millier', 'million', 'milliard', 'téraoctet', 'gigaoctet'],
  it: ['un', 'uno', 'una', 'due*', 'tre*', 'quattro', 'cinque', 'sei*', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'vent', 'trent', 'quarant', 'cinquant', 'sessant', 'settant', 'ottant', 'novant', 'cento', 'centinai', 'mille', 'mila', 'migliai', 'milion', 'miliard', 'decin', 'dozzin', 'terabyte', 'gigabyte'],
  de: ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'hundert', 'tausend', 'million', 'milliard', 'dutzend', 'terabyte', 'gigabyte'],
  es: ['un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'veint', 'treint', 'cuarent', 'cincuent', 'cien', 'mil', 'millón', 'millones', 'docena', 'terabyte', 'gigabyte'],
  nl: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'twintig', 'dertig', 'honderd', 'duizend', 'miljoen', 'miljard', 'dozijn', 'terabyte', 'gigabyte'],
  sv: ['en', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tjugo', 'trettio', 'hundra', 'tusen', 'miljon', 'miljard', 'dussin', 'terabyte', 'gigabyte'],
  fi: ['yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän', 'kymmen', 'sata', 'sataa', 'tuhat', 'tuhatta', 'miljoon', 'miljard'],
  pt: ['um', 'uma', 'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'cem', 'cento', 'mil', 'milhão', 'milhões', 'bilhão', 'bilhões', 'dúzia'],
};

const ALL = [...new Set(Object.values(WORDS).flat())];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternative = (stem: string) =>
  stem.endsWith('*') ? escapeRegExp(stem.slice(0, -1)) : stem.length >= 4 ? escapeRegExp(stem) : `${escapeRegExp(stem)}(?!\\p{L})`;
const pattern = (stems: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${stems.map(alternative).join('|')})`, 'iu');

const BY_LANGUAGE = new Map(Object.entries(WORDS).map(([lang, stems]) => [lang, pattern(stems)]));
const ANY = pattern(ALL);

/** Whether `text` spells a number in words, in the language of the BCP 47 tag `language`. */
export function spellsNumber(text: string, language: string): boolean {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return (BY_LANGUAGE.get(primary) ?? ANY).test(text);
}

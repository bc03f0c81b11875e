/**
 * Every word the charts draw or say that does not come from the data, in each
 * site language. Numbers inside sentences arrive already formatted.
 */
import type { Locale } from './types.ts';
import { nf, pluralRules } from './intl.ts';

export type TimelineEvent = 'occurred' | 'discovered' | 'secured' | 'made_public';

export interface Strings {
  sourcePrefix: string;
  noData: string;
  noDataLegend: string;
  zeroLegend: string;
  /** Countries beyond the top N, as a count (figures are never summed). */
  otherCountries: (n: number) => string;
  countriesWithoutFigure: (n: number) => string;
  moreIncidents: (n: number) => string;
  incidentsWithoutFigure: (n: number) => string;
  moreSources: (n: number) => string;
  notOnMap: string;
  logScale: (unit: string) => string;
  linearScale: (unit: string) => string;
  defaultUnit: string;
  yes: string;
  no: string;
  events: Record<TimelineEvent, string>;
  partialDateLegend: string;
  qualifierLegend: {
    exact: string;
    about: string;
    nearly: string;
    lower: string;
    upper: string;
    magnitude: string;
  };
  columns: {
    country: string;
    code: string;
    value: string;
    qualifier: string;
    figure: string;
    source: string;
    asOf: string;
    incident: string;
    event: string;
    date: string;
    publisher: string;
    url: string;
    class: string;
  };
  titles: {
    bars: string;
    map: string;
    scale: string;
    matrix: string;
    timeline: string;
    disagreement: string;
    byYear: string;
    crossCounts: string;
    mapCounts: string;
    paired: string;
  };
  /** The overview charts, which count incidents (issue 16): words of their grids, map and small multiples. */
  counts: {
    /** "3 incidents": a count of records, never a sum of their figures. */
    incidents: (n: number) => string;
    /** Hatched on the map, absent from the grids: the atlas has no incident there. Not the same as zero. */
    noRecord: string;
    /** The column (or row) that counts every incident of a row. */
    total: string;
    year: string;
    /** Under a grid: what a cell says, and that zero is a real zero. */
    gridLegend: string;
    /** Under a year grid: the years outside the range have no record (not zero). */
    yearsOutside: (from: string, to: string) => string;
    withoutYear: (n: number) => string;
    /** The map legend's title when it counts incidents. */
    mapLegend: string;
    /** Small multiples: the note under the panels. */
    pairedNote: string;
    /** Small multiples: the table's heading for what a figure counts. */
    measure: string;
  };
  desc: {
    bars: (count: number, top: string, topFigure: string) => string;
    map: (count: number, top: string, topFigure: string) => string;
    scale: (count: number, smallest: string, largest: string) => string;
    matrix: (incidents: number, columns: number, most: string, mostCount: number) => string;
    timeline: (incidents: number, from: string, to: string) => string;
    disagreement: (count: number, low: string, high: string, spread: string) => string;
    empty: (chart: string) => string;
    byYear: (incidents: number, from: string, to: string, categories: number, peakYear: string, peak: number) => string;
    crossCounts: (incidents: number, rows: number, columns: number, most: string, mostCount: number) => string;
    mapCounts: (countries: number, top: string, topCount: number) => string;
    paired: (panels: number, dates: string) => string;
  };
}

const plural = (locale: Locale) => pluralRules(locale);
const n = (locale: Locale, v: number) => nf(locale, 'plain', {}).format(v);

const en: Strings = {
  sourcePrefix: 'Source: ',
  noData: 'No data to show',
  noDataLegend: 'No data',
  zeroLegend: 'Zero',
  otherCountries: (c) => `${n('en', c)} other ${plural('en').select(c) === 'one' ? 'country' : 'countries'} (see table)`,
  countriesWithoutFigure: (c) =>
    `${n('en', c)} ${plural('en').select(c) === 'one' ? 'country' : 'countries'} affected, no figure given`,
  moreIncidents: (c) => `and ${n('en', c)} more ${plural('en').select(c) === 'one' ? 'incident' : 'incidents'} (see table)`,
  moreSources: (c) => `${n('en', c)} more ${plural('en').select(c) === 'one' ? 'source' : 'sources'} between these (see table)`,
  incidentsWithoutFigure: (c) =>
    `${n('en', c)} ${plural('en').select(c) === 'one' ? 'incident' : 'incidents'} without a figure to place (see table)`,
  notOnMap: 'Too small for this map: ',
  logScale: (u) => `${u} (log scale: each step is ten times the last)`,
  linearScale: (u) => u,
  defaultUnit: 'Images or records exposed',
  yes: 'yes',
  no: 'no',
  events: { occurred: 'Began', discovered: 'Discovered', secured: 'Secured', made_public: 'Made public' },
  partialDateLegend: 'Line: date known only to the month or year',
  qualifierLegend: {
    exact: 'as stated',
    about: 'about',
    nearly: 'nearly',
    lower: 'more than, at least',
    upper: 'up to',
    magnitude: 'order of magnitude',
  },
  columns: {
    country: 'Country',
    code: 'Code',
    value: 'Value',
    qualifier: 'Qualifier',
    figure: 'As reported',
    source: 'Source',
    asOf: 'As of',
    incident: 'Incident',
    event: 'Event',
    date: 'Date',
    publisher: 'Publisher',
    url: 'URL',
    class: 'Class',
  },
  counts: {
    incidents: (c) => `${n('en', c)} ${plural('en').select(c) === 'one' ? 'incident' : 'incidents'}`,
    noRecord: 'No record',
    total: 'All',
    year: 'Year',
    gridLegend: 'Each cell gives the number of incidents; higher counts stand out more. 0 means none was recorded.',
    yearsOutside: (from, to) => `No record before ${from} or after ${to}: those years are left out, not counted as zero.`,
    withoutYear: (c) => `${n('en', c)} ${plural('en').select(c) === 'one' ? 'incident' : 'incidents'} without a year, not placed (see table)`,
    mapLegend: 'Incidents recorded',
    pairedNote: 'Each panel: one source’s figure for one country at two dates, on a scale shared by panels of the same measure.',
    measure: 'Measure',
  },
  titles: {
    bars: 'Figures by country',
    map: 'Map of figures by country',
    scale: 'Scale of each incident',
    matrix: 'Data types exposed by each incident',
    timeline: 'Timeline of each incident',
    disagreement: 'What each source reported',
    byYear: 'Incidents per year',
    crossCounts: 'Incidents by group',
    mapCounts: 'Incidents recorded per country',
    paired: 'The same figure at two dates',
  },
  desc: {
    bars: (c, top, fig) =>
      `Horizontal bar chart of ${n('en', c)} ${c === 1 ? 'country' : 'countries'}, sorted from largest. ${top} has the largest figure: ${fig}.`,
    map: (c, top, fig) =>
      `World map shading ${n('en', c)} ${c === 1 ? 'country' : 'countries'} by figure, on a logarithmic scale. ${top} has the largest: ${fig}.`,
    scale: (c, lo, hi) =>
      `Dot chart of ${n('en', c)} ${c === 1 ? 'incident' : 'incidents'} on a logarithmic scale, from ${lo} to ${hi}.`,
    matrix: (c, cols, most, k) =>
      `Matrix of ${n('en', c)} ${c === 1 ? 'incident' : 'incidents'} by ${cols} data types. ${most} was the most often exposed, in ${n('en', k)} ${k === 1 ? 'incident' : 'incidents'}.`,
    timeline: (c, from, to) =>
      `Timeline of ${n('en', c)} ${c === 1 ? 'incident' : 'incidents'} from ${from} to ${to}, marking when each began, was discovered, secured and made public.`,
    disagreement: (c, lo, hi, spread) =>
      `Dot chart of the figure reported by ${n('en', c)} ${c === 1 ? 'source' : 'sources'}, from ${lo} to ${hi}${spread ? `: the largest is ${spread} above the smallest` : ''}.`,
    empty: (chart) => `${chart}: no data to show.`,
    byYear: (c, from, to, k, peakYear, peak) =>
      `Grid of ${n('en', c)} ${c === 1 ? 'incident' : 'incidents'} by year, from ${from} to ${to}, and by ${n('en', k)} ${k === 1 ? 'category' : 'categories'}. Each cell is a count of incidents; a year of the range without one shows 0. The busiest year was ${peakYear}, with ${n('en', peak)} ${peak === 1 ? 'incident' : 'incidents'}.`,
    crossCounts: (c, rows, cols, most, k) =>
      `Grid of ${n('en', c)} ${c === 1 ? 'incident' : 'incidents'} in ${n('en', rows)} rows by ${n('en', cols)} columns, each cell a count of incidents. ${most} comes up most often, in ${n('en', k)} ${k === 1 ? 'incident' : 'incidents'}.`,
    mapCounts: (c, top, k) =>
      `World map shading ${n('en', c)} ${c === 1 ? 'country' : 'countries'} by the number of incidents recorded there. ${top} has the most: ${n('en', k)}. Hatched countries have no record in the atlas, which is not the same as zero.`,
    paired: (p, dates) =>
      `Small multiples: ${n('en', p)} ${p === 1 ? 'panel' : 'panels'}, each one source’s figure for one country at two dates or more: ${dates}.`,
  },
};

const fr: Strings = {
  sourcePrefix: 'Source\u00a0: ',
  noData: 'Aucune donnée à afficher',
  noDataLegend: 'Pas de données',
  zeroLegend: 'Zéro',
  otherCountries: (c) => `${n('fr', c)} ${plural('fr').select(c) === 'one' ? 'autre pays' : 'autres pays'} (voir le tableau)`,
  countriesWithoutFigure: (c) =>
    `${n('fr', c)} pays ${plural('fr').select(c) === 'one' ? 'touché' : 'touchés'}, sans chiffre`,
  moreIncidents: (c) =>
    `et ${n('fr', c)} ${plural('fr').select(c) === 'one' ? 'autre incident' : 'autres incidents'} (voir le tableau)`,
  moreSources: (c) =>
    `${n('fr', c)} ${plural('fr').select(c) === 'one' ? 'autre source' : 'autres sources'} entre celles-ci (voir le tableau)`,
  incidentsWithoutFigure: (c) =>
    `${n('fr', c)} ${plural('fr').select(c) === 'one' ? 'incident' : 'incidents'} sans chiffre à placer (voir le tableau)`,
  notOnMap: 'Trop petits pour cette carte\u00a0: ',
  logScale: (u) => `${u} (échelle logarithmique\u00a0: chaque pas vaut dix fois le précédent)`,
  linearScale: (u) => u,
  defaultUnit: 'Images ou dossiers exposés',
  yes: 'oui',
  no: 'non',
  events: { occurred: 'Début', discovered: 'Découverte', secured: 'Sécurisation', made_public: 'Rendu public' },
  partialDateLegend: 'Trait\u00a0: date connue au mois ou à l’année seulement',
  qualifierLegend: {
    exact: 'tel quel',
    about: 'environ',
    nearly: 'près de',
    lower: 'plus de, au moins',
    upper: 'jusqu’à',
    magnitude: 'ordre de grandeur',
  },
  columns: {
    country: 'Pays',
    code: 'Code',
    value: 'Valeur',
    qualifier: 'Qualificatif',
    figure: 'Chiffre publié',
    source: 'Source',
    asOf: 'Date de valeur',
    incident: 'Incident',
    event: 'Événement',
    date: 'Date',
    publisher: 'Éditeur',
    url: 'URL',
    class: 'Classe',
  },
  counts: {
    incidents: (c) => `${n('fr', c)} ${plural('fr').select(c) === 'one' ? 'incident' : 'incidents'}`,
    noRecord: 'Aucun cas recensé',
    total: 'Total',
    year: 'Année',
    gridLegend: 'Chaque case indique le nombre d’incidents\u00a0; plus il y en a, plus la case ressort. 0\u00a0: aucun incident recensé.',
    yearsOutside: (from, to) => `Aucun cas recensé avant ${from} ni après ${to}\u00a0: ces années ne figurent pas, elles ne valent pas zéro.`,
    withoutYear: (c) =>
      `${n('fr', c)} ${plural('fr').select(c) === 'one' ? 'incident sans année, non placé' : 'incidents sans année, non placés'} (voir le tableau)`,
    mapLegend: 'Incidents recensés',
    pairedNote: 'Chaque vignette\u00a0: le chiffre d’une même source pour un pays à deux dates, sur une échelle commune aux vignettes d’une même mesure.',
    measure: 'Mesure',
  },
  titles: {
    bars: 'Chiffres par pays',
    map: 'Carte des chiffres par pays',
    scale: 'Ampleur de chaque incident',
    matrix: 'Types de données exposées par incident',
    timeline: 'Chronologie de chaque incident',
    disagreement: 'Ce que chaque source a publié',
    byYear: 'Incidents par année',
    crossCounts: 'Incidents par groupe',
    mapCounts: 'Incidents recensés par pays',
    paired: 'Un même chiffre à deux dates',
  },
  desc: {
    bars: (c, top, fig) =>
      `Diagramme en barres horizontales de ${n('fr', c)} pays, du plus grand au plus petit. ${top} a le chiffre le plus élevé\u00a0: ${fig}.`,
    map: (c, top, fig) =>
      `Carte du monde colorant ${n('fr', c)} pays selon leur chiffre, sur une échelle logarithmique. ${top} a le plus élevé\u00a0: ${fig}.`,
    scale: (c, lo, hi) =>
      `Graphique à points de ${n('fr', c)} ${c === 1 ? 'incident' : 'incidents'} sur une échelle logarithmique, de ${lo} à ${hi}.`,
    matrix: (c, cols, most, k) =>
      `Matrice de ${n('fr', c)} ${c === 1 ? 'incident' : 'incidents'} selon ${cols} types de données. ${most}\u00a0: le type le plus souvent exposé, dans ${n('fr', k)} ${k === 1 ? 'incident' : 'incidents'}.`,
    timeline: (c, from, to) =>
      `Chronologie de ${n('fr', c)} ${c === 1 ? 'incident' : 'incidents'} de ${from} à ${to}, indiquant quand chacun a commencé, a été découvert, sécurisé et rendu public.`,
    disagreement: (c, lo, hi, spread) =>
      `Graphique à points du chiffre publié par ${n('fr', c)} ${c === 1 ? 'source' : 'sources'}, de ${lo} à ${hi}${spread ? `\u00a0: le plus grand dépasse le plus petit de ${spread}` : ''}.`,
    empty: (chart) => `${chart}\u00a0: aucune donnée à afficher.`,
    byYear: (c, from, to, k, peakYear, peak) =>
      `Grille de ${n('fr', c)} ${c === 1 ? 'incident' : 'incidents'} par année, de ${from} à ${to}, et selon ${n('fr', k)} ${k === 1 ? 'catégorie' : 'catégories'}. Chaque case compte des incidents\u00a0; une année de l’intervalle sans incident affiche 0. L’année la plus chargée est ${peakYear}, avec ${n('fr', peak)} ${peak === 1 ? 'incident' : 'incidents'}.`,
    crossCounts: (c, rows, cols, most, k) =>
      `Grille de ${n('fr', c)} ${c === 1 ? 'incident' : 'incidents'} sur ${n('fr', rows)} lignes et ${n('fr', cols)} colonnes, chaque case comptant des incidents. ${most} revient le plus souvent, dans ${n('fr', k)} ${k === 1 ? 'incident' : 'incidents'}.`,
    mapCounts: (c, top, k) =>
      `Carte du monde colorant ${n('fr', c)} pays selon le nombre d’incidents qui y sont recensés. ${top} en compte le plus\u00a0: ${n('fr', k)}. Les pays hachurés n’ont aucun cas recensé dans l’atlas, ce qui n’est pas la même chose que zéro.`,
    paired: (p, dates) =>
      `Petits multiples\u00a0: ${n('fr', p)} ${p === 1 ? 'vignette montrant' : 'vignettes montrant chacune'} le chiffre d’une source pour un pays à plusieurs dates\u00a0: ${dates}.`,
  },
};

const it: Strings = {
  sourcePrefix: 'Fonte: ',
  noData: 'Nessun dato da mostrare',
  noDataLegend: 'Nessun dato',
  zeroLegend: 'Zero',
  otherCountries: (c) => `${plural('it').select(c) === 'one' ? 'Un altro paese' : `Altri ${n('it', c)} paesi`} (vedi tabella)`,
  countriesWithoutFigure: (c) =>
    `${n('it', c)} ${plural('it').select(c) === 'one' ? 'paese coinvolto' : 'paesi coinvolti'}, senza cifra`,
  moreIncidents: (c) =>
    `${plural('it').select(c) === 'one' ? 'e un altro incidente' : `e altri ${n('it', c)} incidenti`} (vedi tabella)`,
  moreSources: (c) =>
    `${plural('it').select(c) === 'one' ? 'Un’altra fonte' : `Altre ${n('it', c)} fonti`} tra queste (vedi tabella)`,
  incidentsWithoutFigure: (c) =>
    `${n('it', c)} ${plural('it').select(c) === 'one' ? 'incidente' : 'incidenti'} senza una cifra da collocare (vedi tabella)`,
  notOnMap: 'Troppo piccoli per questa mappa: ',
  logScale: (u) => `${u} (scala logaritmica: ogni passo è dieci volte il precedente)`,
  linearScale: (u) => u,
  defaultUnit: 'Immagini o record esposti',
  yes: 'sì',
  no: 'no',
  events: { occurred: 'Inizio', discovered: 'Scoperta', secured: 'Messa in sicurezza', made_public: 'Reso pubblico' },
  partialDateLegend: 'Linea: data nota solo al mese o all’anno',
  qualifierLegend: {
    exact: 'così come indicato',
    about: 'circa',
    nearly: 'quasi',
    lower: 'oltre, almeno',
    upper: 'fino a',
    magnitude: 'ordine di grandezza',
  },
  columns: {
    country: 'Paese',
    code: 'Codice',
    value: 'Valore',
    qualifier: 'Qualificatore',
    figure: 'Cifra pubblicata',
    source: 'Fonte',
    asOf: 'Aggiornato al',
    incident: 'Incidente',
    event: 'Evento',
    date: 'Data',
    publisher: 'Editore',
    url: 'URL',
    class: 'Classe',
  },
  counts: {
    incidents: (c) => `${n('it', c)} ${plural('it').select(c) === 'one' ? 'incidente' : 'incidenti'}`,
    noRecord: 'Nessun caso registrato',
    total: 'Totale',
    year: 'Anno',
    gridLegend: 'Ogni casella indica il numero di incidenti: più sono, più la casella risalta. 0 vuol dire che non ne è stato registrato nessuno.',
    yearsOutside: (from, to) => `Nessun caso registrato prima del ${from} né dopo il ${to}: quegli anni non compaiono, non valgono zero.`,
    withoutYear: (c) =>
      `${plural('it').select(c) === 'one' ? 'Un incidente senza anno, non collocato' : `${n('it', c)} incidenti senza anno, non collocati`} (vedi tabella)`,
    mapLegend: 'Incidenti registrati',
    pairedNote: 'Ogni riquadro: la cifra di una stessa fonte per un paese in due date, su una scala comune ai riquadri della stessa misura.',
    measure: 'Misura',
  },
  titles: {
    bars: 'Cifre per paese',
    map: 'Mappa delle cifre per paese',
    scale: 'Dimensione di ogni incidente',
    matrix: 'Tipi di dati esposti per incidente',
    timeline: 'Cronologia di ogni incidente',
    disagreement: 'Che cosa ha riportato ogni fonte',
    byYear: 'Incidenti per anno',
    crossCounts: 'Incidenti per gruppo',
    mapCounts: 'Incidenti registrati per paese',
    paired: 'La stessa cifra in due date',
  },
  desc: {
    bars: (c, top, fig) =>
      `Grafico a barre orizzontali di ${n('it', c)} ${c === 1 ? 'paese' : 'paesi'}, dal più grande. ${top} ha la cifra più alta: ${fig}.`,
    map: (c, top, fig) =>
      `Mappa del mondo che colora ${n('it', c)} ${c === 1 ? 'paese' : 'paesi'} secondo la cifra, su scala logaritmica. ${top} ha la più alta: ${fig}.`,
    scale: (c, lo, hi) =>
      `Grafico a punti di ${n('it', c)} ${c === 1 ? 'incidente' : 'incidenti'} su scala logaritmica, da ${lo} a ${hi}.`,
    matrix: (c, cols, most, k) =>
      `Matrice di ${n('it', c)} ${c === 1 ? 'incidente' : 'incidenti'} per ${cols} tipi di dati. ${most}: il tipo esposto più spesso, in ${n('it', k)} ${k === 1 ? 'incidente' : 'incidenti'}.`,
    timeline: (c, from, to) =>
      `Cronologia di ${n('it', c)} ${c === 1 ? 'incidente' : 'incidenti'} dal ${from} al ${to}, con l’inizio, la scoperta, la messa in sicurezza e la divulgazione di ciascuno.`,
    disagreement: (c, lo, hi, spread) =>
      `Grafico a punti della cifra riportata da ${n('it', c)} ${c === 1 ? 'fonte' : 'fonti'}, da ${lo} a ${hi}${spread ? `: la più alta supera la più bassa del ${spread}` : ''}.`,
    empty: (chart) => `${chart}: nessun dato da mostrare.`,
    byYear: (c, from, to, k, peakYear, peak) =>
      `Griglia di ${n('it', c)} ${c === 1 ? 'incidente' : 'incidenti'} per anno, dal ${from} al ${to}, e per ${n('it', k)} ${k === 1 ? 'categoria' : 'categorie'}. Ogni casella conta incidenti; un anno dell’intervallo senza incidenti mostra 0. L’anno con più incidenti è il ${peakYear}, con ${n('it', peak)}.`,
    crossCounts: (c, rows, cols, most, k) =>
      `Griglia di ${n('it', c)} ${c === 1 ? 'incidente' : 'incidenti'} su ${n('it', rows)} righe e ${n('it', cols)} colonne, ogni casella un numero di incidenti. ${most} ricorre più spesso, in ${n('it', k)} ${k === 1 ? 'incidente' : 'incidenti'}.`,
    mapCounts: (c, top, k) =>
      `Mappa del mondo che colora ${n('it', c)} ${c === 1 ? 'paese' : 'paesi'} secondo il numero di incidenti registrati. ${top} ne conta di più: ${n('it', k)}. I paesi tratteggiati non hanno alcun caso registrato nell’atlante, il che non equivale a zero.`,
    paired: (p, dates) =>
      `Piccoli multipli: ${n('it', p)} ${p === 1 ? 'riquadro' : 'riquadri'} con la cifra di una fonte per un paese in più date: ${dates}.`,
  },
};

export const STRINGS: Record<Locale, Strings> = { en, fr, it };

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}

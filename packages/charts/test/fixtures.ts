/**
 * Fixtures modelled on figures the atlas records: the Greenbone 2019 study of
 * unprotected medical-image (PACS) servers and the 2020 NextMotion exposure.
 */
import type {
  CountryValue,
  CountTerm,
  GroupedIncident,
  IncidentDataTypes,
  IncidentScale,
  Locale,
  PairedSeries,
  SourceValue,
  TimelineIncident,
  YearIncident,
} from '../src/index.ts';

const greenbone = (country: string, value: number): CountryValue => ({
  country,
  value,
  qualifier: 'exact',
  source: 'Greenbone Networks',
  asOf: '2019-09',
});

/** Unprotected PACS servers by country (exact counts). */
export const SERVERS_BY_COUNTRY: CountryValue[] = [
  greenbone('TR', 36),
  greenbone('US', 187),
  greenbone('CH', 2),
  greenbone('IN', 96),
  greenbone('FR', 7),
];

/** France's images: "more than 2.6 million". */
export const FRANCE_IMAGES: CountryValue[] = [
  { country: 'FR', value: 2_600_000, qualifier: 'more-than', source: 'Greenbone Networks', asOf: '2019-09' },
];

export const INCIDENT_SCALES: IncidentScale[] = [
  { id: 'greenbone-2019-images', label: 'Greenbone 2019: images worldwide', value: 400_000_000, qualifier: 'about' },
  { id: 'greenbone-2019-france', label: 'Greenbone 2019: images in France', value: 2_600_000, qualifier: 'more-than' },
  { id: 'nextmotion-2020-files', label: 'NextMotion 2020: files', value: 900_000, qualifier: 'nearly' },
  { id: 'nextmotion-2020-images', label: 'NextMotion 2020: images', value: 100_000, qualifier: 'multiples-of' },
];

export const DATA_TYPES_BY_INCIDENT: IncidentDataTypes[] = [
  {
    id: 'nextmotion-2020',
    label: 'NextMotion 2020',
    dataTypes: ['face-photos', 'intimate-body-photos', 'before-after-photos', 'patient-videos', 'invoices-billing', 'national-ids'],
  },
  {
    id: 'greenbone-2019',
    label: 'Greenbone PACS study 2019',
    dataTypes: ['medical-images', 'names', 'birth-dates', 'exam-details', 'dates-of-care', 'clinician-names', 'facility-names'],
  },
];

export const TIMELINE: TimelineIncident[] = [
  { id: 'greenbone-2019', label: 'Greenbone PACS study 2019', dates: { occurred: '2019-07', made_public: '2019-09-17' } },
  { id: 'nextmotion-2020', label: 'NextMotion 2020', dates: { discovered: '2020-01', secured: '2020-01', made_public: '2020-02' } },
];

/** One metric and scope (images worldwide, Greenbone 2019), three sources. */
export const IMAGES_BY_SOURCE: SourceValue[] = [
  { source: 'auntminnie', publisher: 'AuntMinnie', value: 400_000_000, qualifier: 'about', url: 'https://www.auntminnie.com/' },
  { source: '01net', publisher: '01net', value: 399_000_000, qualifier: 'more-than', url: 'https://www.01net.com/' },
  { source: 'journaldugeek', publisher: 'Journal du Geek', value: 389_000_000, qualifier: 'more-than' },
];

export const LOCALES: Locale[] = ['en', 'fr', 'it'];

export const TITLES: Record<string, Record<Locale, string>> = {
  bars: {
    en: 'Unprotected medical-image servers by country, 2019',
    fr: 'Serveurs d’images médicales non protégés par pays, 2019',
    it: 'Server di immagini mediche non protetti per paese, 2019',
  },
  map: {
    en: 'Unprotected medical-image servers, 2019',
    fr: 'Serveurs d’images médicales non protégés, 2019',
    it: 'Server di immagini mediche non protetti, 2019',
  },
  scale: { en: 'How large was each exposure?', fr: 'Quelle était l’ampleur de chaque exposition\u00a0?', it: 'Quanto era grande ogni esposizione?' },
  matrix: { en: 'What was exposed', fr: 'Ce qui a été exposé', it: 'Che cosa è stato esposto' },
  timeline: { en: 'Key dates', fr: 'Dates clés', it: 'Date chiave' },
  disagreement: {
    en: 'Images exposed worldwide: what each source said',
    fr: 'Images exposées dans le monde\u00a0: ce que chaque source a écrit',
    it: 'Immagini esposte nel mondo: che cosa ha scritto ogni fonte',
  },
};

export const UNITS: Record<Locale, { images: string; imagesOrFiles: string }> = {
  en: { images: 'Images exposed', imagesOrFiles: 'Images or files exposed' },
  fr: { images: 'Images exposées', imagesOrFiles: 'Images ou fichiers exposés' },
  it: { images: 'Immagini esposte', imagesOrFiles: 'Immagini o file esposti' },
};

/**
 * Overview inputs (issue 16), modelled on the atlas's records: the year each
 * was made public and its sector. 2016 has no incident (a zero inside the range).
 */
export const YEAR_INCIDENTS: YearIncident[] = [
  { id: 'anthem-2015', year: 2015, category: 'health-insurance' },
  { id: 'greenbone-pacs-2019', year: 2019, category: 'medical-imaging' },
  { id: 'northeast-radiology-pacs-2019', year: 2019, category: 'medical-imaging' },
  { id: 'center-for-facial-restoration-2019', year: 2019, category: 'aesthetic-medicine' },
  { id: 'nextmotion-2020', year: 2020, category: 'aesthetic-medicine' },
  { id: 'vastaamo-2020', year: 2020, category: 'mental-health' },
  { id: 'labo-2017', year: 2017, category: 'laboratory' },
];

export const SECTOR_TERMS: Record<Locale, CountTerm[]> = {
  en: [
    { id: 'aesthetic-medicine', label: 'Aesthetic medicine' },
    { id: 'health-insurance', label: 'Health insurance' },
    { id: 'laboratory', label: 'Laboratory' },
    { id: 'medical-imaging', label: 'Medical imaging' },
    { id: 'mental-health', label: 'Mental health' },
    { id: 'hospital', label: 'Hospital' },
  ],
  fr: [
    { id: 'aesthetic-medicine', label: 'Médecine esthétique' },
    { id: 'health-insurance', label: 'Assurance santé' },
    { id: 'laboratory', label: 'Laboratoire' },
    { id: 'medical-imaging', label: 'Imagerie médicale' },
    { id: 'mental-health', label: 'Santé mentale' },
    { id: 'hospital', label: 'Hôpital' },
  ],
  it: [
    { id: 'aesthetic-medicine', label: 'Medicina estetica' },
    { id: 'health-insurance', label: 'Assicurazione sanitaria' },
    { id: 'laboratory', label: 'Laboratorio' },
    { id: 'medical-imaging', label: 'Diagnostica per immagini' },
    { id: 'mental-health', label: 'Salute mentale' },
    { id: 'hospital', label: 'Ospedale' },
  ],
};

/** Data exposed (rows) by sector (columns): NextMotion exposed faces and identity, Greenbone images and identity. */
export const GROUPED_INCIDENTS: GroupedIncident[] = [
  { id: 'nextmotion-2020', rows: ['face-photos', 'identity'], column: 'aesthetic-medicine' },
  { id: 'center-for-facial-restoration-2019', rows: ['face-photos'], column: 'aesthetic-medicine' },
  { id: 'greenbone-pacs-2019', rows: ['medical-images', 'identity'], column: 'medical-imaging' },
  { id: 'northeast-radiology-pacs-2019', rows: ['medical-images', 'identity'], column: 'medical-imaging' },
  { id: 'vastaamo-2020', rows: ['identity'], column: 'mental-health' },
];

export const DATA_ROWS: Record<Locale, CountTerm[]> = {
  en: [
    { id: 'face-photos', label: 'Face photos' },
    { id: 'medical-images', label: 'Medical images' },
    { id: 'identity', label: 'Identity' },
  ],
  fr: [
    { id: 'face-photos', label: 'Photos du visage' },
    { id: 'medical-images', label: 'Images médicales' },
    { id: 'identity', label: 'Identité' },
  ],
  it: [
    { id: 'face-photos', label: 'Foto del volto' },
    { id: 'medical-images', label: 'Immagini mediche' },
    { id: 'identity', label: 'Identità' },
  ],
};

/** Incidents recorded per country: counts of records, not figures. */
export const INCIDENTS_BY_COUNTRY: CountryValue[] = [
  ['US', 14],
  ['FR', 9],
  ['IT', 8],
  ['NL', 3],
  ['SG', 1],
  ['GB', 2],
].map(([country, value]) => ({ country: String(country), value: Number(value), qualifier: 'exact' as const, source: 'Atlas', asOf: '2026-12' }));

/** The one pair of the atlas as of issue 16: Infosecurity Magazine's "up to" patient counts for the Center for Facial Restoration. */
export const PAIRED: PairedSeries[] = [
  {
    country: 'US',
    metric: 'patients',
    measure: 'Patients',
    source: 'Infosecurity Magazine',
    points: [
      { asOf: '2020-01', value: 3500, qualifier: 'up-to' },
      { asOf: '2019-11-29', value: 20, qualifier: 'up-to' },
    ],
  },
];

export const YEAR_NOTES: Record<Locale, string> = {
  en: 'The year is the year each incident was made public.',
  fr: 'L’année est celle où l’incident a été rendu public.',
  it: 'L’anno è quello in cui l’incidente è stato reso pubblico.',
};

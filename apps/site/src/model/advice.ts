/**
 * "If you were a patient here": the box on each incident page, built from the
 * incident's data types and countries through the advice table of
 * @atlas/schema (src/advice.ts). Which checklist applies (linked in the page's
 * language), what to ask the organisation for under each law with the
 * provision linked to its official text, where to complain in each country
 * (the EU-wide fallback marked as such), and, where intimate photos or therapy
 * notes were exposed, the extortion warning with where to report it.
 */
import {
  type ChecklistKey,
  DATA_TYPES,
  dataTypeAdvice,
  EXTORTION_WARNING,
  type Incident,
  incidentAdvice,
  type Place,
  type Regime,
  type Text as AdviceText,
} from '@atlas/schema';
import { t } from '../i18n/index.ts';
import { scopeName } from './format.ts';
import { andList } from './intl.ts';
import { type Locale, localePath } from './locale.ts';
import type { Link } from './pages.ts';

/**
 * The checklist pages by their translationKey: slug and title in each language, as in the
 * front matter of content/checklists/<lang>/<slug>.mdx (a test compares the two).
 */
export const CHECKLIST_PAGES: Readonly<Record<ChecklistKey, Readonly<Record<Locale, { slug: string; title: string }>>>> = {
  'before-choosing-a-clinic': {
    en: { slug: 'before-you-choose-a-clinic', title: 'Before you choose a clinic' },
    fr: { slug: 'avant-de-choisir-une-clinique', title: 'Avant de choisir une clinique' },
    it: { slug: 'prima-di-scegliere-una-clinica', title: 'Prima di scegliere una clinica' },
  },
  'medical-imaging-patients': {
    en: { slug: 'for-medical-imaging-patients', title: 'For medical-imaging patients' },
    fr: { slug: 'patients-en-imagerie-medicale', title: 'Patients en imagerie médicale' },
    it: { slug: 'per-i-pazienti-di-diagnostica-per-immagini', title: 'Per i pazienti di diagnostica per immagini' },
  },
  'after-a-breach': {
    en: { slug: 'after-a-breach', title: 'After a breach' },
    fr: { slug: 'apres-une-fuite-de-donnees', title: 'Après une fuite de données' },
    it: { slug: 'dopo-una-violazione-dei-dati', title: 'Dopo una violazione dei dati' },
  },
  'insurance-and-liability': {
    en: { slug: 'insurance-and-liability', title: 'Insurance and liability' },
    fr: { slug: 'assurance-et-responsabilite', title: 'Assurance et responsabilité' },
    it: { slug: 'assicurazione-e-responsabilita', title: 'Assicurazione e responsabilità' },
  },
};

export const checklistLink = (locale: Locale, key: ChecklistKey): Link => {
  const page = CHECKLIST_PAGES[key][locale];
  return { href: localePath(locale, `/checklists/${page.slug}/`), label: page.title };
};

/** A place to go: its name in the page's language, and its official address when it has one. */
export interface PlaceView {
  name: string;
  href: string | undefined;
}

export interface RequestGroupView {
  /** The law: "the GDPR", "the UK GDPR", "HIPAA (United States)". */
  law: string;
  /** The countries of the incident under that law, in words: "France and Italy". */
  countries: string;
  items: { right: string; what: string; provision: Link }[];
}

export interface ComplainView {
  country: string;
  /** True when the country has no entry of its own and the places are the EU-wide advice. */
  fallback: boolean;
  places: PlaceView[];
  note: string | undefined;
}

export interface PatientAdviceView {
  checklists: Link[];
  requests: RequestGroupView[];
  /** The countries where the GDPR's rights may not apply, in words, if any: their own law is named under "where to complain". */
  otherLaw: string | undefined;
  complain: ComplainView[];
  extortion: { warning: string; report: { country: string; places: PlaceView[] }[]; intimateImages: PlaceView[] } | undefined;
}

const REGIME_ORDER = ['gdpr', 'uk-gdpr', 'us'] as const satisfies readonly Regime[];

const place = (p: Place, locale: Locale): PlaceView => ({ name: p.name[locale], href: p.url });
const say = (text: AdviceText, locale: Locale): string => text[locale];
const list = (items: string[], locale: Locale): string => andList(locale).format(items);

/** The box for one incident, from its data types and countries. */
export function patientAdvice(locale: Locale, incident: Pick<Incident, 'data_types' | 'countries'>): PatientAdviceView {
  const m = t(locale).advice;
  const a = incidentAdvice(incident.data_types, incident.countries);
  const name = (code: string) => scopeName(code, locale);
  const requests = REGIME_ORDER.flatMap((regime): RequestGroupView[] => {
    const here = a.where.filter((w) => w.advice.regime === regime);
    const first = here[0];
    if (!first) return [];
    return [
      {
        law: m.law[regime],
        countries: list(
          here.map((w) => name(w.country)),
          locale,
        ),
        items: first.requests.map((r) => ({ right: m.rights[r.right], what: say(r.what, locale), provision: { href: r.url, label: say(r.provision, locale) } })),
      },
    ];
  });
  const national = a.where.filter((w) => w.advice.regime === 'national');
  // Intimate images: the extra channels (StopNCII, the Garante's urgent procedure, eSafety) apply to photos and videos, not to notes.
  const images = incident.data_types.some((d) => dataTypeAdvice(d).extortionRisk && DATA_TYPES.find((x) => x.id === d)?.category === 'patient-media');
  const intimate = new Map<string, PlaceView>();
  if (images) for (const w of a.where) for (const p of w.advice.intimateImages) intimate.set(p.url ?? p.name.en, place(p, locale));
  return {
    checklists: a.checklists.map((k) => checklistLink(locale, k)),
    requests,
    otherLaw: national.length > 0 ? list(
      national.map((w) => name(w.country)),
      locale,
    ) : undefined,
    complain: a.where.map((w) => ({
      country: name(w.country),
      fallback: w.advice.fallback,
      places: w.advice.complain.map((p) => place(p, locale)),
      note: w.advice.note ? say(w.advice.note, locale) : undefined,
    })),
    extortion: a.extortion
      ? {
          warning: say(EXTORTION_WARNING, locale),
          report: a.where.map((w) => ({ country: name(w.country), places: w.advice.reportExtortion.map((p) => place(p, locale)) })),
          intimateImages: [...intimate.values()],
        }
      : undefined,
  };
}

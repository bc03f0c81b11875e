/**
 * "If you were a patient here": one typed table of what a patient can do after an incident,
 * by data type and by country, in each site language. The incident page's box (to come) reads
 * it; nothing here is rendered yet.
 *
 * Tolerant by design: data types are looked up by id, then by category, then fall back to a
 * default, so a data type added to vocab.ts later still gets advice; countries without an entry
 * get the EU-wide advice, marked `fallback`.
 *
 * Every legal point cites the official text (EUR-Lex, legislation.gov.uk, Normattiva, the eCFR);
 * checked on 2026-12-02 (see the checklists in content/checklists/, which say the same).
 */
import { DATA_TYPES, type Locale } from './vocab.ts';

export type Text = Readonly<Record<Locale, string>>;

/** The checklists, by their translationKey in content/checklists/. */
export const CHECKLIST_KEYS = ['before-choosing-a-clinic', 'medical-imaging-patients', 'after-a-breach', 'insurance-and-liability'] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

/** A place to go: a name in each language, and its address when there is an official one. */
export interface Place {
  readonly name: Text;
  readonly url?: string;
}

/** Something to ask the organisation for, with the provision that gives the right. */
export interface Request {
  readonly right: 'access' | 'restriction' | 'erasure' | 'compensation';
  /** The provision, as written in a link's text: "Art. 15 GDPR", "45 CFR 164.524". */
  readonly provision: Text;
  /** The official text of the provision. */
  readonly url: string;
  readonly what: Text;
}

/**
 * The law that gives the patient rights: the GDPR (EU and EEA), the UK GDPR, HIPAA in the US, or
 * `national`: a country outside the EU and EEA with its own law, where the GDPR's rights may not
 * apply; its entry names the national authority and says so in its `note`.
 */
export type Regime = 'gdpr' | 'uk-gdpr' | 'us' | 'national';

export interface CountryAdvice {
  /** ISO 3166-1 alpha-2 code, or `EU` for the EU-wide fallback. */
  readonly country: string;
  readonly regime: Regime;
  /** Where to complain about how the data was handled. */
  readonly complain: readonly Place[];
  /** Where to report blackmail or extortion. */
  readonly reportExtortion: readonly Place[];
  /** Extra help when intimate images are at stake. */
  readonly intimateImages: readonly Place[];
  /** A note specific to the country (a deadline, a scope), if any. */
  readonly note?: Text;
  /** True when the country has no entry of its own and this is the EU-wide advice. */
  readonly fallback: boolean;
}

export interface DataTypeAdvice {
  readonly checklists: readonly ChecklistKey[];
  /** Data criminals use to blackmail patients (intimate photos, therapy notes): show the extortion warning. */
  readonly extortionRisk: boolean;
}

const t = (en: string, fr: string, it: string): Text => ({ en, fr, it });

const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const UK_GDPR = 'https://www.legislation.gov.uk/eur/2016/679/contents';

/** The requests under the GDPR; the UK GDPR keeps the same article numbers. */
function gdprRequests(url: string, name: string): readonly Request[] {
  return [
    {
      right: 'restriction',
      provision: t(`Art. 18(1)(c) ${name}`, `article 18, paragraphe 1, point c), du ${name === 'GDPR' ? 'RGPD' : name}`, `articolo 18, paragrafo 1, lettera c), del ${name}`),
      url,
      what: t(
        'Ask first for restriction, not erasure: the organisation must keep your data without using it, so the evidence survives.',
        "Demandez d'abord la limitation, pas l'effacement : l'organisme doit garder vos données sans les utiliser, et les preuves sont préservées.",
        'Chiedete prima la limitazione, non la cancellazione: l’organizzazione deve conservare i dati senza usarli, e le prove restano.',
      ),
    },
    {
      right: 'access',
      provision: t(`Art. 15 ${name}`, `article 15 du ${name === 'GDPR' ? 'RGPD' : name}`, `articolo 15 del ${name}`),
      url,
      what: t(
        'Ask for a copy of your data, what was exposed and who else holds it. The first copy is free (Art. 15(3)); the answer is due within one month (Art. 12(3)).',
        "Demandez une copie de vos données, ce qui a été exposé et qui d'autre les détient. La première copie est gratuite (article 15, paragraphe 3) ; la réponse est due sous un mois (article 12, paragraphe 3).",
        'Chiedete una copia dei vostri dati, cosa è stato esposto e chi altro li detiene. La prima copia è gratuita (articolo 15, paragrafo 3); la risposta è dovuta entro un mese (articolo 12, paragrafo 3).',
      ),
    },
    {
      right: 'erasure',
      provision: t(`Art. 17 ${name}`, `article 17 du ${name === 'GDPR' ? 'RGPD' : name}`, `articolo 17 del ${name}`),
      url,
      what: t(
        'Once any claim is settled, ask for erasure of what is no longer needed; records the law requires to be kept stay (Art. 17(3)).',
        "Une fois le litige réglé, demandez l'effacement de ce qui n'est plus nécessaire ; ce que la loi impose de conserver reste (article 17, paragraphe 3).",
        'Chiusa la vicenda, chiedete la cancellazione di ciò che non serve più; resta ciò che la legge impone di conservare (articolo 17, paragrafo 3).',
      ),
    },
    {
      right: 'compensation',
      provision: t(`Art. 82 ${name}`, `article 82 du ${name === 'GDPR' ? 'RGPD' : name}`, `articolo 82 del ${name}`),
      url,
      what: t(
        'Compensation comes from a court, not from the data-protection authority; the software or hosting company (the processor) can be liable too (Art. 82(2) and (4)).',
        "La réparation s'obtient devant le juge, pas auprès de l'autorité de protection des données ; l'éditeur ou l'hébergeur (le sous-traitant) peut aussi être tenu (article 82, paragraphes 2 et 4).",
        'Il risarcimento lo decide il giudice, non l’autorità di controllo; anche la software house o il fornitore cloud (il responsabile del trattamento) può risponderne (articolo 82, paragrafi 2 e 4).',
      ),
    },
  ];
}

/** The requests a patient can make under HIPAA (covered entities and business associates only). */
const US_REQUESTS: readonly Request[] = [
  {
    right: 'access',
    provision: t('45 CFR 164.524', '45 CFR 164.524', '45 CFR 164.524'),
    url: 'https://www.ecfr.gov/current/title-45/section-164.524',
    what: t(
      'Ask for a copy of your records: due within 30 days (extendable once by 30 days), for a reasonable, cost-based fee. Psychotherapy notes are excluded from this right.',
      'Demandez une copie de votre dossier : due sous 30 jours (prolongeables une fois de 30 jours), contre des frais raisonnables fondés sur le coût. Les notes de psychothérapie sont exclues de ce droit.',
      'Chiedete una copia della vostra documentazione: dovuta entro 30 giorni (prorogabili una volta di altri 30), a un costo ragionevole. Le note di psicoterapia sono escluse da questo diritto.',
    ),
  },
];

/** Requests by regime. */
export const REQUESTS: Readonly<Record<Regime, readonly Request[]>> = {
  gdpr: gdprRequests(GDPR, 'GDPR'),
  'uk-gdpr': gdprRequests(UK_GDPR, 'UK GDPR'),
  us: US_REQUESTS,
  // Outside the EU, the EEA, the UK and the US the table does not list requests article by article:
  // the country's `note` says which law applies and that the GDPR's rights may not.
  national: [],
};

const POLICE = (en: string, fr: string, it: string, url?: string): Place => ({ name: t(en, fr, it), ...(url ? { url } : {}) });

const STOPNCII: Place = {
  name: t(
    'StopNCII.org, for adults whose intimate images are threatened: it sends platforms a fingerprint of the image, never the image',
    "StopNCII.org, pour les adultes dont des images intimes sont menacées : la plateforme transmet une empreinte de l'image, jamais l'image",
    'StopNCII.org, per gli adulti con immagini intime a rischio: alle piattaforme arriva un’impronta dell’immagine, mai l’immagine',
  ),
  url: 'https://stopncii.org/',
};

const EDPB_MEMBERS = 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en';

/** The EU-wide advice: the fallback for any country without an entry. */
export const EU_ADVICE: CountryAdvice = {
  country: 'EU',
  regime: 'gdpr',
  complain: [
    {
      name: t(
        'The data-protection authority of your country (for the EU and EEA, the European Data Protection Board lists them); in the EU you may complain where you live or work (Art. 77 GDPR)',
        "L'autorité de protection des données de votre pays (pour l'UE et l'EEE, le Comité européen de la protection des données les recense) ; dans l'UE, vous pouvez vous plaindre là où vous vivez ou travaillez (article 77 du RGPD)",
        'L’autorità di protezione dei dati del vostro paese (per l’UE e il SEE le elenca il Comitato europeo per la protezione dei dati); nell’UE potete presentare reclamo dove vivete o lavorate (articolo 77 del GDPR)',
      ),
      url: EDPB_MEMBERS,
    },
  ],
  reportExtortion: [POLICE('The police of the country where you live', 'La police du pays où vous vivez', 'La polizia del paese in cui vivete')],
  intimateImages: [STOPNCII],
  fallback: true,
};

const entry = (country: string, advice: Omit<CountryAdvice, 'country' | 'fallback'>): CountryAdvice => ({ country, fallback: false, ...advice });

/** Country entries, by ISO code. */
export const COUNTRY_ADVICE: Readonly<Record<string, CountryAdvice>> = Object.fromEntries(
  [
    entry('FR', {
      regime: 'gdpr',
      complain: [{ name: t('The CNIL', 'La CNIL', 'La CNIL (Francia)'), url: 'https://www.cnil.fr/' }],
      reportExtortion: [
        POLICE(
          'The police or gendarmerie, or online on THESEE (service-public.fr, “online blackmail”)',
          'Le commissariat ou la gendarmerie, ou en ligne sur THESEE (service-public.fr, « chantage en ligne »)',
          'La polizia o la gendarmeria, oppure online su THESEE (service-public.fr, «chantage en ligne»)',
        ),
      ],
      intimateImages: [STOPNCII],
    }),
    entry('IT', {
      regime: 'gdpr',
      complain: [{ name: t('The Garante per la protezione dei dati personali', 'Le Garante per la protezione dei dati personali', 'Il Garante per la protezione dei dati personali'), url: 'https://www.garanteprivacy.it/' }],
      reportExtortion: [POLICE('The Polizia Postale (also online)', 'La Polizia Postale (aussi en ligne)', 'La Polizia Postale (anche online)', 'https://www.commissariatodips.it/')],
      intimateImages: [
        {
          name: t(
            'The Garante, which decides within 48 hours on a report that sexually explicit images of you may be spread online (art. 144-bis Codice privacy)',
            "Le Garante, qui statue sous 48 heures sur un signalement d'images sexuellement explicites risquant d'être diffusées en ligne (art. 144-bis du Codice privacy)",
            'Il Garante, che decide entro 48 ore sulla segnalazione di immagini sessualmente esplicite che rischiano di essere diffuse online (art. 144-bis del Codice privacy)',
          ),
          url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196~art144bis',
        },
        STOPNCII,
      ],
    }),
    entry('GB', {
      regime: 'uk-gdpr',
      complain: [{ name: t("The Information Commissioner's Office (ICO)", "L'Information Commissioner's Office (ICO)", "L'Information Commissioner's Office (ICO)"), url: 'https://ico.org.uk/make-a-complaint/' }],
      reportExtortion: [POLICE('The police', 'La police', 'La polizia')],
      intimateImages: [STOPNCII],
    }),
    entry('US', {
      regime: 'us',
      complain: [
        {
          name: t(
            'HHS Office for Civil Rights, within 180 days (45 CFR 160.306); only for HIPAA-covered providers, health plans and their business associates',
            "L'Office for Civil Rights du HHS, sous 180 jours (45 CFR 160.306) ; seulement pour les prestataires, assureurs santé et sous-traitants couverts par HIPAA",
            "L'Office for Civil Rights dell'HHS, entro 180 giorni (45 CFR 160.306); solo per strutture, assicurazioni sanitarie e fornitori soggetti a HIPAA",
          ),
          url: 'https://www.hhs.gov/hipaa/filing-a-complaint/index.html',
        },
        { name: t('Your state attorney general', 'Le procureur général (attorney general) de votre État', "Il procuratore generale (attorney general) del vostro Stato"), url: 'https://www.naag.org/find-my-ag/' },
        { name: t('The Federal Trade Commission', 'La Federal Trade Commission', 'La Federal Trade Commission'), url: 'https://reportfraud.ftc.gov/' },
      ],
      reportExtortion: [POLICE('The police, and the FBI (IC3)', 'La police, et le FBI (IC3)', 'La polizia, e l’FBI (IC3)', 'https://www.ic3.gov/')],
      intimateImages: [STOPNCII],
      note: t(
        'Many cash-pay cosmetic clinics are not covered by HIPAA: then the state attorney general and the FTC are the places to turn.',
        'Beaucoup de cliniques esthétiques payées directement par le patient ne sont pas couvertes par HIPAA : il faut alors se tourner vers le procureur général de l’État et la FTC.',
        'Molte cliniche estetiche pagate direttamente dal paziente non sono soggette a HIPAA: in quel caso ci si rivolge al procuratore generale dello Stato e alla FTC.',
      ),
    }),
    entry('DE', {
      regime: 'gdpr',
      complain: [
        {
          name: t(
            'The data-protection authority of your Land; the Federal Commissioner (BfDI) lists them',
            "L'autorité de protection des données de votre Land ; le commissaire fédéral (BfDI) les recense",
            'L’autorità di protezione dei dati del vostro Land; il Commissario federale (BfDI) le elenca',
          ),
          url: 'https://www.bfdi.bund.de/',
        },
      ],
      reportExtortion: [POLICE('The police (the online police station of your Land)', 'La police (le commissariat en ligne de votre Land)', 'La polizia (il commissariato online del vostro Land)')],
      intimateImages: [STOPNCII],
    }),
    entry('IE', {
      regime: 'gdpr',
      complain: [{ name: t('The Data Protection Commission', 'La Data Protection Commission', 'La Data Protection Commission'), url: 'https://www.dataprotection.ie/' }],
      reportExtortion: [POLICE('An Garda Síochána', 'An Garda Síochána (la police irlandaise)', 'An Garda Síochána (la polizia irlandese)', 'https://www.garda.ie/')],
      intimateImages: [STOPNCII],
    }),
    entry('FI', {
      regime: 'gdpr',
      complain: [{ name: t('The Data Protection Ombudsman', 'Le médiateur de la protection des données (Tietosuojavaltuutettu)', 'Il garante finlandese per la protezione dei dati (Tietosuojavaltuutettu)'), url: 'https://tietosuoja.fi/' }],
      reportExtortion: [POLICE('The police (report online)', 'La police (plainte en ligne)', 'La polizia (denuncia online)', 'https://poliisi.fi/')],
      intimateImages: [STOPNCII],
    }),
    entry('ES', {
      regime: 'gdpr',
      complain: [{ name: t('The Spanish Data Protection Agency (AEPD)', "L'Agence espagnole de protection des données (AEPD)", 'L’Agenzia spagnola per la protezione dei dati (AEPD)'), url: 'https://www.aepd.es/' }],
      reportExtortion: [POLICE('The Policía Nacional or the Guardia Civil', 'La Policía Nacional ou la Guardia Civil', 'La Policía Nacional o la Guardia Civil', 'https://www.policia.es/')],
      intimateImages: [STOPNCII],
    }),
    entry('NL', {
      regime: 'gdpr',
      complain: [{ name: t('The Autoriteit Persoonsgegevens', "L'Autoriteit Persoonsgegevens", 'L’Autoriteit Persoonsgegevens'), url: 'https://www.autoriteitpersoonsgegevens.nl/' }],
      reportExtortion: [POLICE('The police (politie)', 'La police (politie)', 'La polizia (politie)', 'https://www.politie.nl/')],
      intimateImages: [STOPNCII],
    }),
    entry('LT', {
      regime: 'gdpr',
      complain: [
        {
          name: t('The State Data Protection Inspectorate (VDAI)', "L'Inspection nationale de la protection des données (VDAI)", 'L’Ispettorato statale per la protezione dei dati (VDAI)'),
          url: 'https://vdai.lrv.lt/',
        },
      ],
      reportExtortion: [POLICE('The police (policija)', 'La police (policija)', 'La polizia (policija)', 'https://policija.lrv.lt/')],
      intimateImages: [STOPNCII],
    }),
    // EU and EEA countries the records name (checked against the authorities' own sites, 2026-12-02).
    entry('AT', {
      regime: 'gdpr',
      complain: [{ name: t('The Austrian Data Protection Authority (Datenschutzbehörde)', "L'autorité autrichienne de protection des données (Datenschutzbehörde)", 'L’autorità austriaca per la protezione dei dati (Datenschutzbehörde)'), url: 'https://www.dsb.gv.at/' }],
      reportExtortion: [POLICE('The police (Polizei)', 'La police (Polizei)', 'La polizia (Polizei)', 'https://www.polizei.gv.at/')],
      intimateImages: [STOPNCII],
    }),
    entry('DK', {
      regime: 'gdpr',
      complain: [{ name: t('The Danish Data Protection Agency (Datatilsynet)', "L'autorité danoise de protection des données (Datatilsynet)", 'L’autorità danese per la protezione dei dati (Datatilsynet)'), url: 'https://www.datatilsynet.dk/' }],
      reportExtortion: [POLICE('The police (politi)', 'La police (politi)', 'La polizia (politi)', 'https://politi.dk/')],
      intimateImages: [STOPNCII],
    }),
    entry('SE', {
      regime: 'gdpr',
      complain: [{ name: t('The Swedish Authority for Privacy Protection (IMY)', "L'autorité suédoise de protection de la vie privée (IMY)", 'L’autorità svedese per la protezione della privacy (IMY)'), url: 'https://www.imy.se/' }],
      reportExtortion: [POLICE('The police (Polisen)', 'La police (Polisen)', 'La polizia (Polisen)', 'https://polisen.se/')],
      intimateImages: [STOPNCII],
    }),
    entry('NO', {
      regime: 'gdpr',
      complain: [{ name: t('The Norwegian Data Protection Authority (Datatilsynet)', "L'autorité norvégienne de protection des données (Datatilsynet)", 'L’autorità norvegese per la protezione dei dati (Datatilsynet)'), url: 'https://www.datatilsynet.no/' }],
      reportExtortion: [POLICE('The police (politiet)', 'La police (politiet)', 'La polizia (politiet)', 'https://www.politiet.no/')],
      intimateImages: [STOPNCII],
      note: t(
        'Norway is not in the EU but is in the EEA, where the GDPR applies too.',
        "La Norvège n'est pas dans l'UE, mais elle fait partie de l'EEE, où le RGPD s'applique aussi.",
        'La Norvegia non fa parte dell’UE ma dello Spazio economico europeo, dove il GDPR si applica comunque.',
      ),
    }),
    // Outside the EU and the EEA: the national authority, and a plain word that the GDPR's rights may not apply.
    entry('CH', {
      regime: 'national',
      complain: [
        {
          name: t(
            'The Federal Data Protection and Information Commissioner (FDPIC), who can open an investigation on a report',
            'Le Préposé fédéral à la protection des données et à la transparence (PFPDT), qui peut ouvrir une enquête sur signalement',
            'L’Incaricato federale della protezione dei dati e della trasparenza (IFPDT), che su segnalazione può aprire un’inchiesta',
          ),
          url: 'https://www.edoeb.admin.ch/',
        },
      ],
      reportExtortion: [POLICE('The cantonal police', 'La police cantonale', 'La polizia cantonale')],
      intimateImages: [STOPNCII],
      note: t(
        'Switzerland has its own Federal Act on Data Protection, with its own right of access; the GDPR’s rights may not apply. A claim of your own goes to the civil courts.',
        'La Suisse a sa propre loi fédérale sur la protection des données, avec son propre droit d’accès ; les droits du RGPD peuvent ne pas s’appliquer. Une demande de réparation se porte devant le juge civil.',
        'La Svizzera ha una propria legge federale sulla protezione dei dati, con un proprio diritto d’accesso; i diritti del GDPR potrebbero non valere. Le pretese personali si fanno valere davanti al giudice civile.',
      ),
    }),
    entry('AU', {
      regime: 'national',
      complain: [
        {
          name: t(
            'The Office of the Australian Information Commissioner (OAIC), once you have complained to the organisation and waited 30 days',
            "L'Office of the Australian Information Commissioner (OAIC), après une plainte à l'organisme restée 30 jours sans réponse satisfaisante",
            "L'Office of the Australian Information Commissioner (OAIC), dopo aver presentato reclamo all'organizzazione e atteso 30 giorni",
          ),
          url: 'https://www.oaic.gov.au/privacy/privacy-complaints',
        },
      ],
      reportExtortion: [POLICE('The police, or ReportCyber', 'La police, ou ReportCyber', 'La polizia, oppure ReportCyber', 'https://www.cyber.gov.au/report-and-recover/report')],
      intimateImages: [
        {
          name: t(
            'The eSafety Commissioner, who handles intimate images shared or threatened to be shared without consent',
            "L'eSafety Commissioner, qui traite les images intimes diffusées, ou menacées de l'être, sans consentement",
            "L'eSafety Commissioner, che si occupa delle immagini intime diffuse, o minacciate di diffusione, senza consenso",
          ),
          url: 'https://www.esafety.gov.au/',
        },
        STOPNCII,
      ],
      note: t(
        'Australia’s Privacy Act 1988 applies, not the GDPR; it covers all health service providers.',
        'C’est la loi australienne (Privacy Act 1988) qui s’applique, pas le RGPD ; elle couvre tous les prestataires de santé.',
        'Si applica la legge australiana (Privacy Act 1988), non il GDPR; riguarda tutte le strutture sanitarie.',
      ),
    }),
    entry('SG', {
      regime: 'national',
      complain: [{ name: t('The Personal Data Protection Commission (PDPC)', 'La Personal Data Protection Commission (PDPC)', 'La Personal Data Protection Commission (PDPC)'), url: 'https://www.pdpc.gov.sg/' }],
      reportExtortion: [POLICE('The Singapore Police Force', 'La police de Singapour', 'La polizia di Singapore', 'https://www.police.gov.sg/')],
      intimateImages: [STOPNCII],
      note: t(
        'Singapore’s Personal Data Protection Act applies, not the GDPR.',
        'C’est la loi singapourienne sur la protection des données personnelles (PDPA) qui s’applique, pas le RGPD.',
        'Si applica la legge di Singapore sulla protezione dei dati personali (PDPA), non il GDPR.',
      ),
    }),
    entry('IN', {
      regime: 'national',
      complain: [
        {
          name: t(
            'The Ministry of Electronics and IT, which publishes the Digital Personal Data Protection Act 2023 and news of its Data Protection Board',
            "Le ministère de l'Électronique et des Technologies de l'information, qui publie la loi de 2023 sur la protection des données personnelles numériques et les nouvelles de son Data Protection Board",
            'Il ministero dell’Elettronica e dell’informatica, che pubblica la legge del 2023 sulla protezione dei dati personali digitali e le notizie sul suo Data Protection Board',
          ),
          url: 'https://www.meity.gov.in/',
        },
      ],
      reportExtortion: [POLICE('The National Cyber Crime Reporting Portal, or the police', 'Le portail national de signalement de la cybercriminalité, ou la police', 'Il portale nazionale per le segnalazioni di reati informatici, oppure la polizia', 'https://cybercrime.gov.in/')],
      intimateImages: [STOPNCII],
      note: t(
        'India’s data-protection law of 2023 comes into force in stages and its Data Protection Board is new: check whether it takes complaints yet. The GDPR’s rights may not apply.',
        'La loi indienne de 2023 sur la protection des données entre en vigueur par étapes et son Data Protection Board est récent : vérifiez s’il reçoit déjà des plaintes. Les droits du RGPD peuvent ne pas s’appliquer.',
        'La legge indiana del 2023 sulla protezione dei dati entra in vigore per gradi e il suo Data Protection Board è di recente istituzione: verificate se accetta già reclami. I diritti del GDPR potrebbero non valere.',
      ),
    }),
    entry('TR', {
      regime: 'national',
      complain: [
        {
          name: t(
            'The Personal Data Protection Authority (KVKK), once you have applied to the organisation and it has refused or not answered within 30 days',
            "L'Autorité de protection des données personnelles (KVKK), après une demande à l'organisme refusée ou restée 30 jours sans réponse",
            "L'Autorità per la protezione dei dati personali (KVKK), dopo una richiesta all'organizzazione respinta o rimasta senza risposta per 30 giorni",
          ),
          url: 'https://www.kvkk.gov.tr/',
        },
      ],
      reportExtortion: [POLICE('The police or the public prosecutor', 'La police ou le parquet', 'La polizia o la procura')],
      intimateImages: [STOPNCII],
      note: t(
        'Turkey’s Law No. 6698 on personal data applies, not the GDPR: you must ask the organisation before you can complain.',
        'C’est la loi turque n° 6698 sur les données personnelles qui s’applique, pas le RGPD : il faut d’abord s’adresser à l’organisme avant de se plaindre.',
        'Si applica la legge turca n. 6698 sui dati personali, non il GDPR: prima del reclamo bisogna rivolgersi all’organizzazione.',
      ),
    }),
    entry('ZA', {
      regime: 'national',
      complain: [{ name: t('The Information Regulator', "L'Information Regulator (autorité sud-africaine)", "L'Information Regulator (autorità sudafricana)"), url: 'https://inforegulator.org.za/' }],
      reportExtortion: [POLICE('The South African Police Service', 'La police sud-africaine (SAPS)', 'La polizia sudafricana (SAPS)', 'https://www.saps.gov.za/')],
      intimateImages: [STOPNCII],
      note: t(
        'South Africa’s Protection of Personal Information Act (POPIA) applies, not the GDPR.',
        'C’est la loi sud-africaine sur la protection des informations personnelles (POPIA) qui s’applique, pas le RGPD.',
        'Si applica la legge sudafricana sulla protezione delle informazioni personali (POPIA), non il GDPR.',
      ),
    }),
    entry('KR', {
      regime: 'national',
      complain: [{ name: t('The Personal Information Protection Commission (PIPC)', 'La Commission de protection des informations personnelles (PIPC)', 'La Commissione per la protezione delle informazioni personali (PIPC)'), url: 'https://www.pipc.go.kr/' }],
      reportExtortion: [POLICE('The police', 'La police', 'La polizia')],
      intimateImages: [STOPNCII],
      note: t(
        'South Korea’s Personal Information Protection Act applies, not the GDPR.',
        'C’est la loi sud-coréenne sur la protection des informations personnelles qui s’applique, pas le RGPD.',
        'Si applica la legge sudcoreana sulla protezione delle informazioni personali, non il GDPR.',
      ),
    }),
    entry('TH', {
      regime: 'national',
      complain: [{ name: t('The Personal Data Protection Committee (PDPC)', 'Le Comité de protection des données personnelles (PDPC)', 'Il Comitato per la protezione dei dati personali (PDPC)'), url: 'https://www.pdpc.or.th/' }],
      reportExtortion: [POLICE('The police', 'La police', 'La polizia')],
      intimateImages: [STOPNCII],
      note: t(
        'Thailand’s Personal Data Protection Act applies, not the GDPR.',
        'C’est la loi thaïlandaise sur la protection des données personnelles qui s’applique, pas le RGPD.',
        'Si applica la legge thailandese sulla protezione dei dati personali, non il GDPR.',
      ),
    }),
    entry('BR', {
      regime: 'national',
      complain: [{ name: t('The National Data Protection Authority (ANPD)', "L'Autorité nationale de protection des données (ANPD)", "L'Autorità nazionale per la protezione dei dati (ANPD)"), url: 'https://www.gov.br/anpd/' }],
      reportExtortion: [POLICE('The civil police', 'La police civile', 'La polizia civile')],
      intimateImages: [STOPNCII],
      note: t(
        'Brazil’s General Data Protection Law (LGPD) applies, not the GDPR.',
        'C’est la loi générale brésilienne sur la protection des données (LGPD) qui s’applique, pas le RGPD.',
        'Si applica la legge generale brasiliana sulla protezione dei dati (LGPD), non il GDPR.',
      ),
    }),
    entry('RU', {
      regime: 'national',
      complain: [{ name: t('Roskomnadzor, the federal supervisory authority', 'Roskomnadzor, l’autorité fédérale de contrôle', 'Roskomnadzor, l’autorità federale di controllo'), url: 'https://rkn.gov.ru/' }],
      reportExtortion: [POLICE('The police', 'La police', 'La polizia')],
      intimateImages: [STOPNCII],
      note: t(
        'Russia’s federal law on personal data applies, not the GDPR.',
        'C’est la loi fédérale russe sur les données personnelles qui s’applique, pas le RGPD.',
        'Si applica la legge federale russa sui dati personali, non il GDPR.',
      ),
    }),
    entry('VE', {
      regime: 'national',
      complain: [
        {
          name: t(
            'No data-protection authority: a court, through a habeas data action (Art. 28 of the Constitution)',
            'Pas d’autorité de protection des données : le juge, par une action en habeas data (article 28 de la Constitution)',
            'Nessuna autorità per la protezione dei dati: il giudice, con un’azione di habeas data (articolo 28 della Costituzione)',
          ),
        },
      ],
      reportExtortion: [POLICE('The police', 'La police', 'La polizia')],
      intimateImages: [STOPNCII],
      note: t(
        'Venezuela has no general data-protection law and no authority to complain to; the GDPR’s rights may not apply.',
        'Le Venezuela n’a ni loi générale sur la protection des données ni autorité à saisir ; les droits du RGPD peuvent ne pas s’appliquer.',
        'Il Venezuela non ha né una legge generale sulla protezione dei dati né un’autorità a cui rivolgersi; i diritti del GDPR potrebbero non valere.',
      ),
    }),
  ].map((a) => [a.country, a]),
);

/** The advice for a country: its own entry, else the EU-wide fallback (also for `world`). */
export function countryAdvice(country: string): CountryAdvice {
  return COUNTRY_ADVICE[country] ?? EU_ADVICE;
}

/** The requests a patient can make in a country. */
export function requestsFor(country: string): readonly Request[] {
  return REQUESTS[countryAdvice(country).regime];
}

const AFTER: ChecklistKey[] = ['after-a-breach', 'insurance-and-liability'];

/** Advice by data-type category (see DATA_TYPE_CATEGORIES), for types without their own entry. */
export const CATEGORY_ADVICE: Readonly<Record<string, DataTypeAdvice>> = {
  'patient-media': { checklists: ['before-choosing-a-clinic', ...AFTER], extortionRisk: false },
  medical: { checklists: AFTER, extortionRisk: false },
  identity: { checklists: AFTER, extortionRisk: false },
  contact: { checklists: ['after-a-breach'], extortionRisk: false },
  financial: { checklists: AFTER, extortionRisk: false },
  'care-provider': { checklists: ['after-a-breach'], extortionRisk: false },
  credentials: { checklists: ['after-a-breach'], extortionRisk: false },
};

/**
 * Data types with advice of their own. Keyed by plain string so that types another branch adds
 * to vocab.ts (therapy notes, lab results…) have their advice before and after that merge.
 */
export const DATA_TYPE_ADVICE: Readonly<Record<string, DataTypeAdvice>> = {
  'intimate-body-photos': { checklists: ['before-choosing-a-clinic', ...AFTER], extortionRisk: true },
  'before-after-photos': { checklists: ['before-choosing-a-clinic', ...AFTER], extortionRisk: true },
  'patient-videos': { checklists: ['before-choosing-a-clinic', ...AFTER], extortionRisk: true },
  'medical-images': { checklists: ['medical-imaging-patients', ...AFTER], extortionRisk: false },
  'exam-details': { checklists: ['medical-imaging-patients', ...AFTER], extortionRisk: false },
  'therapy-notes': { checklists: AFTER, extortionRisk: true },
  'clinical-notes': { checklists: AFTER, extortionRisk: false },
  'lab-results': { checklists: AFTER, extortionRisk: false },
  'genetic-data': { checklists: AFTER, extortionRisk: false },
  'health-insurance-numbers': { checklists: ['after-a-breach'], extortionRisk: false },
  'social-security-numbers': { checklists: ['after-a-breach'], extortionRisk: false },
};

/** The advice for a data type unknown to the table and to the vocabulary. */
export const DEFAULT_DATA_TYPE_ADVICE: DataTypeAdvice = { checklists: ['after-a-breach'], extortionRisk: false };

/** The advice for a data type: its own entry, else its category's, else the default. */
export function dataTypeAdvice(id: string): DataTypeAdvice {
  const own = DATA_TYPE_ADVICE[id];
  if (own) return own;
  const category = (DATA_TYPES as readonly { id: string; category: string }[]).find((d) => d.id === id)?.category;
  return (category && CATEGORY_ADVICE[category]) || DEFAULT_DATA_TYPE_ADVICE;
}

/** The extortion warning: do not pay, keep the messages, report, and where. */
export const EXTORTION_WARNING: Text = t(
  'If someone threatens to publish your photos or notes unless you pay: do not pay, do not reply, keep the messages (screenshots, sender, dates), and report it.',
  "Si quelqu'un menace de publier vos photos ou vos notes si vous ne payez pas : ne payez pas, ne répondez pas, gardez les messages (captures d'écran, expéditeur, dates), et portez plainte.",
  'Se qualcuno minaccia di pubblicare le vostre foto o i vostri appunti se non pagate: non pagate, non rispondete, conservate i messaggi (schermate, mittente, date) e denunciate.',
);

/** Everything the box needs for one incident: the checklists, the warning if any, and per country where to go. */
export function incidentAdvice(dataTypes: readonly string[], countries: readonly string[]) {
  const perType = dataTypes.map(dataTypeAdvice);
  const checklists = CHECKLIST_KEYS.filter((k) => perType.some((a) => a.checklists.includes(k)) || k === 'after-a-breach');
  const extortion = perType.some((a) => a.extortionRisk);
  const where = [...new Set(countries)].map((c) => ({ country: c, advice: countryAdvice(c), requests: requestsFor(c) }));
  return { checklists, extortion, where };
}

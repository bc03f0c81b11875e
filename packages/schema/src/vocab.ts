/**
 * Controlled vocabularies: every value a contributor may pick from, with its
 * label in each site language and a one-line definition. The zod schema
 * builds its enums from these lists, so a new term is added here only.
 */

export const LOCALES = ['en', 'fr', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Term {
  /** Stable id written in the YAML. Never renamed once published. */
  readonly id: string;
  readonly label: Readonly<Record<Locale, string>>;
  /** What the term means, for contributors (English). */
  readonly definition: string;
}

const term = <const I extends string>(id: I, en: string, fr: string, it: string, definition: string): Term & { readonly id: I } => ({
  id,
  label: { en, fr, it },
  definition,
});

export const INCIDENT_KINDS = [
  term('incident', 'Incident', 'Incident', 'Incidente', "One organisation's exposure or breach."),
  term(
    'study',
    'Study or survey',
    'Étude ou enquête',
    'Studio o indagine',
    'A study, scan or survey that counts exposures across many organisations.',
  ),
] as const;

export const STATUSES = [
  term('active', 'Active', 'Actif', 'Attivo', 'The record is current.'),
  term(
    'withdrawn',
    'Withdrawn',
    'Retiré',
    'Ritirato',
    'The record no longer meets the inclusion criteria; its page stays and says why.',
  ),
  term('merged', 'Merged', 'Fusionné', 'Unito', 'The record was merged into another; its page redirects there.'),
] as const;

export const SECTORS = [
  term('aesthetic-medicine', 'Aesthetic medicine', 'Médecine esthétique', 'Medicina estetica', 'Cosmetic, plastic-surgery and dermatology clinics.'),
  term('medical-imaging', 'Medical imaging', 'Imagerie médicale', 'Diagnostica per immagini', 'Radiology and other imaging services and archives.'),
  term('hospital', 'Hospitals', 'Hôpitaux', 'Ospedali', 'Hospitals and hospital groups.'),
  term('primary-care', 'Primary care', 'Soins primaires', 'Cure primarie', 'General practice and community care.'),
  term('dental', 'Dental care', 'Soins dentaires', 'Odontoiatria', 'Dentists and dental chains.'),
  term('mental-health', 'Mental health', 'Santé mentale', 'Salute mentale', 'Psychiatry, psychology and therapy services.'),
  term('laboratory', 'Laboratories', 'Laboratoires', 'Laboratori', 'Medical testing laboratories.'),
  term('pharmacy', 'Pharmacy', 'Pharmacie', 'Farmacia', 'Pharmacies and prescription services.'),
  term('health-insurance', 'Health insurance', 'Assurance santé', 'Assicurazione sanitaria', 'Insurers and payers.'),
  term('health-software', 'Health software', 'Logiciels de santé', 'Software sanitario', 'Software and cloud services built for care providers.'),
  term('multiple', 'Several sectors', 'Plusieurs secteurs', 'Più settori', 'A study or incident that spans several sectors.'),
  term('other', 'Other', 'Autre', 'Altro', 'None of the above; say which in the summary.'),
] as const;

export const ORGANISATION_ROLES = [
  term('clinic', 'Clinic', 'Clinique', 'Clinica', 'A clinic or practice that cares for patients.'),
  term('hospital', 'Hospital', 'Hôpital', 'Ospedale', 'A hospital.'),
  term('imaging-provider', 'Imaging provider', "Centre d'imagerie", 'Centro di diagnostica per immagini', 'A radiology or imaging provider.'),
  term('software-vendor', 'Software vendor', 'Éditeur de logiciel', 'Fornitore di software', 'The maker of software that held the data.'),
  term('cloud-host', 'Cloud host', 'Hébergeur cloud', 'Fornitore cloud', 'The company hosting the storage or servers.'),
  term('researcher', 'Researcher', 'Chercheur', 'Ricercatore', 'A person, team or company that found or studied the exposure.'),
  term('regulator', 'Regulator', 'Autorité de contrôle', 'Autorità di controllo', 'A data-protection or health authority.'),
  term('insurer', 'Insurer', 'Assureur', 'Assicuratore', 'An insurer or payer.'),
  term('other', 'Other', 'Autre', 'Altro', 'Any other role.'),
] as const;

export const DISCOVERER_TYPES = [
  term('security-researcher', 'Security researchers', 'Chercheurs en sécurité', 'Ricercatori di sicurezza', 'Independent or commercial security researchers.'),
  term('journalist', 'Journalists', 'Journalistes', 'Giornalisti', 'A newsroom or journalist.'),
  term('organisation', 'The organisation itself', "L'organisation elle-même", "L'organizzazione stessa", 'The organisation found its own problem.'),
  term('patient', 'A patient', 'Un patient', 'Un paziente', 'A patient or member of the public.'),
  term('regulator', 'A regulator', 'Une autorité', "Un'autorità", 'A data-protection or health authority.'),
  term('attacker', 'The attacker', "L'attaquant", "L'attaccante", 'An attacker announced it, for example a ransomware group.'),
  term('unknown', 'Unknown', 'Inconnu', 'Sconosciuto', 'Not reported.'),
] as const;

export const VECTORS = [
  term('misconfigured-cloud-storage', 'Misconfigured cloud storage', 'Stockage cloud mal configuré', 'Archivio cloud mal configurato', 'A storage bucket or file share left readable from the internet (for example an open Amazon S3 bucket).'),
  term('unprotected-dicom-pacs', 'Unprotected DICOM/PACS server', 'Serveur DICOM/PACS non protégé', 'Server DICOM/PACS non protetto', 'A medical-image archive that answers DICOM or web queries from the internet without authentication.'),
  term('exposed-database', 'Exposed database', 'Base de données exposée', 'Database esposto', 'A database (Elasticsearch, MongoDB, …) reachable from the internet without authentication.'),
  term('web-application-flaw', 'Web application flaw', "Faille d'application web", 'Falla di applicazione web', 'A patient portal or web application that let anyone see other records.'),
  term('ransomware-intrusion', 'Ransomware or intrusion', 'Rançongiciel ou intrusion', 'Ransomware o intrusione', 'An attacker broke in, with or without encrypting systems for ransom.'),
  term('phishing', 'Phishing', 'Hameçonnage', 'Phishing', 'Credentials were stolen through deceptive messages.'),
  term('unencrypted-transfer', 'Unencrypted transfer', 'Transfert non chiffré', 'Trasferimento non cifrato', 'Data sent or shared without encryption: email, file-sharing links, USB keys.'),
  term('lost-or-stolen-device', 'Lost or stolen device', 'Appareil perdu ou volé', 'Dispositivo perso o rubato', 'A laptop, phone or disk that was lost or stolen.'),
  term('insider-misuse', 'Insider misuse', 'Abus interne', 'Abuso interno', 'Staff looked at or took data they had no reason to.'),
  term('misdelivery', 'Misdelivery', 'Erreur de destinataire', 'Invio errato', 'Data sent to the wrong person.'),
  term('other', 'Other', 'Autre', 'Altro', 'None of the above; say which in the summary.'),
] as const;

/** Broad categories, after VERIS data varieties and HIBP data classes. */
export const DATA_TYPE_CATEGORIES = [
  term('patient-media', 'Patient photos and videos', 'Photos et vidéos de patients', 'Foto e video di pazienti', 'Pictures and recordings of patients themselves.'),
  term('medical', 'Medical information', 'Informations médicales', 'Informazioni mediche', 'Clinical content: images, diagnoses, treatments, dates of care (VERIS "Medical").'),
  term('identity', 'Identity', 'Identité', 'Identità', 'Who the patient is (VERIS "Personal").'),
  term('contact', 'Contact details', 'Coordonnées', 'Recapiti', 'How to reach the patient.'),
  term('financial', 'Financial', 'Données financières', 'Dati finanziari', 'Money and insurance (VERIS "Payment", "Bank").'),
  term('care-provider', 'Care-provider details', 'Informations sur les soignants', 'Dati sui curanti', 'Who treated the patient and where.'),
  term('credentials', 'Credentials', "Identifiants d'accès", 'Credenziali', 'Passwords and access tokens (VERIS "Credentials").'),
] as const;

export interface DataTypeTerm extends Term {
  readonly category: (typeof DATA_TYPE_CATEGORIES)[number]['id'];
}

const dataType = <const I extends string>(
  id: I,
  category: DataTypeTerm['category'],
  en: string,
  fr: string,
  it: string,
  definition: string,
): DataTypeTerm & { readonly id: I } => ({ ...term(id, en, fr, it, definition), category });

export const DATA_TYPES = [
  dataType('face-photos', 'patient-media', 'Face photos', 'Photos du visage', 'Foto del volto', 'Photos in which a patient can be recognised by their face.'),
  dataType('intimate-body-photos', 'patient-media', 'Intimate or body photos', 'Photos intimes ou du corps', 'Foto intime o del corpo', 'Photos of the body, including breasts, buttocks or genitals.'),
  dataType('before-after-photos', 'patient-media', 'Before/after photos', 'Photos avant/après', 'Foto prima/dopo', 'Photos taken before and after a treatment to show its result.'),
  dataType('patient-videos', 'patient-media', 'Patient videos', 'Vidéos de patients', 'Video di pazienti', 'Videos of patients, including 3D or 360° face and body scans.'),
  dataType('medical-images', 'medical', 'Medical images', 'Images médicales', 'Immagini mediche', 'X-ray, CT, MRI, ultrasound and other diagnostic images.'),
  dataType('exam-details', 'medical', 'Examination details', "Détails d'examen", "Dettagli dell'esame", 'The kind, scope or reason of an examination.'),
  dataType('diagnoses', 'medical', 'Diagnoses and conditions', 'Diagnostics et pathologies', 'Diagnosi e patologie', 'Diagnoses, conditions, clinical notes.'),
  dataType('treatment-plans', 'medical', 'Treatment plans', 'Plans de traitement', 'Piani di trattamento', 'Proposed or performed treatments and their outlines.'),
  dataType('dates-of-care', 'medical', 'Dates of care', 'Dates de soins', 'Date delle cure', 'When a patient was examined or treated.'),
  dataType('prescriptions', 'medical', 'Prescriptions', 'Ordonnances', 'Prescrizioni', 'Medicines prescribed.'),
  dataType('names', 'identity', 'Names', 'Noms', 'Nomi', "Patients' names."),
  dataType('birth-dates', 'identity', 'Dates of birth', 'Dates de naissance', 'Date di nascita', "Patients' dates of birth."),
  dataType('national-ids', 'identity', 'National ID numbers', "Numéros d'identification nationaux", 'Numeri di identificazione nazionali', 'Social-security, health-insurance or identity-card numbers.'),
  dataType('patient-ids', 'identity', 'Patient IDs', 'Identifiants patients', 'Identificativi dei pazienti', "A provider's own patient numbers."),
  dataType('contact-details', 'contact', 'Contact details', 'Coordonnées', 'Recapiti', 'Postal address, phone number or email address.'),
  dataType('invoices-billing', 'financial', 'Invoices and billing', 'Factures et facturation', 'Fatture e fatturazione', 'Invoices, prices and what was paid.'),
  dataType('payment-cards', 'financial', 'Payment card data', 'Données de carte bancaire', 'Dati di carte di pagamento', 'Card numbers or bank details.'),
  dataType('insurance-details', 'financial', 'Insurance details', "Informations d'assurance", 'Dati assicurativi', 'Insurer, policy or claim details.'),
  dataType('clinician-names', 'care-provider', 'Clinician names', 'Noms des soignants', 'Nomi dei curanti', 'Names of the doctors or staff who provided care.'),
  dataType('facility-names', 'care-provider', 'Facility names', 'Noms des établissements', 'Nomi delle strutture', 'Names of the clinics, hospitals or practices.'),
  dataType('credentials', 'credentials', 'Passwords and access keys', "Mots de passe et clés d'accès", 'Password e chiavi di accesso', 'Passwords, API keys or access tokens.'),
] as const;

export const METRICS = [
  term('files', 'Files', 'Fichiers', 'File', 'Files of any kind in the exposed store.'),
  term('images', 'Images', 'Images', 'Immagini', 'Images that could be viewed or downloaded.'),
  term('linked-images', 'Linked images', 'Images liées', 'Immagini collegate', 'Images linked to exposed records, whether or not each could be downloaded.'),
  term('videos', 'Videos', 'Vidéos', 'Video', 'Video files.'),
  term('images-and-videos', 'Images and videos', 'Images et vidéos', 'Immagini e video', 'Images and videos counted together, when a source does not separate them.'),
  term('servers', 'Servers or systems', 'Serveurs ou systèmes', 'Server o sistemi', 'Servers or systems found exposed.'),
  term('servers-scanned', 'Servers or systems examined', 'Serveurs ou systèmes examinés', 'Server o sistemi esaminati', 'Servers or systems a study looked at, exposed or not.'),
  term('records', 'Records or studies', 'Dossiers ou examens', 'Record o esami', 'Patient records; for imaging, one study (examination) is one record.'),
  term('patients', 'Patients', 'Patients', 'Pazienti', 'People whose data was exposed.'),
  term('clinics', 'Clinics', 'Cliniques', 'Cliniche', 'Clinics or practices.'),
  term('countries', 'Countries', 'Pays', 'Paesi', 'Countries.'),
] as const;

export const QUALIFIERS = [
  term('exact', 'exactly (as stated)', 'tel quel', 'così come indicato', 'The source gives the number with no qualifier.'),
  term('about', 'about', 'environ', 'circa', 'The source says about, around or approximately.'),
  term('more-than', 'more than', 'plus de', 'oltre', 'The source says more than or over.'),
  term('nearly', 'nearly', 'près de', 'quasi', 'The source says nearly or almost: the true number is just below.'),
  term('at-least', 'at least', 'au moins', 'almeno', 'The source says at least.'),
  term('up-to', 'up to', "jusqu'à", 'fino a', 'The source says up to: a ceiling.'),
  term('multiples-of', 'multiples of', 'des multiples de', 'multipli di', 'The source gives an order of magnitude, such as "hundreds of thousands" (value 100000) or "millions" (value 1000000). The value must be a power of ten.'),
] as const;

/**
 * Words sources use for a qualifier beside its labels above, in the languages
 * contributors paste from. The validator reads "about 400" in a value and
 * suggests `value: 400` and `qualifier: about`; the labels come first.
 */
export const QUALIFIER_SYNONYMS: Readonly<Partial<Record<Qualifier, readonly string[]>>> = {
  about: ['around', 'approximately', 'approx.'],
  'more-than': ['over', 'più di', 'mehr als', 'über'],
  nearly: ['almost', 'presque'],
  'up-to': ['jusqu’à'],
};

export const FIGURE_ROLES = [
  term('exposure', 'Exposure', 'Exposition', 'Esposizione', 'The figure measures what was exposed.'),
  term('context', 'Context', 'Contexte', 'Contesto', 'Background that is not itself exposed, such as how many client clinics a vendor has.'),
] as const;

export const SOURCE_TYPES = [
  term('primary-report', 'Primary report', 'Rapport primaire', 'Rapporto primario', "The researchers' or organisation's own report."),
  term('news', 'News', 'Presse', 'Stampa', 'A news article.'),
  term('company-statement', 'Company statement', "Déclaration de l'entreprise", "Dichiarazione dell'azienda", 'A statement by the organisation concerned.'),
  term('press-release', 'Press release', 'Communiqué de presse', 'Comunicato stampa', 'A press release, for example by the researchers.'),
  term('regulator-decision', 'Regulator decision', "Décision d'une autorité", "Decisione di un'autorità", 'A decision or notice by a data-protection or health authority.'),
  term('court', 'Court decision', 'Décision de justice', 'Sentenza', 'A court judgment.'),
  term('blog', 'Blog or newsletter', 'Blog ou lettre', 'Blog o newsletter', 'A blog post or newsletter by a company or specialist.'),
  term('other', 'Other', 'Autre', 'Altro', 'Any other kind of source.'),
] as const;

type Ids<T extends readonly Term[]> = T[number]['id'];
export type IncidentKind = Ids<typeof INCIDENT_KINDS>;
export type Status = Ids<typeof STATUSES>;
export type Sector = Ids<typeof SECTORS>;
export type OrganisationRole = Ids<typeof ORGANISATION_ROLES>;
export type DiscovererType = Ids<typeof DISCOVERER_TYPES>;
export type Vector = Ids<typeof VECTORS>;
export type DataTypeCategory = Ids<typeof DATA_TYPE_CATEGORIES>;
export type DataType = Ids<typeof DATA_TYPES>;
export type Metric = Ids<typeof METRICS>;
export type Qualifier = Ids<typeof QUALIFIERS>;
export type FigureRole = Ids<typeof FIGURE_ROLES>;
export type SourceType = Ids<typeof SOURCE_TYPES>;

/** The ids of a vocabulary, as the non-empty tuple zod's enum wants. */
export function ids<T extends readonly Term[]>(terms: T): [Ids<T>, ...Ids<T>[]] {
  return terms.map((t) => t.id) as [Ids<T>, ...Ids<T>[]];
}

/** Looks a term up by id; throws on an unknown id, which the schema has already ruled out. */
export function termOf<T extends readonly Term[]>(terms: T, id: string): T[number] {
  const found = terms.find((t) => t.id === id);
  if (!found) throw new Error(`unknown vocabulary id: ${id}`);
  return found;
}

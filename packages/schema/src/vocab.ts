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
  term('public-health-authority', 'Public health authorities', 'Autorités sanitaires publiques', 'Enti sanitari pubblici', 'Health agencies and regional or national health services that run care or health IT for a population.'),
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
  term('laboratory', 'Laboratory', 'Laboratoire', 'Laboratorio', 'A medical testing laboratory, such as a pathology or screening lab.'),
  term('public-authority', 'Public authority', 'Autorité publique', 'Ente pubblico', 'A public body that is neither a regulator nor a court, such as a region that runs health IT.'),
  term('health-authority', 'Health authority', 'Autorité sanitaire', 'Azienda sanitaria', 'A public health service or board that runs hospitals and care, such as an Italian ASL or an NHS board.'),
  term('attacker-group', 'Attacker group', "Groupe d'attaquants", 'Gruppo di attaccanti', 'A criminal group that claimed or carried out the attack, such as a ransomware gang. Named only as it names itself.'),
  term('court', 'Court', 'Juridiction', 'Tribunale', 'A court that judged a case arising from the incident.'),
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
  term('ransomware-intrusion', 'Ransomware', 'Rançongiciel', 'Ransomware', 'An attacker broke in and encrypted systems for ransom, usually also taking data to threaten its publication.'),
  term('intrusion', 'Intrusion', 'Intrusion', 'Intrusione', 'An attacker broke in and took data without encrypting systems for ransom.'),
  term('third-party-compromise', 'Compromise of a vendor or provider', "Compromission d'un prestataire", 'Compromissione di un fornitore', 'The data was reached through a vendor or service provider that held it or had access, not through the organisation itself.'),
  term('patient-extortion', 'Extortion of patients', 'Extorsion de patients', 'Estorsione ai pazienti', 'Attackers demanded money from individual patients, threatening to publish their data.'),
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
  dataType('diagnoses', 'medical', 'Diagnoses and conditions', 'Diagnostics et pathologies', 'Diagnosi e patologie', 'Diagnoses and conditions, as codes or words.'),
  dataType('clinical-notes', 'medical', 'Clinical notes', 'Notes cliniques', 'Note cliniche', "Clinicians' free-text notes in a medical record: consultation, admission or discharge notes."),
  dataType('therapy-notes', 'medical', 'Psychotherapy notes', 'Notes de psychothérapie', 'Note di psicoterapia', "A therapist's notes on sessions with a patient."),
  dataType('lab-results', 'medical', 'Laboratory results', "Résultats d'analyses", 'Referti di laboratorio', 'Results of blood, tissue, screening or other laboratory tests.'),
  dataType('genetic-data', 'medical', 'Genetic data', 'Données génétiques', 'Dati genetici', 'Results of genetic or genomic tests, or DNA samples.'),
  dataType('treatment-plans', 'medical', 'Treatment plans', 'Plans de traitement', 'Piani di trattamento', 'Proposed or performed treatments and their outlines.'),
  dataType('dates-of-care', 'medical', 'Dates of care', 'Dates de soins', 'Date delle cure', 'When a patient was examined or treated.'),
  dataType('prescriptions', 'medical', 'Prescriptions', 'Ordonnances', 'Prescrizioni', 'Medicines prescribed.'),
  dataType('names', 'identity', 'Names', 'Noms', 'Nomi', "Patients' names."),
  dataType('birth-dates', 'identity', 'Dates of birth', 'Dates de naissance', 'Date di nascita', "Patients' dates of birth."),
  dataType('national-ids', 'identity', 'National ID numbers', "Numéros d'identification nationaux", 'Numeri di identificazione nazionali', 'Identity-card, passport or national personal identity numbers (such as a Finnish personal identity code); social-security and health-insurance numbers have their own terms.'),
  dataType('social-security-numbers', 'identity', 'Social-security numbers', 'Numéros de sécurité sociale', 'Numeri di previdenza sociale', 'Social-security numbers, such as a French NIR or a US SSN.'),
  dataType('health-insurance-numbers', 'identity', 'Health-insurance numbers', "Numéros d'assurance maladie", 'Numeri di tessera sanitaria', 'Health-insurance or health-card numbers, such as an Italian tessera sanitaria or a member number of an insurer.'),
  dataType('patient-ids', 'identity', 'Patient IDs', 'Identifiants patients', 'Identificativi dei pazienti', "A provider's own patient numbers."),
  dataType('contact-details', 'contact', 'Contact details', 'Coordonnées', 'Recapiti', 'Postal address, phone number or email address.'),
  dataType('invoices-billing', 'financial', 'Invoices and billing', 'Factures et facturation', 'Fatture e fatturazione', 'Invoices, prices and what was paid.'),
  dataType('payment-cards', 'financial', 'Payment card data', 'Données de carte bancaire', 'Dati di carte di pagamento', 'Card numbers or bank details.'),
  dataType('insurance-details', 'financial', 'Insurance details', "Informations d'assurance", 'Dati assicurativi', 'Insurer, policy or claim details.'),
  dataType('clinician-names', 'care-provider', 'Clinician names', 'Noms des soignants', 'Nomi dei curanti', 'Names of the doctors or staff who provided care.'),
  dataType('facility-names', 'care-provider', 'Facility names', 'Noms des établissements', 'Nomi delle strutture', 'Names of the clinics, hospitals or practices.'),
  dataType('credentials', 'credentials', 'Passwords and access keys', "Mots de passe et clés d'accès", 'Password e chiavi di accesso', 'Passwords, API keys or access tokens.'),
] as const;

/** What a metric's value measures: a count of things, an amount of money, or a volume of data in bytes. */
export const UNITS = [
  term('count', 'Count', 'Nombre', 'Numero', 'A number of things: files, patients, servers. Only counts are charted or compared across incidents.'),
  term('money', 'Amount of money', "Montant", 'Importo', 'An amount in the currency given by `currency` (ISO 4217). Never summed across currencies, never added to a count.'),
  term('bytes', 'Data volume', 'Volume de données', 'Volume di dati', 'A volume of data, stored in bytes; `unit_as_reported` keeps the unit the source used.'),
] as const;

export interface MetricTerm extends Term {
  readonly unit: (typeof UNITS)[number]['id'];
}

const metric = <const I extends string>(
  id: I,
  unit: MetricTerm['unit'],
  en: string,
  fr: string,
  it: string,
  definition: string,
): MetricTerm & { readonly id: I } => ({ ...term(id, en, fr, it, definition), unit });

export const METRICS = [
  metric('files', 'count', 'Files', 'Fichiers', 'File', 'Files of any kind in the exposed store.'),
  metric('images', 'count', 'Images', 'Images', 'Immagini', 'Images that could be viewed or downloaded.'),
  metric('linked-images', 'count', 'Linked images', 'Images liées', 'Immagini collegate', 'Images linked to exposed records, whether or not each could be downloaded.'),
  metric('videos', 'count', 'Videos', 'Vidéos', 'Video', 'Video files.'),
  metric('images-and-videos', 'count', 'Images and videos', 'Images et vidéos', 'Immagini e video', 'Images and videos counted together, when a source does not separate them.'),
  metric('documents', 'count', 'Documents', 'Documents', 'Documenti', 'Documents such as letters, reports or scanned forms, when the source counts documents rather than files.'),
  metric('emails', 'count', 'Emails', 'Courriels', 'Email', 'Email messages.'),
  metric('servers', 'count', 'Servers or systems', 'Serveurs ou systèmes', 'Server o sistemi', 'Servers or systems found exposed.'),
  metric('servers-scanned', 'count', 'Servers or systems examined', 'Serveurs ou systèmes examinés', 'Server o sistemi esaminati', 'Servers or systems a study looked at, exposed or not.'),
  metric('servers-web-viewer', 'count', 'Systems open in a web browser', 'Systèmes ouverts dans un navigateur', 'Sistemi aperti dal browser', 'Exposed servers or systems whose data anyone could open in an ordinary web browser, through a web viewer without login or encryption.'),
  metric('servers-taken-offline', 'count', 'Systems taken offline', "Systèmes retirés d'internet", 'Sistemi scollegati da internet', 'Servers or systems found exposed earlier that a later count no longer found online.'),
  metric('records', 'count', 'Records or studies', 'Dossiers ou examens', 'Record o esami', 'Patient records; for imaging, one study (examination) is one record.'),
  metric('patients', 'count', 'Patients', 'Patients', 'Pazienti', 'Patients whose data was exposed.'),
  metric('people', 'count', 'People', 'Personnes', 'Persone', 'People whose data was exposed when the source does not count only patients: staff, relatives, members of an insurer.'),
  metric('clinics', 'count', 'Clinics', 'Cliniques', 'Cliniche', 'Clinics or practices.'),
  metric('countries', 'count', 'Countries', 'Pays', 'Paesi', 'Countries.'),
  metric('fine', 'money', 'Fine', 'Amende', 'Sanzione', 'A fine imposed by a regulator or a court.'),
  metric('ransom-demand', 'money', 'Ransom demanded', 'Rançon demandée', 'Riscatto richiesto', 'The ransom the attackers demanded from the organisation.'),
  metric('ransom-demand-per-patient', 'money', 'Ransom demanded per patient', 'Rançon demandée par patient', 'Riscatto richiesto a ciascun paziente', 'The sum the attackers demanded from each patient they extorted.'),
  metric('compensation', 'money', 'Compensation', 'Indemnisation', 'Risarcimento', 'Compensation awarded or paid to people whose data was exposed.'),
  metric('settlement', 'money', 'Settlement', 'Transaction', 'Transazione', 'The amount of a settlement with a regulator or of a class action.'),
  metric('damages-claimed', 'money', 'Damages claimed', 'Dommages et intérêts demandés', 'Risarcimento chiesto', 'Damages that a lawsuit asks for; an allegation, not an award.'),
  metric('data-volume', 'bytes', 'Data volume', 'Volume de données', 'Volume di dati', 'How much data was taken, published or exposed, in bytes.'),
] as const;

/** The unit of a metric; the schema already guarantees the id exists. */
export function unitOf(metricId: string): MetricTerm['unit'] {
  return termOf(METRICS, metricId).unit;
}

/** Units a source may give a data volume in, with their size in bytes (decimal SI and binary IEC prefixes). */
export interface ByteUnitTerm extends Term {
  readonly bytes: number;
}

const byteUnit = <const I extends string>(id: I, bytes: number, fr: string, definition: string): ByteUnitTerm & { readonly id: I } => ({
  ...term(id, id, fr, id, definition),
  bytes,
});

export const BYTE_UNITS = [
  byteUnit('B', 1, 'o', 'Bytes.'),
  byteUnit('KB', 1e3, 'ko', 'Kilobytes: 1,000 bytes.'),
  byteUnit('MB', 1e6, 'Mo', 'Megabytes: 1,000,000 bytes.'),
  byteUnit('GB', 1e9, 'Go', 'Gigabytes: 10^9 bytes.'),
  byteUnit('TB', 1e12, 'To', 'Terabytes: 10^12 bytes.'),
  byteUnit('PB', 1e15, 'Po', 'Petabytes: 10^15 bytes.'),
  byteUnit('KiB', 2 ** 10, 'Kio', 'Kibibytes: 1,024 bytes.'),
  byteUnit('MiB', 2 ** 20, 'Mio', 'Mebibytes: 2^20 bytes.'),
  byteUnit('GiB', 2 ** 30, 'Gio', 'Gibibytes: 2^30 bytes.'),
  byteUnit('TiB', 2 ** 40, 'Tio', 'Tebibytes: 2^40 bytes.'),
] as const;

/** Whose claim a figure is. */
export const CLAIMS = [
  term('measured', 'Measured', 'Mesuré', 'Misurato', "A researcher's or journalist's own count or finding (the default)."),
  term('attacker-claim', 'Claimed by the attackers', 'Selon les attaquants', 'Secondo gli attaccanti', 'What the attackers say, for example on their leak site as reported by a source; not verified.'),
  term('organisation-statement', 'Stated by the organisation', "Selon l'organisation", "Secondo l'organizzazione", 'What the organisation concerned says about itself.'),
  term('regulator-finding', "Found by the regulator", "Constaté par l'autorité", "Accertato dall'autorità", 'A finding of a data-protection or health authority.'),
  term('court-finding', 'Found by a court', 'Établi par un tribunal', 'Accertato da un tribunale', 'A finding of a court.'),
  term('lawsuit-allegation', 'Alleged in a lawsuit', 'Selon une action en justice', 'Secondo un ricorso in giudizio', 'What a claimant alleges in a lawsuit; not a finding.'),
] as const;

/** Whether a figure gives a number: shown as a number, or as "not disclosed" (never 0, never blank). */
export const VALUE_STATUSES = [
  term('reported', 'Reported', 'Communiqué', 'Comunicato', 'The source gives a number.'),
  term('not-disclosed', 'not disclosed', 'non communiqué', 'non comunicato', 'The source says the quantity exists but gives no number, such as "the number of patients was not disclosed".'),
] as const;

export const OUTCOME_KINDS = [
  term('regulator-decision', 'Regulator decision', "Décision d'une autorité", "Decisione di un'autorità", 'A decision of a data-protection or health authority other than a fine or a warning, such as an order or a reprimand.'),
  term('fine', 'Fine', 'Amende', 'Sanzione pecuniaria', 'A fine imposed by a regulator or a court.'),
  term('warning', 'Warning', 'Avertissement', 'Ammonimento', 'A formal warning or admonition without a fine.'),
  term('court-judgment', 'Court judgment', 'Jugement', 'Sentenza', 'A civil or administrative court judgment.'),
  term('settlement', 'Settlement', 'Transaction', 'Transazione', 'A settlement with a regulator or with claimants.'),
  term('criminal-conviction', 'Criminal conviction', 'Condamnation pénale', 'Condanna penale', 'A criminal court convicted someone for the attack or the leak.'),
  term('dismissal', 'Dismissal', 'Rejet ou classement', 'Archiviazione o rigetto', 'A case was dismissed or closed without sanction.'),
] as const;

export const OUTCOME_STATUSES = [
  term('final', 'Final', 'Définitive', 'Definitiva', 'No appeal is pending.'),
  term('appealed', 'Appealed', "Frappée d'appel", 'Impugnata', 'The decision has been appealed.'),
  term('unknown', 'Unknown', 'Inconnu', 'Sconosciuto', 'The sources do not say whether it was appealed.'),
] as const;

/** A typed link between two records, with the label of its reverse as the target's page shows it. */
export interface LinkTypeTerm extends Term {
  readonly reverse: Readonly<Record<Locale, string>>;
}

const linkType = <const I extends string>(
  id: I,
  label: [string, string, string],
  reverse: [string, string, string],
  definition: string,
): LinkTypeTerm & { readonly id: I } => ({
  ...term(id, ...label, definition),
  reverse: { en: reverse[0], fr: reverse[1], it: reverse[2] },
});

export const LINK_TYPES = [
  linkType('found-by', ['Found by', 'Découvert par', 'Scoperto da'], ['Found', 'A découvert', 'Ha scoperto'], 'This case was found by the target study.'),
  linkType('follow-up-of', ['Follow-up of', 'Suite de', 'Seguito di'], ['Followed up by', 'Suivi par', 'Seguito da'], 'This record follows up the target: a later scan, a new leak of the same data, a later decision.'),
  linkType('same-vendor-breach', ['Same vendor breach as', 'Même prestataire compromis que', 'Stesso fornitore compromesso di'], ['Same vendor breach as', 'Même prestataire compromis que', 'Stesso fornitore compromesso di'], 'Both organisations were hit through one vendor\'s breach (one vendor, many victims).'),
  linkType('duplicate-of', ['Duplicate of', 'Doublon de', 'Duplicato di'], ['Duplicated by', 'A pour doublon', 'Ha come duplicato'], 'This record describes the same incident as the target.'),
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
  term('regulator-notice', 'Regulator breach notice', 'Notification publiée par une autorité', "Notifica pubblicata da un'autorità", "An entry in a regulator's public list of notified breaches, such as the US HHS OCR breach portal."),
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
export type Unit = Ids<typeof UNITS>;
export type ByteUnit = Ids<typeof BYTE_UNITS>;
export type Claim = Ids<typeof CLAIMS>;
export type ValueStatus = Ids<typeof VALUE_STATUSES>;
export type OutcomeKind = Ids<typeof OUTCOME_KINDS>;
export type OutcomeStatus = Ids<typeof OUTCOME_STATUSES>;
export type LinkType = Ids<typeof LINK_TYPES>;
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

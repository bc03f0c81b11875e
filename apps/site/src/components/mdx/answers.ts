/** The written labels of a checklist question's answers (see Check.astro), in each site language. */
export type AnswerLocale = 'en' | 'fr' | 'it';

const LABELS: Record<AnswerLocale, { good: string; flag: string }> = {
  en: { good: 'Good answer:', flag: 'Red flag:' },
  // French takes a no-break space before the colon.
  fr: { good: 'Bonne réponse\u00a0:', flag: 'Signal d’alerte\u00a0:' },
  it: { good: 'Risposta giusta:', flag: 'Campanello d’allarme:' },
};

export function answerLabels(locale: AnswerLocale): { good: string; flag: string } {
  return LABELS[locale];
}

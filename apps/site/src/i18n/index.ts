/** The interface strings of each site language; see en.ts for the contract. */
import type { Locale } from '@atlas/schema';
import { en, type Messages } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

export type { Messages };
export const MESSAGES: Record<Locale, Messages> = { en, fr, it };

export function t(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Which records each kind of page lists. */
import type { Incident } from '@atlas/schema';

/** Active records: the ones counted in charts and headlines. */
export const isActive = (i: Incident) => i.status === 'active';
/** Records that have a real page (active and withdrawn); merged ones only redirect. */
export const isListed = (i: Incident) => i.status !== 'merged';

import { countryWithinWorld } from './country-within-world.ts';
import { dates } from './dates.ts';
import { figureSanity } from './figure-sanity.ts';
import { figureUnits } from './figure-units.ts';
import { idMatchesFile } from './id-matches-file.ts';
import { languageTags } from './language-tags.ts';
import { links } from './links.ts';
import { notDisclosed } from './not-disclosed.ts';
import { outcomeReferences } from './outcome-references.ts';
import { relayNotPreferred } from './relay-not-preferred.ts';
import { revisions } from './revisions.ts';
import { sourceReferences } from './source-references.ts';
import { status } from './status.ts';
import type { DatasetRule, RecordRule, Rule } from './types.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniqueLocalIds } from './unique-local-ids.ts';

export type { CheckedRecord, DatasetRule, Finding, RecordContext, RecordRule, Rule, RuleContext } from './types.ts';

/** Every rule that runs after the schema, in the order their findings are reported. */
export const RULES: readonly Rule[] = [
  idMatchesFile,
  uniqueIds,
  uniqueLocalIds,
  sourceReferences,
  dates,
  countryWithinWorld,
  figureSanity,
  relayNotPreferred,
  status,
  languageTags,
  figureUnits,
  notDisclosed,
  revisions,
  outcomeReferences,
  links,
];

/** The rules that read one record alone, run in the thread that read the file. */
export const RECORD_RULES: readonly RecordRule[] = RULES.filter((r): r is RecordRule => r.scope === 'record');
/** The rules that look across records, run once every file is read. */
export const DATASET_RULES: readonly DatasetRule[] = RULES.filter((r): r is DatasetRule => r.scope === 'dataset');

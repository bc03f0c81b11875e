import { incidentJsonSchema } from './incident.ts';
import { fieldReference } from './reference.ts';

/** The files generated from the schema, by name relative to the package root. */
export function generatedFiles(): Record<string, string> {
  return {
    'incident.schema.json': `${JSON.stringify(incidentJsonSchema(), null, 2)}\n`,
    'FIELDS.md': fieldReference(),
  };
}

export * from './vocab.ts';
export * from './countries.ts';
export * from './incident.ts';
export * from './reference.ts';
export * from './csv.ts';
export * from './dates.ts';

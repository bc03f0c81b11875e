// A validation worker's entry: Node 20 cannot load TypeScript by itself, and
// loader hooks registered in the parent do not reach a worker, so the worker
// registers tsx, then checks the files it was given (validate-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./validate-worker.ts');

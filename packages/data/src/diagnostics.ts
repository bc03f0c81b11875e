/** One problem found in one file, with the position a contributor can jump to. */
export interface Diagnostic {
  /** Path as given or relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  /** Dotted field path such as `figures[2].value`, or `(file)` for whole-file problems. */
  field: string;
  message: string;
}

/** `path:line:col  field.path  message`, the format every tool of ours prints. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}  ${d.field}  ${d.message}`;
}

/**
 * GitHub Actions workflow command, shown as an annotation on the line.
 * Data in the message is escaped as the runner expects (%, CR, LF; plus , and : in properties).
 */
export function formatGithub(d: Diagnostic): string {
  const prop = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::error file=${prop(d.file)},line=${d.line},col=${d.col},title=${prop(d.field)}::${data(d.message)}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.field.localeCompare(b.field));
}

/** Formats a field path: ['figures', 2, 'value'] -> figures[2].value */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(root)';
}

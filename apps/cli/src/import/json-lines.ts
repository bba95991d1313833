/**
 * Where each value of a JSON text starts, by its path (`[3].payload.amount.currency`), so a
 * problem found after JSON.parse can name the line a person fixes. The text must be valid JSON
 * (parse it first); this only walks it.
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let at = 0;
  let line = 1;

  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at]!)) {
      if (text[at] === '\n') line++;
      at++;
    }
  };
  /** A string token (at its opening quote): its decoded text. */
  const string = (): string => {
    const start = at++;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (path: string): void => {
    skipSpace();
    lines.set(path, line);
    const c = text[at];
    if (c === '{') {
      at++;
      skipSpace();
      if (text[at] === '}') return void at++;
      for (;;) {
        skipSpace();
        const key = string();
        skipSpace();
        at++; // the colon
        value(path === '' ? key : `${path}.${key}`);
        skipSpace();
        if (text[at++] === '}') return;
      }
    }
    if (c === '[') {
      at++;
      skipSpace();
      if (text[at] === ']') return void at++;
      for (let i = 0; ; i++) {
        value(`${path}[${i}]`);
        skipSpace();
        if (text[at++] === ']') return;
      }
    }
    if (c === '"') return void string();
    // A number, true, false or null: up to the next delimiter.
    while (at < text.length && !/[\s,\]}]/.test(text[at]!)) at++;
  };
  value('');
  return lines;
}

/** The line of the value at `path`, or of its nearest enclosing value the text has. */
export function lineOf(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  for (let p = path; ;) {
    const found = lines.get(p);
    if (found !== undefined) return found;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return lines.get('');
    p = p.slice(0, cut);
  }
}

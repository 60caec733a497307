import type { Problem, Severity } from './types.js';

/** `events[4].start: '2019-02-30' is not a date`: a problem as one line for a console or a CLI. */
export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.path}: ` : '';
  return `${where}${problem.message}`;
}

/** Collects problems while parsing; the parser never throws on content. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(severity: Severity, code: string, path: string, message: string, extra: Partial<Problem> = {}): Problem {
    const problem: Problem = { severity, code, path, message, ...extra };
    this.items.push(problem);
    return problem;
  }

  error(code: string, path: string, message: string, extra?: Partial<Problem>): Problem {
    return this.add('error', code, path, message, extra);
  }

  warn(code: string, path: string, message: string, extra?: Partial<Problem>): Problem {
    return this.add('warning', code, path, message, extra);
  }
}

/** Quote a value for a message, shortened so a 10,000-character title does not flood a console. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? `'${shorten(value)}'` : shorten(describe(value));
}

/** A text for a message: whole up to `length` characters, else cut to that length with `...`. */
export function shorten(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 3)}...` : text;
}

/**
 * A key (a field name, a language tag, a country code, a column's header) as problems name it in their paths
 * and messages: whole up to 60 characters, else its first 40 (UTF-16 code units, 39 where the 40th would split a pair) and its length
 * (`kkkk…(100000 characters)`), so that a 100 KB key does not make a 100 KB console line. `jsonPositions`
 * names keys so too, to place them. Kept this small: it is part of the parser every page loads.
 */
export function keyName(key: string): string {
  // The cut never splits a character written as two code units (an emoji, a rare CJK ideograph).
  return key.length > 60 ? `${key.slice(0, /[\uD800-\uDBFF]/.test(key[39]) ? 39 : 40)}…(${key.length} characters)` : key;
}

/** The closest known name to a misspelt one (`titel` → `title`), if any is close. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  // A name over 50 characters is more than a third of its length away from every field and column name
  // (none has 30): no suggestion, and a 100 KB key costs no 100 KB-by-12 comparison per known name.
  if (name.length > 50) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** JSON of a value for a message; a value nested too deep to serialise is named by its kind. */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[...]' : typeof value === 'object' ? '{...}' : String(value);
  }
}

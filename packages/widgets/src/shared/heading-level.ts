/**
 * `heading-level`, read the same way by every element: a page's outline asks for a level; a CMS template may
 * leave the field empty (read as 0) or write "h4" (not a number). Both give the element's default; a number
 * outside 1-6 is brought inside.
 */
export function headingLevel(asked: unknown, fallback: number): number {
  const level = Math.round(Number(asked));
  return level ? Math.min(6, Math.max(1, level)) : fallback;
}

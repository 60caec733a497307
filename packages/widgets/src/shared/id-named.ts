/**
 * How an element finds what a page's attribute names (`network="RNNC"`, `series="Meeting of the RNNC"`,
 * `organiser="DCAF"`): the calendar's presets, the map's networks and the timeline's series read it alike.
 */

const fold = (text: string | undefined) => (text ?? '').trim().toLowerCase();

/**
 * The id among `ids` that `value` names: one written as it is, then one in any case, then the first whose
 * `names` (an acronym, a short name, a name in any language) hold it in any case. Ids first: one thing's
 * acronym may be another's id. Undefined where nothing is so named, and for a blank value.
 */
export function idNamed(value: string, ids: readonly string[], names: (id: string) => Iterable<string | undefined>): string | undefined {
  const wanted = fold(value);
  // A blank value names nothing (not a network whose absent acronym folds to the same '').
  return !wanted ? undefined : ids.find((id) => id === value) ?? ids.find((id) => fold(id) === wanted) ?? ids.find((id) => [...names(id)].some((name) => fold(name) === wanted));
}

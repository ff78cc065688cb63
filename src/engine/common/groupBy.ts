/**
 * Items grouped by a key, groups in the order their key is first seen and items in their own
 * order within each group. The edit writers and the score-if-accepted views all need their edits
 * per paragraph; this is the one grouping they share.
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

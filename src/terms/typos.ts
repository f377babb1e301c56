/** Misspellings: words one slip of the keyboard apart. */

/**
 * Whether two words are at most one edit apart: a letter added, dropped or changed, or two neighbours
 * swapped ("enginer", "enigneer" and "engineer"). Only for words of 5+ letters: shorter ones one edit
 * apart are usually other words ("data" and "date").
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) {
    if (rest(a, i + 1) === rest(b, i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2); // swapped
  }
  return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}

/** Items without case-insensitive repeats or empties, first spelling kept. */
export function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const key = x.toLowerCase();
    if (!x || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Remembers a pure function's answers for the last few long texts: a job's description is compacted
 * and scanned for technologies by the letter, the resume and the fact check alike.
 */
export function recentTexts<T>(fn: (text: string) => T, size = 16): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (text.length < 500) return fn(text);
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(text, value);
    }
    return value;
  };
}

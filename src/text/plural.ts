/** Counts that read right: "1 worker", "2 workers", "1 company", "3 companies". */

/** `n` and the noun in the number it needs; `many` for irregular plurals ("companies"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Just the noun, for counts written apart from it ("2/3 companies"). */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

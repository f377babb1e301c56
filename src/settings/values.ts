import { SettingsError, showValue } from './errors.ts';
import type { SettingSpec } from './spec.ts';

export type SettingValue = number | boolean | string | string[];

/** The spellings of a boolean setting (case-insensitive), in inputs and config files alike. */
export const TRUE_SPELLINGS = ['true', 'yes', 'on', '1'] as const;
export const FALSE_SPELLINGS = ['false', 'no', 'off', '0'] as const;
const TRUE: readonly string[] = TRUE_SPELLINGS;
const FALSE: readonly string[] = FALSE_SPELLINGS;

/** Splits a list input on newlines and commas; trims; drops empties. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Parses one setting from an action input (always a string) or a config-file value (typed JSON),
 * checking type and range. `where` names it in errors: `input parallel_workers` or `config.json: min_score`.
 */
export function parseSetting(spec: SettingSpec, value: unknown, where: string): SettingValue {
  const fail = (allowed: string): never => {
    throw new SettingsError(`${where}: ${showValue(value)} is not valid; allowed: ${allowed}`);
  };
  switch (spec.type) {
    case 'int': {
      const range = `a whole number from ${spec.min} to ${spec.max}`;
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)
            ? Number(value)
            : NaN;
      if (!Number.isInteger(n) || n < (spec.min ?? -Infinity) || n > (spec.max ?? Infinity)) fail(range);
      return n;
    }
    case 'bool': {
      if (typeof value === 'boolean') return value;
      const s = typeof value === 'string' ? value.trim().toLowerCase() : '';
      if (TRUE.includes(s)) return true;
      if (FALSE.includes(s)) return false;
      return fail('true or false');
    }
    case 'enum': {
      const s = typeof value === 'string' ? value.trim() : '';
      if (!spec.values?.includes(s)) fail(spec.values!.join(', '));
      return s;
    }
    case 'list': {
      const items = Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? v.trim() : fail('a list of strings')))
        : typeof value === 'string'
          ? splitList(value)
          : fail('a list of strings');
      if (spec.values) {
        for (const item of items) {
          if (!spec.values.includes(item.toLowerCase())) {
            throw new SettingsError(
              `${where}: ${showValue(item)} is not valid; allowed: ${spec.values.join(', ')}`,
            );
          }
        }
        return items.map((i) => i.toLowerCase());
      }
      return items;
    }
    case 'string':
    case 'secret': {
      if (typeof value !== 'string') fail('a string');
      return (value as string).trim();
    }
  }
}

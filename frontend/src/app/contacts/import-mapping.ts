import { CustomField } from './contact-api';

export interface FieldOption {
  value: string;
  label: string;
}

/** What a column can be imported as; custom fields are `field.<key>`, as in the segment filters. */
export const CONTACT_FIELD_OPTIONS: readonly FieldOption[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'first_name', label: 'First name' },
  { value: 'last_name', label: 'Last name' },
  { value: 'email', label: 'Email' },
  { value: 'time_zone', label: 'Time zone' },
  { value: 'tags', label: 'Tags' },
];

/** Fields more than one column may feed (none: the import service takes one column per field). */
const REPEATABLE = new Set<string>();

/** The standard fields, the organization's custom fields, and whatever else the service suggested. */
export function fieldOptions(
  fields: readonly CustomField[],
  suggested: Record<string, string> = {},
): FieldOption[] {
  const options: FieldOption[] = [
    ...CONTACT_FIELD_OPTIONS,
    ...fields.map((f) => ({ value: `field.${f.key}`, label: f.label || f.key })),
  ];
  for (const value of Object.values(suggested)) {
    if (value && !options.some((o) => o.value === value)) {
      options.push({ value, label: value });
    }
  }
  return options;
}

/** The suggested mapping for the header: every column present, unknown ones left out (''). */
export function initialMapping(
  header: readonly string[],
  suggested: Record<string, string> | null | undefined,
): Record<string, string> {
  return Object.fromEntries(header.map((column) => [column, suggested?.[column] ?? '']));
}

/** Why the mapping cannot be used yet, or null when it can. */
export function mappingProblem(
  mapping: Record<string, string>,
  options: readonly FieldOption[] = CONTACT_FIELD_OPTIONS,
): string | null {
  const used = Object.values(mapping).filter(Boolean);
  if (!used.includes('phone')) {
    return 'Choose the column that holds the phone number.';
  }
  const twice = used.find((field, i) => !REPEATABLE.has(field) && used.indexOf(field) !== i);
  if (twice) {
    const label = options.find((o) => o.value === twice)?.label ?? twice;
    return `${label} is chosen for more than one column.`;
  }
  return null;
}

/** Only the columns that are imported. */
export function mappedColumns(mapping: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, field]) => !!field));
}

/** A sample row's cell for a column, whether the row came as an array or as an object. */
export function sampleCell(
  row: readonly string[] | Record<string, string>,
  column: string,
  index: number,
): string {
  if (Array.isArray(row)) {
    return row[index] ?? '';
  }
  return (row as Record<string, string>)[column] ?? '';
}

/**
 * How many SMS segments a body costs, as carriers and Twilio count them (billing is per segment).
 *
 * - GSM-7 when every character is in the GSM 03.38 basic set or its extension table: 160 septets in
 *   a single message, 153 per part of a concatenated one. Extension characters (^ { } \ [ ~ ] | €
 *   and form feed) are an escape plus a character: two septets.
 * - UCS-2 as soon as one character is outside GSM-7: 70 UTF-16 code units alone, 67 per part. A
 *   character outside the BMP (most emoji) is a surrogate pair: two units.
 * - A part never ends in the middle of a character: an escape sequence or a surrogate pair that does
 *   not fit in what is left of a part starts the next one.
 */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Capacity of each segment at the current length: 160/70 alone, 153/67 once concatenated. */
  unitsPerSegment: number;
  /** Units left in the last segment before one more segment is needed. */
  remaining: number;
  /** Distinct characters that force UCS-2, in order of appearance. */
  nonGsmCharacters: string[];
}

export const GSM7_LIMITS = { single: 160, multipart: 153 } as const;
export const UCS2_LIMITS = { single: 70, multipart: 67 } as const;

const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€');

export function isGsm7Character(char: string): boolean {
  return GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char);
}

export function countSegments(body: string): SegmentCount {
  const characters = Array.from(body);
  const nonGsm = [...new Set(characters.filter((c) => !isGsm7Character(c)))];
  const encoding: SmsEncoding = nonGsm.length === 0 ? 'GSM-7' : 'UCS-2';
  const widths =
    encoding === 'GSM-7'
      ? characters.map((c) => (GSM7_EXTENSION.has(c) ? 2 : 1))
      : characters.map((c) => c.length);
  const limits = encoding === 'GSM-7' ? GSM7_LIMITS : UCS2_LIMITS;
  const units = widths.reduce((sum, width) => sum + width, 0);

  const base = { encoding, characters: characters.length, units, nonGsmCharacters: nonGsm };
  if (units <= limits.single) {
    return {
      ...base,
      segments: units === 0 ? 0 : 1,
      unitsPerSegment: limits.single,
      remaining: limits.single - units,
    };
  }
  let segments = 1;
  let used = 0;
  for (const width of widths) {
    if (used + width > limits.multipart) {
      segments++;
      used = 0;
    }
    used += width;
  }
  return {
    ...base,
    segments,
    unitsPerSegment: limits.multipart,
    remaining: limits.multipart - used,
  };
}

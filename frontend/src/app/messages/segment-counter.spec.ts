import { describe, expect, it } from 'vitest';

import { countSegments, isGsm7Character } from './segment-counter';

/** Every character of the GSM 03.38 basic table except the escape. Greek capitals written as escapes. */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅå\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039EÆæßÉ' +
  ' !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = ['^', '{', '}', '\\', '[', '~', ']', '|', '€'];
const EMOJI = '😀';

describe('countSegments', () => {
  describe('GSM-7', () => {
    it('counts nothing for an empty body', () => {
      expect(countSegments('')).toEqual({
        encoding: 'GSM-7',
        characters: 0,
        units: 0,
        segments: 0,
        unitsPerSegment: 160,
        remaining: 160,
        nonGsmCharacters: [],
      });
    });

    it('counts a short ASCII text as one GSM-7 segment', () => {
      const count = countSegments('Hello from 10DLC!');
      expect(count.encoding).toBe('GSM-7');
      expect(count.characters).toBe(17);
      expect(count.units).toBe(17);
      expect(count.segments).toBe(1);
      expect(count.remaining).toBe(143);
    });

    it('accepts the whole basic table as GSM-7, one septet each', () => {
      expect(Array.from(GSM7_BASIC)).toHaveLength(127);
      const count = countSegments(GSM7_BASIC);
      expect(count.encoding).toBe('GSM-7');
      expect(count.units).toBe(127);
      expect(count.nonGsmCharacters).toEqual([]);
    });

    it.each([
      [1, 1, 159],
      [159, 1, 1],
      [160, 1, 0],
      [161, 2, 145],
      [306, 2, 0],
      [307, 3, 152],
      [459, 3, 0],
      [460, 4, 152],
      [1530, 10, 0],
    ])('%i GSM-7 characters make %i segment(s) with %i left', (length, segments, remaining) => {
      const count = countSegments('a'.repeat(length));
      expect(count.segments).toBe(segments);
      expect(count.remaining).toBe(remaining);
      expect(count.unitsPerSegment).toBe(length > 160 ? 153 : 160);
    });

    it('matches the 160 / 153 formula for every plain length up to 1,600', () => {
      for (let length = 1; length <= 1600; length++) {
        const expected = length <= 160 ? 1 : Math.ceil(length / 153);
        expect(countSegments('x'.repeat(length)).segments, `length ${length}`).toBe(expected);
      }
    });

    it.each(EXTENSION)('counts the extension character %s as two septets', (char) => {
      const count = countSegments(char);
      expect(count.encoding).toBe('GSM-7');
      expect(count.characters).toBe(1);
      expect(count.units).toBe(2);
      expect(count.remaining).toBe(158);
    });

    it('counts form feed, also in the extension table, as two septets', () => {
      expect(countSegments('\f').units).toBe(2);
    });

    it('fills a single segment with exactly 80 euro signs', () => {
      const count = countSegments('€'.repeat(80));
      expect(count.units).toBe(160);
      expect(count.segments).toBe(1);
      expect(count.remaining).toBe(0);
    });

    it('splits at 81 euro signs, never splitting an escape sequence', () => {
      const count = countSegments('€'.repeat(81));
      expect(count.units).toBe(162);
      expect(count.segments).toBe(2);
      // 76 fit in the first part (152 septets); 5 go to the second (10 septets)
      expect(count.remaining).toBe(143);
    });

    it('moves an extension character that would straddle two parts into the next part', () => {
      const body = 'a'.repeat(152) + '{' + 'a'.repeat(152);
      const count = countSegments(body);
      expect(count.units).toBe(306); // 2 × 153, but '{' cannot start at septet 153 and end in part two
      expect(count.segments).toBe(3);
    });

    it('pushes 160 septets past the single-segment limit with one extension character', () => {
      expect(countSegments('a'.repeat(158) + '[').segments).toBe(1);
      expect(countSegments('a'.repeat(159) + '[').segments).toBe(2);
    });

    it('counts line breaks as one septet each', () => {
      expect(countSegments('a\r\nb').units).toBe(4);
      expect(countSegments('a\r\nb').encoding).toBe('GSM-7');
    });
  });

  describe('UCS-2', () => {
    it('switches the whole message to UCS-2 for one character outside GSM-7', () => {
      const count = countSegments('Olá, ' + 'a'.repeat(60));
      expect(count.encoding).toBe('UCS-2');
      expect(count.units).toBe(65);
      expect(count.unitsPerSegment).toBe(70);
      expect(count.nonGsmCharacters).toEqual(['á']);
    });

    it.each([
      [70, 1, 0],
      [71, 2, 63],
      [134, 2, 0],
      [135, 3, 66],
      [201, 3, 0],
      [202, 4, 66],
    ])('%i UCS-2 characters make %i segment(s) with %i left', (length, segments, remaining) => {
      const count = countSegments('á'.repeat(length));
      expect(count.segments).toBe(segments);
      expect(count.remaining).toBe(remaining);
      expect(count.unitsPerSegment).toBe(length > 70 ? 67 : 70);
    });

    it('counts an extension character as one unit once the message is UCS-2', () => {
      const count = countSegments('€á');
      expect(count.encoding).toBe('UCS-2');
      expect(count.units).toBe(2);
    });

    it('counts an emoji as one character but two UTF-16 units', () => {
      const count = countSegments(EMOJI);
      expect(count.encoding).toBe('UCS-2');
      expect(count.characters).toBe(1);
      expect(count.units).toBe(2);
      expect(count.remaining).toBe(68);
    });

    it('fits 35 emoji in one segment and splits at 36 without breaking a surrogate pair', () => {
      expect(countSegments(EMOJI.repeat(35)).segments).toBe(1);
      const count = countSegments(EMOJI.repeat(36));
      expect(count.units).toBe(72);
      expect(count.segments).toBe(2); // 33 emoji (66 units) + 3 emoji (6 units)
      expect(count.remaining).toBe(61);
    });

    it('never splits a surrogate pair across two parts', () => {
      const body = 'á'.repeat(66) + EMOJI + 'á'.repeat(66);
      const count = countSegments(body);
      expect(count.units).toBe(134); // 2 × 67, but the emoji would straddle the first boundary
      expect(count.segments).toBe(3);
    });

    it('lists each character that forces UCS-2 once, in order of appearance', () => {
      expect(countSegments('ça coûte 5 € — çà').nonGsmCharacters).toEqual(['ç', 'û', '—']);
    });

    it.each(['’', '“', '—', '…', 'ñ̃', '中', '\t'])('treats %j as outside GSM-7', (text) => {
      expect(countSegments(text).encoding).toBe('UCS-2');
    });
  });
});

describe('isGsm7Character', () => {
  it('knows the basic table, the extension table and nothing else', () => {
    expect(Array.from(GSM7_BASIC).every(isGsm7Character)).toBe(true);
    expect(EXTENSION.every(isGsm7Character)).toBe(true);
    expect(isGsm7Character('\u001B')).toBe(false); // the escape itself is not a character to send
    expect(isGsm7Character('`')).toBe(false);
    expect(isGsm7Character('á')).toBe(false);
  });
});

// Properties of the first reading of a message: it never throws, its output is bounded, reading twice changes nothing, and
// every spoken clock time becomes the digits it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, normaliseMessage } from './normalise.js';
import { digitiseNumbers } from './spoken-numbers.js';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];

/** 1–59 as spoken ("twenty five"); minutes under ten as "oh five". */
function spoken(n: number, minute = false): string {
  if (minute && n < 10) return `oh ${UNITS[n]}`;
  if (n < 20) return UNITS[n] ?? '';
  return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${UNITS[n % 10]}` : ''}`;
}

// Words spoken commands are made of: wake words, fillers, numbers, dates, times and ordinary title words.
const WORDS = [
  'alexa', 'hey', 'olly', 'ok', 'google', 'please', 'can', 'you', 'could', 'i', 'need', 'to', 'remind', 'me', 'add', 'set', 'a',
  'reminder', 'for', 'at', 'on', 'the', 'by', 'half', 'past', 'quarter', 'noon', 'twelve', 'ten', 'thirty', 'am', 'pm', 'first',
  'twenty', 'third', 'march', 'seventh', 'of', 'next', 'month', 'couple', 'hours', 'tomorrow', 'evening', 'meeting', 'dentist',
  'buy', 'milk', 'two', 'thousand', 'and', 'seventeen', "o'clock", 'in', 'morning', '!', '?', ',', '😩', '✅', 'DONE', 'ADD',
];
const commands = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((words) => words.join(' '));

describe('normaliseMessage and digitiseNumbers (properties)', () => {
  it('never throw and stay bounded on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000, unit: 'grapheme' }), (text) => {
        const normalised = normaliseMessage(text);
        expect(normalised.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
        expect(digitiseNumbers(text).length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('change nothing when read a second time', () => {
    fc.assert(
      fc.property(commands, (text) => {
        const once = digitiseNumbers(text);
        expect(digitiseNumbers(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('read every spoken clock time as its digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 59 }), fc.constantFrom('am', 'pm'), (hour, minute, meridiem) => {
        expect(digitiseNumbers(`at ${spoken(hour)} ${spoken(minute, true)} ${meridiem}`)).toBe(`at ${hour}:${String(minute).padStart(2, '0')}${meridiem}`);
        expect(digitiseNumbers(`call mom ${spoken(hour)} ${meridiem} tomorrow`)).toBe(`call mom ${hour}${meridiem} tomorrow`);
      }),
    );
  });

  it('read every spoken day of the month after a month name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.constantFrom('march', 'june', 'october'), (day, month) => {
        expect(digitiseNumbers(`on ${month} ${spoken(day)}`)).toBe(`on ${month} ${day}`);
      }),
    );
  });

  it('drop a day or time the speaker takes back for another, and nothing else', () => {
    expect(normaliseMessage('set a meeting with sam for the second no sorry the third at two')).toBe('set a meeting with sam for the 3rd at 2');
    expect(normaliseMessage('call mom tonight i mean tomorrow')).toBe('call mom tomorrow');
    expect(normaliseMessage('move the dentist to monday no tuesday')).toBe('move the dentist to tuesday');
    expect(normaliseMessage('book the table for friday sorry on saturday')).toBe('book the table on saturday');
    // no day follows, or what follows is no day
    expect(normaliseMessage('add buy milk tomorrow no later than 5pm')).toBe('add buy milk tomorrow no later than 5pm');
    expect(normaliseMessage('remind me tomorrow actually the dentist')).toBe('remind me tomorrow actually the dentist');
    expect(normaliseMessage('say no to the offer on friday')).toBe('say no to the offer on friday');
  });

  it('drop a wake word said last after a question or a thank-you, and keep a name said last', () => {
    expect(normaliseMessage('list the items on my shopping list olly')).toBe('list the items on my shopping list');
    expect(normaliseMessage('add eggs to the list thanks alexa')).toBe('add eggs to the list');
    expect(normaliseMessage('remind me to call olly')).toBe('remind me to call olly');
  });
});

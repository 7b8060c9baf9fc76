// Spoken numbers become digits only where they name a time, date, year or amount.
import { describe, expect, it } from 'vitest';
import { digitiseNumbers } from './spoken-numbers.js';

describe('digitiseNumbers', () => {
  it.each([
    ['meeting tomorrow ten am', 'meeting tomorrow 10am'],
    ['two thirty pm', '2:30pm'],
    ['march twenty first at ten', 'march 21st at 10'],
    ['half past five', '5:30'],
    ['quarter to nine', '8:45'],
    ['a quarter after four', '4:15'],
    ['at ten to six', 'at 5:50'],
    ['by twenty five to twelve', 'by 11:35'],
    // a range, not a clock time
    ['from ten to six', 'from 10 to 6'],
    ['a couple of days', '2 days'],
    ['twenty four hours in advance', '24 hours in advance'],
    ['april twenty', 'april 20'],
    ['the 21st of march two thousand and seventeen', 'the 21st of march 2017'],
    ['twelve o clock on saturday', '12:00 on saturday'],
    ['set twelve noon prayer', 'set 12pm prayer'],
    ['tomorrow evening by seven', 'tomorrow evening by 7'],
    ['at half five', 'at 5:30'],
    ['at nine in the morning', 'at 9am'],
    ['on june the fifth', 'on june 5th'],
    ['march the 2nd at noon', 'march 2nd at noon'],
    // "may the" is mostly the verb: left as said
    ['may the fourth be with you', 'may the 4th be with you'],
    ['for may the twenty first', 'for may 21st'],
    ['a table for sunday lunchtime', 'a table for sunday at noon'],
    ['on monday at about ten', 'on monday at 10'],
    ['moved to four thirty', 'moved to 4:30'],
    ['dentist friday ten thirty', 'dentist friday at 10:30'],
    ['call mom tomorrow ten', 'call mom tomorrow at 10'],
    ['a haircut for next thursday around two', 'a haircut for next thursday at 2'],
    ['pick up sam around four', 'pick up sam at 4'],
    ['dinner friday seven with the smiths', 'dinner friday at 7 with the smiths'],
    ['tomorrow by around four', 'tomorrow by 4'],
    ["tomorrow's lunch time", 'tomorrow at noon'],
    ['at seven in the evening', 'at 7pm'],
    ['in a couple hours', 'in 2 hours'],
    ['at 5 o clock', 'at 5:00'],
    ["march seventeen o'clock", "march 17 o'clock"],
    // "past" a number over 12 is no clock time, as words or as digits (read again, it must stay as it is)
    ['twelve past seventeen march', 'twelve past 17 march'],
    ['twelve past 17 march', 'twelve past 17 march'],
  ])('%s → %s', (said, digits) => expect(digitiseNumbers(said)).toBe(digits));

  it.each(['call one person', 'this one', 'first thing tomorrow', 'the second floor', 'buy milk', 'a table by two people', 'half an hour', 'a lunchtime walk tomorrow', 'buy friday two tickets'])('leaves "%s" alone', (said) =>
    expect(digitiseNumbers(said)).toBe(said));
});

import { describe, expect, test } from 'vitest';
import { formatDate, parseDate } from '../../src/normalize/dates.ts';

describe('parseDate', () => {
  test.each([
    ['2024-11-05', '2024-11-05'],
    ['2024/11/5', '2024-11-05'],
    ['2024.1.2', '2024-01-02'],
    ['2024年11月5日', '2024-11-05'],
    ['２０２４年１１月５日', '2024-11-05'],
    ['2024年11月5日 10:30', '2024-11-05'],
    ['2024-11-05 10:30:00', '2024-11-05'],
    ['2024-11-05T10:00:00+08:00', '2024-11-05'],
    ['2024-11-05T20:00:00Z', '2024-11-06'],
  ])('reads %j as %j', (value, date) => {
    expect(parseDate(value)).toBe(date);
  });

  test.each([
    ['2024-11-05T20:00:00Z', 'Asia/Shanghai', '2024-11-06'],
    ['2024-11-05T20:00:00Z', 'Europe/Berlin', '2024-11-05'],
    ['2024-11-05T02:00:00+08:00', 'America/New_York', '2024-11-04'],
    ['2024-11-05', 'America/New_York', '2024-11-05'],
    ['2024年11月5日 23:30', 'Pacific/Auckland', '2024-11-05'],
  ])(
    'reads %j with an offset as the day it is in %s, and a day as written',
    (value, zone, date) => {
      expect(parseDate(value, zone)).toBe(date);
    },
  );

  test.each([
    '2024-02-30',
    '2024-13-01',
    '2023年2月29日',
    '2024-02-30T10:00:00Z',
    '2023-02-29T10:00:00+08:00',
    '2024-11-05T25:00:00Z',
    '2024-00-05T10:00:00Z',
    '昨天',
    '11/05/2024',
    '',
  ])('refuses %j', (value) => {
    expect(parseDate(value)).toBeUndefined();
  });
});

describe('formatDate', () => {
  test.each([
    ['zh-CN', '2024年1月5日'],
    ['en', 'January 5, 2024'],
  ])('writes a date the %s way, as the calendar day it is', (lang, shown) => {
    expect(formatDate('2024-01-05', lang)).toBe(shown);
  });
});

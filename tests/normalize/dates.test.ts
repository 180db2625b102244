import { describe, expect, test } from 'vitest';
import { dayOf, formatDate, formatDay, isoDateTime, parseDate } from '../../src/normalize/dates.ts';

describe('parseDate', () => {
  test.each([
    ['2024-11-05', '2024-11-05'],
    ['2024/11/5', '2024-11-05'],
    ['2024.1.2', '2024-01-02'],
    ['2024年11月5日', '2024-11-05'],
    ['２０２４年１１月５日', '2024-11-05'],
    ['2024年11月5日 10:30', '2024-11-05T10:30:00+08:00'],
    ['2024年11月5日 9时5分', '2024-11-05T09:05:00+08:00'],
    ['2024-12-31 10:30', '2024-12-31T10:30:00+08:00'],
    ['2024-11-05 10:30:15', '2024-11-05T10:30:15+08:00'],
    ['2024-11-05T10:30', '2024-11-05T10:30:00+08:00'],
    ['2024-11-05 10:30 北京时间', '2024-11-05T10:30:00+08:00'],
    ['２０２４－１１－０５　１０：３０', '2024-11-05T10:30:00+08:00'],
    ['2024-11-05T10:00:00+08:00', '2024-11-05T10:00:00+08:00'],
    ['2024-11-05T20:00:00Z', '2024-11-06T04:00:00+08:00'],
    ['2024-11-05T10:00:00.250-05:00', '2024-11-05T23:00:00+08:00'],
  ])('reads %j as %j', (value, date) => {
    expect(parseDate(value)).toBe(date);
  });

  test.each([
    '2024-02-30',
    '2024-13-01',
    '2023年2月29日',
    '2024-02-30T10:00:00Z',
    '2023-02-29T10:00:00+08:00',
    '2024-11-05T25:00:00Z',
    '2024-11-05 24:00',
    '2024-11-05 10:60',
    '2024-11-05 10:30:60',
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
    ['2024-01-05', '2024年1月5日'],
    ['2024-12-31T10:30:00+08:00', '2024年12月31日 10:30'],
    ['2024-01-05T09:05:30+08:00', '2024年1月5日 09:05'],
  ])('writes %j the Chinese way as %j', (date, shown) => {
    expect(formatDate(date)).toBe(shown);
  });
});

describe('isoDateTime', () => {
  test.each([
    ['2024-11-05', '2024-11-05T00:00:00+08:00'],
    ['2024-11-05T10:30:00+08:00', '2024-11-05T10:30:00+08:00'],
  ])('gives %j the instant %j', (date, instant) => {
    expect(isoDateTime(date)).toBe(instant);
  });

  test('places a date without a time at midnight in China, 16:00 UTC the day before', () => {
    expect(new Date(isoDateTime('2024-11-05')).toISOString()).toBe('2024-11-04T16:00:00.000Z');
  });
});

describe('formatDay', () => {
  test.each([
    ['2024-12-30', false, '12月30日 周一'],
    ['2024-11-05', false, '11月5日 周二'],
    ['2023-12-30', true, '2023年12月30日 周六'],
    ['2024-02-29', false, '2月29日 周四'],
    ['2024-12-30T23:30:00+08:00', false, '12月30日 周一'],
    ['2024-12-31T00:10:00+08:00', true, '2024年12月31日 周二'],
  ])('shows %s as %j', (date, withYear, expected) => {
    expect(formatDay(date, withYear)).toBe(expected);
  });
});

describe('dayOf', () => {
  test.each([
    ['2024-11-05', '2024-11-05'],
    ['2024-11-05T23:59:00+08:00', '2024-11-05'],
  ])('gives %j the day %j', (date, day) => {
    expect(dayOf(date)).toBe(day);
  });
});

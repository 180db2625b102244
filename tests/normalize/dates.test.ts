import { describe, expect, test } from 'vitest';
import { dayOf, formatDate, formatDay, isoDateTime, parseDate } from '../../src/normalize/dates.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';

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
    ['2024-11-05T20:00:00Z', 'Europe/Berlin', '2024-11-05T21:00:00+01:00'],
    ['2024-11-05T02:00:00+08:00', 'America/New_York', '2024-11-04T13:00:00-05:00'],
    ['2024-07-05T02:00:00+08:00', 'America/New_York', '2024-07-04T14:00:00-04:00'],
    ['2024-11-05', 'America/New_York', '2024-11-05'],
    ['2024年11月5日 23:30', 'Pacific/Auckland', '2024-11-05T23:30:00+13:00'],
    ['2024-03-10 02:30', 'America/New_York', '2024-03-10T02:30:00-04:00'],
  ])(
    'reads %j as the time it is in %s, and a time without an offset as a time there',
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
    ['zh-CN', '2024-01-05', '2024年1月5日'],
    ['zh-CN', '2024-12-31T10:30:00+08:00', '2024年12月31日 10:30'],
    ['zh-CN', '2024-01-05T09:05:30+08:00', '2024年1月5日 09:05'],
    ['en', '2024-01-05', 'January 5, 2024'],
    ['en', '2024-12-31T10:30:00+08:00', 'December 31, 2024 at 10:30'],
  ])('writes in %s %j as %j', (lang, date, shown) => {
    expect(formatDate(date, lang, 'Asia/Shanghai')).toBe(shown);
  });

  test("shows a time in the site's time zone", () => {
    expect(formatDate('2024-12-31T10:30:00+08:00', 'en', 'Europe/Berlin')).toBe(
      'December 31, 2024 at 03:30',
    );
  });
});

describe('isoDateTime', () => {
  test.each([
    ['2024-11-05', 'Asia/Shanghai', '2024-11-05T00:00:00+08:00'],
    ['2024-11-05T10:30:00+08:00', 'Asia/Shanghai', '2024-11-05T10:30:00+08:00'],
    ['2024-07-01', 'America/New_York', '2024-07-01T00:00:00-04:00'],
    ['2024-01-01', 'America/New_York', '2024-01-01T00:00:00-05:00'],
    ['2024-11-06', 'UTC', '2024-11-06T00:00:00+00:00'],
    ['2024-11-06', 'Asia/Kolkata', '2024-11-06T00:00:00+05:30'],
  ])('gives %j in %s the instant %j', (date, zone, instant) => {
    expect(isoDateTime(date, zone)).toBe(instant);
  });

  test('places a date without a time at midnight in China, 16:00 UTC the day before', () => {
    expect(new Date(isoDateTime('2024-11-05', 'Asia/Shanghai')).toISOString()).toBe(
      '2024-11-04T16:00:00.000Z',
    );
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
    expect(formatDay(date, 'zh-CN', 'Asia/Shanghai', zhCN.hub.dayHeading, withYear)).toBe(expected);
  });

  test.each([
    ['2024-12-30', false, 'Mon, December 30'],
    ['2023-12-30', true, 'Sat, December 30, 2023'],
  ])('shows %s in English as %j, the weekday first', (date, withYear, expected) => {
    expect(formatDay(date, 'en', 'Asia/Shanghai', en.hub.dayHeading, withYear)).toBe(expected);
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

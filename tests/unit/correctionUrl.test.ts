import { describe, expect, it } from 'vitest';
import { correctionUrl } from '../../src/lib/correctionUrl';

const QATAR = { name: 'Qatar', id: 'QAT', shows: 'Relations since 16 January 1996 (medium confidence)' };
const SAO_TOME = {
  name: 'São Tomé & Príncipe',
  id: 'STP',
  shows: 'No data: no source found either way',
};

describe('correctionUrl', () => {
  it.each([
    { template: undefined, subject: QATAR, expected: null, why: 'no URL configured' },
    { template: '', subject: QATAR, expected: null, why: 'an empty variable' },
    { template: '   ', subject: QATAR, expected: null, why: 'only spaces' },
    { template: 'javascript:alert(1)//{country}', subject: QATAR, expected: null, why: 'not http(s)' },
    { template: 'not a url', subject: QATAR, expected: null, why: 'not a URL' },
    {
      template: 'https://example.org/fix?c={code}&n={country}&now={shows}',
      subject: QATAR,
      expected:
        'https://example.org/fix?c=QAT&n=Qatar&now=Relations%20since%2016%20January%201996%20(medium%20confidence)',
      why: 'placeholders filled',
    },
    {
      template: 'https://example.org/fix?n={country}',
      subject: SAO_TOME,
      expected: 'https://example.org/fix?n=S%C3%A3o%20Tom%C3%A9%20%26%20Pr%C3%ADncipe',
      why: 'an ampersand and accents encoded, so they cannot break the query',
    },
  ])('gives $expected for $why', ({ template, subject, expected }) => {
    expect(correctionUrl(template, subject)).toBe(expected);
  });

  it('prefills a GitHub new-issue page through title and body when the template has no placeholders', () => {
    const url = new URL(correctionUrl('https://github.com/owner/repo/issues/new', QATAR)!);
    expect(url.origin + url.pathname).toBe('https://github.com/owner/repo/issues/new');
    expect(url.searchParams.get('title')).toBe('Date of relations: Qatar (QAT)');
    expect(url.searchParams.get('body')).toBe(
      'Country: Qatar (QAT)\nThe map shows: Relations since 16 January 1996 (medium confidence)\n\n' +
        'The date I know, with its source (a link and what the page says):\n',
    );
  });

  it('takes a plain http address as well as https, and refuses other schemes', () => {
    expect(correctionUrl('http://example.org/fix?n={country}', QATAR)).toBe('http://example.org/fix?n=Qatar');
    expect(correctionUrl('  https://example.org/fix?n={code}  ', QATAR)).toBe(
      'https://example.org/fix?n=QAT',
    );
    expect(correctionUrl('ftp://example.org/fix?n={country}', QATAR)).toBeNull();
    expect(correctionUrl('mailto:dates@example.org', QATAR)).toBeNull();
  });

  it('keeps the query parameters a template already has', () => {
    const url = new URL(correctionUrl('https://github.com/o/r/issues/new?labels=data', SAO_TOME)!);
    expect(url.searchParams.get('labels')).toBe('data');
    expect(url.searchParams.get('title')).toBe('Date of relations: São Tomé & Príncipe (STP)');
  });
});

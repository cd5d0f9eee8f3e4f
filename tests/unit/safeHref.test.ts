import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/safeHref';

describe('safeHref', () => {
  it('keeps http(s) URLs', () => {
    expect(safeHref('https://mfa.gov.by/en/')).toBe('https://mfa.gov.by/en/');
    expect(safeHref('http://example.org/a?b=c')).toBe('http://example.org/a?b=c');
  });

  it('refuses every other scheme, relative paths and junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/path',
      'example.org',
      '',
      null,
      undefined,
    ]) {
      expect(safeHref(url), String(url)).toBeNull();
    }
  });
});

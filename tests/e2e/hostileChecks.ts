import type { Page } from '@playwright/test';

/** What on the page could only be there if text from the URL or the data had been parsed as HTML. */
export interface InjectedMarkup {
  /** Value of window.__xss: set by every payload the tests use, if it ever runs. */
  xss: unknown;
  /** Elements that could only come from a payload: <img src=x>, <svg>/<iframe>/<object>/<embed> or a script that mentions __xss. */
  elements: string[];
  /** Elements with an inline event handler attribute (onerror, onload, onmouseover, ...). */
  handlers: string[];
  /** Links whose href is not http(s), a relative path or a fragment. */
  badLinks: string[];
}

/** Looks at the whole document for markup or script that a payload could have injected. */
export async function injectedMarkup(page: Page): Promise<InjectedMarkup> {
  return page.evaluate(() => {
    const describe = (el: Element) => el.outerHTML.slice(0, 200);
    const all = [...document.querySelectorAll('*')];
    const elements = [
      ...document.querySelectorAll('img[src="x"], iframe, object, embed, body svg[onload], marquee'),
      ...[...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')),
    ].map(describe);
    const handlers = all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map(describe);
    const badLinks = [...document.querySelectorAll('a[href], area[href]')]
      .filter((a) => {
        const href = a.getAttribute('href') ?? '';
        if (href.startsWith('#')) return false;
        const protocol = new URL(href, document.baseURI).protocol;
        return protocol !== 'http:' && protocol !== 'https:';
      })
      .map(describe);
    return { xss: (window as unknown as { __xss?: unknown }).__xss, elements, handlers, badLinks };
  });
}

export const NOTHING_INJECTED: InjectedMarkup = { xss: undefined, elements: [], handlers: [], badLinks: [] };

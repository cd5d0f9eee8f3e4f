import { expect, openMap, test } from './fixtures';

test.describe('search by common names and for organisations', () => {
  // Everyday names in Russian and Belarusian, and the organisations the article has rows for.
  const queries: { query: string; name: string }[] = [
    { query: 'Россия', name: 'Russia' }, // Russian everyday name (the official one is Российская Федерация)
    { query: 'россия', name: 'Russia' }, // lower case
    { query: 'Белоруссия', name: 'Belarus' }, // the Russian name still in common use
    { query: 'ЗША', name: 'United States' }, // Belarusian abbreviation
    { query: 'Нямеччына', name: 'Germany' }, // Belarusian everyday name
    { query: 'European Union', name: 'European Union' },
    { query: 'EU', name: 'European Union' },
    { query: 'nato', name: 'NATO' },
    { query: 'НАТО', name: 'NATO' },
  ];

  test('finds states by their everyday Russian and Belarusian names, and the EU and NATO', async ({
    page,
  }) => {
    await openMap(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    for (const { query, name } of queries) {
      await search.fill(query);
      await expect(page.getByRole('option').first(), query).toContainText(name);
    }
  });

  test('shows Taiwan under its name, never as ISO’s "Taiwan, Province of China"', async ({ page }) => {
    await openMap(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    for (const query of ['China', 'Taiwan', 'Province']) {
      await search.fill(query);
      // Each query matches something (China, Taiwan, or nothing for "Province").
      if (query !== 'Province') await expect(page.getByRole('option').first(), query).toBeVisible();
      await expect(page.getByRole('option').filter({ hasText: 'Province of China' }), query).toHaveCount(0);
    }
    await search.fill('Taiwan');
    await expect(page.getByRole('option').first()).toHaveText(/^Taiwan/);
  });

  test('says when nothing matches, in a status that screen readers announce', async ({ page }) => {
    await openMap(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    await search.fill('Atlantis');
    const status = page.getByRole('status').filter({ hasText: 'matches' });
    await expect(status).toHaveText('No country or organisation matches “Atlantis”.');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    // A query that matches again clears the message.
    await search.fill('Atl');
    await expect(page.getByTestId('search-none')).toHaveText('');
  });

  test('says how many countries match, in a status that screen readers announce, in the language shown', async ({
    page,
  }) => {
    await openMap(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    const count = page.getByTestId('search-count');
    await expect(count).toHaveAttribute('role', 'status');
    await search.fill('Germ');
    await expect(count).toHaveText('1 result. Up and down arrows to choose, Enter to open.');
    await search.fill('ma');
    await expect(count).toHaveText(/^[2-8] results\. /);
    // Nothing is said while nothing matches but the "no match" line, nor once the list is closed.
    await search.fill('Atlantis');
    await expect(count).toHaveText('');
    await search.fill('Germ');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText('');

    await openMap(page, '?lang=ru');
    await page.getByRole('combobox', { name: 'Найти страну или организацию' }).fill('Герм');
    await expect(count).toHaveText('1 результат. Стрелки вверх и вниз — выбрать, Enter — открыть.');
  });

  test('the EU opens a panel with the article’s row, its prose and its member states, and is in the URL', async ({
    page,
  }) => {
    await openMap(page);
    await page.getByRole('combobox', { name: 'Find a country' }).fill('EU');
    // Only the EU: two letters inside a word ("Deutschland") are not a match.
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('European Union');
    await expect(panel.getByTestId('panel-seed')).toContainText('Multilateral, row 1');
    await expect(
      panel.getByRole('heading', { name: 'From the article: Relations with the European Union' }),
    ).toBeVisible();
    await expect(panel.getByTestId('panel-members').getByRole('listitem')).toHaveCount(27);
    await expect(page).toHaveURL(/country=EU(&|$)/);
    // A member opens its own notes.
    await panel.getByRole('button', { name: 'Poland' }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Poland');
  });

  test('country=NATO in the URL opens NATO’s notes', async ({ page, watch }) => {
    await openMap(page, '?country=NATO');
    const panel = page.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('NATO');
    await expect(panel.getByTestId('panel-seed')).toContainText('See Belarus–NATO relations');
    expect(watch.warnings.filter((w) => w.includes('country'))).toEqual([]);
  });
});

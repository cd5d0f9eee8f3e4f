import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishLiterals } from './englishLiterals';

const COMPONENTS = ['src/App.svelte', ...readdirSync('src/components').map((f) => join('src/components', f))];

describe('components take every word a reader sees from the message files', () => {
  it.each(COMPONENTS.filter((f) => f.endsWith('.svelte')))('%s holds no English of its own', (file) => {
    expect(englishLiterals(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('finds English in text, in shown attributes, in a choice and in a script sentence', () => {
    const source = `<script lang="ts">
  let open = $state(false);
  const status = 'Picture could not be made.';
</script>
<h2>Share and embed</h2>
<button aria-label="Close notes">×</button>
<button>{open ? 'Fewer' : 'More'}</button>
<input placeholder={\`Find \${status}\`} />`;
    expect(englishLiterals(source).map((f) => f.text)).toEqual([
      'Share and embed',
      'Close notes',
      'Fewer',
      'More',
      'Find',
      'Picture could not be made.',
    ]);
  });

  it('leaves alone what readers do not see: classes, test ids, comparisons, keys, symbols', () => {
    const source = `<script lang="ts">
  import { m } from './paraglide/messages.js';
  let view = $state('map');
  const query = '(prefers-color-scheme: dark)';
</script>
<!-- A comment in English is for developers. -->
<div class="visually-hidden" data-testid="panel" role="status">
  {#if view === 'table'}<span>{m.toolbar_map()}</span>{/if}
  <button aria-label={m.toolbar_help()} type="button">?</button> × · ½
</div>`;
    expect(englishLiterals(source)).toEqual([]);
  });
});

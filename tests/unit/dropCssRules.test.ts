import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropCssRules } from '../../scripts/dropCssRules';

describe('dropCssRules', () => {
  it('drops the rules that name the selector, in media queries too, and keeps the rest as written', () => {
    const css =
      '.a{color:red}a.logo{background:url("data:x{y}")}@media (x){.b{top:0}a.logo{left:0}}@media (y){a.logo{top:1px}}.c{margin:0}';
    expect(dropCssRules(css, 'logo')).toBe('.a{color:red}@media (x){.b{top:0}}.c{margin:0}');
  });

  it('keeps keyframes and a stylesheet without the selector unchanged', () => {
    const css = '@keyframes k{0%{opacity:1}to{opacity:0}}.x{y:z}';
    expect(dropCssRules(css, 'logo')).toBe(css);
  });

  it('takes MapLibre’s logo out of its stylesheet and leaves every other rule', () => {
    const css = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
    const trimmed = dropCssRules(css, 'maplibregl-ctrl-logo');
    expect(trimmed).not.toContain('maplibregl-ctrl-logo');
    // The controls the map uses are all still there, and the logo was more than half the file.
    for (const kept of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-group', '.maplibregl-canvas'])
      expect(trimmed).toContain(kept);
    expect(trimmed.length).toBeLessThan(css.length / 2);
    // Every block opened is closed.
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
  });
});

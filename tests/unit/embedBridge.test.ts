import { describe, expect, it } from 'vitest';
import { createEmbedBridge, type EmbedBridgeOptions } from '../../src/controllers/embedBridge';
import type { HostCommand } from '../../src/lib/embedProtocol';

/** A fake host window that records what the embed posts to it. */
function fakeHost() {
  const posted: { message: unknown; origin: string }[] = [];
  return { posted, postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
}

function setup(options: Partial<EmbedBridgeOptions> = {}) {
  const host = fakeHost();
  const commands: HostCommand[] = [];
  const warnings: string[] = [];
  const bridge = createEmbedBridge({
    host,
    id: 'map-1',
    allowedOrigin: null,
    pymId: null,
    context: () => ({ firstYear: 1991, lastYear: 2026, ids: new Set(['DEU', 'BLR']) }),
    height: () => 640,
    oncommand: (c) => commands.push(c),
    warn: (w) => warnings.push(w),
    ...options,
  });
  const messages = () => host.posted.map((p) => p.message);
  return { host, bridge, commands, warnings, messages };
}

describe('the embed bridge: events to the host', () => {
  it('posts ready, year and select with the embed id, to any origin by default', () => {
    const { bridge, host } = setup();
    bridge.ready(1995, 'DEU');
    bridge.year(1996);
    expect(host.posted).toEqual([
      { message: { type: 'belarus-map:ready', id: 'map-1', year: 1995, country: 'DEU' }, origin: '*' },
      { message: { type: 'belarus-map:year', id: 'map-1', year: 1996 }, origin: '*' },
    ]);
  });

  it('posts only to the origin the embedder named', () => {
    const { bridge, host } = setup({ allowedOrigin: 'https://news.example' });
    bridge.year(2000);
    expect(host.posted.map((p) => p.origin)).toEqual(['https://news.example']);
  });

  it('posts a change of selection, not the selection the map started with, nor a repeat', () => {
    const { bridge, messages } = setup();
    bridge.selection('DEU', 'Germany');
    bridge.selection('DEU', 'Germany');
    bridge.selection(null, null);
    bridge.selection('BLR', 'Belarus');
    expect(messages()).toEqual([
      { type: 'belarus-map:select', id: 'map-1', country: null, name: null },
      { type: 'belarus-map:select', id: 'map-1', country: 'BLR', name: 'Belarus' },
    ]);
  });

  it('asks the host to show a point of the frame in its own format and, framed by pym.js, in pym’s', () => {
    const plain = setup();
    plain.bridge.reveal(731);
    expect(plain.messages()).toEqual([{ type: 'belarus-map:reveal', id: 'map-1', top: 731 }]);
    const pym = setup({ pymId: 'belarus-map' });
    pym.bridge.reveal(731);
    expect(pym.messages()).toEqual([
      { type: 'belarus-map:reveal', id: 'map-1', top: 731 },
      'pymxPYMxbelarus-mapxPYMxscrollToChildPosxPYMx731',
    ]);
    const alone = setup({ host: null });
    alone.bridge.reveal(731);
    expect(alone.host.posted).toEqual([]);
  });

  it('reports a new height in its own, AMP’s and (when framed by pym.js) pym’s format, once per change', () => {
    const { bridge, messages } = setup({ pymId: 'belarus-map' });
    bridge.height(700);
    bridge.height(700);
    bridge.height(512);
    expect(messages()).toEqual([
      { type: 'belarus-map:resize', id: 'map-1', height: 700 },
      { sentinel: 'amp', type: 'embed-size', height: 700 },
      'pymxPYMxbelarus-mapxPYMxheightxPYMx700',
      { type: 'belarus-map:resize', id: 'map-1', height: 512 },
      { sentinel: 'amp', type: 'embed-size', height: 512 },
      'pymxPYMxbelarus-mapxPYMxheightxPYMx512',
    ]);
  });

  it('does not repeat a change it has posted', () => {
    const { bridge, messages } = setup();
    bridge.selection('DEU', 'Germany');
    bridge.selection(null, null);
    bridge.selection(null, null);
    expect(messages()).toEqual([{ type: 'belarus-map:select', id: 'map-1', country: null, name: null }]);
  });

  it('reports a height in its own and AMP’s format only, when pym.js does not frame it', () => {
    const { bridge, messages } = setup();
    bridge.height(700);
    expect(messages()).toEqual([
      { type: 'belarus-map:resize', id: 'map-1', height: 700 },
      { sentinel: 'amp', type: 'embed-size', height: 700 },
    ]);
  });

  it('does nothing at all without a host (not framed, or not an embed)', () => {
    const { bridge, commands, warnings } = setup({ host: null });
    bridge.ready(1995, null);
    bridge.height(300);
    bridge.receive({ source: null, origin: 'https://a.example', data: { type: 'belarus-map:play' } });
    expect(commands).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('the embed bridge: messages from the host', () => {
  it('turns a valid message from the host window into a command', () => {
    const { bridge, host, commands, warnings } = setup();
    bridge.receive({
      source: host,
      origin: 'https://a.example',
      data: { type: 'belarus-map:setYear', year: 1993 },
    });
    bridge.receive({
      source: host,
      origin: 'https://a.example',
      data: { type: 'belarus-map:select', country: 'deu' },
    });
    expect(commands).toEqual([
      { type: 'setYear', year: 1993 },
      { type: 'select', country: 'DEU' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('takes embed.js’s word that the host keeps the frame as tall as the map', () => {
    const { bridge, host, commands } = setup();
    bridge.receive({ source: host, origin: 'https://a.example', data: { type: 'belarus-map:autoHeight' } });
    expect(commands).toEqual([{ type: 'autoHeight' }]);
  });

  it('ignores, silently, messages from any window but the host', () => {
    const { bridge, commands, warnings } = setup();
    bridge.receive({ source: {}, origin: 'https://a.example', data: { type: 'belarus-map:play' } });
    expect(commands).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('takes a message from the origin the embedder named', () => {
    const { bridge, host, commands, warnings } = setup({ allowedOrigin: 'https://news.example' });
    bridge.receive({ source: host, origin: 'https://news.example', data: { type: 'belarus-map:play' } });
    expect(commands).toEqual([{ type: 'play' }]);
    expect(warnings).toEqual([]);
  });

  it('ignores a message from another origin than the named one, with a warning naming both', () => {
    const { bridge, host, commands, warnings } = setup({ allowedOrigin: 'https://news.example' });
    bridge.receive({ source: host, origin: 'https://evil.example', data: { type: 'belarus-map:play' } });
    expect(commands).toEqual([]);
    expect(warnings).toEqual([
      'Ignoring a message from https://evil.example: this map only takes messages from https://news.example',
    ]);
  });

  it('ignores an invalid message with a warning that says why', () => {
    const { bridge, host, commands, warnings } = setup();
    bridge.receive({
      source: host,
      origin: 'https://a.example',
      data: { type: 'belarus-map:setYear', year: 1800 },
    });
    expect(commands).toEqual([]);
    expect(warnings).toEqual(['Ignoring a message: setYear needs a whole year from 1991 to 2026']);
  });

  it('answers pym.js’s width message with the height, and takes no pym message as a command', () => {
    const { bridge, host, commands, warnings, messages } = setup({ pymId: 'belarus-map' });
    bridge.receive({
      source: host,
      origin: 'https://a.example',
      data: 'pymxPYMxbelarus-mapxPYMxwidthxPYMx700',
    });
    bridge.receive({
      source: host,
      origin: 'https://a.example',
      data: 'pymxPYMxother-mapxPYMxwidthxPYMx700',
    });
    bridge.receive({
      source: host,
      origin: 'https://a.example',
      data: 'pymxPYMxbelarus-mapxPYMxscrollxPYMx1',
    });
    expect(messages()).toContain('pymxPYMxbelarus-mapxPYMxheightxPYMx640');
    expect(messages().filter((m) => typeof m === 'string')).toHaveLength(1);
    expect(commands).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

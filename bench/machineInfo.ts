// The machine a run was on: CPU, cores, memory, browser, GL renderer, Node, date.
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  chromium: string;
  gl: string;
  node: string;
  date: string;
}

/** The CPU's model name from /proc/cpuinfo's text, else the fallback. Pure. */
export function cpuModel(cpuinfo: string, fallback: string | undefined): string {
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? fallback ?? 'unknown';
  return model.trim();
}

export function machineInfo(browserVersion: string, gl: string): Machine {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  return {
    cpu: cpuModel(cpuinfo, cpus()[0]?.model),
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    chromium: browserVersion,
    gl,
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** The WebGL2 renderer the browser reports (unmasked where it can). */
export async function probeGl(browser: Browser): Promise<string> {
  const probe = await browser.newPage();
  const gl = await probe.evaluate(() => {
    const context = document.createElement('canvas').getContext('webgl2');
    if (!context) return 'no WebGL2';
    const info = context.getExtension('WEBGL_debug_renderer_info');
    return String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER));
  });
  await probe.close();
  return gl;
}

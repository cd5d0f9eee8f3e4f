import {
  NAMESPACE,
  parseHostMessage,
  type CommandContext,
  type HostCommand,
  type MapEvent,
  type YearEventMessage,
} from '../lib/embedProtocol';
import { isPymMessage, parsePymMessage, pymMessage } from '../lib/pymProtocol';

/** The host page's window as the embed sees it: something to post to. */
export interface HostWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** What the bridge needs from a message event. */
export interface IncomingMessage {
  source: unknown;
  origin: string;
  data: unknown;
}

export interface EmbedBridgeOptions {
  /** The host page's window: null when the map is not in a frame, or not in embed mode. */
  host: HostWindow | null;
  /** The embed's `id` URL parameter, put in every event so a host can tell maps apart. */
  id: string;
  /** The only origin to take messages from and post to (`origin` URL parameter); null for any. */
  allowedOrigin: string | null;
  /** pym.js's child id (`childId` URL parameter) when a pym.Parent made the frame. */
  pymId: string | null;
  /** Years and codes a command may name, read when a message arrives. */
  context(): CommandContext;
  /** The document's height now, for pym's request to send it. */
  height(): number;
  oncommand(command: HostCommand): void;
  warn(message: string): void;
}

export interface EmbedBridge {
  ready(year: number, country: string | null): void;
  /** Posts the year, with its events when given (the app always gives them, [] for none). */
  year(year: number, events?: YearEventMessage[]): void;
  /** Posts a change of selection; the first call only records where the map started. */
  selection(country: string | null, name: string | null): void;
  /** Posts the height in every protocol the host may speak, when it changed. */
  height(height: number): void;
  /** Asks the host to bring `top` (px from the frame's top) into sight, in our protocol and pym's. */
  reveal(top: number): void;
  receive(event: IncomingMessage): void;
}

type EventBody<T extends MapEvent['type']> = Omit<Extract<MapEvent, { type: T }>, 'type' | 'id'>;

/**
 * The embed's side of the message API (src/lib/embedProtocol.ts): which events go to the host
 * page, which of its messages are taken, and the auto-height reports (ours, AMP's and pym's).
 * Without a host every call does nothing.
 */
export function createEmbedBridge(options: EmbedBridgeOptions): EmbedBridge {
  const { host, id, allowedOrigin, pymId } = options;
  const target = allowedOrigin ?? '*';
  let lastHeight = 0;
  let posted: { country: string | null } | null = null;

  function post<T extends MapEvent['type']>(type: T, body: EventBody<T>) {
    host?.postMessage({ type, id, ...body }, target);
  }

  function sendHeight(height: number) {
    if (!host) return;
    post(`${NAMESPACE}:resize`, { height });
    host.postMessage({ sentinel: 'amp', type: 'embed-size', height }, target);
    if (pymId) host.postMessage(pymMessage(pymId, 'height', String(height)), target);
  }

  return {
    ready: (year, country) => post(`${NAMESPACE}:ready`, { year, country }),
    year: (year, events) => post(`${NAMESPACE}:year`, events ? { year, events } : { year }),
    selection(country, name) {
      if (posted === null || posted.country === country) {
        posted = { country };
        return;
      }
      posted = { country };
      post(`${NAMESPACE}:select`, { country, name });
    },
    height(height) {
      if (height === lastHeight) return;
      lastHeight = height;
      sendHeight(height);
    },
    reveal(top) {
      if (!host) return;
      post(`${NAMESPACE}:reveal`, { top });
      if (pymId) host.postMessage(pymMessage(pymId, 'scrollToChildPos', String(top)), target);
    },
    receive(event) {
      if (!host || event.source !== host) return;
      if (allowedOrigin && event.origin !== allowedOrigin) {
        options.warn(
          `Ignoring a message from ${event.origin}: this map only takes messages from ${allowedOrigin}`,
        );
        return;
      }
      if (isPymMessage(event.data)) {
        // pym.Parent sends the frame's width when its window resizes, and expects the height back.
        const pym = pymId ? parsePymMessage(event.data, pymId) : null;
        if (pym?.type === 'width') sendHeight(options.height());
        return;
      }
      const command = parseHostMessage(event.data, options.context());
      if ('ignored' in command) options.warn(`Ignoring a message: ${command.ignored}`);
      else options.oncommand(command);
    },
  };
}

import type { Topology } from 'topojson-specification';

/** The world geometry written by `npm run build:geo`; a failed response says its status. */
export async function fetchGeometry(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the map geometry (${response.status})`);
  return (await response.json()) as Topology;
}

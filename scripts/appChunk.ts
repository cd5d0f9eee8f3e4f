// Which modules go in the app's chunk. The page's first script (src/boot.ts) imports the app
// (src/main.ts) only after the first paint, so the app is a lazy chunk, and so are the table,
// the share dialog and the map's loader that it imports in turn. The bundler would then put
// every module that the app shares with one of those (Svelte's runtime, the messages, a dozen
// of src/lib) in chunks of their own, to be fetched alongside the app's: six requests where one
// does. A module the app imports statically is loaded with it in any case, so it goes in the
// app's chunk.

/** What the bundler tells of a module (Rollup's and Rolldown's ModuleInfo, in part). */
export interface ModuleLinks {
  importedIds: readonly string[];
}

/** The modules `entry` imports statically, directly or not, and `entry` itself. */
export function staticGraph(entry: string, info: (id: string) => ModuleLinks | null): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The app's chunk: what the app imports statically, less what the first script imports
 * statically (the bundler's preload helper, the stylesheet): those the first script needs before
 * the app, so they cannot wait in the app's chunk.
 */
export function appChunkModules(
  boot: string,
  app: string,
  info: (id: string) => ModuleLinks | null,
): Set<string> {
  const first = staticGraph(boot, info);
  return new Set([...staticGraph(app, info)].filter((id) => !first.has(id)));
}

/** A problem in an input file, with the 1-based line it is on, so the build can name it. */
export class SeedError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'SeedError';
  }
}

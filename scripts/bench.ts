// npm run bench: the performance benchmark. The code is in bench/ (bench/README.md says what it
// does and what each figure means). Options: --runs=N (default 5), --strict (exit 1 when a budget
// fails), --keep (keep bench/dist; by default it is removed at the end).
import { parseOptions } from '../bench/options';
import { runBench } from '../bench/runBench';

runBench(parseOptions(process.argv.slice(2)));

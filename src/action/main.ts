/** Entry point of the GitHub Action (bundled as dist/index.js). */
import { run } from './run.js';

await run();

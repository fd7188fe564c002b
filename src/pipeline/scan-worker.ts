/**
 * The scan worker (bundled as `dist/scan-worker.js`): one thread with its own WASM parser
 * analysing the files the main thread sends, one message each way per file. The rulepack and
 * policies arrive already loaded and checked, so a worker starts without reading YAML.
 */
import { parentPort, workerData } from 'node:worker_threads';

import type { DiscoveredFile } from '../discover/discover.js';
import type { Rulepack } from '../model/rulepack.js';
import type { PolicyRule } from '../review/policy/model.js';
import { createFileAnalyzer, type FileResult, type StageTimes } from './analyze-file.js';

export interface WorkerSetup {
  pack: Rulepack;
  policies: readonly PolicyRule[] | undefined;
}

export type WorkerRequest = { id: number; file: DiscoveredFile } | { id: -1 };

export type WorkerReply =
  { id: number; result: FileResult } | { id: number; error: string } | { id: -1; times: StageTimes };

async function serve(): Promise<void> {
  const port = parentPort!;
  const { pack, policies } = workerData as WorkerSetup;
  const analyzer = await createFileAnalyzer(pack, policies);
  port.on('message', (request: WorkerRequest) => {
    if (!('file' in request)) {
      analyzer.close();
      port.postMessage({ id: -1, times: analyzer.times } satisfies WorkerReply);
      port.close();
      return;
    }
    const { id, file } = request;
    analyzer.analyze(file).then(
      (result) => port.postMessage({ id, result } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
    );
  });
}

if (parentPort) void serve();

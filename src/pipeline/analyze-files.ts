/**
 * Analyses every discovered file, on `jobs` worker threads or on this one. Results come back
 * in the order of `files` whatever thread finished first, so the merge is deterministic and a
 * run with `--jobs 8` reports exactly what `--jobs 1` does.
 */
import { Worker } from 'node:worker_threads';

import type { DiscoveredFile } from '../discover/discover.js';
import { besideBundle } from '../model/assets.js';
import type { Rulepack } from '../model/rulepack.js';
import type { PolicyRule } from '../review/policy/model.js';
import { createFileAnalyzer, type FileResult, type StageTimes } from './analyze-file.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './scan-worker.js';

export interface AnalyzeFilesOptions {
  pack: Rulepack;
  policies: readonly PolicyRule[] | undefined;
  jobs: number;
  /** Called after each file, in completion order. */
  onResult?: (done: number, total: number) => void;
}

export interface AnalyzedFiles {
  /** `results[i]` belongs to `files[i]`. */
  results: FileResult[];
  /** Per-stage milliseconds summed over the threads that analysed. */
  times: StageTimes;
  /** Threads that analysed files (1 = this thread). */
  threads: number;
}

/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;
/** Files in flight per worker, so none waits for the main thread between files. */
const IN_FLIGHT = 2;

export async function analyzeFiles(
  files: DiscoveredFile[],
  options: AnalyzeFilesOptions,
): Promise<AnalyzedFiles> {
  // The worker bundle sits beside this bundle; from source (tests) work stays on this thread.
  const script = besideBundle('scan-worker.js');
  const threads = Math.min(options.jobs, Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (!script || threads < 2) return analyzeHere(files, options);
  return analyzeInWorkers(files, options, script, threads);
}

async function analyzeHere(files: DiscoveredFile[], options: AnalyzeFilesOptions): Promise<AnalyzedFiles> {
  const analyzer = await createFileAnalyzer(options.pack, options.policies);
  const results: FileResult[] = [];
  try {
    for (const file of files) {
      results.push(await analyzer.analyze(file));
      options.onResult?.(results.length, files.length);
    }
  } finally {
    analyzer.close();
  }
  return { results, times: analyzer.times, threads: 1 };
}

function analyzeInWorkers(
  files: DiscoveredFile[],
  options: AnalyzeFilesOptions,
  script: string,
  threads: number,
): Promise<AnalyzedFiles> {
  // Largest first, so the last file to finish is a small one and no thread idles at the end.
  const queue = files.map((_, i) => i).sort((a, b) => files[b]!.size - files[a]!.size || a - b);
  const results = new Array<FileResult>(files.length);
  const times: StageTimes = { read: 0, parse: 0, analyze: 0 };
  const setup: WorkerSetup = { pack: options.pack, policies: options.policies };
  let done = 0;
  let closed = 0;

  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const fail = (error: Error): void => {
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const inFlight = new Map<Worker, number>();
    // A worker is told to stop only when the queue is empty and it has nothing in flight.
    const feed = (worker: Worker): void => {
      const next = queue.shift();
      const pending = inFlight.get(worker) ?? 0;
      if (next !== undefined) {
        inFlight.set(worker, pending + 1);
        worker.postMessage({ id: next, file: files[next]! } satisfies WorkerRequest);
      } else if (pending === 0) {
        worker.postMessage({ id: -1 } satisfies WorkerRequest);
      }
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return fail(new Error(`analysing ${files[reply.id]?.path}: ${reply.error}`));
        if ('times' in reply) {
          for (const key of ['read', 'parse', 'analyze'] as const) times[key] += reply.times[key];
          if (++closed === threads) resolve({ results, times, threads });
          return;
        }
        results[reply.id] = reply.result;
        inFlight.set(worker, inFlight.get(worker)! - 1);
        options.onResult?.(++done, files.length);
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a scan worker stopped with exit code ${code}`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
  });
}

// `rolelens --jsonl`: lines in, verdicts out in input order, in constant memory; a large input over worker threads.
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { type BatchResult, classifyBatch, type LineBatch } from './jsonl-lines';

/** Lines per message to a worker: enough to pay for the message, few enough to keep every core busy. */
const BATCH_LINES = 64;
/** Lines classified on the main thread before starting workers: a short input never pays for starting them. */
const LARGE_INPUT_LINES = 512;
/** Batches in flight per worker: one being classified, one waiting, so a worker never idles. */
const IN_FLIGHT_PER_WORKER = 2;

export interface JsonlOptions {
  input: Readable;
  out: Writable;
  err: Writable;
  /** Worker threads to use once the input is large; 1 keeps everything on the main thread. */
  threads?: number;
  /** The worker script (the built jsonl-worker.js). */
  workerUrl: URL;
}

function write(stream: Writable, text: string): Promise<void> | undefined {
  if (text === '' || stream.write(text)) return undefined;
  // Respect back-pressure: a batch of millions must not buffer its output in memory.
  return new Promise((resolve) => stream.once('drain', resolve));
}

class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (result: BatchResult) => void; reject: (err: unknown) => void }
  >();

  constructor(size: number, url: URL) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url);
      const slot = { worker, busy: 0 };
      worker.on('message', (result: BatchResult) => {
        slot.busy--;
        this.waiting.get(result.seq)?.resolve(result);
        this.waiting.delete(result.seq);
      });
      // A worker that dies fails the run rather than leaving its batches unanswered.
      worker.on('error', (err) => {
        for (const { reject } of this.waiting.values()) reject(err);
        this.waiting.clear();
      });
      this.workers.push(slot);
    }
  }

  get capacity(): number {
    return this.workers.length * IN_FLIGHT_PER_WORKER;
  }

  run(batch: LineBatch): Promise<BatchResult> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(batch.seq, { resolve, reject });
      slot.worker.postMessage(batch);
    });
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/** Classifies every line; resolves to the number of malformed lines. */
export async function classifyJsonl({ input, out, err, threads, workerUrl }: JsonlOptions): Promise<number> {
  const workerCount = threads ?? availableParallelism();
  let failed = 0;
  let lineNo = 0;
  let seq = 0;
  let batch: string[] = [];
  let batchStart = 1;
  let pool: WorkerPool | undefined;
  // Results in input order: a FIFO of pending batches, at most pool.capacity long.
  const pending: Promise<BatchResult>[] = [];

  const emit = async (result: BatchResult): Promise<void> => {
    failed += result.errors.length;
    for (const message of result.errors) await write(err, `${message}\n`);
    await write(out, result.out);
  };

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const next: LineBatch = { seq: seq++, firstLine: batchStart, lines: batch };
    batch = [];
    batchStart = lineNo + 1;
    if (!pool && workerCount > 1 && lineNo > LARGE_INPUT_LINES) pool = new WorkerPool(workerCount, workerUrl);
    if (!pool) return emit(classifyBatch(next));
    pending.push(pool.run(next));
    // Wait for the oldest batch once every worker has its share: memory stays bounded, output stays in order.
    while (pending.length >= pool.capacity) await emit(await pending.shift()!);
  };

  try {
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      lineNo++;
      batch.push(line);
      if (batch.length >= BATCH_LINES) await flush();
    }
    await flush();
    while (pending.length > 0) await emit(await pending.shift()!);
  } finally {
    await pool?.close();
  }
  return failed;
}

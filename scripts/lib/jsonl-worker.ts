// A worker thread of `rolelens --jsonl`: classifies the batches the main thread sends, one at a time.
import './use-precompiled-patterns';
import { parentPort } from 'node:worker_threads';
import { classifyBatch, type LineBatch } from './jsonl-lines';

parentPort?.on('message', (batch: LineBatch) => {
  parentPort?.postMessage(classifyBatch(batch));
});

// The second thread of a large staffing file's read (see staffing-parallel.ts): reads its part and sends back its
// sums, or null when anything went wrong (the first thread then reads the part itself, and reports any problem).
import { parentPort, workerData } from 'node:worker_threads';
import { readPart, type WorkerTask } from './staffing-parallel.js';

try {
  parentPort!.postMessage(await readPart(workerData as WorkerTask));
} catch {
  parentPort!.postMessage(null);
}

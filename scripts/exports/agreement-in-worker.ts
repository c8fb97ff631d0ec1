// agreement.csv (the matrices of every session with their bootstrap intervals, the slowest
// export) made in a worker thread, so that it runs while this thread writes the other files.
// The worker is started before the dataset is assembled, so its code loads meanwhile; its
// code is made ready earlier still (prepareAgreementWorker), when no long step holds this
// thread's event loop.
import type { DatasetBody } from '../../src/shared/dataset-schema';
import { prepareWorker, startWorker } from '../threads/run-in-worker';
import { agreementSourceOf, type AgreementSource } from './agreement-windows';

export interface AgreementWorker {
  csvOf(dataset: DatasetBody): Promise<Uint8Array>;
}

const ENTRY = new URL('./agreement-worker.ts', import.meta.url);

export function prepareAgreementWorker(): void {
  prepareWorker(ENTRY);
}

export function startAgreementWorker(): AgreementWorker {
  const worker = startWorker<AgreementSource, Uint8Array>(ENTRY, 'agreement.csv');
  return { csvOf: (dataset) => worker.run(agreementSourceOf(dataset)) };
}

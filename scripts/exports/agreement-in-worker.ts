// agreement.csv (the matrices of every session with their bootstrap intervals, the slowest
// export) made in a worker thread, so that it runs while this thread writes the other files.
// The worker is started before the dataset is assembled, so its code loads meanwhile.
import type { DatasetBody } from '../../src/shared/dataset-schema';
import { startWorker } from '../threads/run-in-worker';
import { agreementSourceOf, type AgreementSource } from './agreement-windows';

export interface AgreementWorker {
  csvOf(dataset: DatasetBody): Promise<Uint8Array>;
}

export function startAgreementWorker(): AgreementWorker {
  const worker = startWorker<AgreementSource, Uint8Array>(new URL('./agreement-worker.ts', import.meta.url), 'agreement.csv');
  return { csvOf: (dataset) => worker.run(agreementSourceOf(dataset)) };
}

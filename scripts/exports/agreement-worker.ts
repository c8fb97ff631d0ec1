// agreement.csv made in a worker thread (agreement-in-worker.ts), while the build writes the rest.
import { answerJobs } from '../threads/answer-jobs';
import { agreementCsv, type AgreementSource } from './agreement-windows';

answerJobs<AgreementSource, Uint8Array>(agreementCsv);

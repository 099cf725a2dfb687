// Every background job the worker role runs, in every region.
import { sendEmailLinkJob } from '../accounts/send-email-link';
import { processFileJob } from '../files/process-file';
import { sweepOrphanObjectsJob } from '../files/sweep-orphan-objects';
import { sweepStalledFilesJob } from '../files/sweep-stalled-files';
import { purgeTrashJob } from '../files/trash-files';
import type { JobDefinition } from './define-job';

export const jobs: JobDefinition[] = [processFileJob, sweepStalledFilesJob, purgeTrashJob, sendEmailLinkJob, sweepOrphanObjectsJob] as JobDefinition[];

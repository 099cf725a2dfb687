// The durable pipeline for one upload: extract → detect language → analyse → smart name → ready.
// Every step checks what is already done, so a retry or a duplicate job finishes the work instead
// of repeating it; transactions stay short and never span a provider call.
import { detectLanguage } from '@/ai/local/language';
import type { AnalysisInput, DocumentLanguage, LearnedExample } from '@/ai/provider';
import { getDb, withUserTx, type RegionDb } from '@/db/client';
import {
  courseCandidates,
  findFile,
  findFileText,
  learnedExamples,
  updateFiles,
  upsertFileText,
  touchProcessingFile,
  type FilePatch,
  type FileRow,
} from '@/db/queries/files';
import { storageFor } from '@/storage/storage-for-region';
import { AppError } from '../errors';
import { defineJob } from '../jobs/define-job';
import { normalizeText } from '../text/normalize-text';
import { withHeartbeat } from '../jobs/with-heartbeat';
import { HEARTBEAT_MS, processFileQueue } from './jobs';
import { analyseWithProvider } from './analyse-with-provider';
import { extractionPool } from './extract/shared-pool';
import type { ExtractedDocument } from './extract/types';
import { kindOfMime } from './file-kinds';
import { folderAfterAnalysis } from './file-into-hinted-folder';
import { nameFile, renamedByHand, userLocale } from './name-file';
import { tsConfigs } from './text-search-configs';

/** Text kept for search and the viewer; a tsvector is capped at 1 MB, and nobody searches past this. */
const MAX_STORED_TEXT = 600_000;
/** Text the provider sees: the start of a document says what it is. */
const MAX_ANALYSED_TEXT = 20_000;

function update(db: RegionDb, userId: string, fileId: string, patch: FilePatch) {
  return withUserTx(db, userId, (tx) => updateFiles(tx, [fileId], patch));
}

async function extract(db: RegionDb, region: string, file: FileRow): Promise<{ content: string; language: DocumentLanguage } | null> {
  await update(db, file.userId, file.id, { status: 'extracting', error: null });
  const kind = kindOfMime(file.fileType);
  // Images are stored, not analysed: their bytes need not be read back.
  const bytes = kind === 'image' ? null : await storageFor(region).read(file.storageKey);
  let extracted: ExtractedDocument;
  try {
    extracted = bytes ? await extractionPool().extract(new Uint8Array(bytes), kind) : { pages: [], pageCount: null };
  } catch (err) {
    // An unreadable file will not become readable on retry: fail now, with the reason.
    if (err instanceof AppError) {
      await update(db, file.userId, file.id, { status: 'failed', error: err.code, processedAt: new Date() });
      return null;
    }
    throw err;
  }
  // Extractors hand back what the document holds, U+0000 included (pdf.js does for some symbol
  // fonts): PostgreSQL text cannot store it, so pages, content and preview HTML are normalised first.
  const pages = extracted.pages.map(normalizeText);
  const { pageCount } = extracted;
  const html = extracted.html == null ? null : normalizeText(extracted.html);
  const content = pages.join('\n\n').slice(0, MAX_STORED_TEXT);
  const { language } = detectLanguage(content);
  await withUserTx(db, file.userId, async (tx) => {
    await upsertFileText(tx, { fileId: file.id, userId: file.userId, language, content, pages, html, tsConfig: tsConfigs[language] });
    await updateFiles(tx, [file.id], { status: 'analysing', pageCount: pageCount ?? (pages.length || null), detectedLanguage: language });
  });
  return { content, language };
}

/** Every example the library sends was settled by the student (see learnedExamples). */
function toExample(row: Awaited<ReturnType<typeof learnedExamples>>[number]): LearnedExample {
  return { keywords: row.keywords, fileName: row.fileName, courseId: row.courseId, category: row.category, corrected: true };
}

async function analyse(db: RegionDb, file: FileRow, text: { content: string; language: DocumentLanguage }): Promise<void> {
  const userId = file.userId;
  const { courses, examples, locale } = await withUserTx(db, userId, async (tx) => ({
    courses: await courseCandidates(tx),
    examples: (await learnedExamples(tx, file.id)).map(toExample),
    locale: await userLocale(tx, userId),
  }));
  const input: AnalysisInput = {
    text: text.content.slice(0, MAX_ANALYSED_TEXT),
    fileName: file.originalName,
    folderHint: file.folderHint,
    language: text.language,
    locale,
    courses,
    examples,
  };
  const { result, provider } = await analyseWithProvider(db, userId, input);

  await withUserTx(db, userId, async (tx) => {
    // Re-read inside the write: the student may have corrected or renamed the file meanwhile.
    const current = await findFile(tx, file.id);
    if (!current || current.deletedAt) return;
    const courseId = current.courseSource === 'user' ? current.courseId : result.courseId;
    const category = current.categorySource === 'user' && current.aiCategory ? current.aiCategory : result.category;
    // Before naming: every job takes the course's folder lock before its name lock.
    const folderId = await folderAfterAnalysis(tx, current, courseId, courses);
    const name = await nameFile(tx, { id: file.id, userId, courseId, aiCategory: category, aiTopic: result.topic, aiDate: result.date }, locale);
    await updateFiles(tx, [file.id], {
      courseId,
      folderId,
      courseConfidence: current.courseSource === 'user' ? 1 : result.courseConfidence,
      courseCandidates: result.courseCandidates.map((c) => ({ course_id: c.courseId, confidence: c.confidence })),
      aiCategory: category,
      aiConfidence: current.categorySource === 'user' ? 1 : result.categoryConfidence,
      aiTopic: result.topic,
      aiDate: result.date,
      aiKeywords: result.keywords,
      aiName: name,
      aiProvider: provider,
      displayName: renamedByHand(current) ? current.displayName : name,
      status: 'ready',
      error: null,
      processedAt: new Date(),
    });
  });
}

export async function processFile(region: string, userId: string, fileId: string): Promise<void> {
  const db = getDb(region);
  const file = await withUserTx(db, userId, (tx) => findFile(tx, fileId));
  if (!file || file.deletedAt || file.status === 'ready' || file.status === 'failed') return;
  const stored = await withUserTx(db, userId, (tx) => findFileText(tx, fileId));
  let text: { content: string; language: DocumentLanguage } | null;
  if (stored) {
    text = { content: stored.content, language: (stored.language ?? 'other') as DocumentLanguage };
    if (file.status !== 'analysing') await update(db, userId, fileId, { status: 'analysing', error: null });
  } else {
    text = await extract(db, region, file);
  }
  if (text) await analyse(db, file, text);
}

export const processFileJob = defineJob({
  ...processFileQueue,
  handler: (p, meta) => {
    const db = getDb(meta.region);
    // The sweeper hands on the job of a file whose heartbeat stops (this worker was killed).
    const beat = () => withUserTx(db, p.userId, (tx) => touchProcessingFile(tx, p.fileId));
    return withHeartbeat(HEARTBEAT_MS, beat, () => processFile(meta.region, p.userId, p.fileId));
  },
  onGiveUp: async (p, meta) => {
    await update(getDb(meta.region), p.userId, p.fileId, { status: 'failed', error: 'FILE_PROCESSING_FAILED', processedAt: new Date() });
  },
});

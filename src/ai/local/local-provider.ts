// The offline AI provider: deterministic NLP, no network, no key. Used whenever OpenAI is not configured.
import type { AiProvider, AnalysisInput, AnalysisResult, DocumentLanguage } from '@/ai/provider';
import { classifyCategory } from './category';
import { matchCourse } from './course-match';
import { extractDate } from './date';
import { detectLanguage } from './language';
import { keywordsOf, stem, termStats, wordsOf } from './text';
import { extractTopic } from './topic';

/**
 * The caller's language comes from the same detector run over the whole document (this text is
 * only its start), so it stands; 'other' means "not known", and then the text is asked.
 */
function languageOf(input: AnalysisInput): DocumentLanguage {
  return input.language !== 'other' ? input.language : detectLanguage(input.text).language;
}

/**
 * The words a reader sees. A web page saved as Markdown keeps its tags and link targets
 * ("<div class=\"navheader\">", "[Modules](../mod/index.html)"), which are not what it is about.
 */
export function readableText(text: string): string {
  return text
    .replace(/<\/?[a-z][^<>\n]{0,300}>/gi, ' ')
    .replace(/\]\([^()\s]{0,500}\)/g, ']')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#\d{1,6});/g, ' ');
}

function analyse(raw: AnalysisInput): AnalysisResult {
  const input = { ...raw, text: readableText(raw.text) };
  const language = languageOf(input);
  // One pass over the text serves keywords, course matching and the category's example lookup.
  const stats = termStats(input.text, language);
  const keywords = keywordsOf(stats);
  const keywordStems = new Set(keywords.flatMap((k) => wordsOf(k).map((w) => stem(w.toLowerCase(), language))));

  const course = matchCourse({ ...input, language, stats });
  const category = classifyCategory({ ...input, language, keywordStems });
  return {
    courseId: course.courseId,
    courseConfidence: course.confidence,
    courseCandidates: course.candidates,
    category: category.category,
    categoryConfidence: category.confidence,
    topic: extractTopic({ text: input.text, language, keywords, courses: input.courses, stats }),
    date: extractDate(input.text, input.fileName, language, input.locale),
    language,
    keywords,
  };
}

export function createLocalProvider(): AiProvider {
  return {
    name: 'local',
    async analyse(input, options) {
      options?.signal?.throwIfAborted();
      return analyse(input);
    },
  };
}

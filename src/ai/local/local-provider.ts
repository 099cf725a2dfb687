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

function analyse(input: AnalysisInput): AnalysisResult {
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

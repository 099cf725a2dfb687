// Which PostgreSQL text search configuration reads a document of each language: its search vector
// is built with it, and its snippets are highlighted with the same Snowball stemmer.
import type { DocumentLanguage } from '@/ai/provider';

export const tsConfigs: Record<DocumentLanguage, string> = { en: 'english', fr: 'french', de: 'german', es: 'spanish', other: 'simple' };

const languages = new Map(Object.entries(tsConfigs).map(([language, config]) => [config, language as DocumentLanguage]));

/** The language a configuration stems for; 'other' (not stemmed) for 'simple' and any unknown one. */
export function languageOfConfig(config: string): DocumentLanguage {
  return languages.get(config) ?? 'other';
}

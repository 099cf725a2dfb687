// A subject a university course can teach, as words in the four document languages: what the
// offline organiser knows of a course before the student has filed anything in it (issue 15).
export type SubjectLanguage = 'en' | 'de' | 'fr' | 'es';

export type Subject = {
  /** Stable identifier, kebab-case ("databases"). */
  key: string;
  /**
   * How a course title names the subject, per language, lower case: single words or short phrases
   * ("databases", "database systems"; "datenbanken"; "bases de données"; "bases de datos").
   * A course whose title contains one of them is taken to teach the subject.
   */
  names: Record<SubjectLanguage, string[]>;
  /**
   * Words and short phrases typical of the subject's material (lecture slides, textbooks, manuals,
   * exercise sheets), per language, lower case: 30–60 each, specific to the subject rather than to
   * academic writing in general ("query", "primary key", "transaction", not "chapter" or "example").
   */
  terms: Record<SubjectLanguage, string[]>;
  /** Names, tools and notations written the same in every language ("sql", "postgresql", "mysql"). */
  shared: string[];
};

// Subjects of humanities, social sciences, business, law, medicine and the arts: see types.ts.
import type { Subject } from './types';

export const humanitiesSubjects: Subject[] = [];

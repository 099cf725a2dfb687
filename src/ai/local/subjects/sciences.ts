// Subjects of mathematics, natural sciences and engineering: see types.ts.
import type { Subject } from './types';

export const scienceSubjects: Subject[] = [];

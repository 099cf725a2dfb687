// Subjects of computing and software: see types.ts.
import type { Subject } from './types';

export const computingSubjects: Subject[] = [];

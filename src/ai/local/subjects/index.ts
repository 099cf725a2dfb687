// Every subject the offline organiser knows (see types.ts).
import { computingSubjects } from './computing';
import { humanitiesSubjects } from './humanities';
import { scienceSubjects } from './sciences';
import type { Subject } from './types';

export const subjects: readonly Subject[] = [...computingSubjects, ...scienceSubjects, ...humanitiesSubjects];

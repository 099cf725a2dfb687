// The overall average in the student's own system, weighted by credits: GPA (credit hours), ECTS
// weighted average, UK degree classification, or a plain percentage.
import { listCourseCredits, listGrades } from '@/db/queries/grades';
import { getProfileWithUser } from '@/db/queries/profiles';
import type { UserContext } from '../context';
import { getCourseOrThrow } from '../courses/get-course-or-throw';
import { AppError } from '../errors';
import { courseGrade, ectsWeightedAverage, gpaAverage, neededOnRemaining, ukClassification } from './averages';
import { convertGrade, type System } from './convert-grade';
import { displayIn, toPercentage } from './record-grades';

/** A course without credits counts once, so it still shows up in the average. */
const UNKNOWN_CREDITS = 1;

async function coursePercentages(ctx: UserContext) {
  const courses = await listCourseCredits(ctx.tx);
  const grades = await listGrades(ctx.tx, {});
  return courses
    .filter((c) => !c.archived)
    .map((c) => {
      const own = grades.filter((g) => g.courseId === c.id);
      const result = courseGrade(own.map((g) => ({ weight: Number(g.weight), value: g.gradeValue === null ? null : toPercentage(g.gradeValue, g.gradeType as System) })));
      return { course: c, percentage: result.percentage };
    });
}

export async function gradeSummary(ctx: UserContext) {
  const profile = await getProfileWithUser(ctx.tx, ctx.userId);
  if (!profile) throw new AppError('NOT_FOUND');
  const system = profile.profile.academicSystem;
  const rows = await coursePercentages(ctx);
  const creditsOf = (c: (typeof rows)[number]['course']) =>
    Number((system === 'ects' ? c.ectsCredits : (c.credits ?? c.ectsCredits)) ?? UNKNOWN_CREDITS);
  const graded = rows.filter((r): r is typeof r & { percentage: number } => r.percentage !== null);
  const credits = graded.reduce((sum, r) => sum + creditsOf(r.course), 0);

  let value: number | string | null = null;
  let display: string | null = null;
  if (graded.length > 0) {
    if (system === 'gpa') {
      value = gpaAverage(graded.map((r) => ({ points: Number(convertGrade({ grade: r.percentage, from_system: 'percentage', to_system: 'gpa' }).value), credits: creditsOf(r.course) })));
      display = value === null ? null : value.toFixed(2);
    } else if (system === 'ects') {
      const avg = ectsWeightedAverage(graded.map((r) => ({ percentage: r.percentage, ects: creditsOf(r.course) })));
      value = avg.letter;
      display = avg.percentage === null ? null : `${avg.letter} (${avg.percentage}%)`;
    } else if (system === 'uk_honours') {
      const uk = ukClassification(graded.map((r) => ({ mark: r.percentage, credits: creditsOf(r.course) })));
      value = uk.classification;
      display = uk.mark === null ? null : `${uk.classification} (${uk.mark})`;
    } else {
      const avg = courseGrade(graded.map((r) => ({ weight: creditsOf(r.course), value: r.percentage })));
      value = avg.percentage;
      display = avg.percentage === null ? null : `${avg.percentage}%`;
    }
  }
  return {
    system,
    overall: { value, display, credits },
    courses: rows.map((r) => ({
      course_id: r.course.id,
      name: r.course.name,
      percentage: r.percentage,
      display: r.percentage === null ? null : displayIn(r.percentage, system),
      credits: r.course.credits === null && r.course.ectsCredits === null ? null : creditsOf(r.course),
    })),
  };
}

/** "What do I need on the remaining assessments to reach `target` %?" */
export async function neededForTarget(ctx: UserContext, courseId: string, target: number) {
  await getCourseOrThrow(ctx, courseId);
  const grades = await listGrades(ctx.tx, { courseId });
  const result = neededOnRemaining({
    target,
    assessments: grades.map((g) => ({ weight: Number(g.weight), value: g.gradeValue === null ? null : toPercentage(g.gradeValue, g.gradeType as System) })),
  });
  return { needed: result.needed, achievable: result.achievable, already_secured: result.alreadySecured };
}

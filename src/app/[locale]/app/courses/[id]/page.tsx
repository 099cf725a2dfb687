import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { CourseDetail } from '@/web/features/courses/course-detail';
import { metadataLocale, pageLocale } from '@/web/lib/page-locale';
import { getAppSession, isOutage } from '../../_lib/session';

type CourseParams = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: CourseParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'courses' });
  return { title: t('metaTitleCourse') };
}

export default async function CourseRoute({ params }: CourseParams) {
  const locale = await pageLocale(params);
  const session = await getAppSession();
  if (!session) return redirect({ href: '/sign-in', locale });
  // The layout shows the outage page in its place.
  if (isOutage(session)) return null;
  const { id } = await params;
  // The course itself is fetched in the browser through the API, like every list.
  return <CourseDetail key={id} courseId={id} academicSystem={session.profile.academic_system} />;
}

// What the real-document evaluation set is made of (issue 15): eight courses a student might take,
// each fed by documentation a Debian package ships, plus outsiders that belong to none of them.
// Every entry is labelled by hand as a person would label the file: reference chapters and man
// pages are `notes`, tutorials and guides read as a course unit are `lecture`, hands-on lessons
// whose numbered steps the student must carry out are `assignment`, release notes, glossaries and
// example scripts are `other`. Debian documentation has no exam papers, so no entry is an `exam`.
import type { DocumentLanguage, FileCategory } from '@/ai/provider';

export type EvalLanguage = Exclude<DocumentLanguage, 'other'>;
export type EvalFormat = 'pdf' | 'docx' | 'pptx' | 'txt' | 'md';
export type EvalCourse = { key: string; name: string; code: string; professor: string };
export type EvalSource = {
  /** Debian package that ships the document. */
  pkg: string;
  /** Path inside the package. */
  path: string;
  language: EvalLanguage;
  /** Course key, or null for an outsider. */
  course: string | null;
  category: FileCategory;
  format: EvalFormat;
};

export const evalCourses: EvalCourse[] = [
  { key: 'sysadmin', name: 'Linux System Administration', code: 'SYS220', professor: 'Prof. Kerstin Albrecht' },
  { key: 'webserver', name: 'Web Server Administration', code: 'NET230', professor: 'Prof. Jean-Luc Moreau' },
  { key: 'packaging', name: 'Software Packaging and Distribution', code: 'SE240', professor: 'Prof. Carmen Ortega' },
  { key: 'databases', name: 'Database Systems', code: 'DB201', professor: 'Prof. Helen Ward' },
  { key: 'git', name: 'Version Control with Git', code: 'SE110', professor: 'Prof. Daniel Osei' },
  { key: 'perl', name: 'Scripting Languages: Perl', code: 'CS130', professor: 'Prof. Martin Keller' },
  { key: 'vim', name: 'Efficient Text Editing with Vim', code: 'CS105', professor: 'Prof. Sophie Laurent' },
  { key: 'plotting', name: 'Scientific Data Visualisation', code: 'MATH210', professor: 'Prof. Ana Ruiz' },
];

type Entry = [path: string, language: EvalLanguage, category: FileCategory, format: EvalFormat];
const from = (pkg: string | ((l: EvalLanguage) => string), course: string | null, prefix: string, entries: Entry[]): EvalSource[] =>
  entries.map(([path, language, category, format]) => ({ pkg: typeof pkg === 'string' ? pkg : pkg(language), path: prefix + path, language, course, category, format }));

const debref = (l: EvalLanguage) => `debian-reference-${l}`;
const maint = (l: EvalLanguage) => (l === 'en' ? 'maint-guide' : `maint-guide-${l}`);
const lily = (l: EvalLanguage) => (l === 'en' ? 'lilypond-doc-html' : `lilypond-doc-html-${l}`);

export const evalSources: EvalSource[] = [
  ...from(debref, 'sysadmin', 'usr/share/debian-reference/', [
    ['ch01.en.html', 'en', 'lecture', 'pptx'], // "GNU/Linux tutorials"
    ['ch02.en.html', 'en', 'notes', 'docx'],
    ['ch05.en.html', 'en', 'notes', 'md'],
    ['debian-reference.de.pdf', 'de', 'notes', 'pdf'],
    ['ch03.de.html', 'de', 'notes', 'txt'],
    ['ch04.de.html', 'de', 'notes', 'docx'],
    ['ch01.fr.html', 'fr', 'lecture', 'pdf'],
    ['ch09.fr.html', 'fr', 'notes', 'md'],
    ['ch02.es.html', 'es', 'notes', 'docx'],
    ['debian-reference.es.txt.gz', 'es', 'notes', 'txt'],
  ]),
  ...from((l) => `manpages-${l}`, 'sysadmin', 'usr/share/man/', [
    ['fr/man1/crontab.1.gz', 'fr', 'notes', 'txt'],
    ['es/man5/fstab.5.gz', 'es', 'notes', 'md'],
    ['de/man1/systemctl.1.gz', 'de', 'notes', 'pdf'],
  ]),
  ...from('apache2-doc', 'webserver', 'usr/share/doc/apache2-doc/manual/', [
    ['en/getting-started.html', 'en', 'lecture', 'pptx'],
    ['en/vhosts/examples.html', 'en', 'notes', 'docx'],
    ['en/howto/htaccess.html', 'en', 'lecture', 'pdf'],
    ['en/new_features_2_4.html', 'en', 'other', 'md'],
    ['de/configuring.html', 'de', 'notes', 'docx'],
    ['de/vhosts/name-based.html', 'de', 'notes', 'pdf'],
    ['de/install.html', 'de', 'notes', 'txt'],
    ['fr/howto/auth.html', 'fr', 'lecture', 'pptx'],
    ['fr/rewrite/intro.html', 'fr', 'notes', 'md'],
    ['fr/ssl/ssl_faq.html', 'fr', 'notes', 'txt'],
    ['es/howto/cgi.html', 'es', 'lecture', 'docx'],
    ['es/glossary.html', 'es', 'other', 'md'],
    ['es/howto/ssi.html', 'es', 'lecture', 'pptx'],
  ]),
  // The New Maintainers' Guide calls itself a tutorial, chapter by chapter: all of it is lecture.
  ...from(maint, 'packaging', 'usr/share/doc/', [
    ['maint-guide/html/start.en.html', 'en', 'lecture', 'pptx'],
    ['maint-guide/html/dreq.en.html', 'en', 'lecture', 'docx'],
    ['maint-guide/maint-guide.en.pdf', 'en', 'lecture', 'pdf'],
    ['maint-guide-de/html/first.de.html', 'de', 'lecture', 'md'],
    ['maint-guide-de/html/build.de.html', 'de', 'lecture', 'pptx'],
    ['maint-guide-de/maint-guide.de.pdf', 'de', 'lecture', 'pdf'],
    ['maint-guide-fr/html/modify.fr.html', 'fr', 'lecture', 'docx'],
    ['maint-guide-fr/html/checkit.fr.html', 'fr', 'lecture', 'txt'],
    ['maint-guide-fr/html/upload.fr.html', 'fr', 'lecture', 'pptx'],
    ['maint-guide-es/html/dother.es.html', 'es', 'lecture', 'md'],
    ['maint-guide-es/html/update.es.html', 'es', 'lecture', 'txt'],
  ]),
  ...from('postgresql-doc-15', 'databases', 'usr/share/doc/postgresql-doc-15/html/', [
    ['tutorial-select.html', 'en', 'lecture', 'pptx'],
    ['tutorial-join.html', 'en', 'lecture', 'pdf'],
    ['tutorial-transactions.html', 'en', 'lecture', 'docx'],
    ['tutorial-window.html', 'en', 'lecture', 'md'],
    ['tutorial-fk.html', 'en', 'lecture', 'txt'],
    ['tutorial-views.html', 'en', 'lecture', 'pptx'],
    ['sql-select.html', 'en', 'notes', 'docx'],
    ['indexes-intro.html', 'en', 'notes', 'md'],
    ['ddl-constraints.html', 'en', 'notes', 'pdf'],
    ['mvcc-intro.html', 'en', 'notes', 'txt'],
    ['release-15.html', 'en', 'other', 'md'],
  ]),
  ...from('git-doc', 'git', 'usr/share/doc/git-doc/', [
    ['gittutorial.html', 'en', 'lecture', 'pptx'],
    ['gittutorial-2.html', 'en', 'lecture', 'pdf'],
    ['git-bisect-lk2009.html', 'en', 'lecture', 'pptx'], // a conference talk's paper
    ['MyFirstContribution.html', 'en', 'lecture', 'docx'],
    ['giteveryday.html', 'en', 'notes', 'md'],
    ['gitworkflows.html', 'en', 'notes', 'docx'],
    ['git-commit.html', 'en', 'notes', 'pdf'],
    ['git-rebase.txt', 'en', 'notes', 'txt'],
    ['howto/revert-a-faulty-merge.txt', 'en', 'notes', 'txt'],
    ['gitglossary.html', 'en', 'other', 'md'],
  ]),
  ...from('perl-doc', 'perl', 'usr/share/man/man1/', [
    ['perlintro.1.gz', 'en', 'lecture', 'pptx'],
    ['perlretut.1.gz', 'en', 'lecture', 'pdf'],
    ['perlreftut.1.gz', 'en', 'lecture', 'docx'],
    ['perlfaq4.1.gz', 'en', 'notes', 'txt'],
    ['perlsyn.1.gz', 'en', 'notes', 'md'],
    ['perlop.1.gz', 'en', 'notes', 'docx'],
    ['perlstyle.1.gz', 'en', 'notes', 'md'],
    ['perldata.1.gz', 'en', 'notes', 'pdf'],
    ['perlsub.1.gz', 'en', 'notes', 'txt'],
    ['perl5360delta.1.gz', 'en', 'other', 'md'],
  ]),
  ...from('manpages-de', 'perl', 'usr/share/man/de/man1/', [['perl.1.gz', 'de', 'notes', 'docx']]),
  ...from('vim-runtime', 'vim', 'usr/share/vim/vim90/tutor/', [
    ['tutor', 'en', 'assignment', 'txt'],
    ['tutor.de.utf-8', 'de', 'assignment', 'pdf'],
    ['tutor.fr.utf-8', 'fr', 'assignment', 'docx'],
    ['tutor.es.utf-8', 'es', 'assignment', 'md'],
  ]),
  ...from('vim-doc', 'vim', 'usr/share/doc/vim/html/', [
    ['usr_01.html', 'en', 'lecture', 'pptx'],
    ['usr_02.html', 'en', 'lecture', 'pptx'],
    ['usr_03.html', 'en', 'lecture', 'docx'],
    ['usr_04.html', 'en', 'lecture', 'pdf'],
    ['usr_10.html', 'en', 'lecture', 'md'],
    ['usr_41.html', 'en', 'lecture', 'pdf'],
    ['quickref.html', 'en', 'notes', 'txt'],
  ]),
  ...from('gnuplot-doc', 'plotting', 'usr/share/doc/gnuplot/', [
    ['gnuplot.pdf', 'en', 'notes', 'pdf'],
    ['htmldocs/node3.html', 'en', 'notes', 'docx'], // Introduction
    ['htmldocs/node117.html', 'en', 'notes', 'pptx'], // Histograms
    ['htmldocs/node162.html', 'en', 'notes', 'md'], // Fit
    ['htmldocs/node350.html', 'en', 'notes', 'txt'], // Multiplot
    ['htmldocs/node184.html', 'en', 'notes', 'pdf'], // Plot
    ['htmldocs/node146.html', 'en', 'notes', 'pptx'], // PM3D plots
    ['htmldocs/node287.html', 'en', 'notes', 'docx'], // Datafile
    ['examples/sampling2.dem', 'en', 'other', 'txt'],
    ['examples/spiderplot.dem', 'en', 'other', 'txt'],
  ]),
  // Outsiders: music engraving (LilyPond's manuals) belongs to none of the eight courses.
  ...from(lily, null, 'usr/share/doc/lilypond/html/Documentation/', [
    ['essay/engraving-details.html', 'en', 'notes', 'md'],
    ['learning/aligning-lyrics-to-a-melody.html', 'en', 'lecture', 'txt'],
    ['essay/automated-engraving.de.html', 'de', 'notes', 'docx'],
    ['learning/four_002dpart-satb-vocal-score.de.html', 'de', 'lecture', 'pptx'],
    ['learning/combining-notes-into-chords.fr.html', 'fr', 'lecture', 'pdf'],
    ['essay/engraving-details.es.html', 'es', 'notes', 'pptx'],
  ]),
];

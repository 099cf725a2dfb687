import { describe, expect, it } from 'vitest';
import type { DocumentLanguage, LearnedExample } from '@/ai/provider';
import { classifyCategory } from './category';

function classify(fileName: string, text = '', options: { folderHint?: string; language?: DocumentLanguage; examples?: LearnedExample[]; keywordStems?: string[] } = {}) {
  return classifyCategory({
    text,
    fileName,
    folderHint: options.folderHint ?? null,
    language: options.language ?? 'en',
    keywordStems: new Set(options.keywordStems ?? []),
    examples: options.examples ?? [],
  });
}

describe('classifyCategory', () => {
  it.each([
    ['BIO101_lecture05.pdf', 'lecture'],
    ['week3_slides.pptx', 'lecture'],
    ['Vorlesung_08.pdf', 'lecture'],
    ['diapos cours 4.pdf', 'lecture'],
    ['hw3.pdf', 'assignment'],
    ['ps4_final.pdf', 'assignment'],
    ['Übungsblatt_5.pdf', 'assignment'],
    ['devoir 2 rendu.docx', 'assignment'],
    ['tarea3.pdf', 'assignment'],
    ['midterm_2025.pdf', 'exam'],
    ['Klausur_WS25.pdf', 'exam'],
    ['partiel_corrige.pdf', 'exam'],
    ['examen parcial.pdf', 'exam'],
    ['my notes ch4.docx', 'notes'],
    ['Mitschrift VL3.pdf', 'notes'],
    ['apuntes tema 3.pdf', 'notes'],
    ['syllabus.pdf', 'other'],
    ['Literaturliste.pdf', 'other'],
  ])('reads the file name %s as %s', (name, category) => {
    expect(classify(name).category).toBe(category);
  });

  it('does not read cues inside other words', () => {
    // "orga" (German for organisation) must not fire inside "Organic", nor "note" inside "keynote".
    const nothing = classify('x.pdf');
    expect(classify('x.pdf', '', { folderHint: 'Organic Chemistry' })).toEqual(nothing);
    expect(classify('keynote.pdf')).toEqual(nothing);
    expect(classify('x.pdf', '', { folderHint: 'Orga' }).category).toBe('other');
  });

  const texts: [string, DocumentLanguage, string, string][] = [
    ['en', 'en', 'Final Examination\nTime allowed: 2 hours. Answer all questions. No calculators.\nQuestion 1 (10 points)\nExplain inflation.', 'exam'],
    ['de', 'de', 'Klausur Makroökonomik\nBearbeitungszeit: 90 Minuten. Hilfsmittel: keine.\nName: ______ Matrikelnummer: ______\nAufgabe 1 (10 Punkte)', 'exam'],
    ['fr', 'fr', 'Devoir maison n° 3\nÀ rendre le 12 mars 2026 sur Moodle.\nJustifiez toutes vos réponses.\nExercice 1 (4 points). Calculez le PIB réel.', 'assignment'],
    ['es', 'es', 'Práctica 2\nFecha de entrega: 12/03/2026\nSe puede trabajar en parejas.\nEjercicio 1. Calcule el determinante.', 'assignment'],
    ['en', 'en', 'Week 5: Cellular respiration\nLearning objectives\n• Describe glycolysis\nToday we look at the Krebs cycle.\nNext week: photosynthesis', 'lecture'],
    ['es', 'es', 'Tema 4: La Guerra Fría\nÍndice\n• El telón de acero\nHoy estudiamos la división de Europa.\nPróxima semana: la distensión', 'lecture'],
    ['de', 'de', 'Mitschrift Zellbiologie\n- Mitochondrien -> ATP\n!! klausurrelevant\n?? in der Sprechstunde fragen\n- Osmose: Diffusion von Wasser', 'notes'],
    ['fr', 'fr', 'Mes notes – chapitre 3\n-> la glycolyse a lieu dans le cytoplasme\n!! à retenir pour le partiel\n?? demander au prof', 'notes'],
    ['en', 'en', 'Course Syllabus – BIO101\nInstructor: Prof. Mitchell\nOffice hours: Tuesdays 2-4 pm\nGrading: homework 25%, midterm 30%, final exam 45%.', 'other'],
    ['de', 'de', 'Liebe Studierende,\ndie Vorlesung findet ab nächster Woche in Raum 214 statt.\nMit freundlichen Grüßen\nIhr Studienbüro', 'other'],
  ];
  it.each(texts)('reads %s text as the right category (%#)', (_lang, language, text, category) => {
    const result = classify('scan_0012.pdf', text, { language });
    expect(result.category).toBe(category);
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('weighs the name more than a passing mention in the body', () => {
    const body = 'Enzyme senken die Aktivierungsenergie.\nDas ist klausurrelevant, kommt in der Klausur dran.';
    expect(classify('Mitschrift_Enzyme.pdf', body, { language: 'de' }).category).toBe('notes');
    expect(classify('scan_0001.pdf', 'Lecture 7: Enzymes\nThis will be on the exam.\nEnzymes lower the activation energy.').category).toBe('lecture');
  });

  it('is unsure when there is nothing to go on', () => {
    const empty = classify('scan_0012.pdf', '');
    expect(empty.category).toBe('other');
    expect(empty.confidence).toBeLessThan(0.5);
    const prose = classify('IMG_2041.jpg', 'Enzymes lower the activation energy of a reaction without being consumed. '.repeat(5));
    expect(prose.confidence).toBeLessThan(0.5);
  });

  describe('learning from the user', () => {
    const neutral = 'Enzymes lower the activation energy of a reaction. The active site binds a specific substrate.';

    it('follows a corrected file with a similar name', () => {
      const before = classify('Sammlung_7.pdf', neutral);
      expect(before.category).not.toBe('exam');
      const example: LearnedExample = { keywords: ['thermodynamics'], fileName: 'Sammlung_6.pdf', courseId: 'c1', category: 'exam', corrected: true };
      const after = classify('Sammlung_7.pdf', neutral, { examples: [example] });
      expect(after.category).toBe('exam');
    });

    it('follows a corrected file with the same keywords', () => {
      const stems = ['enzym', 'activ', 'energi', 'substrat', 'site'];
      const corrected: LearnedExample = { keywords: ['enzymes', 'activation', 'energy', 'substrate'], fileName: 'IMG_1.jpg', courseId: 'c1', category: 'notes', corrected: true };
      expect(classify('IMG_2.jpg', neutral, { keywordStems: stems, examples: [corrected] }).category).toBe('notes');
      // The same file filed by a guess of ours, not by the user, is no evidence on keywords alone.
      const guessed = { ...corrected, corrected: false };
      expect(classify('IMG_2.jpg', neutral, { keywordStems: stems, examples: [guessed] }).category).not.toBe('notes');
    });

    it('lets a correction outweigh a name cue', () => {
      const corrected: LearnedExample = { keywords: [], fileName: 'review sheet 3.pdf', courseId: 'c1', category: 'exam', corrected: true };
      expect(classify('review sheet 4.pdf', '').category).toBe('notes');
      expect(classify('review sheet 4.pdf', '', { examples: [corrected] }).category).toBe('exam');
    });
  });

  // Issue 15: real documentation, as students download it.
  it.each([
    ['a tutorial by its title', 'Apache HTTP Server Tutorial: .htaccess files\nModules | Directives | FAQ | Glossary | Sitemap\n.htaccess files provide a way to make configuration changes on a per-directory basis.', 'lecture'],
    ['a German guide by its title', 'Erste Schritte mit Git\nDieses Kapitel zeigt, wie man ein Repository anlegt und die ersten Änderungen speichert.', 'lecture'],
    ['a manual page', 'NAME\ncrontab - maintain crontab files for individual users\nSYNOPSIS\ncrontab [ -u user ] file\nDESCRIPTION\ncrontab is the program used to install a table.\nSEE ALSO\ncron(8)', 'notes'],
    ['a French FAQ', 'Chiffrement SSL/TLS fort : foire aux questions\nCette page répond aux questions les plus fréquentes sur la configuration de mod_ssl et des certificats du serveur.', 'notes'],
    ['a glossary', 'gitglossary - A Git Glossary\nalternate object database: via the alternates mechanism, a repository can inherit part of its object database from another.', 'other'],
    ['Spanish release notes', 'Novedades de la versión 2.4\nEste documento describe los cambios principales entre las versiones 2.2 y 2.4 del servidor, con los módulos nuevos y los ampliados.', 'other'],
  ])('reads %s from the document itself', (_, text, category) => {
    expect(classify('Document1.docx', text).category).toBe(category);
  });

  it.each([
    ['due to', 'The index is rebuilt due to a change in the table layout. Rows are then read in order and the planner picks the cheapest path for each query it is given.'],
    ['submit a patch', 'To submit a patch, send it to the mailing list; reviewers answer within days. This page explains the project\'s conventions for commit messages and their trailers.'],
    ['a duration in prose', 'La durée de vie d\'un certificat est limitée : le serveur vérifie la date avant chaque connexion et refuse ceux qui ont expiré depuis plus d\'un jour.'],
  ])('does not take "%s" in documentation for coursework', (_, text) => {
    expect(classify('Document1.docx', text).category).not.toMatch(/^(?:assignment|exam)$/);
  });
});

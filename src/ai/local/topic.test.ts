import { describe, expect, it } from 'vitest';
import type { CourseCandidate, DocumentLanguage } from '@/ai/provider';
import { extractTopic } from './topic';
import { extractKeywords, termStats } from './text';

const courses: CourseCandidate[] = [
  { id: 'bio', name: 'Introduction to Biology', code: 'BIO101', professor: 'Prof. Sarah Mitchell' },
  { id: 'de', name: 'Einführung in die Biologie', code: 'BIO110', professor: 'Prof. Dr. Katrin Hoffmann' },
];

function topic(text: string, language: DocumentLanguage = 'en'): string | null {
  return extractTopic({ text, language, keywords: extractKeywords(text, language), courses, stats: termStats(text, language) });
}

const body = 'Photosynthesis converts light energy into chemical energy. The chloroplast holds the thylakoid membranes where the light reactions of photosynthesis run.';

describe('extractTopic', () => {
  it('takes a title and strips its "Lecture 5:" label', () => {
    expect(topic(`Lecture 5: Photosynthesis\n${body}`)).toBe('Photosynthesis');
    expect(topic(`Vorlesung 7 – Zellatmung\nDie Zellatmung liefert ATP. Die Zellatmung findet in den Mitochondrien statt.`, 'de')).toBe('Zellatmung');
    expect(topic(`Tema 3. La fotosíntesis\nLa fotosíntesis convierte la energía luminosa.`, 'es')).toBe('La fotosíntesis');
  });

  it('skips generic lines: course header, professor, page numbers, dates, bare labels', () => {
    const text = ['BIO101 – Introduction to Biology', 'Prof. Sarah Mitchell', 'Page 1', 'March 12, 2026', 'Lecture 5', 'Photosynthesis and the light reactions', body].join('\n');
    expect(topic(text)).toBe('Photosynthesis and the light reactions');
  });

  it('falls back to the top keywords when there is no usable title', () => {
    const text = `Problem Set 3\nDue: March 12, 2026\n1. ${body}\n2. Explain why photosynthesis needs chlorophyll.`;
    const result = topic(text);
    expect(result).toMatch(/^photosynthesis, /i);
    expect(result?.split(', ').length).toBeGreaterThanOrEqual(2);
    expect(result?.split(', ').length).toBeLessThanOrEqual(3);
  });

  it('does not take a student name or a greeting for a title', () => {
    const long = `${body} `.repeat(5);
    expect(topic(`Alex Kim\n${long}`)).not.toBe('Alex Kim');
    expect(topic('Dear students,\nThe room has changed.\nBest regards')).toBeNull();
  });

  it('keeps topics short and free of characters a file name cannot hold', () => {
    const result = topic(`Cells: structure/function <overview> "basics" | part A\n${body}`);
    expect(result).not.toBeNull();
    expect(result).not.toMatch(/[/\\:*?"<>|]/);
    expect(result).toBe('Cells - structure - function overview basics - part A');
    // A first line longer than a topic is not a title; the keywords stand in.
    const fallback = topic(`The light-dependent reactions of photosynthesis in the thylakoids of algae\n${body}`);
    expect(fallback).toMatch(/^photosynthesis, /i);
    expect(fallback?.length).toBeLessThanOrEqual(60);
  });

  it('returns null for an empty document', () => {
    expect(topic('')).toBeNull();
  });

  // Real documentation saved by a student: web pages as PDF/DOCX/Markdown, manuals, man pages.
  describe('on saved web pages and manuals', () => {
    it('never takes a navigation bar for a title', () => {
      const en = 'Prev Up Chapter 3. Advanced Features Home Next\nTransactions\nA transaction bundles several steps into one. Transactions either complete or leave no trace.';
      expect(topic(en)).toBe('Transactions');
      expect(topic('Prev\nUp\nHome\nNext\nTransactions\nA transaction bundles several steps into one.')).toBe('Transactions');
      expect(topic('Next: Fit Up: Commands Previous: Exit Index\nMultiplot\nThe multiplot mode places several plots on one page.')).toBe('Multiplot');
      const de = 'Zurück Nach oben Kapitel 4. Datenbanken Startseite Weiter\nTransaktionen\nEine Transaktion fasst mehrere Schritte zusammen.';
      expect(topic(de, 'de')).toBe('Transaktionen');
      expect(topic('Précédent Sommaire Suivant\nLes transactions\nUne transaction regroupe plusieurs étapes.', 'fr')).toBe('Les transactions');
      expect(topic('Anterior | Índice | Siguiente\nLas transacciones\nUna transacción agrupa varios pasos.', 'es')).toBe('Las transacciones');
    });

    it('skips a versioned site header and keeps the page title before " - <site> Version x"', () => {
      const en = ['Getting Started - Apache HTTP Server Version 2.4', 'Modules | Directives | FAQ | Glossary | Sitemap', 'Apache HTTP Server Version 2.4', 'Getting Started', 'Clients connect to servers by URL.'].join('\n');
      expect(topic(en)).toBe('Getting Started');
      const fr = ['Serveur HTTP Apache Version 2.4', 'Apache > Serveur HTTP > Documentation > Version 2.4', 'Authentification et autorisation', "L'authentification vérifie l'identité d'une personne."].join('\n');
      expect(topic(fr, 'fr')).toBe('Authentification et autorisation');
      expect(topic('Versión 2.4 del Servidor HTTP Apache\nGlosario\nEste glosario define los términos más comunes.', 'es')).toBe('Glosario');
      expect(topic('Modelos y bases de datos - Documentación de Django v4.2\nUn modelo describe una tabla.', 'es')).toBe('Modelos y bases de datos');
      // A PDF wraps the page title onto the site header's line.
      const de = 'Unterstützung namensbasierter virtueller\nHosts - Apache HTTP Server Version 2.4\nDas Dokument beschreibt virtuelle Hosts.';
      expect(topic(de, 'de')).toBe('Unterstützung namensbasierter virtueller Hosts');
    });

    it('takes a man page\'s NAME line and never a section heading', () => {
      const en = ['CRONTAB(1) General Commands Manual CRONTAB(1)', 'NAME', 'crontab - maintain crontab files for individual users', 'SYNOPSIS', 'crontab [ -u user ] file', 'DESCRIPTION', 'crontab is the program used to install a crontab table.'].join('\n');
      expect(topic(en)).toBe('crontab - maintain crontab files for individual users');
      const de = 'BEZEICHNUNG\nsystemctl - Steuerung des Systemd-Systems und des Diensteverwalters\nÜBERSICHT\nsystemctl [OPTIONEN…] BEFEHL\nBEFEHLE\nDie folgenden Befehle werden verstanden.';
      const systemctl = topic(de, 'de');
      expect(systemctl).toMatch(/^systemctl - Steuerung des Systemd-Systems/);
      expect(systemctl?.length).toBeLessThanOrEqual(60);
      expect(topic('# NOMBRE\nfstab - Información estática sobre los sistemas de archivos\n# SINOPSIS\n/etc/fstab', 'es')).toBe('fstab - Información estática sobre los sistemas de archivos');
      // asciidoc underlines the heading; a description wrapped onto a second line is joined.
      expect(topic('git-rebase(1)\n=============\nNAME\n----\ngit-rebase - Reapply commits on top of another base tip\nSYNOPSIS')).toBe('git-rebase - Reapply commits on top of another base tip');
      expect(topic('NOM\ncrontab - gérer les fichiers crontab\ndes utilisateurs\nSYNOPSIS', 'fr')).toBe('crontab - gérer les fichiers crontab des utilisateurs');
    });

    it('does not take the section headings of a man page without a NAME section', () => {
      const de = 'ÜBERSICHT\nperl [ -sTtuUWX ] [ -hv ]\nHILFE ERHALTEN\nDas Programm perldoc gibt Zugriff auf die Dokumentation von Perl. Die Dokumentation von Perl ist umfangreich.\nBESCHREIBUNG\nPerl ist eine Sprache.';
      expect(topic(de, 'de')).not.toMatch(/ÜBERSICHT|HILFE ERHALTEN|BESCHREIBUNG/);
      const es = 'SINOPSIS\nfstab\nDESCRIPCIÓN\nEl fichero fstab describe los sistemas de archivos. Cada línea de fstab describe un sistema de archivos.';
      expect(topic(es, 'es')).not.toMatch(/SINOPSIS|DESCRIPCIÓN/);
      expect(topic(es, 'es')).toMatch(/fstab/);
    });

    it('skips page headers with a page number, roman or repeated', () => {
      expect(topic('Lineare Algebra ii\nEigenwerte und Eigenvektoren\nEin Eigenvektor behält seine Richtung.', 'de')).toBe('Eigenwerte und Eigenvektoren');
      expect(topic('Guide de référence Debian iii\nGestion des paquets\nUn paquet regroupe les fichiers.', 'fr')).toBe('Gestion des paquets');
      const pages = 'Linear Algebra 3\nEigenvalues and eigenvectors\nAn eigenvector keeps its direction.\nLinear Algebra 4\nThe eigenvalue scales it.';
      expect(topic(pages)).toBe('Eigenvalues and eigenvectors');
      // A number alone is no page header: a course part keeps its title.
      expect(topic('Calculus 2\nThe derivative measures a rate of change.')).toBe('Calculus 2');
    });

    it('does not take a short all-caps marker for a title', () => {
      expect(topic('EOD\nset spiderplot\nplot for [i=1:5] $DATA using i title columnhead\nset spiderplot again\nplot spiderplot')).not.toBe('EOD');
      expect(topic('FIN\nfin del ejercicio de sintaxis\nla sintaxis del ejercicio', 'es')).not.toBe('FIN');
    });

    it('reads numbered sections, site file ids, bylines, e-mails and letter-spaced banners', () => {
      expect(topic('2.5. Querying a Table\nTo retrieve data from a table, the table is queried.')).toBe('Querying a Table');
      expect(topic('GNU LilyPond – Manuel d’initiation:\n3.2.4 Combinaison de notes en accords\nUn accord superpose des notes.', 'fr')).toBe('Combinaison de notes en accords');
      expect(topic('LilyPond Handbuch zum Lernen: 4.4.2 Vierstimmige SATB-Partitur\nDie meisten Partituren für Chor.', 'de')).toBe('Vierstimmige SATB-Partitur');
      const manual = 'Vim documentation: usr_04\nmain help file\nVIM USER MANUAL - by Bram Moolenaar\nMaking small changes\nThis chapter shows several ways of making corrections.';
      expect(topic(manual)).toBe('Making small changes');
      const mail = 'Date: Fri, 19 Dec 2008 00:45:19 -0800\nFrom: Linus Torvalds, Junio C Hamano\nSubject: Re: Odd merge behaviour involving reverts\nAlan said the merge broke something.';
      expect(topic(mail)).toBe('Odd merge behaviour involving reverts');
      expect(topic('Von: Anna Weber\nBetreff: AW: Klausurtermin verschoben\nDer Klausurtermin ist verschoben.', 'de')).toBe('Klausurtermin verschoben');
      const banner = '====================\n=    W e l c o m e   t o   t h e   V I M   T u t o r    -    Version 1.7      =\n====================\nVim is a very powerful editor.';
      expect(topic(banner)).toBe('Welcome to the VIM Tutor');
      expect(topic('=     B i e n v e n i d o   a l   t u t o r   d e   V I M  -  Versión 1.7     =\nVim es un editor muy potente.', 'es')).toBe('Bienvenido al tutor de VIM');
    });

    it('passes over a section called just "Introduction" and a line of code', () => {
      const en = '13.1. Introduction\nPostgreSQL manages concurrent access with MVCC. MVCC gives each transaction a snapshot, so readers never block writers and MVCC avoids most locks.';
      expect(topic(en)).toMatch(/MVCC/);
      const de = 'Einführung\nCREATE TABLE wetter (\nstadt varchar(80)\n);\nEin Index beschleunigt die Suche. Der Index wird automatisch gepflegt, jeder Index kostet Speicher.';
      expect(topic(de, 'de')).toMatch(/^Index/);
    });

    it('keeps a title that begins with a label word, and skips a wrapped sentence', () => {
      expect(topic('Chapitre 7. Contrôle des erreurs du paquet\nQuelques techniques pour rechercher des erreurs.', 'fr')).toBe('Contrôle des erreurs du paquet');
      const wrapped = 'ACHTUNG:\nDie in den Lektionen angewendeten Kommandos werden den Text\nmodifizieren.\n\nDen Cursor bewegen\nDrücke die Taste h.';
      expect(topic(wrapped, 'de')).toBe('Den Cursor bewegen');
      // A definition under a title is no continuation of it.
      expect(topic('Le chômage et le marché du travail en France\nécart de production = différence entre PIB effectif et potentiel', 'fr')).toBe('Le chômage et le marché du travail en France');
    });
  });
});

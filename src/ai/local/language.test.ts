import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

const paragraphs = {
  en: 'Photosynthesis converts light energy into chemical energy stored in glucose. The chloroplast contains the thylakoid membranes where the light reactions take place.',
  fr: "La photosynthèse convertit l'énergie lumineuse en énergie chimique stockée dans le glucose. Le chloroplaste contient les membranes des thylakoïdes, siège de la phase lumineuse.",
  de: 'Die Photosynthese wandelt Lichtenergie in chemische Energie um, die in Glucose gespeichert wird. Der Chloroplast enthält die Thylakoidmembranen, an denen die Lichtreaktionen ablaufen.',
  es: 'La fotosíntesis convierte la energía luminosa en energía química almacenada en la glucosa. El cloroplasto contiene las membranas de los tilacoides, donde ocurren las reacciones luminosas.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(paragraphs))('recognises %s', (language, text) => {
    const result = detectLanguage(text);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['Italian', "La fotosintesi converte l'energia luminosa in energia chimica immagazzinata nel glucosio. Il cloroplasto contiene le membrane dei tilacoidi, dove avvengono le reazioni alla luce."],
    ['Dutch', 'Fotosynthese zet lichtenergie om in chemische energie die wordt opgeslagen in glucose. De chloroplast bevat de thylakoïdmembranen waar de lichtreacties plaatsvinden.'],
    ['Portuguese', 'A fotossíntese converte a energia luminosa em energia química armazenada na glicose. O cloroplasto contém as membranas dos tilacoides, onde ocorrem as reações luminosas.'],
    ['Russian', 'Фотосинтез превращает энергию света в химическую энергию, запасённую в глюкозе. Хлоропласт содержит мембраны тилакоидов.'],
  ])('calls %s "other"', (_name, text) => {
    expect(detectLanguage(text).language).toBe('other');
  });

  it('gives up on empty or very short text', () => {
    expect(detectLanguage('')).toEqual({ language: 'other', confidence: 0 });
    expect(detectLanguage('Page 3')).toEqual({ language: 'other', confidence: 0 });
    expect(detectLanguage('x = 3y + 2, f(x) = 12.5 % 4, https://example.org/a?b=1')).toEqual({ language: 'other', confidence: 0 });
  });

  it('is not thrown off by formulas, numbers and links mixed into the prose', () => {
    const noisy = [
      'Let f(x) = 3x^2 + 2x - 1 and g(x) = e^{2x}. Compute f\'(x) and solve f(x) = 0 for x ∈ [0, 10].',
      'See https://example.edu/la/notes?id=12 and www.example.org/matrices for the 2024 results: 12.5%, 3.14, x_1 = 0.5.',
      'The eigenvalues of a symmetric matrix are real, and the eigenvectors can be chosen orthonormal.',
      'A = [[2, 1], [5, 3]], det(A) = 1, tr(A) = 5, λ1 + λ2 = 5, λ1·λ2 = 1, contact: prof@example.edu',
    ].join('\n');
    expect(detectLanguage(noisy).language).toBe('en');
    const german = `Berechnen Sie die Determinante der Matrix A = [[2, 1], [5, 3]] und bestimmen Sie Eigenwerte.\n${'x_1 = 0.5, x_2 = 1.5, ∑ a_i = 12; '.repeat(20)}\nDie Matrix ist genau dann invertierbar, wenn ihre Determinante ungleich null ist.`;
    expect(detectLanguage(german).language).toBe('de');
  });

  it('reads a long document past an English cover sheet', () => {
    // 60 KB: an English cover page, then German lecture text.
    const cover = 'Course pack - printed by the copy shop - all rights reserved - please recycle. '.repeat(5);
    const german = [
      paragraphs.de,
      'Enzyme senken die Aktivierungsenergie einer Reaktion, ohne dabei verbraucht zu werden.',
      'Die natürliche Selektion wirkt auf erbliche Variation innerhalb einer Population und verändert sie über viele Generationen.',
      'Aktiver Transport bewegt Ionen gegen ihr Konzentrationsgefälle und verbraucht dabei ATP.',
    ].join(' ');
    const result = detectLanguage(cover + `${german} `.repeat(120));
    expect(result.language).toBe('de');
    expect(result.confidence).toBeGreaterThan(0.6);
  });
});

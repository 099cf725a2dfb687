// Quick suggestions while a student types a course name: an emoji from the subject (cues in the
// four supported languages), a colour from a fixed palette, and a course code if the name has one.

export const COURSE_PALETTE = ['#6366f1', '#0ea5e9', '#10b981', '#f59e0b', '#ef4444', '#ec4899', '#8b5cf6', '#14b8a6', '#f97316', '#84cc16'] as const;

const SUBJECTS: Array<[RegExp, string]> = [
  [/comput|informati|programm|software|algorithm|algorit|data ?struct|datenstruktur|base de donn|database|datenbank/i, '💻'],
  [/calcul|analysis|analyse|análisis|mathemat|matemát|mathémat|algebra|algèbre|álgebra|geometr|statist|estadíst/i, '📐'],
  [/physi|física|physique/i, '🔭'],
  [/chemi|chimie|química|chem/i, '⚗️'],
  [/biolog|biología|genet|ecolog|écolog/i, '🧬'],
  [/medic|médec|medizin|anatom|nurs|pflege|enfermer|pharma/i, '🩺'],
  [/econom|économ|ökonom|volkswirt|betriebswirt|business|gestion|finan|account|comptab|contab|marketing/i, '📈'],
  [/law|droit|derecho|recht|jur/i, '⚖️'],
  [/histor|geschicht|histoire/i, '🏛️'],
  [/philosoph|filosof/i, '🤔'],
  [/psycholog|psicolog/i, '🧠'],
  [/literat|littérat|english|anglais|inglés|deutsch|allemand|alemán|français|french|spanish|espagnol|español|linguist|sprach|langue|lengua/i, '📚'],
  [/art|kunst|design|dessin|dibujo|music|musik|musique|música/i, '🎨'],
  [/engineer|ingénier|ingenier|mechan|mécan|mecán|electr|élec|elektr/i, '⚙️'],
  [/sociolog|politic|politi|polític|sozial|social/i, '🌍'],
];
const DEFAULT_EMOJI = '📘';

const CODE_RE = /\b([A-Z]{2,5}[ -]?\d{2,4}[A-Z]?)\b/;

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s.toLowerCase()) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

export function suggestCourseStyle(name: string): { color: string; emoji: string; code: string | null } {
  const emoji = SUBJECTS.find(([re]) => re.test(name))?.[1] ?? DEFAULT_EMOJI;
  const color = COURSE_PALETTE[hash(name.trim()) % COURSE_PALETTE.length]!;
  const code = CODE_RE.exec(name)?.[1]?.replace(' ', '') ?? null;
  return { color, emoji, code };
}

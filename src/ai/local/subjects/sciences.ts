// Subjects of mathematics, natural sciences and engineering: see types.ts.
// Names avoid words that, stemmed, also begin other subjects' titles ("analysis" alone would take
// "Data Analysis", "mechanics" alone "Quantum Mechanics"); the more specific phrase carries them.
import type { Subject } from './types';

export const scienceSubjects: Subject[] = [
  {
    key: 'calculus',
    names: {
      en: ['calculus', 'real analysis', 'mathematical analysis', 'differential calculus', 'integral calculus', 'multivariable calculus', 'vector calculus', 'advanced calculus'],
      de: ['differentialrechnung', 'integralrechnung', 'differential- und integralrechnung', 'reelle analysis', 'mathematische analysis', 'analysis einer veränderlichen', 'analysis mehrerer veränderlicher'],
      fr: ['analyse réelle', 'analyse mathématique', 'calcul différentiel', 'calcul intégral', 'calcul différentiel et intégral', 'fonctions de plusieurs variables'],
      es: ['cálculo diferencial', 'cálculo integral', 'cálculo infinitesimal', 'análisis matemático', 'análisis real', 'cálculo en varias variables', 'cálculo vectorial'],
    },
    terms: {
      en: ['derivative', 'integral', 'integrals', 'one-sided limit', 'continuity', 'continuous function', 'differentiable', 'antiderivative',
        'definite integral', 'indefinite integral', 'integration by parts', 'substitution rule', 'chain rule', 'product rule', 'quotient rule', 'mean value theorem',
        'taylor series', 'power series', 'convergence', 'divergent', 'infinite series', 'geometric series', 'epsilon', 'supremum', 'infimum', 'partial derivative',
        'gradient vector', 'double integral', 'triple integral', 'jacobian', 'hessian', 'directional derivative', 'lagrange multiplier', 'local extremum',
        'critical point', 'inflection point', 'improper integral', 'riemann sum', 'uniform convergence', 'radius of convergence', 'tangent line',
        'line integral', 'surface integral', 'divergence theorem', 'polar coordinates', 'monotone', 'second derivative'],
      de: ['ableitung', 'ableitungen', 'integral', 'integrale', 'grenzwert', 'stetigkeit', 'stetige funktion', 'differenzierbar', 'stammfunktion',
        'bestimmtes integral', 'unbestimmtes integral', 'partielle integration', 'substitutionsregel', 'kettenregel', 'produktregel', 'quotientenregel',
        'mittelwertsatz', 'taylorreihe', 'taylorpolynom', 'potenzreihe', 'konvergenz', 'konvergent', 'divergent', 'zahlenfolge', 'geometrische reihe', 'reihen',
        'supremum', 'infimum', 'partielle ableitung', 'gradientenvektor', 'doppelintegral', 'jacobi-matrix', 'hesse-matrix', 'richtungsableitung',
        'lagrange-multiplikator', 'extremum', 'kritischer punkt', 'wendepunkt', 'uneigentliches integral', 'riemann-summe', 'gleichmäßige konvergenz',
        'konvergenzradius', 'kurvenintegral', 'oberflächenintegral', 'polarkoordinaten', 'monoton', 'beschränkt', 'nullfolge', 'cauchy-folge'],
      fr: ['dérivée', 'dérivées', 'intégrale', 'intégrales', 'limite', 'continuité', 'fonction continue', 'dérivable', 'primitive', 'intégrale définie',
        'intégration par parties', 'changement de variable', 'dérivée composée', 'théorème des accroissements finis', 'développement limité',
        'série de taylor', 'série entière', 'convergence', 'convergente', 'divergente', 'suites numériques', 'série', 'séries', 'borne supérieure',
        'borne inférieure', 'dérivée partielle', 'vecteur gradient', 'intégrale double', 'intégrale triple', 'matrice jacobienne', 'matrice hessienne',
        'multiplicateur de lagrange', 'extremum', 'point critique', "point d'inflexion", 'intégrale impropre', 'somme de riemann',
        'convergence uniforme', 'rayon de convergence', 'équation de la tangente', 'intégrale curviligne', 'coordonnées polaires', 'monotone', 'bornée', 'suite de cauchy'],
      es: ['derivada', 'derivadas', 'integral', 'integrales', 'límite', 'límites', 'continuidad', 'función continua', 'derivable', 'primitiva',
        'integral definida', 'integral indefinida', 'integración por partes', 'cambio de variable', 'regla de la cadena', 'regla del producto',
        'regla del cociente', 'teorema del valor medio', 'serie de taylor', 'polinomio de taylor', 'serie de potencias', 'convergencia', 'convergente',
        'divergente', 'sucesión', 'sucesiones', 'serie geométrica', 'series', 'supremo', 'ínfimo', 'derivada parcial', 'vector gradiente', 'integral doble', 'integral triple',
        'jacobiano', 'hessiana', 'derivada direccional', 'multiplicadores de lagrange', 'extremo relativo', 'punto crítico', 'punto de inflexión',
        'integral impropia', 'suma de riemann', 'convergencia uniforme', 'radio de convergencia', 'recta tangente', 'integral de línea',
        'coordenadas polares', 'monótona', 'acotada', 'sucesión de cauchy'],
    },
    shared: ['l\'hôpital', 'riemann', 'cauchy', 'taylor', 'maclaurin', 'fubini', 'leibniz', 'stokes', 'bolzano', 'weierstrass'],
  },
];

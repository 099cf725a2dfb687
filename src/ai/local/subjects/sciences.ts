// Subjects of mathematics, natural sciences and engineering: see types.ts.
// Names avoid words that, stemmed, also begin other subjects' titles ("analysis" alone would take
// "Data Analysis", "mechanics" alone "Quantum Mechanics"); the more specific phrase carries them.
import type { Subject } from './types';

export const scienceSubjects: Subject[] = [
  {
    key: 'calculus',
    names: {
      en: [
        'calculus', 'real analysis', 'mathematical analysis', 'differential calculus', 'integral calculus', 'multivariable calculus',
        'vector calculus', 'advanced calculus',
      ],
      de: [
        'analysis i', 'analysis ii', 'analysis iii', 'analysis 1', 'analysis 2', 'analysis 3', 'differentialrechnung', 'integralrechnung',
        'differential- und integralrechnung', 'reelle analysis', 'mathematische analysis', 'analysis einer veränderlichen',
        'analysis mehrerer veränderlicher',
      ],
      fr: [
        'analyse 1', 'analyse 2', 'analyse 3', 'analyse i', 'analyse ii', 'analyse réelle', 'analyse mathématique', 'calcul différentiel',
        'calcul intégral', 'calcul différentiel et intégral', 'fonctions de plusieurs variables',
      ],
      es: [
        'cálculo', 'cálculo i', 'cálculo ii', 'cálculo diferencial', 'cálculo integral', 'cálculo infinitesimal', 'análisis matemático',
        'análisis real', 'cálculo en varias variables', 'cálculo vectorial',
      ],
    },
    terms: {
      en: [
        'derivative', 'integral', 'integrals', 'one-sided limit', 'continuity', 'continuous function', 'differentiable', 'antiderivative',
        'definite integral', 'indefinite integral', 'integration by parts', 'substitution rule', 'chain rule', 'product rule', 'quotient rule',
        'mean value theorem', 'taylor series', 'power series', 'convergence', 'divergent', 'infinite series', 'geometric series', 'epsilon',
        'supremum', 'infimum', 'partial derivative', 'gradient vector', 'double integral', 'triple integral', 'jacobian', 'hessian',
        'directional derivative', 'lagrange multiplier', 'local extremum', 'critical point', 'inflection point', 'improper integral', 'riemann sum',
        'uniform convergence', 'radius of convergence', 'tangent line', 'line integral', 'surface integral', 'divergence theorem',
        'polar coordinates', 'monotone', 'second derivative',
      ],
      de: [
        'ableitung', 'ableitungen', 'integral', 'integrale', 'grenzwert', 'stetigkeit', 'stetige funktion', 'differenzierbar', 'stammfunktion',
        'partielle integration', 'substitutionsregel', 'kettenregel', 'produktregel', 'quotientenregel', 'mittelwertsatz', 'taylorreihe',
        'taylorpolynom', 'potenzreihe', 'konvergenz', 'konvergent', 'divergent', 'zahlenfolge', 'supremum', 'infimum', 'partielle ableitung',
        'gradientenvektor', 'doppelintegral', 'jacobi-matrix', 'hesse-matrix', 'richtungsableitung', 'lagrange-multiplikator', 'extremum',
        'kritischer punkt', 'wendepunkt', 'uneigentliches integral', 'gleichmäßige konvergenz', 'konvergenzradius', 'kurvenintegral',
        'oberflächenintegral', 'polarkoordinaten', 'monoton', 'beschränkt', 'nullfolge',
      ],
      fr: [
        'dérivée', 'dérivées', 'intégrale', 'intégrales', 'limite à droite', 'continuité', 'fonction continue', 'dérivable', 'primitive',
        'intégration par parties', 'changement de variable', 'théorème des accroissements finis', 'développement limité', 'série de taylor',
        'convergence', 'convergente', 'divergente', 'série', 'séries', 'dérivée partielle', 'vecteur gradient', 'intégrale double',
        'intégrale triple', 'matrice jacobienne', 'matrice hessienne', 'multiplicateur de lagrange', 'extremum', 'point critique',
        "point d'inflexion", 'intégrale impropre', 'somme de riemann', 'convergence uniforme', 'rayon de convergence', 'équation de la tangente',
        'intégrale curviligne', 'coordonnées polaires', 'monotone', 'suite de cauchy',
      ],
      es: [
        'derivada', 'derivadas', 'integral', 'integrales', 'límite lateral', 'continuidad', 'función continua', 'derivable', 'primitiva',
        'integral indefinida', 'integración por partes', 'cambio de variable', 'regla de la cadena', 'regla del producto', 'regla del cociente',
        'teorema del valor medio', 'serie de taylor', 'polinomio de taylor', 'serie de potencias', 'convergencia', 'convergente', 'divergente',
        'sucesión', 'sucesiones', 'serie geométrica', 'series', 'supremo', 'ínfimo', 'derivada parcial', 'vector gradiente', 'integral doble',
        'integral triple', 'jacobiano', 'hessiana', 'derivada direccional', 'multiplicadores de lagrange', 'extremo relativo', 'punto crítico',
        'punto de inflexión', 'integral impropia', 'suma de riemann', 'convergencia uniforme', 'radio de convergencia', 'recta tangente',
        'integral de línea', 'coordenadas polares', 'monótona', 'acotada', 'sucesión de cauchy',
      ],
    },
    shared: [
      "l'hôpital", 'riemann', 'cauchy', 'taylor', 'maclaurin', 'fubini', 'leibniz', 'stokes', 'bolzano', 'weierstrass',
    ],
  },
  {
    key: 'linear-algebra',
    names: {
      en: [
        'linear algebra', 'matrix theory', 'matrix algebra', 'matrix analysis',
      ],
      de: [
        'lineare algebra', 'matrizenrechnung', 'matrizentheorie',
      ],
      fr: [
        'algèbre linéaire', 'calcul matriciel', 'algèbre matricielle',
      ],
      es: [
        'álgebra lineal', 'álgebra matricial', 'cálculo matricial',
      ],
    },
    terms: {
      en: [
        'matrix', 'matrices', 'vector space', 'vector spaces', 'subspace', 'linear map', 'linear transformation', 'change of basis',
        'linear independence', 'linearly independent', 'span', 'eigenvalue', 'eigenvalues', 'eigenvector', 'eigenvectors', 'determinant',
        'inverse matrix', 'rank of a matrix', 'row echelon form', 'gaussian elimination', 'system of linear equations', 'augmented matrix',
        'identity matrix', 'transpose', 'symmetric matrix', 'orthogonal matrix', 'orthonormal basis', 'inner product', 'dot product',
        'orthogonal projection', 'diagonalization', 'diagonalizable', 'characteristic polynomial', 'singular value decomposition',
        'lu decomposition', 'qr decomposition', 'positive definite', 'linear combination', 'homogeneous system', 'jordan normal form',
        'bilinear form', 'quadratic form', 'invertible', 'rank-nullity theorem', 'eigenspace', 'spectral theorem', 'hermitian', 'endomorphism',
        'echelon form',
      ],
      de: [
        'matrix', 'matrizen', 'vektorraum', 'vektorräume', 'untervektorraum', 'lineare abbildung', 'basiswechsel', 'lineare unabhängigkeit',
        'linear unabhängig', 'erzeugendensystem', 'lineare hülle', 'eigenwert', 'eigenwerte', 'eigenvektor', 'eigenvektoren', 'determinante',
        'inverse matrix', 'rang einer matrix', 'gauß-algorithmus', 'lineares gleichungssystem', 'lineare gleichungssysteme', 'koeffizientenmatrix',
        'einheitsmatrix', 'transponierte', 'symmetrische matrix', 'orthogonale matrix', 'orthonormalbasis', 'skalarprodukt', 'kreuzprodukt',
        'orthogonalprojektion', 'diagonalisierung', 'diagonalisierbar', 'charakteristisches polynom', 'singulärwertzerlegung', 'lr-zerlegung',
        'qr-zerlegung', 'positiv definit', 'linearkombination', 'homogenes gleichungssystem', 'jordansche normalform', 'jordan-normalform',
        'bilinearform', 'zeilenstufenform', 'invertierbar', 'dimensionsformel', 'eigenraum', 'spektralsatz', 'hermitesch', 'endomorphismus',
        'zeilenumformungen',
      ],
      fr: [
        'matrice', 'matrices', 'espace vectoriel', 'espaces vectoriels', 'sous-espace vectoriel', 'application linéaire', 'changement de base',
        'famille libre', 'famille génératrice', 'indépendance linéaire', 'valeur propre', 'valeurs propres', 'vecteur propre', 'vecteurs propres',
        'déterminant', 'matrice inverse', "rang d'une matrice", 'noyau et image', 'pivot de gauss', 'élimination de gauss', 'système linéaire',
        "systèmes d'équations linéaires", 'matrice augmentée', 'matrice identité', 'transposée', 'matrice symétrique', 'matrice orthogonale',
        'base orthonormée', 'produit scalaire', 'produit vectoriel', 'projection orthogonale', 'diagonalisation', 'diagonalisable',
        'polynôme caractéristique', 'décomposition en valeurs singulières', 'décomposition lu', 'décomposition qr', 'combinaison linéaire',
        'système homogène', 'réduction de jordan', 'forme bilinéaire', 'forme quadratique', 'matrice échelonnée', 'inversible', 'théorème du rang',
        'sous-espace propre', 'théorème spectral', 'hermitienne', 'endomorphisme',
      ],
      es: [
        'matriz', 'matrices', 'espacio vectorial', 'espacios vectoriales', 'subespacio vectorial', 'aplicación lineal', 'transformación lineal',
        'cambio de base', 'independencia lineal', 'linealmente independiente', 'sistema generador', 'autovalor', 'autovalores', 'autovector',
        'autovectores', 'determinante', 'matriz inversa', 'rango de una matriz', 'núcleo e imagen', 'eliminación gaussiana', 'método de gauss',
        'sistema de ecuaciones lineales', 'matriz identidad', 'traspuesta', 'matriz simétrica', 'matriz ortogonal', 'base ortonormal',
        'producto escalar', 'producto vectorial', 'proyección ortogonal', 'diagonalización', 'diagonalizable', 'polinomio característico',
        'descomposición en valores singulares', 'descomposición lu', 'factorización qr', 'combinación lineal', 'sistema homogéneo',
        'forma canónica de jordan', 'forma bilineal', 'forma cuadrática', 'forma escalonada', 'invertible', 'teorema del rango', 'teorema espectral',
        'hermítica', 'endomorfismo',
      ],
    },
    shared: [
      'gram-schmidt', 'gauss-jordan', 'cramer', 'cayley-hamilton', 'lapack', 'rⁿ',
    ],
  },
  {
    key: 'discrete-mathematics',
    names: {
      en: [
        'discrete mathematics', 'discrete math', 'discrete maths', 'discrete structures', 'combinatorics', 'graph theory', 'mathematical logic',
      ],
      de: [
        'diskrete mathematik', 'diskrete strukturen', 'kombinatorik', 'graphentheorie', 'mathematische logik',
      ],
      fr: [
        'mathématiques discrètes', 'structures discrètes', 'combinatoire', 'théorie des graphes', 'logique mathématique',
      ],
      es: [
        'matemática discreta', 'matemáticas discretas', 'estructuras discretas', 'combinatoria', 'teoría de grafos', 'lógica matemática',
      ],
    },
    terms: {
      en: [
        'set theory', 'propositional logic', 'predicate logic', 'truth table', 'tautology', 'quantifier', 'quantifiers', 'mathematical induction',
        'proof by induction', 'proof by contradiction', 'pigeonhole principle', 'permutations', 'combinations', 'binomial coefficient',
        'inclusion-exclusion', 'recurrence relation', 'generating function', 'vertices', 'adjacency matrix', 'spanning tree', 'eulerian path',
        'euler circuit', 'hamiltonian cycle', 'planar graph', 'graph coloring', 'bipartite graph', 'equivalence relation', 'equivalence class',
        'partial order', 'poset', 'bijection', 'injective', 'surjective', 'cardinality', 'countable', 'modular arithmetic', 'congruence',
        'greatest common divisor', 'prime factorization', 'euclidean algorithm', 'boolean algebra', 'power set', 'cartesian product',
        'binomial theorem', 'directed graph', 'graph isomorphism', 'catalan numbers', 'divisibility', 'hasse diagram',
      ],
      de: [
        'mengenlehre', 'aussagenlogik', 'prädikatenlogik', 'wahrheitstabelle', 'wahrheitstafel', 'tautologie', 'quantor', 'quantoren',
        'vollständige induktion', 'induktionsanfang', 'induktionsschritt', 'widerspruchsbeweis', 'schubfachprinzip', 'permutationen',
        'binomialkoeffizient', 'siebformel', 'inklusion-exklusion', 'rekursionsgleichung', 'erzeugende funktion', 'adjazenzmatrix', 'spannbaum',
        'eulerkreis', 'eulerweg', 'hamiltonkreis', 'planarer graph', 'graphfärbung', 'bipartiter graph', 'äquivalenzrelation', 'äquivalenzklasse',
        'halbordnung', 'bijektion', 'injektiv', 'surjektiv', 'mächtigkeit', 'abzählbar', 'modulare arithmetik', 'kongruenz',
        'größter gemeinsamer teiler', 'primfaktorzerlegung', 'euklidischer algorithmus', 'boolesche algebra', 'potenzmenge', 'kartesisches produkt',
        'binomischer lehrsatz', 'teilbarkeit', 'hasse-diagramm', 'schubfach', 'ungerichteter graph',
      ],
      fr: [
        'théorie des ensembles', 'logique propositionnelle', 'logique des prédicats', 'table de vérité', 'tautologie', 'quantificateur',
        'quantificateurs', 'raisonnement par récurrence', "raisonnement par l'absurde", 'principe des tiroirs', 'permutations', 'arrangements',
        'coefficient binomial', 'inclusion-exclusion', 'relation de récurrence', 'fonction génératrice', 'sommets', 'arêtes', "matrice d'adjacence",
        'arbre couvrant', 'chaîne eulérienne', 'cycle eulérien', 'cycle hamiltonien', 'graphe planaire', 'coloration de graphe', 'graphe biparti',
        "relation d'équivalence", "classe d'équivalence", "relation d'ordre", 'ordre partiel', 'bijection', 'injective', 'surjective', 'cardinal',
        'dénombrable', 'dénombrement', 'arithmétique modulaire', 'congruence', 'plus grand commun diviseur', 'pgcd',
        'décomposition en facteurs premiers', "algorithme d'euclide", 'algèbre de boole', 'ensemble des parties', 'produit cartésien',
        'formule du binôme', 'divisibilité', 'diagramme de hasse',
      ],
      es: [
        'teoría de conjuntos', 'lógica proposicional', 'lógica de predicados', 'tabla de verdad', 'tautología', 'cuantificador', 'cuantificadores',
        'inducción matemática', 'demostración por inducción', 'reducción al absurdo', 'principio del palomar', 'permutaciones', 'combinaciones',
        'variaciones', 'coeficiente binomial', 'inclusión-exclusión', 'relación de recurrencia', 'función generatriz', 'vértices', 'aristas',
        'matriz de adyacencia', 'árbol generador', 'camino euleriano', 'circuito euleriano', 'ciclo hamiltoniano', 'grafo plano',
        'coloración de grafos', 'grafo bipartito', 'relación de equivalencia', 'clase de equivalencia', 'orden parcial', 'biyección', 'inyectiva',
        'sobreyectiva', 'cardinalidad', 'numerable', 'aritmética modular', 'congruencia', 'máximo común divisor', 'mcd', 'factorización en primos',
        'algoritmo de euclides', 'álgebra de boole', 'conjunto potencia', 'producto cartesiano', 'binomio de newton', 'divisibilidad',
        'diagrama de hasse',
      ],
    },
    shared: [
      'fibonacci', 'de morgan', 'ramsey', 'kuratowski', 'stirling', 'hasse', 'königsberg',
    ],
  },
  {
    key: 'probability',
    names: {
      en: [
        'probability', 'probability theory', 'stochastic processes', 'stochastic calculus',
      ],
      de: [
        'wahrscheinlichkeitstheorie', 'wahrscheinlichkeitsrechnung', 'stochastik', 'stochastische prozesse',
      ],
      fr: [
        'probabilités', 'théorie des probabilités', 'calcul des probabilités', 'processus stochastiques',
      ],
      es: [
        'probabilidad', 'probabilidades', 'teoría de la probabilidad', 'cálculo de probabilidades', 'procesos estocásticos',
      ],
    },
    terms: {
      en: [
        'random variable', 'random variables', 'probability distribution', 'probability density', 'density function',
        'cumulative distribution function', 'expected value', 'expectation', 'variance', 'conditional probability', 'bayes theorem', 'sample space',
        'binomial distribution', 'poisson distribution', 'geometric distribution', 'exponential distribution', 'normal distribution',
        'uniform distribution', 'joint distribution', 'marginal distribution', 'covariance', 'moment generating function', 'characteristic function',
        'law of large numbers', 'central limit theorem', 'markov chain', 'markov chains', 'transition matrix', 'stationary distribution',
        'martingale', 'brownian motion', 'poisson process', 'sigma-algebra', 'probability measure', 'convergence in distribution',
        'chebyshev inequality', 'law of total probability', 'coin toss', 'dice', 'urn', 'random walk', 'memoryless', 'bernoulli trial',
        'random experiment', 'i.i.d.', 'probability mass function',
      ],
      de: [
        'zufallsvariable', 'zufallsvariablen', 'zufallsgröße', 'wahrscheinlichkeitsverteilung', 'wahrscheinlichkeitsdichte', 'dichtefunktion',
        'verteilungsfunktion', 'erwartungswert', 'varianz', 'bedingte wahrscheinlichkeit', 'satz von bayes', 'stochastisch unabhängig',
        'ergebnisraum', 'elementarereignis', 'binomialverteilung', 'poisson-verteilung', 'geometrische verteilung', 'exponentialverteilung',
        'normalverteilung', 'gleichverteilung', 'gemeinsame verteilung', 'randverteilung', 'kovarianz', 'momenterzeugende funktion',
        'charakteristische funktion', 'gesetz der großen zahlen', 'zentraler grenzwertsatz', 'markow-kette', 'markov-kette', 'übergangsmatrix',
        'stationäre verteilung', 'martingal', 'brownsche bewegung', 'poisson-prozess', 'sigma-algebra', 'wahrscheinlichkeitsmaß',
        'wahrscheinlichkeitsraum', 'verteilungskonvergenz', 'tschebyscheff-ungleichung', 'münzwurf', 'würfel', 'urnenmodell', 'irrfahrt',
        'gedächtnislosigkeit', 'bernoulli-experiment', 'laplace-experiment', 'zufallsexperiment',
      ],
      fr: [
        'variable aléatoire', 'variables aléatoires', 'loi de probabilité', 'densité de probabilité', 'fonction de répartition', 'espérance',
        'variance', 'probabilité conditionnelle', 'formule de bayes', 'espace probabilisé', 'loi binomiale', 'loi de poisson', 'loi géométrique',
        'loi exponentielle', 'loi normale', 'loi uniforme', 'loi conjointe', 'loi marginale', 'covariance', 'fonction génératrice des moments',
        'fonction caractéristique', 'loi des grands nombres', 'théorème central limite', 'chaîne de markov', 'chaînes de markov',
        'matrice de transition', 'loi stationnaire', 'martingale', 'mouvement brownien', 'processus de poisson', 'tribu', 'convergence en loi',
        'inégalité de bienaymé-tchebychev', 'formule des probabilités totales', 'urne', 'marche aléatoire', 'sans mémoire', 'épreuve de bernoulli',
        'expérience aléatoire', 'loi discrète', 'variable aléatoire discrète', 'variable aléatoire continue',
      ],
      es: [
        'variable aleatoria', 'variables aleatorias', 'distribución de probabilidad', 'función de densidad', 'función de distribución',
        'valor esperado', 'varianza', 'probabilidad condicionada', 'probabilidad condicional', 'teorema de bayes', 'sucesos independientes',
        'espacio muestral', 'suceso', 'sucesos', 'distribución binomial', 'distribución de poisson', 'distribución geométrica',
        'distribución exponencial', 'distribución normal', 'distribución uniforme', 'distribución conjunta', 'distribución marginal', 'covarianza',
        'función generadora de momentos', 'función característica', 'ley de los grandes números', 'teorema central del límite', 'cadena de markov',
        'cadenas de markov', 'matriz de transición', 'distribución estacionaria', 'martingala', 'movimiento browniano', 'proceso de poisson',
        'sigma-álgebra', 'convergencia en distribución', 'desigualdad de chebyshev', 'teorema de la probabilidad total', 'urna',
        'ensayo de bernoulli', 'experimento aleatorio',
      ],
    },
    shared: [
      'bayes', 'bernoulli', 'poisson', 'markov', 'kolmogorov', 'chebyshev', 'laplace', 'gauss',
    ],
  },
  {
    key: 'statistics',
    names: {
      en: [
        'statistics', 'statistical inference', 'applied statistics', 'biostatistics', 'mathematical statistics', 'regression analysis',
        'statistical methods',
      ],
      de: [
        'statistik', 'statistische methoden', 'biostatistik', 'mathematische statistik', 'induktive statistik', 'deskriptive statistik',
        'regressionsanalyse',
      ],
      fr: [
        'statistique', 'statistiques', 'statistique inférentielle', 'statistique descriptive', 'biostatistique', 'statistique mathématique',
      ],
      es: [
        'estadística', 'estadística descriptiva', 'estadística inferencial', 'bioestadística', 'estadística matemática', 'análisis de regresión',
      ],
    },
    terms: {
      en: [
        'sample mean', 'sample size', 'population mean', 'confidence interval', 'hypothesis test', 'hypothesis testing', 'null hypothesis',
        'alternative hypothesis', 'p-value', 'significance level', 'type ii error', 't-test', 'chi-square test', 'analysis of variance',
        'linear regression', 'regression coefficient', 'least squares', 'residuals', 'correlation coefficient', 'scatter plot', 'box plot', 'median',
        'quartile', 'outlier', 'outliers', 'standard error', 'estimator', 'unbiased estimator', 'maximum likelihood', 'likelihood function',
        'sampling distribution', 'frequency table', 'statistical significance', 'test statistic', 'critical value', 'power of a test',
        'nonparametric', 'contingency table', 'random sample', 'stratified sampling', 'mean squared error', 'coefficient of determination',
        'multiple regression', 'logistic regression', 'standard deviation', 'arithmetic mean', 'sample variance', 'statistically significant',
        'relative frequency',
      ],
      de: [
        'stichprobe', 'stichproben', 'stichprobenumfang', 'stichprobenmittel', 'grundgesamtheit', 'konfidenzintervall', 'hypothesentest',
        'nullhypothese', 'alternativhypothese', 'p-wert', 'signifikanzniveau', 't-test', 'chi-quadrat-test', 'varianzanalyse', 'lineare regression',
        'regressionskoeffizient', 'methode der kleinsten quadrate', 'residuen', 'korrelationskoeffizient', 'streudiagramm', 'boxplot', 'median',
        'quartil', 'interquartilsabstand', 'ausreißer', 'standardfehler', 'schätzer', 'erwartungstreu', 'maximum-likelihood-schätzer',
        'likelihood-funktion', 'freiheitsgrade', 'stichprobenverteilung', 'häufigkeitstabelle', 'häufigkeitsverteilung', 'statistische signifikanz',
        'teststatistik', 'prüfgröße', 'kritischer wert', 'güte eines tests', 'nichtparametrisch', 'kontingenztafel', 'zufallsstichprobe',
        'geschichtete stichprobe', 'bestimmtheitsmaß', 'multiple regression', 'logistische regression', 'standardabweichung',
        'arithmetisches mittel', 'empirische varianz', 'signifikant',
      ],
      fr: [
        'échantillon', 'échantillons', "taille de l'échantillon", 'moyenne empirique', 'intervalle de confiance', "test d'hypothèse",
        "tests d'hypothèses", 'hypothèse alternative', 'p-valeur', 'seuil de signification', 'niveau de signification', 'test du khi-deux',
        'analyse de variance', 'régression linéaire', 'coefficient de régression', 'moindres carrés', 'résidus', 'coefficient de corrélation',
        'nuage de points', 'boîte à moustaches', 'médiane', 'quartile', 'écart interquartile', 'valeur aberrante', 'erreur type', 'estimateur',
        'estimateur sans biais', 'maximum de vraisemblance', 'fonction de vraisemblance', "distribution d'échantillonnage", 'tableau de contingence',
        'statistique de test', 'valeur critique', 'puissance du test', 'non paramétrique', 'échantillonnage aléatoire', 'échantillonnage stratifié',
        'erreur quadratique moyenne', 'coefficient de détermination', 'régression multiple', 'régression logistique', 'écart type', 'écart-type',
        'moyenne arithmétique', 'variance empirique', 'significatif', 'significativement', 'fréquence relative',
      ],
      es: [
        'muestra', 'muestras', 'tamaño de muestra', 'tamaño muestral', 'media muestral', 'intervalo de confianza', 'contraste de hipótesis',
        'prueba de hipótesis', 'hipótesis alternativa', 'p-valor', 'valor p', 'nivel de significación', 'prueba de chi cuadrado',
        'análisis de varianza', 'regresión lineal', 'coeficiente de regresión', 'mínimos cuadrados', 'residuos', 'coeficiente de correlación',
        'diagrama de dispersión', 'diagrama de caja', 'mediana', 'cuartil', 'rango intercuartílico', 'valor atípico', 'valores atípicos',
        'error estándar', 'estimador', 'estimador insesgado', 'máxima verosimilitud', 'función de verosimilitud', 'distribución muestral',
        'tabla de frecuencias', 'frecuencia absoluta', 'frecuencia relativa', 'significación estadística', 'estadístico de prueba',
        'estadístico de contraste', 'valor crítico', 'potencia de la prueba', 'no paramétrica', 'tabla de contingencia', 'muestreo aleatorio',
        'muestreo estratificado', 'error cuadrático medio', 'coeficiente de determinación', 'regresión múltiple', 'regresión logística',
        'desviación típica', 'desviación estándar', 'media aritmética', 'varianza muestral', 'estadísticamente significativo',
      ],
    },
    shared: [
      'anova', 'iqr', 'spss', 'stata', 'minitab', 'rstudio', 'cran', 'pearson', 'spearman', 'wilcoxon', 'mann-whitney', 'kruskal-wallis',
    ],
  },
  {
    key: 'numerical-analysis',
    names: {
      en: [
        'numerical analysis', 'numerical methods', 'numerical mathematics', 'scientific computing', 'computational mathematics',
        'numerical linear algebra',
      ],
      de: [
        'numerik', 'numerische mathematik', 'numerische methoden', 'numerische verfahren', 'wissenschaftliches rechnen',
        'numerische lineare algebra',
      ],
      fr: [
        'analyse numérique', 'méthodes numériques', 'calcul scientifique', 'calcul numérique', 'algèbre linéaire numérique',
      ],
      es: [
        'análisis numérico', 'métodos numéricos', 'cálculo numérico', 'computación científica', 'álgebra lineal numérica',
      ],
    },
    terms: {
      en: [
        'floating point', 'floating-point arithmetic', 'rounding error', 'truncation error', 'machine epsilon', 'condition number',
        'ill-conditioned', 'numerical stability', 'bisection method', "newton's method", 'fixed-point iteration', 'secant method',
        'rate of convergence', 'order of convergence', 'quadratic convergence', 'polynomial interpolation', 'lagrange interpolation', 'cubic spline',
        'chebyshev nodes', 'numerical integration', 'quadrature', 'trapezoidal rule', "simpson's rule", 'gaussian quadrature',
        'numerical differentiation', 'finite differences', 'finite difference method', 'lu decomposition', 'cholesky decomposition', 'jacobi method',
        'gauss-seidel method', 'iterative method', 'conjugate gradient', 'power iteration', 'euler method', 'step size', 'stiff equations',
        'discretization', 'discretization error', 'error estimate', 'relative error', 'absolute error', 'finite element method', 'sparse matrix',
        'partial pivoting', 'back substitution', 'richardson extrapolation', 'convergence order', 'approximation error',
      ],
      de: [
        'gleitkommazahl', 'gleitkommazahlen', 'gleitkommaarithmetik', 'rundungsfehler', 'abbruchfehler', 'maschinengenauigkeit', 'konditionszahl',
        'schlecht konditioniert', 'numerische stabilität', 'bisektionsverfahren', 'intervallhalbierung', 'newton-verfahren', 'fixpunktiteration',
        'sekantenverfahren', 'konvergenzordnung', 'quadratische konvergenz', 'polynominterpolation', 'lagrange-interpolation', 'kubischer spline',
        'tschebyscheff-knoten', 'numerische integration', 'quadraturformel', 'trapezregel', 'simpsonregel', 'gauß-quadratur',
        'numerische differentiation', 'finite differenzen', 'differenzenverfahren', 'lr-zerlegung', 'cholesky-zerlegung', 'jacobi-verfahren',
        'gauß-seidel-verfahren', 'iterationsverfahren', 'cg-verfahren', 'potenzmethode', 'ausgleichsrechnung', 'ausgleichsproblem',
        'euler-verfahren', 'runge-kutta-verfahren', 'schrittweite', 'steife differentialgleichungen', 'diskretisierung', 'diskretisierungsfehler',
        'fehlerabschätzung', 'absoluter fehler', 'finite-elemente-methode', 'dünnbesetzte matrix', 'pivotsuche', 'rückwärtseinsetzen',
        'richardson-extrapolation', 'approximationsfehler',
      ],
      fr: [
        'virgule flottante', 'nombres flottants', "erreur d'arrondi", 'erreur de troncature', 'epsilon machine', 'conditionnement',
        'stabilité numérique', 'méthode de dichotomie', 'méthode de newton', 'itération de point fixe', 'méthode de la sécante',
        'ordre de convergence', 'convergence quadratique', 'interpolation polynomiale', 'interpolation de lagrange', 'spline cubique',
        'points de tchebychev', 'intégration numérique', 'formule de quadrature', 'méthode des trapèzes', 'méthode de simpson',
        'quadrature de gauss', 'dérivation numérique', 'différences finies', 'méthode des différences finies', 'décomposition lu',
        'factorisation lu', 'factorisation de cholesky', 'méthode de jacobi', 'méthode de gauss-seidel', 'méthode itérative', 'gradient conjugué',
        'méthode de la puissance', 'moindres carrés', "méthode d'euler", 'pas de temps', 'pas de discrétisation', 'équations raides',
        'discrétisation', 'erreur de discrétisation', "estimation d'erreur", 'erreur relative', 'erreur absolue', 'méthode des éléments finis',
        'matrice creuse', 'pivot partiel', 'extrapolation de richardson', 'schéma de horner', "erreur d'approximation",
      ],
      es: [
        'punto flotante', 'coma flotante', 'error de redondeo', 'error de truncamiento', 'épsilon de máquina', 'número de condición',
        'estabilidad numérica', 'método de bisección', 'método de newton', 'método de newton-raphson', 'iteración de punto fijo',
        'método de la secante', 'orden de convergencia', 'convergencia cuadrática', 'interpolación polinómica', 'interpolación de lagrange',
        'spline cúbico', 'trazadores cúbicos', 'nodos de chebyshev', 'integración numérica', 'cuadratura', 'regla del trapecio', 'regla de simpson',
        'cuadratura gaussiana', 'derivación numérica', 'diferencias finitas', 'método de diferencias finitas', 'descomposición lu',
        'factorización de cholesky', 'método de jacobi', 'método de gauss-seidel', 'método iterativo', 'gradiente conjugado',
        'método de la potencia', 'ajuste por mínimos cuadrados', 'método de euler', 'tamaño de paso', 'ecuaciones rígidas', 'discretización',
        'error de discretización', 'cota de error', 'error relativo', 'error absoluto', 'método de elementos finitos', 'matriz dispersa',
        'pivoteo parcial', 'sustitución regresiva', 'extrapolación de richardson', 'esquema de horner', 'error de aproximación',
      ],
    },
    shared: [
      'matlab', 'octave', 'gnu octave', 'horner', 'scilab', 'numpy', 'scipy', 'lapack', 'blas', 'ieee 754', 'fortran', 'runge-kutta',
      'newton-raphson', 'gauss-seidel',
    ],
  },
  {
    key: 'differential-equations',
    names: {
      en: [
        'differential equations', 'ordinary differential equations', 'partial differential equations', 'dynamical systems', 'pdes',
      ],
      de: [
        'differentialgleichungen', 'differenzialgleichungen', 'gewöhnliche differentialgleichungen', 'partielle differentialgleichungen',
        'dynamische systeme',
      ],
      fr: [
        'équations différentielles', 'équations aux dérivées partielles', 'systèmes dynamiques', 'équations différentielles ordinaires',
      ],
      es: [
        'ecuaciones diferenciales', 'ecuaciones diferenciales ordinarias', 'ecuaciones en derivadas parciales', 'sistemas dinámicos',
      ],
    },
    terms: {
      en: [
        'differential equation', 'initial value problem', 'boundary value problem', 'boundary conditions', 'first-order equation',
        'second-order equation', 'separable equation', 'separation of variables', 'integrating factor', 'linear differential equation',
        'homogeneous equation', 'general solution', 'characteristic equation', 'undetermined coefficients', 'laplace transform',
        'lipschitz condition', 'phase portrait', 'phase plane', 'equilibrium point', 'lyapunov function', 'fundamental matrix', 'wronskian',
        'bernoulli equation', 'heat equation', 'wave equation', 'laplace equation', 'fourier series', "green's function", 'bifurcation',
        'limit cycle', 'autonomous system', 'damped oscillator', 'forced oscillation', 'slope field', 'direction field', 'power series solution',
        'frobenius method', 'logistic equation', 'predator-prey', 'linearization', 'method of characteristics', 'dirichlet boundary condition',
        'neumann boundary condition', 'ode', 'pde', 'eigenvalue method',
      ],
      de: [
        'differentialgleichung', 'dgl', 'anfangswertproblem', 'randwertproblem', 'anfangsbedingung', 'randbedingungen', 'erster ordnung',
        'zweiter ordnung', 'separierbare differentialgleichung', 'lineare differentialgleichung', 'homogene differentialgleichung',
        'partikuläre lösung', 'allgemeine lösung', 'charakteristische gleichung', 'laplace-transformation', 'lipschitz-stetig', 'phasenporträt',
        'phasenebene', 'gleichgewichtspunkt', 'ruhelage', 'lyapunov-funktion', 'fundamentalsystem', 'fundamentalmatrix', 'wronski-determinante',
        'bernoulli-differentialgleichung', 'wärmeleitungsgleichung', 'wellengleichung', 'laplace-gleichung', 'potentialgleichung', 'fourierreihe',
        'greensche funktion', 'bifurkation', 'grenzzyklus', 'autonomes system', 'gedämpfte schwingung', 'erzwungene schwingung', 'richtungsfeld',
        'potenzreihenansatz', 'logistische gleichung', 'räuber-beute-modell', 'linearisierung', 'charakteristikenmethode', 'dirichlet-randbedingung',
        'neumann-randbedingung',
      ],
      fr: [
        'équation différentielle', 'problème de cauchy', 'condition initiale', 'problème aux limites', 'conditions aux limites', 'premier ordre',
        'second ordre', 'variables séparables', 'séparation des variables', 'facteur intégrant', 'équation différentielle linéaire',
        'équation homogène', 'solution générale', 'équation caractéristique', 'transformée de laplace', 'condition de lipschitz',
        'portrait de phase', 'plan de phase', "point d'équilibre", 'fonction de lyapunov', 'système fondamental', 'wronskien',
        'équation de bernoulli', 'équation de la chaleur', 'équation des ondes', 'équation de laplace', 'série de fourier', 'fonction de green',
        'bifurcation', 'cycle limite', 'système autonome', 'oscillateur amorti', 'champ de directions', 'solution développable en série entière',
        'équation logistique', 'modèle proie-prédateur', 'linéarisation', 'méthode des caractéristiques', 'condition de dirichlet',
        'condition de neumann', 'edo', 'edp',
      ],
      es: [
        'ecuación diferencial', 'problema de valor inicial', 'condición inicial', 'problema de contorno', 'condiciones de frontera',
        'condiciones de contorno', 'primer orden', 'segundo orden', 'variables separables', 'separación de variables', 'factor integrante',
        'ecuación diferencial lineal', 'ecuación homogénea', 'solución general', 'ecuación característica', 'coeficientes indeterminados',
        'transformada de laplace', 'condición de lipschitz', 'retrato de fase', 'plano de fase', 'punto de equilibrio', 'función de lyapunov',
        'sistema fundamental', 'wronskiano', 'ecuación de bernoulli', 'ecuación del calor', 'ecuación de onda', 'ecuación de laplace',
        'serie de fourier', 'función de green', 'bifurcación', 'ciclo límite', 'sistema autónomo', 'oscilador amortiguado', 'campo de direcciones',
        'solución en series de potencias', 'método de frobenius', 'ecuación logística', 'modelo depredador-presa', 'linealización',
        'método de las características', 'condición de dirichlet', 'condición de neumann', 'edo', 'edp',
      ],
    },
    shared: [
      'picard-lindelöf', 'lyapunov', 'sturm-liouville', 'wronski', 'lotka-volterra', 'laplace', 'fourier', 'dirichlet', 'neumann',
      'cauchy-lipschitz',
    ],
  },
  {
    key: 'abstract-algebra',
    names: {
      en: [
        'abstract algebra', 'algebraic structures', 'group theory', 'ring theory', 'galois theory', 'modern algebra',
      ],
      de: [
        'abstrakte algebra', 'algebraische strukturen', 'gruppentheorie', 'ringtheorie', 'körpertheorie', 'galoistheorie',
      ],
      fr: [
        'algèbre abstraite', 'structures algébriques', 'théorie des groupes', 'théorie des anneaux', 'théorie de galois', 'algèbre générale',
      ],
      es: [
        'álgebra abstracta', 'estructuras algebraicas', 'teoría de grupos', 'teoría de anillos', 'teoría de galois', 'álgebra moderna',
      ],
    },
    terms: {
      en: [
        'subgroup', 'subgroups', 'normal subgroup', 'quotient group', 'cyclic group', 'abelian group', 'symmetric group', 'permutation group',
        'group homomorphism', 'homomorphism', 'isomorphism theorem', 'first isomorphism theorem', 'coset', 'cosets', "lagrange's theorem",
        'order of an element', 'group action', 'orbit-stabilizer theorem', 'stabilizer', 'sylow theorems', 'commutative ring', 'integral domain',
        'prime ideal', 'maximal ideal', 'principal ideal domain', 'quotient ring', 'polynomial ring', 'irreducible polynomial', 'field extension',
        'galois group', 'finite field', 'characteristic of a field', 'group of units', 'zero divisor', 'euclidean domain', 'automorphism',
        'direct product', 'dihedral group', 'alternating group', 'solvable group', 'minimal polynomial', 'noetherian ring', 'semigroup', 'monoid',
        'isomorphic groups', 'group axioms',
      ],
      de: [
        'untergruppe', 'untergruppen', 'normalteiler', 'faktorgruppe', 'zyklische gruppe', 'abelsche gruppe', 'symmetrische gruppe',
        'permutationsgruppe', 'gruppenhomomorphismus', 'homomorphismus', 'isomorphiesatz', 'homomorphiesatz', 'nebenklasse', 'nebenklassen',
        'satz von lagrange', 'elementordnung', 'ordnung eines elements', 'gruppenoperation', 'bahnformel', 'stabilisator', 'sylowsätze',
        'kommutativer ring', 'integritätsbereich', 'integritätsring', 'primideal', 'hauptidealring', 'faktorring', 'polynomring',
        'irreduzibles polynom', 'körpererweiterung', 'zerfällungskörper', 'galoisgruppe', 'charakteristik eines körpers', 'einheitengruppe',
        'nullteiler', 'euklidischer ring', 'faktorieller ring', 'automorphismus', 'diedergruppe', 'alternierende gruppe', 'auflösbare gruppe',
        'minimalpolynom', 'körpergrad', 'noetherscher ring', 'halbgruppe', 'monoid', 'restklassenring', 'gruppenaxiome',
      ],
      fr: [
        'sous-groupe', 'sous-groupes', 'sous-groupe distingué', 'groupe quotient', 'groupe cyclique', 'groupe abélien', 'groupe symétrique',
        'groupe de permutations', 'morphisme de groupes', 'homomorphisme', "théorème d'isomorphisme", 'classes latérales', 'théorème de lagrange',
        "ordre d'un élément", 'action de groupe', 'stabilisateur', 'théorèmes de sylow', 'anneau', 'anneaux', 'anneau commutatif', 'anneau intègre',
        'idéal premier', 'anneau principal', 'anneau quotient', 'anneau de polynômes', 'polynôme irréductible', 'corps de décomposition',
        'groupe de galois', 'corps fini', "caractéristique d'un corps", 'groupe des inversibles', 'anneau euclidien', 'anneau factoriel',
        'automorphisme', 'produit direct', 'groupe diédral', 'groupe alterné', 'groupe résoluble', 'polynôme minimal', 'extension algébrique',
        "degré d'une extension", 'anneau noethérien', 'monoïde', 'loi de composition interne', 'groupes isomorphes',
      ],
      es: [
        'subgrupo', 'subgrupos', 'subgrupo normal', 'grupo cociente', 'grupo cíclico', 'grupo abeliano', 'grupo simétrico', 'grupo de permutaciones',
        'homomorfismo de grupos', 'homomorfismo', 'teorema de isomorfía', 'clase lateral', 'clases laterales', 'teorema de lagrange',
        'orden de un elemento', 'acción de grupo', 'estabilizador', 'teoremas de sylow', 'anillo', 'anillos', 'anillo conmutativo',
        'dominio de integridad', 'ideal primo', 'dominio de ideales principales', 'anillo cociente', 'anillo de polinomios', 'polinomio irreducible',
        'cuerpo de descomposición', 'grupo de galois', 'cuerpo finito', 'característica de un cuerpo', 'divisor de cero', 'dominio euclídeo',
        'automorfismo', 'producto directo', 'grupo diédrico', 'grupo alternado', 'grupo resoluble', 'polinomio mínimo', 'anillo noetheriano',
        'semigrupo', 'monoide', 'grupos isomorfos',
      ],
    },
    shared: [
      'galois', 'sylow', 'noether', 'cayley', 'z/nz', 'eisenstein', 'abel',
    ],
  },
  {
    key: 'geometry-topology',
    names: {
      en: [
        'geometry', 'topology', 'differential geometry', 'algebraic topology', 'point-set topology', 'general topology', 'euclidean geometry',
        'projective geometry', 'analytic geometry',
      ],
      de: [
        'geometrie', 'topologie', 'differentialgeometrie', 'algebraische topologie', 'mengentheoretische topologie', 'analytische geometrie',
        'projektive geometrie', 'elementargeometrie',
      ],
      fr: [
        'géométrie', 'topologie', 'géométrie différentielle', 'topologie algébrique', 'topologie générale', 'géométrie projective',
        'géométrie euclidienne', 'géométrie analytique',
      ],
      es: [
        'geometría', 'topología', 'geometría diferencial', 'topología algebraica', 'topología general', 'geometría proyectiva', 'geometría euclídea',
        'geometría analítica',
      ],
    },
    terms: {
      en: [
        'topological space', 'open set', 'closed set', 'neighborhood', 'neighbourhood', 'compactness', 'compact space', 'connectedness',
        'path-connected', 'hausdorff space', 'homeomorphism', 'homeomorphic', 'metric space', 'basis of a topology', 'quotient space',
        'product topology', 'fundamental group', 'homotopy', 'homology', 'covering space', 'simplicial complex', 'euler characteristic', 'manifold',
        'manifolds', 'smooth manifold', 'tangent space', 'differential form', 'curvature', 'gaussian curvature', 'geodesic', 'geodesics',
        'riemannian metric', 'parametrized curve', 'frenet frame', 'isometry', 'affine space', 'projective plane', 'conic section',
        'congruent triangles', 'non-euclidean geometry', 'hyperbolic geometry', 'incidence axioms', 'knot theory', 'möbius strip', 'torus',
        'klein bottle', 'simply connected', 'pythagorean theorem', 'inscribed angle',
      ],
      de: [
        'topologischer raum', 'kompaktheit', 'kompakter raum', 'wegzusammenhängend', 'hausdorff-raum', 'homöomorphismus', 'homöomorph',
        'metrischer raum', 'basis einer topologie', 'quotiententopologie', 'produkttopologie', 'fundamentalgruppe', 'homotopie', 'homologie',
        'überlagerung', 'simplizialkomplex', 'euler-charakteristik', 'mannigfaltigkeit', 'mannigfaltigkeiten', 'tangentialraum', 'differentialform',
        'krümmung', 'gaußsche krümmung', 'geodätische', 'riemannsche metrik', 'parametrisierte kurve', 'isometrie', 'affiner raum', 'kegelschnitt',
        'kongruente dreiecke', 'winkelsumme', 'nichteuklidische geometrie', 'hyperbolische geometrie', 'inzidenzaxiome', 'knotentheorie',
        'möbiusband', 'torus', 'kleinsche flasche', 'satz des pythagoras', 'strahlensatz', 'umfangswinkel',
      ],
      fr: [
        'espace topologique', 'ensemble ouvert', 'voisinage', 'compacité', 'espace compact', 'connexité', 'connexe par arcs', 'espace séparé',
        'homéomorphisme', 'homéomorphe', 'espace métrique', "base d'une topologie", 'topologie quotient', 'topologie produit', 'groupe fondamental',
        'homotopie', 'homologie', 'revêtement', 'complexe simplicial', "caractéristique d'euler", 'variété différentielle',
        'variétés différentielles', 'espace tangent', 'forme différentielle', 'courbure', 'courbure de gauss', 'géodésique', 'géodésiques',
        'métrique riemannienne', 'courbe paramétrée', 'repère de frenet', 'isométrie', 'espace affine', 'plan projectif', 'conique',
        'triangles isométriques', 'somme des angles', 'géométrie non euclidienne', 'géométrie hyperbolique', "axiomes d'incidence",
        'théorie des nœuds', 'tore', 'bouteille de klein', 'simplement connexe', 'théorème de pythagore', 'théorème de thalès', 'angle inscrit',
      ],
      es: [
        'espacio topológico', 'conjunto abierto', 'vecindad', 'compacidad', 'espacio compacto', 'conexidad', 'conexo por caminos',
        'espacio de hausdorff', 'homeomorfismo', 'homeomorfos', 'espacio métrico', 'base de una topología', 'topología cociente',
        'topología producto', 'grupo fundamental', 'homotopía', 'homología', 'espacio recubridor', 'complejo simplicial', 'característica de euler',
        'variedad diferenciable', 'variedades diferenciables', 'espacio tangente', 'forma diferencial', 'curvatura', 'curvatura de gauss',
        'geodésica', 'geodésicas', 'métrica riemanniana', 'curva parametrizada', 'triedro de frenet', 'isometría', 'espacio afín',
        'plano proyectivo', 'cónica', 'triángulos congruentes', 'suma de ángulos', 'geometría no euclidiana', 'geometría hiperbólica',
        'axiomas de incidencia', 'teoría de nudos', 'banda de möbius', 'toro', 'botella de klein', 'teorema de pitágoras', 'teorema de tales',
        'ángulo inscrito',
      ],
    },
    shared: [
      'hausdorff', 'euclid', 'möbius', 'gauss-bonnet', 'poincaré', 'geogebra', 'riemann',
    ],
  },
  {
    key: 'classical-mechanics',
    names: {
      en: [
        'classical mechanics', 'newtonian mechanics', 'analytical mechanics', 'lagrangian mechanics', 'hamiltonian mechanics',
        'theoretical mechanics', 'mechanics',
      ],
      de: [
        'klassische mechanik', 'theoretische mechanik', 'analytische mechanik', 'newtonsche mechanik', 'mechanik',
      ],
      fr: [
        'mécanique classique', 'mécanique newtonienne', 'mécanique analytique', 'mécanique du point', 'mécanique rationnelle', 'mécanique',
        'mécanique générale',
      ],
      es: [
        'mecánica clásica', 'mecánica newtoniana', 'mecánica analítica', 'mecánica racional', 'mecánica', 'mecánica general',
      ],
    },
    terms: {
      en: [
        "newton's laws", "newton's second law", 'free-body diagram', 'acceleration', 'velocity', 'momentum', 'conservation of momentum',
        'kinetic energy', 'potential energy', 'conservation of energy', 'work-energy theorem', 'angular momentum', 'torque', 'moment of inertia',
        'rigid body', 'center of mass', 'friction', 'coefficient of friction', 'projectile motion', 'uniform circular motion', 'centripetal force',
        'harmonic oscillator', 'pendulum', "hooke's law", 'gravitation', 'gravitational force', "kepler's laws", 'elastic collision',
        'inelastic collision', 'impulse', 'lagrangian', 'hamiltonian', 'euler-lagrange equations', 'generalized coordinates',
        'principle of least action', 'inertial frame', 'non-inertial frame', 'coriolis force', 'central force', 'kinematics', 'reduced mass',
        'normal modes', 'phase space', 'conservative force', 'equations of motion', 'point mass',
      ],
      de: [
        'newtonsche axiome', 'newtonsche gesetze', 'zweites newtonsches gesetz', 'resultierende kraft', 'freikörperbild', 'beschleunigung',
        'geschwindigkeit', 'impuls', 'impulserhaltung', 'kinetische energie', 'potentielle energie', 'energieerhaltung', 'energieerhaltungssatz',
        'drehimpuls', 'drehmoment', 'trägheitsmoment', 'starrer körper', 'schwerpunkt', 'reibung', 'reibungskoeffizient', 'schiefer wurf',
        'kreisbewegung', 'zentripetalkraft', 'harmonischer oszillator', 'harmonische schwingung', 'pendel', 'federkonstante', 'hookesches gesetz',
        'gravitation', 'gravitationskraft', 'keplersche gesetze', 'elastischer stoß', 'inelastischer stoß', 'kraftstoß', 'lagrange-funktion',
        'hamilton-funktion', 'euler-lagrange-gleichungen', 'verallgemeinerte koordinaten', 'hamiltonsches prinzip', 'inertialsystem',
        'beschleunigtes bezugssystem', 'corioliskraft', 'zentralkraft', 'scheinkraft', 'kinematik', 'kleine schwingungen', 'eigenschwingungen',
        'phasenraum', 'konservative kraft', 'bewegungsgleichung', 'bewegungsgleichungen', 'massenpunkt',
      ],
      fr: [
        'lois de newton', 'principe fondamental de la dynamique', 'accélération', 'vitesse', 'quantité de mouvement',
        'conservation de la quantité de mouvement', 'énergie cinétique', 'énergie potentielle', "conservation de l'énergie",
        "théorème de l'énergie cinétique", 'moment cinétique', "moment d'une force", "moment d'inertie", 'solide indéformable', 'centre de masse',
        'centre de gravité', 'frottement', 'coefficient de frottement', "mouvement d'un projectile", 'mouvement circulaire uniforme',
        'force centripète', 'oscillateur harmonique', 'pendule simple', 'constante de raideur', 'loi de hooke', 'lois de kepler', 'choc élastique',
        'choc inélastique', 'lagrangien', 'hamiltonien', "équations d'euler-lagrange", 'coordonnées généralisées', 'principe de moindre action',
        'référentiel galiléen', 'référentiel non galiléen', 'force de coriolis', 'force centrale', 'pseudo-force', "force d'inertie", 'cinématique',
        'masse réduite', 'modes propres', 'espace des phases', 'force conservative', 'équation du mouvement', 'équations du mouvement',
        "travail d'une force",
      ],
      es: [
        'leyes de newton', 'segunda ley de newton', 'fuerza neta', 'diagrama de cuerpo libre', 'aceleración', 'velocidad', 'cantidad de movimiento',
        'momento lineal', 'conservación del momento', 'energía cinética', 'energía potencial', 'conservación de la energía',
        'teorema del trabajo y la energía', 'momento angular', 'momento de una fuerza', 'par de torsión', 'momento de inercia', 'sólido rígido',
        'centro de masa', 'centro de masas', 'rozamiento', 'fricción', 'coeficiente de rozamiento', 'tiro parabólico',
        'movimiento circular uniforme', 'fuerza centrípeta', 'oscilador armónico', 'péndulo', 'constante elástica', 'ley de hooke',
        'gravitación universal', 'leyes de kepler', 'choque elástico', 'choque inelástico', 'impulso', 'lagrangiano', 'hamiltoniano',
        'ecuaciones de euler-lagrange', 'coordenadas generalizadas', 'principio de mínima acción', 'sistema de referencia inercial',
        'sistema no inercial', 'fuerza de coriolis', 'fuerza central', 'cinemática', 'modos normales', 'espacio de fases', 'fuerza conservativa',
        'ecuaciones de movimiento', 'partícula puntual',
      ],
    },
    shared: [
      'newton', 'kepler', 'coriolis', 'lagrange', 'hamilton', 'galileo', "d'alembert", 'm/s²',
    ],
  },
  {
    key: 'electromagnetism',
    names: {
      en: [
        'electromagnetism', 'electricity and magnetism', 'electrodynamics', 'classical electrodynamics', 'electromagnetic fields',
        'electromagnetic theory', 'electrostatics',
      ],
      de: [
        'elektromagnetismus', 'elektrodynamik', 'elektrizität und magnetismus', 'elektromagnetische felder', 'elektrizitätslehre', 'elektrostatik',
        'theoretische elektrotechnik',
      ],
      fr: [
        'électromagnétisme', 'électrodynamique', 'électricité et magnétisme', 'électrostatique', 'magnétostatique', 'champs électromagnétiques',
      ],
      es: [
        'electromagnetismo', 'electrodinámica', 'electricidad y magnetismo', 'campos electromagnéticos', 'teoría electromagnética', 'electrostática',
      ],
    },
    terms: {
      en: [
        'electric field', 'magnetic field', 'electric charge', 'point charge', "coulomb's law", "gauss's law", 'electric flux', 'magnetic flux',
        'electric potential', 'potential difference', 'equipotential surface', 'capacitor', 'capacitance', 'dielectric', 'permittivity',
        'permeability', 'electric dipole', 'magnetic dipole', 'dipole moment', 'current density', 'charge density', 'surface charge',
        'biot-savart law', "ampère's law", "faraday's law", "lenz's law", 'electromagnetic induction', 'self-inductance', 'inductance',
        'lorentz force', "maxwell's equations", 'displacement current', 'electromagnetic wave', 'electromagnetic waves', 'poynting vector',
        'vector potential', 'field lines', 'solenoid', 'magnetization', 'polarization', 'method of images', 'multipole expansion',
        'electrostatic energy', 'eddy currents', 'ferromagnetism', 'retarded potentials', 'divergence', 'curl', 'gaussian surface',
      ],
      de: [
        'elektrisches feld', 'magnetfeld', 'magnetisches feld', 'elektrische ladung', 'punktladung', 'coulombsches gesetz', 'coulomb-gesetz',
        'gaußsches gesetz', 'elektrischer fluss', 'magnetischer fluss', 'elektrisches potential', 'potentialdifferenz', 'äquipotentialfläche',
        'kondensator', 'dielektrikum', 'permittivität', 'dielektrizitätskonstante', 'permeabilität', 'elektrischer dipol', 'magnetischer dipol',
        'dipolmoment', 'stromdichte', 'ladungsdichte', 'flächenladungsdichte', 'biot-savart-gesetz', 'ampèresches gesetz', 'durchflutungsgesetz',
        'induktionsgesetz', 'lenzsche regel', 'elektromagnetische induktion', 'selbstinduktion', 'induktivität', 'lorentzkraft',
        'maxwell-gleichungen', 'maxwellsche gleichungen', 'verschiebungsstrom', 'elektromagnetische welle', 'elektromagnetische wellen',
        'poynting-vektor', 'vektorpotential', 'eichtransformation', 'feldlinien', 'spule', 'magnetisierung', 'polarisation', 'spiegelladung',
        'multipolentwicklung', 'wirbelströme', 'ferromagnetismus', 'retardierte potentiale', 'divergenz',
      ],
      fr: [
        'champ électrique', 'champ magnétique', 'charge électrique', 'charge ponctuelle', 'loi de coulomb', 'théorème de gauss', 'flux électrique',
        'flux magnétique', 'potentiel électrique', 'différence de potentiel', 'surface équipotentielle', 'condensateur', 'diélectrique',
        'permittivité', 'perméabilité', 'dipôle électrique', 'dipôle magnétique', 'moment dipolaire', 'densité de courant', 'densité de charge',
        'densité surfacique de charge', 'loi de biot et savart', "théorème d'ampère", 'loi de faraday', 'loi de lenz', 'induction électromagnétique',
        'inductance', 'force de lorentz', 'équations de maxwell', 'courant de déplacement', 'onde électromagnétique', 'ondes électromagnétiques',
        'vecteur de poynting', 'potentiel vecteur', 'potentiel scalaire', 'transformation de jauge', 'lignes de champ', 'solénoïde', 'aimantation',
        'polarisation', 'méthode des images', 'développement multipolaire', 'courants de foucault', 'ferromagnétisme', 'potentiels retardés',
        'divergence', 'rotationnel', 'surface de gauss',
      ],
      es: [
        'campo eléctrico', 'campo magnético', 'carga eléctrica', 'carga puntual', 'ley de coulomb', 'ley de gauss', 'flujo eléctrico',
        'flujo magnético', 'potencial eléctrico', 'diferencia de potencial', 'superficie equipotencial', 'condensador', 'capacitancia',
        'capacidad eléctrica', 'dieléctrico', 'permitividad', 'permeabilidad magnética', 'dipolo eléctrico', 'dipolo magnético', 'momento dipolar',
        'densidad de corriente', 'densidad de carga', 'densidad superficial de carga', 'ley de biot-savart', 'ley de ampère', 'ley de faraday',
        'ley de lenz', 'inducción electromagnética', 'autoinducción', 'inductancia', 'fuerza de lorentz', 'ecuaciones de maxwell',
        'corriente de desplazamiento', 'onda electromagnética', 'ondas electromagnéticas', 'vector de poynting', 'potencial vectorial',
        'potencial escalar', 'líneas de campo', 'solenoide', 'imanación', 'magnetización', 'polarización', 'desarrollo multipolar',
        'corrientes de foucault', 'ferromagnetismo', 'potenciales retardados', 'divergencia', 'rotacional', 'superficie gaussiana',
      ],
    },
    shared: [
      'maxwell', 'coulomb', 'faraday', 'ampère', 'lorentz', 'biot-savart', 'tesla', 'weber', 'farad', 'poynting', 'ε₀', 'μ₀',
    ],
  },
  {
    key: 'thermodynamics',
    names: {
      en: [
        'thermodynamics', 'statistical mechanics', 'statistical physics', 'statistical thermodynamics', 'thermal physics', 'heat and thermodynamics',
      ],
      de: [
        'thermodynamik', 'statistische physik', 'statistische mechanik', 'wärmelehre', 'technische thermodynamik', 'statistische thermodynamik',
      ],
      fr: [
        'thermodynamique', 'physique statistique', 'mécanique statistique', 'thermodynamique statistique', 'thermodynamique technique',
      ],
      es: [
        'termodinámica', 'física estadística', 'mecánica estadística', 'termodinámica estadística', 'termodinámica técnica',
      ],
    },
    terms: {
      en: [
        'first law of thermodynamics', 'second law of thermodynamics', 'internal energy', 'enthalpy', 'entropy', 'heat capacity', 'ideal gas',
        'ideal gas law', 'equation of state', 'adiabatic', 'isothermal', 'isobaric', 'isochoric', 'heat engine', 'carnot cycle', 'refrigerator',
        'heat pump', 'irreversible process', 'thermodynamic cycle', 'free energy', 'helmholtz free energy', 'gibbs free energy',
        'chemical potential', 'partition function', 'boltzmann distribution', 'boltzmann constant', 'canonical ensemble', 'microcanonical ensemble',
        'microstates', 'macrostate', 'maxwell-boltzmann distribution', 'fermi-dirac statistics', 'bose-einstein statistics', 'phase transition',
        'latent heat', 'thermal equilibrium', 'heat transfer', 'kinetic theory of gases', 'mean free path', 'equipartition theorem',
        'thermodynamic potentials', 'maxwell relations', 'ising model', 'absolute temperature', 'state variables', 'state function',
        'heat reservoir',
      ],
      de: [
        'erster hauptsatz', 'zweiter hauptsatz', 'dritter hauptsatz', 'hauptsätze der thermodynamik', 'innere energie', 'enthalpie', 'entropie',
        'wärmekapazität', 'ideales gas', 'zustandsgleichung', 'adiabatisch', 'isotherm', 'isobar', 'isochor', 'wärmekraftmaschine', 'carnot-prozess',
        'carnot-wirkungsgrad', 'kältemaschine', 'wärmepumpe', 'reversibler prozess', 'irreversibler prozess', 'kreisprozess', 'freie enthalpie',
        'gibbs-energie', 'chemisches potential', 'zustandssumme', 'boltzmann-verteilung', 'boltzmann-konstante', 'kanonisches ensemble',
        'mikrokanonisches ensemble', 'großkanonisches ensemble', 'mikrozustände', 'makrozustand', 'maxwell-boltzmann-verteilung',
        'fermi-dirac-statistik', 'bose-einstein-statistik', 'phasenübergang', 'latente wärme', 'thermisches gleichgewicht', 'wärmeübertragung',
        'wärmeleitung', 'kinetische gastheorie', 'mittlere freie weglänge', 'gleichverteilungssatz', 'thermodynamische potentiale',
        'clausius-clapeyron-gleichung', 'van-der-waals-gas', 'ising-modell', 'absolute temperatur', 'zustandsgröße', 'zustandsgrößen',
        'wärmereservoir',
      ],
      fr: [
        'premier principe', 'second principe', 'premier principe de la thermodynamique', 'énergie interne', 'enthalpie', 'entropie',
        'capacité thermique', 'chaleur spécifique', 'capacité thermique massique', 'gaz parfait', 'loi des gaz parfaits', "équation d'état",
        'adiabatique', 'isotherme', 'isobare', 'isochore', 'cycle de carnot', 'rendement de carnot', 'machine frigorifique', 'pompe à chaleur',
        'transformation réversible', 'transformation irréversible', 'cycle thermodynamique', 'énergie libre', 'enthalpie libre',
        'potentiel chimique', 'fonction de partition', 'distribution de boltzmann', 'constante de boltzmann', 'ensemble canonique',
        'ensemble microcanonique', 'ensemble grand-canonique', 'distribution de maxwell-boltzmann', 'statistique de fermi-dirac',
        'statistique de bose-einstein', 'transition de phase', 'chaleur latente', 'équilibre thermique', 'transfert thermique',
        'théorie cinétique des gaz', 'libre parcours moyen', "théorème d'équipartition", 'potentiels thermodynamiques', 'relations de maxwell',
        'formule de clapeyron', 'gaz de van der waals', "modèle d'ising", 'température absolue', "variables d'état", "fonction d'état", 'thermostat',
      ],
      es: [
        'primera ley de la termodinámica', 'segunda ley de la termodinámica', 'primer principio', 'segundo principio', 'energía interna', 'entalpía',
        'entropía', 'capacidad calorífica', 'gas ideal', 'ley de los gases ideales', 'ecuación de estado', 'adiabático', 'isotérmico', 'isobárico',
        'isocórico', 'máquina térmica', 'ciclo de carnot', 'rendimiento de carnot', 'máquina frigorífica', 'bomba de calor', 'proceso irreversible',
        'ciclo termodinámico', 'energía libre', 'energía libre de helmholtz', 'energía libre de gibbs', 'potencial químico', 'función de partición',
        'distribución de boltzmann', 'constante de boltzmann', 'colectividad canónica', 'colectividad microcanónica', 'colectividad macrocanónica',
        'microestados', 'macroestado', 'distribución de maxwell-boltzmann', 'estadística de fermi-dirac', 'estadística de bose-einstein',
        'transición de fase', 'calor latente', 'equilibrio térmico', 'transferencia de calor', 'teoría cinética de los gases',
        'recorrido libre medio', 'teorema de equipartición', 'potenciales termodinámicos', 'relaciones de maxwell', 'ecuación de clausius-clapeyron',
        'gas de van der waals', 'modelo de ising', 'temperatura absoluta', 'variables de estado', 'función de estado',
      ],
    },
    shared: [
      'carnot', 'boltzmann', 'gibbs', 'helmholtz', 'clausius', 'kelvin', 'joule', 'van der waals', 'ising', 'fermi-dirac', 'bose-einstein',
    ],
  },
  {
    key: 'quantum-mechanics',
    names: {
      en: [
        'quantum mechanics', 'quantum physics', 'quantum theory',
      ],
      de: [
        'quantenmechanik', 'quantenphysik', 'quantentheorie', 'theoretische quantenmechanik',
      ],
      fr: [
        'mécanique quantique', 'physique quantique', 'théorie quantique',
      ],
      es: [
        'mecánica cuántica', 'física cuántica', 'teoría cuántica',
      ],
    },
    terms: {
      en: [
        'wave function', 'wavefunction', 'schrödinger equation', 'time-independent schrödinger equation', 'hamiltonian operator', 'observable',
        'observables', 'eigenstate', 'eigenstates', 'expectation value', 'hilbert space', 'bra-ket notation', 'commutator', 'uncertainty principle',
        'quantum state', 'superposition', 'probability amplitude', 'particle in a box', 'infinite potential well', 'potential well',
        'quantum harmonic oscillator', 'ladder operators', 'tunneling', 'potential barrier', 'hydrogen atom', 'spherical harmonics',
        'angular momentum operator', 'spin', 'pauli matrices', 'perturbation theory', 'variational method', 'wkb approximation', 'quantum numbers',
        'energy levels', 'ground state', 'excited state', 'degeneracy', 'pauli exclusion principle', 'identical particles', 'fermions', 'bosons',
        'entanglement', 'density matrix', 'wave-particle duality', 'de broglie wavelength', 'photoelectric effect', 'planck constant',
        'zeeman effect', 'scattering amplitude',
      ],
      de: [
        'wellenfunktion', 'schrödingergleichung', 'zeitunabhängige schrödingergleichung', 'hamiltonoperator', 'observable', 'observablen',
        'eigenzustand', 'eigenzustände', 'erwartungswert', 'hilbertraum', 'kommutator', 'unschärferelation', 'heisenbergsche unschärferelation',
        'quantenzustand', 'superposition', 'wahrscheinlichkeitsamplitude', 'teilchen im kasten', 'potentialtopf', 'quantenmechanischer oszillator',
        'leiteroperatoren', 'erzeugungs- und vernichtungsoperatoren', 'tunneleffekt', 'potentialbarriere', 'wasserstoffatom',
        'kugelflächenfunktionen', 'drehimpulsoperator', 'spin', 'pauli-matrizen', 'störungstheorie', 'variationsverfahren', 'wkb-näherung',
        'quantenzahlen', 'energieniveaus', 'grundzustand', 'angeregter zustand', 'entartung', 'pauli-prinzip', 'fermionen', 'bosonen',
        'verschränkung', 'dichtematrix', 'dichteoperator', 'welle-teilchen-dualismus', 'de-broglie-wellenlänge', 'photoeffekt',
        'plancksches wirkungsquantum', 'zeeman-effekt', 'feinstruktur', 'streuamplitude', 'bra-ket',
      ],
      fr: [
        "fonction d'onde", 'équation de schrödinger', 'équation de schrödinger stationnaire', 'opérateur hamiltonien', 'observable', 'observables',
        'état propre', 'états propres', 'espace de hilbert', 'bra-ket', 'commutateur', "principe d'incertitude",
        "relations d'incertitude de heisenberg", 'état quantique', 'superposition', 'amplitude de probabilité', 'particule dans une boîte',
        'puits de potentiel', 'oscillateur harmonique quantique', "opérateurs d'échelle", 'effet tunnel', 'barrière de potentiel',
        "atome d'hydrogène", 'harmoniques sphériques', 'opérateur moment cinétique', 'spin', 'matrices de pauli', 'expérience de stern et gerlach',
        'théorie des perturbations', 'méthode variationnelle', 'approximation bkw', 'nombres quantiques', "niveaux d'énergie", 'état fondamental',
        'état excité', 'dégénérescence', "principe d'exclusion de pauli", 'fermions', 'bosons', 'intrication', 'matrice densité',
        'postulats de la mécanique quantique', 'dualité onde-corpuscule', "longueur d'onde de de broglie", 'effet photoélectrique',
        'constante de planck', 'effet zeeman', 'structure fine', 'amplitude de diffusion',
      ],
      es: [
        'función de onda', 'ecuación de schrödinger', 'ecuación de schrödinger independiente del tiempo', 'operador hamiltoniano', 'observable',
        'observables', 'autoestado', 'autoestados', 'espacio de hilbert', 'bra-ket', 'conmutador', 'principio de incertidumbre',
        'principio de indeterminación', 'estado cuántico', 'superposición', 'amplitud de probabilidad', 'partícula en una caja', 'pozo de potencial',
        'oscilador armónico cuántico', 'operadores escalera', 'efecto túnel', 'barrera de potencial', 'átomo de hidrógeno', 'armónicos esféricos',
        'operador momento angular', 'espín', 'matrices de pauli', 'experimento de stern-gerlach', 'teoría de perturbaciones', 'método variacional',
        'aproximación wkb', 'números cuánticos', 'niveles de energía', 'estado fundamental', 'estado excitado', 'degeneración',
        'principio de exclusión de pauli', 'partículas idénticas', 'fermiones', 'bosones', 'entrelazamiento', 'matriz densidad',
        'postulados de la mecánica cuántica', 'dualidad onda-partícula', 'longitud de onda de de broglie', 'efecto fotoeléctrico',
        'constante de planck', 'efecto zeeman', 'estructura fina', 'amplitud de dispersión',
      ],
    },
    shared: [
      'schrödinger', 'heisenberg', 'pauli', 'dirac', 'planck', 'bohr', 'ħ', 'de broglie', 'stern-gerlach', 'hilbert', 'zeeman',
    ],
  },
  {
    key: 'astronomy-astrophysics',
    names: {
      en: [
        'astronomy', 'astrophysics', 'cosmology', 'planetary science', 'stellar astrophysics', 'observational astronomy', 'celestial mechanics',
        'orbital mechanics',
      ],
      de: [
        'astronomie', 'astrophysik', 'kosmologie', 'planetologie', 'planetenforschung', 'himmelsmechanik',
      ],
      fr: [
        'astronomie', 'astrophysique', 'cosmologie', 'planétologie', 'mécanique céleste',
      ],
      es: [
        'astronomía', 'astrofísica', 'cosmología', 'ciencias planetarias', 'mecánica celeste',
      ],
    },
    terms: {
      en: [
        'main sequence', 'galaxy', 'galaxies', 'solar system', 'planets', 'exoplanet', 'exoplanets', 'telescope', 'telescopes', 'astronomical unit',
        'redshift', 'hubble constant', "hubble's law", 'big bang', 'dark matter', 'black hole', 'neutron star', 'supernova',
        'hertzsprung-russell diagram', 'stellar evolution', 'nuclear fusion', 'apparent magnitude', 'absolute magnitude', 'spectral class',
        'stellar parallax', 'celestial sphere', 'declination', 'orbital period', "kepler's laws", 'solar eclipse', 'lunar eclipse',
        'phases of the moon', 'comet', 'asteroid', 'nebula', 'gravitational waves', 'quasar', 'milky way', 'spiral galaxy',
        'expansion of the universe', 'blackbody radiation', 'solar wind', 'stars', 'accretion', 'dwarf planet', 'cepheid variables',
      ],
      de: [
        'hauptreihe', 'galaxie', 'galaxien', 'sonnensystem', 'planeten', 'exoplanet', 'exoplaneten', 'teleskop', 'fernrohr', 'lichtjahr',
        'lichtjahre', 'astronomische einheit', 'rotverschiebung', 'hubble-konstante', 'hubble-gesetz', 'urknall', 'kosmische hintergrundstrahlung',
        'dunkle materie', 'dunkle energie', 'schwarzes loch', 'schwarze löcher', 'neutronenstern', 'supernova', 'hertzsprung-russell-diagramm',
        'sternentwicklung', 'kernfusion', 'leuchtkraft', 'scheinbare helligkeit', 'absolute helligkeit', 'spektralklasse', 'parallaxe',
        'himmelskugel', 'rektaszension', 'deklination', 'umlaufbahn', 'umlaufzeit', 'keplersche gesetze', 'sonnenfinsternis', 'mondfinsternis',
        'mondphasen', 'komet', 'asteroid', 'planetarischer nebel', 'akkretionsscheibe', 'gravitationswellen', 'quasar', 'milchstraße',
        'spiralgalaxie', 'expansion des universums', 'schwarzkörperstrahlung', 'sonnenwind', 'sterne', 'fixsterne',
      ],
      fr: [
        'séquence principale', 'galaxie', 'galaxies', 'système solaire', 'planètes', 'exoplanète', 'exoplanètes', 'télescope', 'télescopes',
        'unité astronomique', 'décalage vers le rouge', 'constante de hubble', 'loi de hubble', 'big bang', 'matière noire', 'énergie noire',
        'trou noir', 'trous noirs', 'étoile à neutrons', 'supernova', 'diagramme de hertzsprung-russell', 'évolution stellaire', 'fusion nucléaire',
        'magnitude apparente', 'magnitude absolue', 'type spectral', 'parallaxe', 'sphère céleste', 'ascension droite', 'déclinaison',
        'période orbitale', 'lois de kepler', 'éclipse de soleil', 'éclipse de lune', 'phases de la lune', 'comète', 'astéroïde', 'nébuleuse',
        'milieu interstellaire', 'ondes gravitationnelles', 'quasar', 'voie lactée', 'galaxie spirale', "expansion de l'univers",
        'rayonnement du corps noir', 'vent solaire', 'étoiles',
      ],
      es: [
        'secuencia principal', 'galaxia', 'galaxias', 'sistema solar', 'planetas', 'exoplaneta', 'exoplanetas', 'telescopio', 'telescopios',
        'unidad astronómica', 'corrimiento al rojo', 'constante de hubble', 'ley de hubble', 'big bang', 'fondo cósmico de microondas',
        'materia oscura', 'energía oscura', 'agujero negro', 'agujeros negros', 'estrella de neutrones', 'supernova',
        'diagrama de hertzsprung-russell', 'evolución estelar', 'fusión nuclear', 'magnitud aparente', 'magnitud absoluta', 'tipo espectral',
        'paralaje', 'esfera celeste', 'ascensión recta', 'declinación', 'periodo orbital', 'leyes de kepler', 'eclipse solar', 'eclipse lunar',
        'fases de la luna', 'cometa', 'asteroide', 'nebulosa', 'medio interestelar', 'ondas gravitacionales', 'cuásar', 'vía láctea',
        'galaxia espiral', 'expansión del universo', 'radiación de cuerpo negro', 'viento solar', 'estrellas',
      ],
    },
    shared: [
      'hubble', 'parsec', 'cmb', 'nasa', 'hertzsprung-russell', 'stellarium', 'jwst', 'chandrasekhar', 'andromeda', 'lambda-cdm',
    ],
  },
  {
    key: 'optics-waves',
    names: {
      en: [
        'optics', 'waves and optics', 'optics and waves', 'vibrations and waves', 'oscillations and waves', 'photonics', 'geometrical optics',
        'geometric optics', 'physical optics', 'wave physics',
      ],
      de: [
        'optik', 'schwingungen und wellen', 'wellenoptik', 'geometrische optik', 'strahlenoptik', 'photonik', 'wellenlehre',
      ],
      fr: [
        'optique', 'ondes et vibrations', 'vibrations et ondes', 'optique géométrique', 'optique ondulatoire', 'photonique', 'physique des ondes',
      ],
      es: [
        'óptica', 'ondas y óptica', 'óptica geométrica', 'óptica física', 'fotónica', 'oscilaciones y ondas', 'ondas y vibraciones',
      ],
    },
    terms: {
      en: [
        'wavelength', 'amplitude', 'standing wave', 'superposition principle', 'interference', 'diffraction', 'diffraction grating', 'single slit',
        'double slit', 'refraction', 'refractive index', 'index of refraction', "snell's law", 'total internal reflection', 'lens', 'lenses',
        'focal length', 'converging lens', 'diverging lens', 'thin lens equation', 'concave mirror', 'convex mirror', 'real image', 'virtual image',
        'magnification', 'ray diagram', 'optical path', 'polarization', 'polarizer', "malus's law", 'brewster angle', 'coherence', 'interferometer',
        'michelson interferometer', 'dispersion', 'prism', 'optical fiber', 'huygens principle', 'fraunhofer diffraction', 'fresnel diffraction',
        'doppler effect', 'resonance', 'wave number', 'phase velocity', 'group velocity', 'harmonics',
      ],
      de: [
        'wellenlänge', 'amplitude', 'stehende welle', 'stehende wellen', 'superpositionsprinzip', 'interferenz', 'beugung', 'beugungsgitter',
        'einzelspalt', 'doppelspalt', 'brechung', 'brechungsindex', 'brechzahl', 'brechungsgesetz', 'totalreflexion', 'reflexionsgesetz', 'linse',
        'linsen', 'brennweite', 'sammellinse', 'zerstreuungslinse', 'linsengleichung', 'abbildungsgleichung', 'hohlspiegel', 'wölbspiegel',
        'strahlengang', 'optische weglänge', 'polarisation', 'polarisator', 'gesetz von malus', 'brewster-winkel', 'kohärenz', 'interferometer',
        'michelson-interferometer', 'dünnschichtinterferenz', 'dispersion', 'prisma', 'lichtwellenleiter', 'huygenssches prinzip',
        'fraunhofer-beugung', 'fresnel-beugung', 'doppler-effekt', 'schallwellen', 'resonanz', 'schwebung', 'wellenzahl', 'phasengeschwindigkeit',
        'gruppengeschwindigkeit', 'oberschwingungen',
      ],
      fr: [
        "longueur d'onde", 'amplitude', 'onde stationnaire', 'ondes stationnaires', 'principe de superposition', 'interférences', 'diffraction',
        'réseau de diffraction', 'fente simple', 'fentes de young', 'réfraction', 'indice de réfraction', 'lois de snell-descartes',
        'réflexion totale', 'loi de la réflexion', 'lentille', 'lentilles', 'distance focale', 'lentille convergente', 'lentille divergente',
        'relation de conjugaison', 'miroir concave', 'miroir convexe', 'grandissement', 'tracé de rayons', 'chemin optique', 'polarisation',
        'polariseur', 'loi de malus', 'angle de brewster', 'cohérence', 'interféromètre', 'interféromètre de michelson', 'lames minces',
        'dispersion', 'prisme', 'fibre optique', 'principe de huygens', 'diffraction de fraunhofer', 'diffraction de fresnel', 'effet doppler',
        'ondes sonores', 'résonance', "nombre d'onde", 'vitesse de phase', 'vitesse de groupe', 'harmoniques',
      ],
      es: [
        'longitud de onda', 'amplitud', 'onda estacionaria', 'ondas estacionarias', 'principio de superposición', 'interferencia', 'difracción',
        'red de difracción', 'doble rendija', 'refracción', 'índice de refracción', 'ley de snell', 'reflexión total interna', 'lente', 'lentes',
        'distancia focal', 'lente convergente', 'lente divergente', 'ecuación de las lentes delgadas', 'espejo cóncavo', 'espejo convexo',
        'trazado de rayos', 'camino óptico', 'polarización', 'polarizador', 'ley de malus', 'ángulo de brewster', 'coherencia', 'interferómetro',
        'interferómetro de michelson', 'películas delgadas', 'dispersión', 'prisma', 'fibra óptica', 'principio de huygens',
        'difracción de fraunhofer', 'difracción de fresnel', 'efecto doppler', 'ondas sonoras', 'resonancia', 'pulsaciones', 'número de onda',
        'velocidad de fase', 'velocidad de grupo', 'armónicos',
      ],
    },
    shared: [
      'snell', 'huygens', 'fresnel', 'fraunhofer', 'michelson', 'malus', 'brewster', 'doppler', 'snell-descartes',
    ],
  },
  {
    key: 'general-chemistry',
    names: {
      en: [
        'general chemistry', 'chemistry', 'inorganic chemistry', 'general and inorganic chemistry', 'chemical principles',
      ],
      de: [
        'allgemeine chemie', 'chemie', 'anorganische chemie', 'allgemeine und anorganische chemie', 'experimentalchemie',
      ],
      fr: [
        'chimie générale', 'chimie', 'chimie inorganique', 'chimie minérale',
      ],
      es: [
        'química general', 'química', 'química inorgánica',
      ],
    },
    terms: {
      en: [
        'periodic table', 'atomic number', 'mass number', 'isotope', 'isotopes', 'electron configuration', 'valence electrons', 'chemical bond',
        'ionic bond', 'covalent bond', 'lewis structure', 'electronegativity', 'oxidation state', 'oxidation number', 'redox reaction',
        'stoichiometry', 'molar mass', "avogadro's number", 'molarity', 'solubility', 'solubility product', 'precipitate', 'acids and bases',
        'acid-base reaction', 'buffer solution', 'titration', 'equilibrium constant', "le chatelier's principle", 'limiting reagent',
        'chemical equation', 'balancing equations', 'molecular geometry', 'hybridization', 'ionization energy', 'atomic radius', 'noble gases',
        'alkali metals', 'halogens', 'transition metals', 'coordination compound', 'ligand', 'ligands', 'oxidizing agent', 'reducing agent',
        'exothermic', 'endothermic', 'cation', 'anion', 'lattice energy', 'partial pressure', 'aqueous solution', 'lone pair',
      ],
      de: [
        'periodensystem', 'ordnungszahl', 'massenzahl', 'isotop', 'isotope', 'elektronenkonfiguration', 'valenzelektronen', 'chemische bindung',
        'ionenbindung', 'kovalente bindung', 'atombindung', 'lewis-formel', 'elektronegativität', 'oxidationszahl', 'oxidationsstufe',
        'redoxreaktion', 'stöchiometrie', 'stoffmenge', 'molare masse', 'avogadro-konstante', 'stoffmengenkonzentration', 'molarität', 'löslichkeit',
        'löslichkeitsprodukt', 'fällung', 'säuren und basen', 'säure-base-reaktion', 'ph-wert', 'pufferlösung', 'titration',
        'gleichgewichtskonstante', 'prinzip von le chatelier', 'massenwirkungsgesetz', 'reaktionsgleichung', 'molekülgeometrie', 'hybridisierung',
        'ionisierungsenergie', 'atomradius', 'edelgase', 'alkalimetalle', 'halogene', 'übergangsmetalle', 'komplexverbindung', 'ligand', 'liganden',
        'oxidationsmittel', 'reduktionsmittel', 'exotherm', 'endotherm', 'ausbeute', 'summenformel', 'kation', 'anion', 'gitterenergie',
        'ionengitter', 'partialdruck', 'wässrige lösung',
      ],
      fr: [
        'tableau périodique', 'classification périodique', 'numéro atomique', 'nombre de masse', 'isotope', 'isotopes', 'configuration électronique',
        'électrons de valence', 'liaison chimique', 'liaison ionique', 'liaison covalente', 'schéma de lewis', 'électronégativité',
        "nombre d'oxydation", "degré d'oxydation", 'oxydoréduction', "réaction d'oxydoréduction", 'stœchiométrie', 'masse molaire',
        "constante d'avogadro", 'concentration molaire', 'solubilité', 'produit de solubilité', 'précipité', 'acides et bases', 'couple acide-base',
        'solution tampon', 'titrage', 'dosage acido-basique', "constante d'équilibre", 'principe de le chatelier', "loi d'action de masse",
        'équation de réaction', 'géométrie moléculaire', 'hybridation', "énergie d'ionisation", 'rayon atomique', 'gaz nobles', 'métaux alcalins',
        'halogènes', 'métaux de transition', 'complexe de coordination', 'ligand', 'ligands', 'oxydant', 'réducteur', 'exothermique',
        'endothermique', 'rendement de la réaction', 'cation', 'anion', 'énergie réticulaire', 'réactif limitant', 'pression partielle',
        'solution aqueuse', 'doublet non liant',
      ],
      es: [
        'tabla periódica', 'número atómico', 'número másico', 'isótopo', 'isótopos', 'configuración electrónica', 'electrones de valencia',
        'enlace químico', 'enlace iónico', 'enlace covalente', 'estructura de lewis', 'electronegatividad', 'número de oxidación',
        'estado de oxidación', 'reacción redox', 'oxidación-reducción', 'estequiometría', 'cantidad de sustancia', 'masa molar',
        'número de avogadro', 'molaridad', 'solubilidad', 'producto de solubilidad', 'precipitado', 'ácidos y bases', 'reacción ácido-base',
        'disolución amortiguadora', 'disolución tampón', 'valoración ácido-base', 'titulación', 'constante de equilibrio',
        'principio de le châtelier', 'ley de acción de masas', 'ecuación química', 'geometría molecular', 'hibridación', 'energía de ionización',
        'radio atómico', 'gases nobles', 'metales alcalinos', 'halógenos', 'metales de transición', 'compuesto de coordinación', 'ligando',
        'ligandos', 'agente oxidante', 'agente reductor', 'exotérmica', 'endotérmica', 'rendimiento de reacción', 'catión', 'anión',
        'energía reticular', 'reactivo limitante', 'presión parcial', 'disolución acuosa', 'par solitario',
      ],
    },
    shared: [
      'mol', 'mol/l', 'vsepr', 'iupac', 'avogadro', 'le chatelier', 'naoh', 'hcl', 'h2so4', 'nacl', 'h2o', 'co2',
    ],
  },
  {
    key: 'organic-chemistry',
    names: {
      en: [
        'organic chemistry', 'organic synthesis', 'organic reaction mechanisms',
      ],
      de: [
        'organische chemie', 'organische synthese', 'organische experimentalchemie',
      ],
      fr: [
        'chimie organique', 'synthèse organique',
      ],
      es: [
        'química orgánica', 'síntesis orgánica',
      ],
    },
    terms: {
      en: [
        'functional group', 'functional groups', 'alkane', 'alkanes', 'alkene', 'alkenes', 'alkyne', 'alkynes', 'aromatic compounds', 'benzene',
        'alcohols', 'aldehyde', 'ketone', 'carboxylic acid', 'ester', 'ether', 'amine', 'amide', 'nucleophile', 'electrophile',
        'nucleophilic substitution', 'elimination reaction', 'electrophilic aromatic substitution', "markovnikov's rule", 'carbocation',
        'reaction mechanism', 'stereochemistry', 'chirality', 'chiral center', 'stereocenter', 'enantiomer', 'enantiomers', 'diastereomers',
        'racemic mixture', 'cip rules', 'isomerism', 'constitutional isomers', 'chair conformation', 'newman projection', 'resonance structures',
        'grignard reagent', 'aldol condensation', 'diels-alder reaction', 'protecting group', 'retrosynthesis', 'nmr spectroscopy',
        'infrared spectroscopy', 'mass spectrometry', 'chemical shift', 'hydrocarbons', 'cyclohexane', 'iupac nomenclature', 'esterification',
        'saponification',
      ],
      de: [
        'funktionelle gruppe', 'funktionelle gruppen', 'alkane', 'alkene', 'alkine', 'aromaten', 'aromatische verbindungen', 'benzol', 'alkohole',
        'aldehyde', 'ketone', 'carbonsäure', 'carbonsäuren', 'ester', 'ether', 'amine', 'amide', 'nucleophil', 'elektrophil',
        'nucleophile substitution', 'eliminierung', 'eliminierungsreaktion', 'elektrophile aromatische substitution', 'additionsreaktion',
        'markownikow-regel', 'carbokation', 'reaktionsmechanismus', 'abgangsgruppe', 'stereochemie', 'chiralität', 'chiralitätszentrum',
        'stereozentrum', 'enantiomer', 'enantiomere', 'diastereomere', 'racemat', 'cip-regeln', 'isomerie', 'konstitutionsisomere', 'konformation',
        'sesselkonformation', 'newman-projektion', 'mesomerie', 'grenzformeln', 'grignard-reagenz', 'aldolkondensation', 'diels-alder-reaktion',
        'schutzgruppe', 'retrosynthese', 'nmr-spektroskopie', 'ir-spektroskopie', 'massenspektrometrie', 'kohlenwasserstoffe', 'cyclohexan',
        'nomenklatur', 'veresterung', 'verseifung',
      ],
      fr: [
        'groupe fonctionnel', 'groupes fonctionnels', 'alcanes', 'alcènes', 'alcynes', 'composés aromatiques', 'benzène', 'alcools', 'aldéhyde',
        'aldéhydes', 'cétone', 'cétones', 'acide carboxylique', 'ester', 'esters', 'amine', 'amines', 'amide', 'nucléophile', 'électrophile',
        'substitution nucléophile', "réaction d'élimination", 'substitution électrophile aromatique', 'règle de markovnikov', 'carbocation',
        'mécanisme réactionnel', 'groupe partant', 'stéréochimie', 'chiralité', 'carbone asymétrique', 'énantiomère', 'énantiomères',
        'diastéréoisomères', 'mélange racémique', 'règles cip', 'isomérie', 'isomères de constitution', 'conformation chaise',
        'projection de newman', 'formes mésomères', 'mésomérie', 'organomagnésien', 'réactif de grignard', 'aldolisation', 'réaction de diels-alder',
        'groupe protecteur', 'rétrosynthèse', 'spectroscopie rmn', 'spectroscopie infrarouge', 'spectrométrie de masse', 'déplacement chimique',
        'hydrocarbures', 'cyclohexane', 'nomenclature', 'estérification', 'saponification',
      ],
      es: [
        'grupo funcional', 'grupos funcionales', 'alcanos', 'alquenos', 'alquinos', 'compuestos aromáticos', 'benceno', 'alcoholes', 'aldehído',
        'aldehídos', 'cetona', 'cetonas', 'ácido carboxílico', 'éster', 'ésteres', 'éter', 'amina', 'aminas', 'amida', 'nucleófilo', 'electrófilo',
        'sustitución nucleofílica', 'reacción de eliminación', 'sustitución electrofílica aromática', 'regla de markovnikov', 'carbocatión',
        'mecanismo de reacción', 'estereoquímica', 'quiralidad', 'centro quiral', 'carbono asimétrico', 'enantiómero', 'enantiómeros',
        'diastereómeros', 'mezcla racémica', 'reglas cip', 'isomería', 'isómeros estructurales', 'conformación de silla', 'proyección de newman',
        'estructuras resonantes', 'reactivo de grignard', 'condensación aldólica', 'reacción de diels-alder', 'grupo protector', 'retrosíntesis',
        'espectroscopia rmn', 'espectroscopia infrarroja', 'espectrometría de masas', 'desplazamiento químico', 'hidrocarburos', 'ciclohexano',
        'nomenclatura iupac', 'esterificación', 'saponificación',
      ],
    },
    shared: [
      'sn1', 'sn2', 'grignard', 'diels-alder', 'markovnikov', 'iupac', 'nmr', 'rmn', 'ch3', 'wittig', 'friedel-crafts', 'cahn-ingold-prelog',
    ],
  },
  {
    key: 'biochemistry',
    names: {
      en: [
        'biochemistry', 'biological chemistry', 'metabolic biochemistry', 'enzymology',
      ],
      de: [
        'biochemie', 'physiologische chemie', 'enzymologie',
      ],
      fr: [
        'biochimie', 'biochimie métabolique', 'enzymologie',
      ],
      es: [
        'bioquímica', 'química biológica', 'enzimología',
      ],
    },
    terms: {
      en: [
        'amino acids', 'amino acid', 'peptide bond', 'protein structure', 'primary structure', 'secondary structure', 'tertiary structure',
        'quaternary structure', 'alpha helix', 'enzyme', 'enzymes', 'enzyme kinetics', 'enzyme-substrate complex', 'competitive inhibition',
        'allosteric regulation', 'cofactor', 'coenzyme', 'metabolism', 'glycolysis', 'citric acid cycle', 'krebs cycle', 'oxidative phosphorylation',
        'electron transport chain', 'atp synthase', 'gluconeogenesis', 'glycogen', 'fatty acids', 'beta-oxidation', 'lipids', 'phospholipids',
        'carbohydrates', 'monosaccharides', 'polysaccharides', 'nucleotides', 'urea cycle', 'pentose phosphate pathway', 'photosynthesis',
        'calvin cycle', 'protein folding', 'denaturation', 'hemoglobin', 'signal transduction', 'metabolic pathway', 'catabolism', 'anabolism',
        'chromatography', 'electrophoresis', 'isoelectric point',
      ],
      de: [
        'aminosäuren', 'aminosäure', 'peptidbindung', 'proteinstruktur', 'primärstruktur', 'sekundärstruktur', 'tertiärstruktur', 'quartärstruktur',
        'alpha-helix', 'beta-faltblatt', 'enzym', 'enzyme', 'enzymkinetik', 'kompetitive hemmung', 'allosterische regulation', 'cofaktor', 'coenzym',
        'stoffwechsel', 'glykolyse', 'citratzyklus', 'zitronensäurezyklus', 'oxidative phosphorylierung', 'atmungskette', 'atp-synthase',
        'gluconeogenese', 'glukoneogenese', 'glykogen', 'fettsäuren', 'beta-oxidation', 'lipide', 'phospholipide', 'kohlenhydrate', 'monosaccharide',
        'polysaccharide', 'nukleotide', 'harnstoffzyklus', 'pentosephosphatweg', 'photosynthese', 'calvin-zyklus', 'proteinfaltung', 'denaturierung',
        'hämoglobin', 'signaltransduktion', 'stoffwechselweg', 'katabolismus', 'anabolismus', 'chromatographie', 'gelelektrophorese',
        'isoelektrischer punkt',
      ],
      fr: [
        'acides aminés', 'acide aminé', 'liaison peptidique', 'structure des protéines', 'structure primaire', 'structure secondaire',
        'structure tertiaire', 'structure quaternaire', 'hélice alpha', 'enzyme', 'enzymes', 'cinétique enzymatique', 'complexe enzyme-substrat',
        'inhibition compétitive', 'régulation allostérique', 'cofacteur', 'coenzyme', 'métabolisme', 'glycolyse', 'cycle de krebs',
        'phosphorylation oxydative', 'chaîne respiratoire', 'atp synthase', 'néoglucogenèse', 'glycogène', 'acides gras', 'bêta-oxydation',
        'lipides', 'phospholipides', 'glucides', 'oses', 'monosaccharides', 'polysaccharides', 'nucléotides', "cycle de l'urée",
        'voie des pentoses phosphates', 'photosynthèse', 'cycle de calvin', 'repliement des protéines', 'dénaturation', 'hémoglobine',
        'transduction du signal', 'voie métabolique', 'catabolisme', 'anabolisme', 'chromatographie', 'électrophorèse', 'point isoélectrique',
      ],
      es: [
        'aminoácidos', 'aminoácido', 'enlace peptídico', 'estructura de proteínas', 'estructura primaria', 'estructura secundaria',
        'estructura terciaria', 'estructura cuaternaria', 'hélice alfa', 'lámina beta', 'enzima', 'enzimas', 'cinética enzimática',
        'complejo enzima-sustrato', 'inhibición competitiva', 'regulación alostérica', 'cofactor', 'coenzima', 'metabolismo', 'glucólisis',
        'ciclo de krebs', 'ciclo del ácido cítrico', 'fosforilación oxidativa', 'cadena de transporte de electrones', 'cadena respiratoria',
        'atp sintasa', 'gluconeogénesis', 'glucógeno', 'ácidos grasos', 'beta-oxidación', 'lípidos', 'fosfolípidos', 'carbohidratos', 'glúcidos',
        'monosacáridos', 'polisacáridos', 'nucleótidos', 'ciclo de la urea', 'vía de las pentosas fosfato', 'fotosíntesis', 'ciclo de calvin',
        'plegamiento de proteínas', 'desnaturalización', 'hemoglobina', 'transducción de señales', 'ruta metabólica', 'catabolismo', 'anabolismo',
        'cromatografía', 'electroforesis', 'punto isoeléctrico',
      ],
    },
    shared: [
      'atp', 'adp', 'nadh', 'nadph', 'fadh2', 'acetyl-coa', 'michaelis-menten', 'lineweaver-burk', 'vmax', 'sds-page', 'coa',
    ],
  },
  {
    key: 'physical-chemistry',
    names: {
      en: [
        'physical chemistry', 'chemical thermodynamics', 'chemical kinetics', 'quantum chemistry', 'electrochemistry', 'molecular spectroscopy',
      ],
      de: [
        'physikalische chemie', 'chemische thermodynamik', 'reaktionskinetik', 'chemische kinetik', 'quantenchemie', 'elektrochemie',
      ],
      fr: [
        'chimie physique', 'thermodynamique chimique', 'cinétique chimique', 'chimie quantique', 'électrochimie',
      ],
      es: [
        'química física', 'fisicoquímica', 'termodinámica química', 'cinética química', 'química cuántica', 'electroquímica',
      ],
    },
    terms: {
      en: [
        'rate law', 'rate constant', 'reaction order', 'first-order reaction', 'half-life', 'arrhenius equation', 'activation energy',
        'transition state theory', 'transition state', 'reaction coordinate', 'catalysis', 'collision theory', 'steady-state approximation',
        'chemical equilibrium', 'standard enthalpy of formation', "hess's law", 'calorimetry', 'chemical potential', 'phase diagram', 'triple point',
        "raoult's law", 'colligative properties', 'osmotic pressure', 'activity coefficient', 'nernst equation', 'electrochemical cell',
        'galvanic cell', 'electrolysis', 'standard electrode potential', 'cell potential', 'faraday constant', 'spectroscopy', 'absorption spectrum',
        'beer-lambert law', 'rotational spectroscopy', 'vibrational spectroscopy', 'molecular orbital', 'molecular orbital theory',
        'born-oppenheimer approximation', 'hartree-fock method', 'atomic orbitals', 'selection rules', 'adsorption', 'langmuir isotherm',
        'surface tension', 'viscosity', 'diffusion coefficient', 'ideal solution', 'rate-determining step',
      ],
      de: [
        'geschwindigkeitsgesetz', 'geschwindigkeitskonstante', 'reaktionsordnung', 'reaktion erster ordnung', 'halbwertszeit', 'arrhenius-gleichung',
        'aktivierungsenergie', 'theorie des übergangszustands', 'übergangszustand', 'reaktionskoordinate', 'katalyse', 'stoßtheorie',
        'quasistationaritätsprinzip', 'chemisches gleichgewicht', 'standardbildungsenthalpie', 'satz von hess', 'kalorimetrie',
        'chemisches potential', 'phasendiagramm', 'tripelpunkt', 'raoultsches gesetz', 'kolligative eigenschaften', 'osmotischer druck',
        'aktivitätskoeffizient', 'nernst-gleichung', 'galvanische zelle', 'galvanisches element', 'elektrolyse', 'standardpotential',
        'elektrodenpotential', 'zellspannung', 'faraday-konstante', 'spektroskopie', 'absorptionsspektrum', 'lambert-beer-gesetz',
        'rotationsspektroskopie', 'schwingungsspektroskopie', 'molekülorbital', 'molekülorbitaltheorie', 'born-oppenheimer-näherung',
        'hartree-fock-verfahren', 'atomorbitale', 'auswahlregeln', 'adsorption', 'langmuir-isotherme', 'oberflächenspannung', 'viskosität',
        'diffusionskoeffizient', 'ideale mischung', 'geschwindigkeitsbestimmender schritt',
      ],
      fr: [
        'loi de vitesse', 'constante de vitesse', 'ordre de réaction', "réaction d'ordre un", 'temps de demi-réaction', 'demi-vie',
        "loi d'arrhenius", "énergie d'activation", "théorie de l'état de transition", 'état de transition', 'coordonnée de réaction', 'catalyse',
        'théorie des collisions', "approximation de l'état quasi stationnaire", 'équilibre chimique', 'enthalpie standard de formation',
        'loi de hess', 'calorimétrie', 'potentiel chimique', 'diagramme de phases', 'point triple', 'loi de raoult', 'propriétés colligatives',
        'pression osmotique', "coefficient d'activité", 'équation de nernst', 'cellule électrochimique', 'pile galvanique', 'électrolyse',
        'potentiel standard', "potentiel d'électrode", 'force électromotrice', 'constante de faraday', 'spectroscopie', "spectre d'absorption",
        'loi de beer-lambert', 'spectroscopie de rotation', 'spectroscopie de vibration', 'orbitale moléculaire',
        'théorie des orbitales moléculaires', 'approximation de born-oppenheimer', 'méthode de hartree-fock', 'orbitales atomiques',
        'règles de sélection', 'adsorption', 'isotherme de langmuir', 'tension superficielle', 'viscosité', 'coefficient de diffusion',
        'solution idéale', 'étape cinétiquement déterminante',
      ],
      es: [
        'ley de velocidad', 'constante de velocidad', 'orden de reacción', 'reacción de primer orden', 'vida media', 'ecuación de arrhenius',
        'energía de activación', 'teoría del estado de transición', 'estado de transición', 'coordenada de reacción', 'catálisis',
        'teoría de colisiones', 'aproximación del estado estacionario', 'equilibrio químico', 'entalpía estándar de formación', 'ley de hess',
        'calorimetría', 'potencial químico', 'diagrama de fases', 'punto triple', 'ley de raoult', 'propiedades coligativas', 'presión osmótica',
        'coeficiente de actividad', 'ecuación de nernst', 'celda electroquímica', 'pila galvánica', 'electrólisis', 'potencial estándar',
        'potencial de electrodo', 'fuerza electromotriz', 'constante de faraday', 'espectroscopia', 'espectro de absorción', 'ley de beer-lambert',
        'espectroscopia rotacional', 'espectroscopia vibracional', 'orbital molecular', 'teoría de orbitales moleculares',
        'aproximación de born-oppenheimer', 'método de hartree-fock', 'orbitales atómicos', 'reglas de selección', 'adsorción',
        'isoterma de langmuir', 'tensión superficial', 'viscosidad', 'coeficiente de difusión', 'disolución ideal', 'etapa limitante',
      ],
    },
    shared: [
      'arrhenius', 'nernst', 'raoult', 'beer-lambert', 'lambert-beer', 'langmuir', 'hartree-fock', 'born-oppenheimer', 'kj/mol', 'homo-lumo',
    ],
  },
  {
    key: 'cell-molecular-biology',
    names: {
      en: [
        'biology', 'general biology', 'cell biology', 'molecular biology', 'cellular and molecular biology', 'molecular and cell biology',
        'cellular biology',
      ],
      de: [
        'biologie', 'allgemeine biologie', 'zellbiologie', 'molekularbiologie', 'molekulare zellbiologie',
      ],
      fr: [
        'biologie', 'biologie générale', 'biologie cellulaire', 'biologie moléculaire', 'biologie cellulaire et moléculaire',
      ],
      es: [
        'biología', 'biología general', 'biología celular', 'biología molecular', 'biología celular y molecular',
      ],
    },
    terms: {
      en: [
        'cell membrane', 'plasma membrane', 'lipid bilayer', 'cytoplasm', 'cell nucleus', 'organelles', 'mitochondria', 'chloroplast',
        'endoplasmic reticulum', 'golgi apparatus', 'ribosome', 'ribosomes', 'lysosome', 'cytoskeleton', 'microtubules', 'actin filaments',
        'membrane transport', 'active transport', 'osmosis', 'endocytosis', 'exocytosis', 'cell cycle', 'mitosis', 'meiosis', 'cytokinesis',
        'apoptosis', 'dna replication', 'transcription', 'rna polymerase', 'messenger rna', 'transfer rna', 'genetic code', 'codon',
        'gene expression', 'transcription factor', 'protein synthesis', 'signaling pathway', 'cell signaling', 'stem cells', 'cell differentiation',
        'prokaryotes', 'eukaryotes', 'eukaryotic cell', 'prokaryotic cell', 'gel electrophoresis', 'plasmid', 'recombinant dna', 'western blot',
        'fluorescence microscopy', 'cell culture', 'nucleic acids', 'chromatin', 'histones', 'dna polymerase',
      ],
      de: [
        'zellmembran', 'plasmamembran', 'lipiddoppelschicht', 'cytoplasma', 'zytoplasma', 'zellkern', 'organellen', 'mitochondrien', 'chloroplasten',
        'endoplasmatisches retikulum', 'golgi-apparat', 'ribosom', 'ribosomen', 'lysosom', 'cytoskelett', 'zytoskelett', 'mikrotubuli',
        'aktinfilamente', 'membrantransport', 'osmose', 'endozytose', 'exozytose', 'zellzyklus', 'mitose', 'meiose', 'zytokinese', 'apoptose',
        'dna-replikation', 'transkription', 'translation', 'rna-polymerase', 'genetischer code', 'codon', 'genexpression', 'promotor',
        'transkriptionsfaktor', 'proteinbiosynthese', 'signalweg', 'signaltransduktion', 'stammzellen', 'zelldifferenzierung', 'prokaryoten',
        'eukaryoten', 'eukaryotische zelle', 'prokaryotische zelle', 'gelelektrophorese', 'plasmid', 'rekombinante dna', 'restriktionsenzym',
        'western-blot', 'fluoreszenzmikroskopie', 'zellkultur', 'nukleinsäuren', 'chromatin', 'histone', 'dna-polymerase', 'messenger-rna',
      ],
      fr: [
        'membrane cellulaire', 'membrane plasmique', 'bicouche lipidique', 'cytoplasme', 'noyau cellulaire', 'organites', 'mitochondries',
        'chloroplastes', 'réticulum endoplasmique', 'ribosome', 'ribosomes', 'lysosome', 'cytosquelette', 'microtubules', "filaments d'actine",
        'transport membranaire', 'osmose', 'endocytose', 'exocytose', 'cycle cellulaire', 'mitose', 'méiose', 'cytocinèse', 'apoptose',
        "réplication de l'adn", 'transcription', 'arn polymérase', 'arn messager', 'arn de transfert', 'code génétique', 'codon',
        'expression génique', 'expression des gènes', 'facteur de transcription', 'synthèse des protéines', 'voie de signalisation',
        'signalisation cellulaire', 'cellules souches', 'différenciation cellulaire', 'procaryotes', 'eucaryotes', 'cellule eucaryote',
        'cellule procaryote', 'électrophorèse sur gel', 'plasmide', 'adn recombinant', 'western blot', 'microscopie à fluorescence',
        'culture cellulaire', 'acides nucléiques', 'chromatine', 'histones', 'adn polymérase',
      ],
      es: [
        'membrana celular', 'membrana plasmática', 'bicapa lipídica', 'citoplasma', 'núcleo celular', 'orgánulos', 'mitocondrias', 'cloroplastos',
        'retículo endoplasmático', 'ribosoma', 'ribosomas', 'lisosoma', 'citoesqueleto', 'microtúbulos', 'filamentos de actina',
        'transporte de membrana', 'ósmosis', 'endocitosis', 'exocitosis', 'ciclo celular', 'mitosis', 'meiosis', 'citocinesis', 'apoptosis',
        'replicación del adn', 'transcripción', 'arn polimerasa', 'arn mensajero', 'arn de transferencia', 'código genético', 'codón',
        'expresión génica', 'factor de transcripción', 'síntesis de proteínas', 'vía de señalización', 'señalización celular', 'células madre',
        'diferenciación celular', 'procariotas', 'eucariotas', 'célula eucariota', 'célula procariota', 'electroforesis en gel', 'plásmido',
        'adn recombinante', 'western blot', 'microscopía de fluorescencia', 'cultivo celular', 'ácidos nucleicos', 'cromatina', 'histonas',
        'adn polimerasa',
      ],
    },
    shared: [
      'dna', 'rna', 'mrna', 'trna', 'adn', 'arn', 'arnm', 'pcr', 'crispr', 'crispr-cas9', 'golgi',
    ],
  },
  {
    key: 'genetics',
    names: {
      en: [
        'genetics', 'molecular genetics', 'human genetics', 'genomics', 'population genetics', 'genetics and genomics',
      ],
      de: [
        'genetik', 'molekulargenetik', 'humangenetik', 'genomik', 'populationsgenetik', 'vererbungslehre',
      ],
      fr: [
        'génétique', 'génétique moléculaire', 'génétique humaine', 'génomique', 'génétique des populations',
      ],
      es: [
        'genética', 'genética molecular', 'genética humana', 'genómica', 'genética de poblaciones',
      ],
    },
    terms: {
      en: [
        'gene', 'genes', 'allele', 'alleles', 'genotype', 'phenotype', 'dominant allele', 'recessive', 'homozygous', 'heterozygous',
        'mendelian inheritance', "mendel's laws", 'punnett square', 'monohybrid cross', 'dihybrid cross', 'chromosome', 'chromosomes', 'sex-linked',
        'x-linked', 'genetic linkage', 'recombination frequency', 'crossing over', 'genetic map', 'mutation', 'mutations', 'point mutation',
        'frameshift mutation', 'polymorphism', 'pedigree', 'pedigree analysis', 'epistasis', 'penetrance', 'hardy-weinberg equilibrium',
        'allele frequency', 'genetic drift', 'karyotype', 'aneuploidy', 'trisomy', 'nondisjunction', 'genome', 'genome sequencing',
        'gene regulation', 'operon', 'epigenetics', 'dna methylation', 'genetic variation', 'heritability', 'genetic disorder', 'autosomal dominant',
        'autosomal recessive', 'mode of inheritance', 'test cross',
      ],
      de: [
        'gene', 'allel', 'allele', 'genotyp', 'phänotyp', 'dominant', 'rezessiv', 'homozygot', 'heterozygot', 'mendelsche regeln',
        'mendelsche vererbung', 'kreuzungsschema', 'monohybrider erbgang', 'dihybrider erbgang', 'chromosom', 'chromosomen', 'geschlechtsgebunden',
        'x-chromosomal', 'genkopplung', 'rekombinationshäufigkeit', 'crossing-over', 'genkarte', 'mutation', 'mutationen', 'punktmutation',
        'rasterschubmutation', 'polymorphismus', 'stammbaum', 'stammbaumanalyse', 'epistasie', 'penetranz', 'hardy-weinberg-gleichgewicht',
        'allelfrequenz', 'gendrift', 'karyogramm', 'aneuploidie', 'trisomie', 'non-disjunction', 'genom', 'genomsequenzierung', 'genregulation',
        'operon', 'epigenetik', 'dna-methylierung', 'heritabilität', 'erblichkeit', 'erbkrankheit', 'autosomal-dominant', 'autosomal-rezessiv',
        'erbgang', 'rückkreuzung', 'genotypfrequenz',
      ],
      fr: [
        'gène', 'gènes', 'allèle', 'allèles', 'génotype', 'phénotype', 'allèle dominant', 'récessif', 'homozygote', 'hétérozygote', 'lois de mendel',
        'hérédité mendélienne', 'échiquier de punnett', 'monohybridisme', 'dihybridisme', 'chromosome', 'chromosomes', 'lié au sexe', "lié à l'x",
        'liaison génétique', 'fréquence de recombinaison', 'crossing-over', 'enjambement', 'carte génétique', 'mutation', 'mutations',
        'mutation ponctuelle', 'décalage du cadre de lecture', 'polymorphisme', 'arbre généalogique', 'analyse de pedigree', 'épistasie',
        'pénétrance', 'équilibre de hardy-weinberg', 'fréquence allélique', 'dérive génétique', 'caryotype', 'aneuploïdie', 'trisomie',
        'non-disjonction', 'génome', 'séquençage du génome', 'régulation génique', 'opéron', 'épigénétique', "méthylation de l'adn", 'héritabilité',
        'maladie génétique', 'autosomique dominant', 'autosomique récessif', 'croisement test',
      ],
      es: [
        'gen', 'genes', 'alelo', 'alelos', 'genotipo', 'fenotipo', 'alelo dominante', 'recesivo', 'homocigoto', 'heterocigoto', 'leyes de mendel',
        'herencia mendeliana', 'cuadro de punnett', 'cruce monohíbrido', 'cruce dihíbrido', 'cromosoma', 'cromosomas', 'ligado al sexo',
        'ligado al cromosoma x', 'ligamiento', 'frecuencia de recombinación', 'entrecruzamiento', 'mapa genético', 'mutación', 'mutaciones',
        'mutación puntual', 'desplazamiento del marco de lectura', 'polimorfismo', 'árbol genealógico', 'análisis de pedigrí', 'epistasia',
        'penetrancia', 'equilibrio de hardy-weinberg', 'frecuencia alélica', 'deriva genética', 'cariotipo', 'aneuploidía', 'trisomía',
        'no disyunción', 'genoma', 'secuenciación del genoma', 'regulación génica', 'operón', 'epigenética', 'metilación del adn',
        'variación genética', 'heredabilidad', 'enfermedad genética', 'autosómica dominante', 'autosómica recesiva', 'patrón de herencia',
        'cruzamiento de prueba',
      ],
    },
    shared: [
      'mendel', 'punnett', 'hardy-weinberg', 'snp', 'gwas', 'genbank', 'ensembl', 'drosophila', 'drosophila melanogaster',
    ],
  },
  {
    key: 'ecology-evolution',
    names: {
      en: [
        'ecology', 'evolutionary biology', 'ecology and evolution', 'evolution and ecology', 'population biology', 'conservation biology',
        'evolutionary ecology',
      ],
      de: [
        'ökologie', 'evolutionsbiologie', 'evolution und ökologie', 'ökologie und evolution', 'populationsbiologie', 'naturschutzbiologie',
        'evolutionsökologie',
      ],
      fr: [
        'écologie', "biologie de l'évolution", 'biologie évolutive', 'écologie et évolution', 'biologie des populations',
        'biologie de la conservation',
      ],
      es: [
        'ecología', 'biología evolutiva', 'ecología y evolución', 'evolución y ecología', 'biología de poblaciones', 'biología de la conservación',
      ],
    },
    terms: {
      en: [
        'natural selection', 'adaptation', 'speciation', 'allopatric speciation', 'phylogeny', 'phylogenetic tree', 'common ancestor',
        'homologous structures', 'convergent evolution', 'genetic drift', 'gene flow', 'sexual selection', 'coevolution', 'biodiversity',
        'ecosystem', 'ecosystems', 'population dynamics', 'logistic growth', 'exponential growth', 'predation', 'interspecific competition',
        'mutualism', 'symbiosis', 'parasitism', 'ecological niche', 'food web', 'food chain', 'trophic level', 'primary production',
        'nutrient cycling', 'carbon cycle', 'nitrogen cycle', 'biome', 'biomes', 'keystone species', 'invasive species', 'habitat',
        'habitat fragmentation', 'extinction', 'mass extinction', 'biogeography', 'fossil record', 'cladistics', 'microevolution', 'macroevolution',
        'selection pressure',
      ],
      de: [
        'natürliche selektion', 'anpassung', 'evolutionäre fitness', 'artbildung', 'allopatrische artbildung', 'phylogenie',
        'phylogenetischer stammbaum', 'gemeinsamer vorfahr', 'konvergente evolution', 'gendrift', 'genfluss', 'sexuelle selektion', 'koevolution',
        'biodiversität', 'ökosystem', 'ökosysteme', 'populationsdynamik', 'umweltkapazität', 'logistisches wachstum', 'exponentielles wachstum',
        'interspezifische konkurrenz', 'mutualismus', 'symbiose', 'parasitismus', 'ökologische nische', 'nahrungsnetz', 'nahrungskette',
        'trophieebene', 'primärproduktion', 'stoffkreislauf', 'kohlenstoffkreislauf', 'stickstoffkreislauf', 'biom', 'biome', 'sukzession',
        'schlüsselart', 'neobiota', 'lebensraum', 'habitatfragmentierung', 'aussterben', 'massenaussterben', 'artenvielfalt', 'artenreichtum',
        'biogeographie', 'fossilbericht', 'kladistik', 'mikroevolution', 'makroevolution', 'selektionsdruck',
      ],
      fr: [
        'sélection naturelle', 'adaptation', 'valeur sélective', 'spéciation', 'spéciation allopatrique', 'phylogénie', 'arbre phylogénétique',
        'ancêtre commun', 'structures homologues', 'évolution convergente', 'dérive génétique', 'flux génique', 'sélection sexuelle', 'coévolution',
        'biodiversité', 'écosystème', 'écosystèmes', 'dynamique des populations', 'capacité de charge', 'croissance logistique',
        'croissance exponentielle', 'prédation', 'compétition interspécifique', 'mutualisme', 'symbiose', 'parasitisme', 'niche écologique',
        'réseau trophique', 'chaîne alimentaire', 'niveau trophique', 'production primaire', 'cycle des nutriments', 'cycle du carbone',
        "cycle de l'azote", 'biome', 'biomes', 'espèce clé de voûte', 'espèces invasives', 'habitat', 'fragmentation des habitats', 'extinction',
        'extinction de masse', 'biogéographie', 'registre fossile', 'cladistique', 'microévolution', 'macroévolution', 'pression de sélection',
      ],
      es: [
        'selección natural', 'adaptación', 'eficacia biológica', 'especiación', 'especiación alopátrica', 'filogenia', 'árbol filogenético',
        'ancestro común', 'estructuras homólogas', 'evolución convergente', 'deriva genética', 'flujo génico', 'selección sexual', 'coevolución',
        'biodiversidad', 'ecosistema', 'ecosistemas', 'dinámica de poblaciones', 'capacidad de carga', 'crecimiento logístico',
        'crecimiento exponencial', 'depredación', 'competencia interespecífica', 'mutualismo', 'simbiosis', 'parasitismo', 'nicho ecológico',
        'red trófica', 'cadena alimentaria', 'nivel trófico', 'producción primaria', 'ciclo de nutrientes', 'ciclo del carbono',
        'ciclo del nitrógeno', 'bioma', 'biomas', 'especie clave', 'especies invasoras', 'hábitat', 'fragmentación del hábitat', 'extinción',
        'extinción masiva', 'biogeografía', 'registro fósil', 'cladística', 'microevolución', 'macroevolución', 'presión selectiva',
      ],
    },
    shared: [
      'darwin', 'lamarck', 'lotka-volterra', 'iucn', 'hardy-weinberg', 'galápagos',
    ],
  },
  {
    key: 'microbiology',
    names: {
      en: [
        'microbiology', 'bacteriology', 'virology', 'medical microbiology', 'microbial ecology',
      ],
      de: [
        'mikrobiologie', 'bakteriologie', 'virologie', 'medizinische mikrobiologie', 'allgemeine mikrobiologie',
      ],
      fr: [
        'microbiologie', 'bactériologie', 'virologie', 'microbiologie médicale',
      ],
      es: [
        'microbiología', 'bacteriología', 'virología', 'microbiología médica',
      ],
    },
    terms: {
      en: [
        'bacteria', 'bacterium', 'virion', 'viral replication', 'archaea', 'fungi', 'yeast', 'protozoa', 'prokaryotic', 'gram stain', 'cell wall',
        'peptidoglycan', 'flagellum', 'pili', 'endospore', 'growth curve', 'exponential phase', 'colony', 'colonies', 'petri dish', 'sterilization',
        'autoclave', 'antibiotic', 'antibiotics', 'antibiotic resistance', 'antimicrobial', 'bacteriophage', 'lytic cycle', 'lysogenic cycle',
        'capsid', 'pathogen', 'pathogens', 'virulence', 'infection', 'horizontal gene transfer', 'bacterial conjugation', 'biofilm', 'fermentation',
        'nitrogen fixation', 'microbiome', 'serial dilution', 'colony forming units', "koch's postulates", 'bacterial culture', 'agar',
        'gram staining',
      ],
      de: [
        'bakterien', 'bakterium', 'virion', 'virusvermehrung', 'archaeen', 'pilze', 'hefe', 'hefen', 'protozoen', 'prokaryotisch', 'gramfärbung',
        'grampositiv', 'gramnegativ', 'zellwand', 'peptidoglycan', 'murein', 'geißel', 'pili', 'endospore', 'endosporen', 'wachstumskurve',
        'exponentielle phase', 'kolonie', 'kolonien', 'agarplatte', 'nährmedium', 'nährboden', 'petrischale', 'sterilisation', 'autoklav',
        'antibiotikum', 'antibiotika', 'antibiotikaresistenz', 'antimikrobiell', 'bakteriophage', 'bakteriophagen', 'lytischer zyklus',
        'lysogener zyklus', 'kapsid', 'wirtszelle', 'krankheitserreger', 'virulenz', 'infektion', 'konjugation', 'biofilm', 'gärung',
        'stickstofffixierung', 'mikrobiom', 'verdünnungsreihe', 'koloniebildende einheiten', 'henle-koch-postulate', 'reinkultur', 'virushülle',
      ],
      fr: [
        'bactéries', 'bactérie', 'virions', 'réplication virale', 'archées', 'champignons', 'levure', 'levures', 'protozoaires', 'procaryote',
        'coloration de gram', 'paroi bactérienne', 'peptidoglycane', 'flagelle', 'pili', 'endospore', 'courbe de croissance', 'phase exponentielle',
        'colonie', 'colonies bactériennes', 'gélose', 'milieu de culture', 'boîte de petri', 'stérilisation', 'technique aseptique', 'autoclave',
        'antibiotique', 'antibiotiques', 'résistance aux antibiotiques', 'antimicrobien', 'bactériophage', 'cycle lytique', 'cycle lysogénique',
        'capside', 'cellule hôte', 'agent pathogène', 'pathogènes', 'virulence', 'infection', 'conjugaison bactérienne', 'biofilm', 'fermentation',
        "fixation de l'azote", 'microbiote', 'dilutions en série', 'unités formant colonies', 'postulats de koch', 'culture bactérienne',
      ],
      es: [
        'bacterias', 'bacteria', 'viriones', 'replicación viral', 'arqueas', 'hongos', 'levadura', 'levaduras', 'protozoos', 'procariota',
        'tinción de gram', 'grampositivas', 'gramnegativas', 'pared celular', 'peptidoglucano', 'flagelo', 'pili', 'endospora',
        'curva de crecimiento', 'fase exponencial', 'colonia', 'colonias', 'placa de agar', 'medio de cultivo', 'placa de petri', 'esterilización',
        'técnica aséptica', 'autoclave', 'antibiótico', 'antibióticos', 'resistencia a antibióticos', 'antimicrobiano', 'bacteriófago',
        'ciclo lítico', 'ciclo lisogénico', 'cápside', 'célula huésped', 'patógeno', 'patógenos', 'virulencia', 'infección',
        'conjugación bacteriana', 'biopelícula', 'fermentación', 'fijación de nitrógeno', 'microbiota', 'diluciones seriadas', 'postulados de koch',
        'cultivo bacteriano',
      ],
    },
    shared: [
      'e. coli', 'escherichia coli', 'staphylococcus aureus', 'streptococcus', 'bacillus subtilis', 'saccharomyces cerevisiae', 'pasteur', 'cfu',
      'ufc', 'mrsa', 'sars-cov-2',
    ],
  },
  {
    key: 'neuroscience',
    names: {
      en: [
        'neuroscience', 'neurosciences', 'neurobiology', 'cognitive neuroscience', 'neuroanatomy', 'neurophysiology', 'behavioral neuroscience',
      ],
      de: [
        'neurowissenschaften', 'neurowissenschaft', 'neurobiologie', 'kognitive neurowissenschaften', 'neuroanatomie', 'neurophysiologie',
      ],
      fr: [
        'neurosciences', 'neuroscience', 'neurobiologie', 'neurosciences cognitives', 'neuroanatomie', 'neurophysiologie',
      ],
      es: [
        'neurociencia', 'neurociencias', 'neurobiología', 'neurociencia cognitiva', 'neuroanatomía', 'neurofisiología',
      ],
    },
    terms: {
      en: [
        'neuron', 'neurons', 'axon', 'dendrite', 'dendrites', 'synapse', 'synapses', 'synaptic transmission', 'neurotransmitter',
        'neurotransmitters', 'action potential', 'depolarization', 'hyperpolarization', 'ion channels', 'voltage-gated channels',
        'sodium-potassium pump', 'myelin', 'myelin sheath', 'node of ranvier', 'glial cells', 'astrocytes', 'dopamine', 'serotonin', 'glutamate',
        'acetylcholine', 'postsynaptic potential', 'excitatory', 'inhibitory', 'synaptic plasticity', 'cerebral cortex', 'prefrontal cortex',
        'hippocampus', 'amygdala', 'cerebellum', 'basal ganglia', 'thalamus', 'hypothalamus', 'brainstem', 'spinal cord', 'central nervous system',
        'peripheral nervous system', 'autonomic nervous system', 'sensory neurons', 'motor neurons', 'reflex arc', 'neural circuits',
        'neuroplasticity', 'brain', 'resting potential', 'neuroimaging',
      ],
      de: [
        'neuron', 'neuronen', 'nervenzelle', 'nervenzellen', 'axon', 'dendriten', 'synapse', 'synapsen', 'synaptische übertragung',
        'neurotransmitter', 'aktionspotential', 'ruhemembranpotential', 'ruhepotential', 'depolarisation', 'hyperpolarisation', 'ionenkanäle',
        'natrium-kalium-pumpe', 'myelin', 'myelinscheide', 'ranvierscher schnürring', 'gliazellen', 'astrozyten', 'dopamin', 'serotonin', 'glutamat',
        'acetylcholin', 'postsynaptisches potential', 'erregend', 'hemmend', 'synaptische plastizität', 'langzeitpotenzierung', 'großhirnrinde',
        'präfrontaler cortex', 'hippocampus', 'amygdala', 'kleinhirn', 'basalganglien', 'thalamus', 'hypothalamus', 'hirnstamm', 'rückenmark',
        'zentralnervensystem', 'peripheres nervensystem', 'vegetatives nervensystem', 'sensorische neuronen', 'motoneuronen', 'reflexbogen',
        'neuronale schaltkreise', 'neuroplastizität', 'bildgebung', 'gehirn',
      ],
      fr: [
        'neurone', 'neurones', 'axone', 'dendrite', 'dendrites', 'synapse', 'synapses', 'transmission synaptique', 'neurotransmetteur',
        'neurotransmetteurs', "potentiel d'action", 'dépolarisation', 'hyperpolarisation', 'canaux ioniques', 'canaux voltage-dépendants',
        'pompe sodium-potassium', 'myéline', 'gaine de myéline', 'nœud de ranvier', 'cellules gliales', 'astrocytes', 'dopamine', 'sérotonine',
        'glutamate', 'acétylcholine', 'potentiel postsynaptique', 'excitateur', 'inhibiteur', 'plasticité synaptique', 'cortex cérébral',
        'cortex préfrontal', 'hippocampe', 'amygdale', 'cervelet', 'ganglions de la base', 'thalamus', 'hypothalamus', 'tronc cérébral',
        'moelle épinière', 'système nerveux central', 'système nerveux périphérique', 'système nerveux autonome', 'neurones sensoriels',
        'motoneurones', 'arc réflexe', 'circuits neuronaux', 'neuroplasticité', 'imagerie cérébrale', 'cerveau',
      ],
      es: [
        'neurona', 'neuronas', 'axón', 'dendritas', 'sinapsis', 'transmisión sináptica', 'neurotransmisor', 'neurotransmisores',
        'potencial de acción', 'despolarización', 'hiperpolarización', 'canales iónicos', 'bomba de sodio-potasio', 'mielina', 'vaina de mielina',
        'nodo de ranvier', 'células gliales', 'astrocitos', 'dopamina', 'serotonina', 'glutamato', 'acetilcolina', 'potencial postsináptico',
        'excitatorio', 'inhibitorio', 'plasticidad sináptica', 'corteza cerebral', 'corteza prefrontal', 'hipocampo', 'amígdala', 'cerebelo',
        'ganglios basales', 'tálamo', 'hipotálamo', 'tronco encefálico', 'médula espinal', 'sistema nervioso central', 'sistema nervioso periférico',
        'sistema nervioso autónomo', 'neuronas sensoriales', 'motoneuronas', 'arco reflejo', 'circuitos neuronales', 'neuroplasticidad',
        'neuroimagen', 'cerebro',
      ],
    },
    shared: [
      'gaba', 'fmri', 'irmf', 'eeg', 'nmda', 'ampa', 'hodgkin-huxley', 'ranvier', 'broca', 'wernicke',
    ],
  },
  {
    key: 'earth-sciences',
    names: {
      en: [
        'geology', 'earth sciences', 'earth science', 'geosciences', 'geophysics', 'mineralogy', 'petrology', 'physical geology',
      ],
      de: [
        'geologie', 'geowissenschaften', 'erdwissenschaften', 'geophysik', 'mineralogie', 'petrologie', 'allgemeine geologie',
      ],
      fr: [
        'géologie', 'sciences de la terre', 'géosciences', 'géophysique', 'minéralogie', 'pétrologie',
      ],
      es: [
        'geología', 'ciencias de la tierra', 'geociencias', 'geofísica', 'mineralogía', 'petrología',
      ],
    },
    terms: {
      en: [
        'plate tectonics', 'tectonic plates', 'continental drift', 'earthquake', 'earthquakes', 'seismic waves', 'normal fault', 'volcano',
        'volcanoes', 'magma', 'lava', 'igneous rocks', 'sedimentary rocks', 'metamorphic rocks', 'rock cycle', 'minerals', 'quartz', 'feldspar',
        'granite', 'basalt', 'limestone', 'sandstone', 'weathering', 'erosion', 'sediments', 'sedimentation', 'stratigraphy', 'strata',
        'geologic time scale', 'fossils', "earth's mantle", "earth's crust", 'lithosphere', 'asthenosphere', 'groundwater', 'aquifer', 'glaciation',
        'glacier', 'folding', 'geological map', 'mohs scale', 'orogeny', 'mountain building', 'hotspot', 'seismograph', 'tsunami',
        'silicate minerals', 'subduction', 'oceanic ridge', 'radioactive decay', 'rift valley',
      ],
      de: [
        'plattentektonik', 'lithosphärenplatten', 'subduktionszone', 'mittelozeanischer rücken', 'kontinentaldrift', 'ozeanbodenspreizung',
        'erdbeben', 'seismische wellen', 'verwerfung', 'vulkan', 'vulkane', 'vulkanismus', 'magma', 'lava', 'magmatische gesteine', 'magmatite',
        'sedimentgesteine', 'metamorphe gesteine', 'metamorphite', 'gesteinskreislauf', 'minerale', 'mineralien', 'quarz', 'feldspat', 'granit',
        'basalt', 'kalkstein', 'sandstein', 'verwitterung', 'erosion', 'sedimente', 'stratigraphie', 'schichtung', 'geologische zeitskala',
        'radiometrische datierung', 'fossilien', 'erdmantel', 'erdkruste', 'lithosphäre', 'asthenosphäre', 'erdkern', 'grundwasser',
        'grundwasserleiter', 'vergletscherung', 'gletscher', 'faltung', 'mohshärte', 'orogenese', 'gebirgsbildung', 'hotspot', 'seismograph',
        'tsunami', 'silikate',
      ],
      fr: [
        'tectonique des plaques', 'plaques tectoniques', 'zone de subduction', 'dorsale océanique', 'dérive des continents', 'expansion océanique',
        'séisme', 'séismes', 'tremblement de terre', 'ondes sismiques', 'volcan', 'volcans', 'volcanisme', 'magma', 'lave', 'roches magmatiques',
        'roches sédimentaires', 'roches métamorphiques', 'cycle des roches', 'minéraux', 'quartz', 'feldspath', 'granite', 'basalte', 'calcaire',
        'grès', 'érosion', 'sédiments', 'sédimentation', 'stratigraphie', 'strates', 'échelle des temps géologiques', 'datation radiométrique',
        'fossiles', 'manteau terrestre', 'croûte terrestre', 'lithosphère', 'asthénosphère', 'noyau terrestre', 'nappe phréatique', 'aquifère',
        'glaciation', 'glacier', 'plissement', 'carte géologique', 'échelle de mohs', 'orogenèse', 'point chaud', 'sismographe', 'tsunami',
        'silicates',
      ],
      es: [
        'tectónica de placas', 'placas tectónicas', 'dorsal oceánica', 'deriva continental', 'expansión del fondo oceánico', 'terremoto',
        'terremotos', 'sismo', 'ondas sísmicas', 'falla normal', 'falla geológica', 'volcán', 'volcanes', 'vulcanismo', 'magma', 'lava',
        'rocas ígneas', 'rocas sedimentarias', 'rocas metamórficas', 'ciclo de las rocas', 'minerales', 'cuarzo', 'feldespato', 'granito', 'basalto',
        'caliza', 'arenisca', 'meteorización', 'erosión', 'sedimentos', 'sedimentación', 'estratigrafía', 'estratos', 'escala de tiempo geológico',
        'datación radiométrica', 'fósiles', 'manto terrestre', 'corteza terrestre', 'litosfera', 'astenosfera', 'núcleo terrestre',
        'agua subterránea', 'acuífero', 'glaciación', 'glaciar', 'plegamiento', 'mapa geológico', 'escala de mohs', 'orogénesis', 'punto caliente',
        'sismógrafo', 'tsunami', 'silicatos',
      ],
    },
    shared: [
      'mohs', 'richter', 'wegener', 'pangea', 'pangaea', 'gondwana', 'laurasia',
    ],
  },
  {
    key: 'electrical-engineering',
    names: {
      en: [
        'electrical engineering', 'circuit analysis', 'electric circuits', 'electrical circuits', 'circuit theory', 'electronics',
        'analog electronics', 'electronic circuits', 'power electronics', 'electric power systems', 'power systems', 'electric machines',
        'electrical machines',
      ],
      de: [
        'elektrotechnik', 'grundlagen der elektrotechnik', 'elektrische schaltungen', 'schaltungstechnik', 'elektronik', 'analogelektronik',
        'leistungselektronik', 'elektrische energietechnik', 'elektrische maschinen',
      ],
      fr: [
        'électrotechnique', 'électronique générale', 'électronique numérique', 'circuits électriques', 'électronique analogique', 'génie électrique',
        'électronique de puissance', 'réseaux électriques', 'machines électriques',
      ],
      es: [
        'ingeniería eléctrica', 'circuitos eléctricos', 'teoría de circuitos', 'análisis de circuitos', 'electrónica', 'electrónica analógica',
        'electrotecnia', 'electrónica de potencia', 'sistemas eléctricos de potencia', 'máquinas eléctricas',
      ],
    },
    terms: {
      en: [
        "ohm's law", "kirchhoff's laws", "kirchhoff's current law", "kirchhoff's voltage law", 'voltage', 'electric current', 'resistor',
        'resistors', 'resistance', 'capacitor', 'inductor', 'impedance', 'admittance', 'reactance', 'series circuit', 'parallel circuit',
        'voltage divider', 'current divider', 'nodal analysis', 'mesh analysis', 'thevenin equivalent', 'norton equivalent', 'superposition theorem',
        'maximum power transfer', 'alternating current', 'direct current', 'phasor', 'phasors', 'rms value', 'power factor', 'active power',
        'reactive power', 'three-phase', 'transformer', 'rc circuit', 'rlc circuit', 'time constant', 'transient response', 'operational amplifier',
        'diode', 'transistor', 'bipolar junction transistor', 'amplifier', 'rectifier', 'semiconductor', 'frequency response', 'voltage source',
        'current source', 'short circuit', 'open circuit', 'oscilloscope', 'multimeter', 'equivalent circuit', 'circuit diagram',
      ],
      de: [
        'ohmsches gesetz', 'kirchhoffsche regeln', 'knotenregel', 'maschenregel', 'elektrische spannung', 'elektrischer strom',
        'ohmscher widerstand', 'widerstände', 'kondensator', 'spule', 'induktivität', 'impedanz', 'admittanz', 'blindwiderstand', 'reihenschaltung',
        'parallelschaltung', 'spannungsteiler', 'stromteiler', 'knotenpotentialverfahren', 'maschenstromverfahren', 'ersatzspannungsquelle',
        'ersatzstromquelle', 'überlagerungssatz', 'leistungsanpassung', 'wechselstrom', 'gleichstrom', 'zeigerdiagramm', 'effektivwert',
        'leistungsfaktor', 'wirkleistung', 'blindleistung', 'scheinleistung', 'drehstrom', 'transformator', 'rc-glied', 'schwingkreis',
        'zeitkonstante', 'einschwingvorgang', 'operationsverstärker', 'diode', 'transistor', 'bipolartransistor', 'feldeffekttransistor',
        'verstärker', 'gleichrichter', 'halbleiter', 'frequenzgang', 'spannungsquelle', 'stromquelle', 'kurzschluss', 'leerlauf', 'oszilloskop',
        'multimeter', 'ersatzschaltbild', 'schaltplan',
      ],
      fr: [
        "loi d'ohm", 'lois de kirchhoff', 'loi des nœuds', 'loi des mailles', 'tension électrique', 'courant électrique', 'résistance',
        'résistances', 'condensateur', 'bobine', 'inductance', 'impédance', 'admittance', 'réactance', 'circuit série', 'circuit parallèle',
        'diviseur de tension', 'diviseur de courant', 'méthode des nœuds', 'méthode des mailles', 'théorème de thévenin', 'théorème de norton',
        'théorème de superposition', "adaptation d'impédance", 'courant alternatif', 'courant continu', 'phaseur', 'valeur efficace',
        'facteur de puissance', 'puissance active', 'puissance réactive', 'triphasé', 'transformateur', 'circuit rc', 'circuit rlc',
        'constante de temps', 'régime transitoire', 'amplificateur opérationnel', 'diode', 'transistor', 'transistor bipolaire', 'amplificateur',
        'redresseur', 'semi-conducteur', 'réponse en fréquence', 'source de tension', 'source de courant', 'court-circuit', 'circuit ouvert',
        'oscilloscope', 'multimètre', 'schéma équivalent', 'schéma électrique', 'régime sinusoïdal',
      ],
      es: [
        'ley de ohm', 'leyes de kirchhoff', 'ley de corrientes de kirchhoff', 'ley de voltajes de kirchhoff', 'tensión eléctrica', 'voltaje',
        'corriente eléctrica', 'resistencia eléctrica', 'resistencias', 'condensador', 'capacitor', 'bobina', 'inductor', 'impedancia', 'admitancia',
        'reactancia', 'circuito en serie', 'circuito en paralelo', 'divisor de tensión', 'divisor de corriente', 'análisis de nodos',
        'análisis de mallas', 'equivalente de thévenin', 'equivalente de norton', 'teorema de superposición', 'máxima transferencia de potencia',
        'corriente alterna', 'corriente continua', 'fasor', 'fasores', 'valor eficaz', 'factor de potencia', 'potencia activa', 'potencia reactiva',
        'trifásico', 'transformador', 'circuito rc', 'circuito rlc', 'constante de tiempo', 'régimen transitorio', 'amplificador operacional',
        'diodo', 'transistor', 'transistor bipolar', 'amplificador', 'rectificador', 'semiconductor', 'respuesta en frecuencia', 'fuente de tensión',
        'fuente de corriente', 'cortocircuito', 'circuito abierto', 'osciloscopio', 'multímetro', 'circuito equivalente', 'esquema eléctrico',
      ],
    },
    shared: [
      'ohm', 'kirchhoff', 'thévenin', 'norton', 'spice', 'ltspice', 'multisim', 'op-amp', 'mosfet', 'kω',
    ],
  },
  {
    key: 'signal-processing',
    names: {
      en: [
        'signal processing', 'digital signal processing', 'signals and systems', 'image processing', 'digital image processing',
        'audio signal processing',
      ],
      de: [
        'signalverarbeitung', 'digitale signalverarbeitung', 'signale und systeme', 'bildverarbeitung', 'digitale bildverarbeitung',
        'audiosignalverarbeitung',
      ],
      fr: [
        'traitement du signal', 'traitement numérique du signal', 'signaux et systèmes', "traitement d'images", 'traitement numérique des images',
      ],
      es: [
        'procesamiento de señales', 'procesamiento digital de señales', 'tratamiento de señales', 'señales y sistemas', 'procesamiento de imágenes',
        'procesamiento digital de imágenes',
      ],
    },
    terms: {
      en: [
        'sampling theorem', 'sampling rate', 'sampling frequency', 'nyquist frequency', 'aliasing', 'quantization', 'fourier transform',
        'discrete fourier transform', 'z-transform', 'convolution', 'impulse response', 'transfer function', 'frequency response', 'lti system',
        'linear time-invariant', 'filter design', 'low-pass filter', 'high-pass filter', 'band-pass filter', 'fir filter', 'iir filter',
        'cutoff frequency', 'spectral analysis', 'power spectral density', 'magnitude response', 'phase response', 'poles and zeros', 'unit impulse',
        'unit step', 'dirac delta', 'periodic signal', 'discrete-time signal', 'continuous-time signal', 'autocorrelation', 'cross-correlation',
        'modulation', 'amplitude modulation', 'frequency modulation', 'white noise', 'signal-to-noise ratio', 'decimation', 'upsampling',
        'downsampling', 'wavelet transform', 'difference equation', 'spectrogram', 'short-time fourier transform', 'windowing',
      ],
      de: [
        'abtastung', 'abtasttheorem', 'abtastrate', 'abtastfrequenz', 'nyquist-frequenz', 'quantisierung', 'fourier-transformation',
        'diskrete fourier-transformation', 'z-transformation', 'faltung', 'faltungsintegral', 'impulsantwort', 'übertragungsfunktion',
        'frequenzgang', 'lti-system', 'lineares zeitinvariantes system', 'filterentwurf', 'tiefpass', 'hochpass', 'bandpass', 'tiefpassfilter',
        'fir-filter', 'iir-filter', 'grenzfrequenz', 'fensterfunktion', 'spektralanalyse', 'leistungsdichtespektrum', 'betragsgang', 'phasengang',
        'pol-nullstellen-diagramm', 'einheitsimpuls', 'sprungfunktion', 'dirac-impuls', 'periodisches signal', 'zeitdiskretes signal',
        'zeitkontinuierliches signal', 'autokorrelation', 'kreuzkorrelation', 'modulation', 'amplitudenmodulation', 'frequenzmodulation',
        'weißes rauschen', 'signal-rausch-verhältnis', 'dezimierung', 'überabtastung', 'unterabtastung', 'wavelet-transformation',
        'differenzengleichung', 'spektrogramm', 'kurzzeit-fourier-transformation',
      ],
      fr: [
        'échantillonnage', "théorème d'échantillonnage", "fréquence d'échantillonnage", 'fréquence de nyquist', 'repliement de spectre',
        'quantification', 'transformée de fourier', 'transformée de fourier discrète', 'transformée de fourier rapide', 'transformée en z',
        'produit de convolution', 'convolution', 'réponse impulsionnelle', 'fonction de transfert', 'réponse en fréquence', 'système lti',
        'système linéaire invariant', 'synthèse de filtres', 'filtre passe-bas', 'filtre passe-haut', 'filtre passe-bande', 'filtre rif',
        'filtre rii', 'fréquence de coupure', 'fenêtrage', 'analyse spectrale', 'densité spectrale de puissance', 'réponse en amplitude',
        'réponse en phase', 'pôles et zéros', 'impulsion unité', 'échelon unité', 'impulsion de dirac', 'signal périodique',
        'signal à temps discret', 'signal à temps continu', 'autocorrélation', 'intercorrélation', 'modulation', "modulation d'amplitude",
        'modulation de fréquence', 'bruit blanc', 'rapport signal sur bruit', 'décimation', 'suréchantillonnage', 'sous-échantillonnage',
        'transformée en ondelettes', 'équation aux différences', 'spectrogramme', 'transformée de fourier à court terme',
      ],
      es: [
        'muestreo', 'teorema de muestreo', 'frecuencia de muestreo', 'frecuencia de nyquist', 'solapamiento espectral', 'cuantificación',
        'transformada de fourier', 'transformada discreta de fourier', 'transformada rápida de fourier', 'transformada z', 'convolución',
        'respuesta al impulso', 'función de transferencia', 'respuesta en frecuencia', 'sistema lti', 'sistema lineal e invariante en el tiempo',
        'diseño de filtros', 'filtro paso bajo', 'filtro paso alto', 'filtro paso banda', 'filtro fir', 'filtro iir', 'frecuencia de corte',
        'análisis espectral', 'densidad espectral de potencia', 'respuesta en magnitud', 'respuesta en fase', 'polos y ceros', 'impulso unitario',
        'escalón unitario', 'delta de dirac', 'señal periódica', 'señal en tiempo discreto', 'señal en tiempo continuo', 'autocorrelación',
        'correlación cruzada', 'modulación', 'modulación de amplitud', 'modulación de frecuencia', 'ruido blanco', 'relación señal-ruido',
        'diezmado', 'sobremuestreo', 'submuestreo', 'transformada wavelet', 'ecuación en diferencias', 'espectrograma',
        'transformada de fourier de tiempo corto',
      ],
    },
    shared: [
      'fft', 'dft', 'dsp', 'nyquist', 'shannon', 'fourier', 'aliasing', 'snr', 'matlab', 'scipy.signal', 'khz',
    ],
  },
  {
    key: 'control-systems',
    names: {
      en: [
        'control systems', 'control engineering', 'control theory', 'feedback control', 'automatic control', 'feedback systems',
        'linear control systems',
      ],
      de: [
        'regelungstechnik', 'regelungstheorie', 'steuerungs- und regelungstechnik', 'automatisierungstechnik', 'regelungssysteme',
      ],
      fr: [
        'automatique', 'automatique linéaire', 'automatique continue', 'automatique des systèmes linéaires', 'asservissements', 'systèmes asservis',
        'commande des systèmes', 'théorie du contrôle', 'régulation automatique',
      ],
      es: [
        'sistemas de control', 'ingeniería de control', 'teoría de control', 'control automático', 'automática', 'regulación automática',
        'teoría del control',
      ],
    },
    terms: {
      en: [
        'feedback loop', 'closed-loop', 'open-loop', 'transfer function', 'block diagram', 'pid controller', 'proportional control',
        'integral action', 'derivative action', 'steady-state error', 'step response', 'rise time', 'settling time', 'overshoot', 'damping ratio',
        'natural frequency', 'pole placement', 'root locus', 'bode plot', 'nyquist plot', 'nyquist criterion', 'gain margin', 'phase margin',
        'stability margin', 'bibo stability', 'state-space representation', 'state-space model', 'state feedback', 'state observer',
        'controllability', 'observability', 'kalman filter', 'linearization', 'actuator', 'setpoint', 'first-order system', 'second-order system',
        'discrete-time control', 'controller design', 'controller tuning', 'frequency domain', 'time domain', 'transient response', 'feedforward',
      ],
      de: [
        'regelkreis', 'geschlossener regelkreis', 'offener regelkreis', 'rückkopplung', 'übertragungsfunktion', 'blockschaltbild', 'pid-regler',
        'p-regler', 'pi-regler', 'integralanteil', 'differentialanteil', 'bleibende regelabweichung', 'regelabweichung', 'sprungantwort',
        'anstiegszeit', 'ausregelzeit', 'überschwingen', 'dämpfungsgrad', 'polvorgabe', 'wurzelortskurve', 'bode-diagramm', 'nyquist-diagramm',
        'nyquist-kriterium', 'ortskurve', 'amplitudenreserve', 'phasenreserve', 'hurwitz-kriterium', 'bibo-stabilität', 'zustandsraumdarstellung',
        'zustandsraummodell', 'zustandsrückführung', 'zustandsbeobachter', 'steuerbarkeit', 'beobachtbarkeit', 'kalman-filter', 'linearisierung',
        'regelstrecke', 'stellglied', 'aktor', 'sollwert', 'istwert', 'führungsgröße', 'störgröße', 'störgrößenaufschaltung', 'pt1-glied',
        'pt2-glied', 'totzeit', 'abtastregelung', 'halteglied', 'reglerentwurf', 'reglereinstellung', 'frequenzbereich', 'zeitbereich',
        'vorsteuerung',
      ],
      fr: [
        'boucle de rétroaction', 'boucle fermée', 'boucle ouverte', 'rétroaction', 'fonction de transfert', 'schéma fonctionnel', 'schéma-bloc',
        'correcteur pid', 'régulateur pid', 'action proportionnelle', 'action intégrale', 'action dérivée', 'erreur statique',
        'erreur en régime permanent', 'réponse indicielle', 'temps de réponse', 'dépassement', "coefficient d'amortissement", 'pulsation propre',
        'placement de pôles', 'lieu des racines', 'diagramme de bode', 'diagramme de nyquist', 'critère de nyquist', 'marge de gain',
        'marge de phase', 'critère de routh', 'stabilité bibo', "représentation d'état", "modèle d'état", "retour d'état", "observateur d'état",
        'commandabilité', 'observabilité', 'filtre de kalman', 'linéarisation', 'actionneur', 'consigne', 'rejet de perturbation',
        'correcteur à retard de phase', 'système du premier ordre', 'système du second ordre', 'retard pur', 'commande numérique',
        'synthèse du correcteur', 'réglage du correcteur', 'domaine fréquentiel', 'domaine temporel', 'régime transitoire', 'anticipation',
      ],
      es: [
        'lazo de realimentación', 'lazo cerrado', 'lazo abierto', 'realimentación', 'retroalimentación', 'función de transferencia',
        'diagrama de bloques', 'controlador pid', 'control proporcional', 'acción integral', 'acción derivativa', 'error en estado estacionario',
        'respuesta al escalón', 'tiempo de subida', 'tiempo de establecimiento', 'sobreimpulso', 'sobreoscilación', 'coeficiente de amortiguamiento',
        'frecuencia natural', 'asignación de polos', 'lugar de las raíces', 'diagrama de bode', 'diagrama de nyquist', 'criterio de nyquist',
        'margen de ganancia', 'margen de fase', 'criterio de routh-hurwitz', 'estabilidad bibo', 'representación en espacio de estados',
        'espacio de estados', 'realimentación de estados', 'observador de estados', 'controlabilidad', 'observabilidad', 'filtro de kalman',
        'linealización', 'actuador', 'consigna', 'valor de referencia', 'rechazo de perturbaciones', 'sistema de primer orden',
        'sistema de segundo orden', 'retardo puro', 'control digital', 'diseño del controlador', 'sintonización', 'dominio de la frecuencia',
        'dominio del tiempo', 'respuesta transitoria',
      ],
    },
    shared: [
      'pid', 'lqr', 'ziegler-nichols', 'routh-hurwitz', 'simulink', 'kalman', 'bode', 'nyquist', 'plc',
    ],
  },
  {
    key: 'mechanical-engineering',
    names: {
      en: [
        'mechanical engineering', 'engineering mechanics', 'statics', 'strength of materials', 'mechanics of materials', 'solid mechanics',
        'machine design', 'machine elements', 'continuum mechanics', 'engineering dynamics',
      ],
      de: [
        'maschinenbau', 'technische mechanik', 'statik', 'festigkeitslehre', 'maschinenelemente', 'konstruktionslehre',
        'technische mechanik und festigkeitslehre', 'kontinuumsmechanik', 'maschinendynamik',
      ],
      fr: [
        'génie mécanique', 'mécanique des solides', 'résistance des matériaux', 'statique', 'éléments de machines', 'construction mécanique',
        'mécanique des milieux continus',
      ],
      es: [
        'ingeniería mecánica', 'mecánica de sólidos', 'resistencia de materiales', 'estática', 'elementos de máquinas', 'diseño de máquinas',
        'mecánica de materiales', 'mecánica de medios continuos',
      ],
    },
    terms: {
      en: [
        'free body diagram', 'static equilibrium', 'truss', 'trusses', 'method of joints', 'method of sections', 'bending moment', 'shear force',
        'shear force diagram', 'bending moment diagram', 'normal stress', 'shear stress', 'strain', 'stress-strain curve', "young's modulus",
        'modulus of elasticity', "poisson's ratio", 'yield strength', 'ultimate tensile strength', 'factor of safety', 'beam deflection',
        'second moment of area', 'torsion', 'torsional stress', 'buckling', "mohr's circle", 'principal stresses', 'von mises stress', 'fatigue',
        'stress concentration', 'gears', 'gear ratio', 'bearings', 'shafts', 'bolted joints', 'welded joints', 'tolerances',
        'finite element analysis', 'mechanisms', 'cam', 'flywheel', 'centroid', 'distributed load', 'cantilever beam', "hooke's law",
      ],
      de: [
        'freikörperbild', 'gleichgewichtsbedingungen', 'lagerreaktionen', 'auflagerkräfte', 'fachwerk', 'fachwerke', 'knotenpunktverfahren',
        'ritterschnittverfahren', 'biegemoment', 'querkraft', 'querkraftverlauf', 'momentenverlauf', 'normalspannung', 'schubspannung', 'dehnung',
        'spannungs-dehnungs-diagramm', 'elastizitätsmodul', 'querkontraktionszahl', 'streckgrenze', 'zugfestigkeit', 'sicherheitsfaktor',
        'durchbiegung', 'flächenträgheitsmoment', 'torsion', 'torsionsspannung', 'knickung', 'euler-knickfall', 'mohrscher spannungskreis',
        'hauptspannungen', 'vergleichsspannung', 'ermüdung', 'dauerfestigkeit', 'kerbwirkung', 'zahnräder', 'übersetzungsverhältnis', 'wälzlager',
        'gleitlager', 'welle-nabe-verbindung', 'schraubenverbindungen', 'schweißverbindungen', 'toleranzen', 'passungen', 'finite-elemente-analyse',
        'getriebe', 'koppelgetriebe', 'nocken', 'schwungrad', 'streckenlast', 'kragträger', 'einfeldträger', 'balken', 'hookesches gesetz',
        'festigkeitsnachweis',
      ],
      fr: [
        'équilibre statique', "réactions d'appui", 'treillis', 'méthode des sections', 'moment fléchissant', 'effort tranchant',
        'diagramme des efforts tranchants', 'diagramme du moment fléchissant', 'contrainte normale', 'contrainte de cisaillement', 'déformation',
        'courbe contrainte-déformation', "module d'young", "module d'élasticité", 'coefficient de poisson', "limite d'élasticité",
        'résistance à la traction', 'coefficient de sécurité', 'flèche de la poutre', 'moment quadratique', 'torsion', 'flambement', 'flambage',
        'cercle de mohr', 'contraintes principales', 'contrainte de von mises', 'fatigue', 'concentration de contraintes', 'engrenages',
        'rapport de réduction', 'roulements', 'arbres de transmission', 'assemblages boulonnés', 'assemblages soudés', 'ressorts', 'tolérances',
        'dessin technique', 'analyse par éléments finis', 'mécanismes', 'liaisons mécaniques', 'bielle-manivelle', 'came', 'barycentre',
        'charge répartie', 'poutre sur deux appuis', 'poutre', 'torseur', 'torseur des efforts',
      ],
      es: [
        'diagrama de cuerpo libre', 'equilibrio estático', 'reacciones en los apoyos', 'armadura', 'armaduras', 'método de los nudos',
        'método de las secciones', 'momento flector', 'esfuerzo cortante', 'fuerza cortante', 'diagrama de momento flector',
        'diagrama de fuerza cortante', 'esfuerzo normal', 'deformación unitaria', 'curva esfuerzo-deformación', 'módulo de young',
        'módulo de elasticidad', 'coeficiente de poisson', 'límite elástico', 'resistencia a la tracción', 'factor de seguridad',
        'coeficiente de seguridad', 'deflexión', 'momento de inercia de área', 'torsión', 'pandeo', 'círculo de mohr', 'esfuerzos principales',
        'tensión de von mises', 'fatiga', 'concentración de esfuerzos', 'engranajes', 'relación de transmisión', 'rodamientos',
        'uniones atornilladas', 'uniones soldadas', 'resortes', 'tolerancias', 'dibujo técnico', 'análisis por elementos finitos', 'mecanismos',
        'leva', 'volante de inercia', 'centroide', 'carga distribuida', 'viga en voladizo', 'viga', 'ley de hooke',
      ],
    },
    shared: [
      'von mises', 'mohr', 'solidworks', 'autocad', 'catia', 'ansys', 'abaqus', 'n/mm²', 'mpa', 'gpa',
    ],
  },
  {
    key: 'materials-science',
    names: {
      en: [
        'materials science', 'material science', 'materials engineering', 'materials science and engineering', 'engineering materials', 'metallurgy',
        'fracture mechanics',
      ],
      de: [
        'werkstoffkunde', 'werkstofftechnik', 'werkstoffwissenschaft', 'werkstoffwissenschaften', 'materialwissenschaft', 'metallurgie',
        'bruchmechanik',
      ],
      fr: [
        'science des matériaux', 'sciences des matériaux', 'génie des matériaux', "matériaux de l'ingénieur", 'métallurgie',
        'mécanique de la rupture',
      ],
      es: [
        'ciencia de materiales', 'ciencia de los materiales', 'ingeniería de materiales', 'tecnología de materiales', 'metalurgia',
        'mecánica de la fractura',
      ],
    },
    terms: {
      en: [
        'crystal structure', 'unit cell', 'crystal lattice', 'body-centered cubic', 'face-centered cubic', 'miller indices', 'dislocations',
        'vacancies', 'grain boundaries', 'grain size', 'phase diagram', 'eutectic', 'iron-carbon diagram', 'austenite', 'ferrite', 'martensite',
        'pearlite', 'cementite', 'heat treatment', 'quenching', 'annealing', 'tempering', 'precipitation hardening', 'alloy', 'alloys', 'steel',
        'cast iron', 'aluminium alloys', 'polymers', 'ceramics', 'composite materials', 'tensile test', 'hardness test', 'vickers hardness',
        'ductility', 'brittleness', 'toughness', 'fracture toughness', 'creep', 'corrosion', 'diffusion', "fick's law", 'ductile-brittle transition',
        'glass transition temperature', 'thermoplastics', 'thermosets', 'elastomers', 'microstructure', 'metallography',
      ],
      de: [
        'kristallstruktur', 'elementarzelle', 'kristallgitter', 'kubisch-raumzentriert', 'kubisch-flächenzentriert', 'millersche indizes',
        'gitterfehler', 'versetzungen', 'leerstellen', 'korngrenzen', 'korngröße', 'zustandsdiagramm', 'eutektikum', 'eisen-kohlenstoff-diagramm',
        'austenit', 'ferrit', 'martensit', 'perlit', 'zementit', 'wärmebehandlung', 'abschrecken', 'glühen', 'härten', 'ausscheidungshärtung',
        'legierung', 'legierungen', 'stahl', 'gusseisen', 'aluminiumlegierungen', 'polymere', 'kunststoffe', 'keramik', 'verbundwerkstoffe',
        'faserverbundwerkstoffe', 'zugversuch', 'härteprüfung', 'vickershärte', 'kerbschlagbiegeversuch', 'duktilität', 'sprödigkeit', 'zähigkeit',
        'bruchzähigkeit', 'kriechen', 'korrosion', 'diffusion', 'ficksches gesetz', 'glasübergangstemperatur', 'thermoplaste', 'duroplaste',
        'elastomere', 'gefüge', 'metallographie',
      ],
      fr: [
        'structure cristalline', 'maille élémentaire', 'réseau cristallin', 'cubique à faces centrées', 'indices de miller', 'défauts cristallins',
        'dislocations', 'lacunes', 'taille de grain', 'diagramme de phases', 'eutectique', 'diagramme fer-carbone', 'austénite', 'ferrite',
        'martensite', 'perlite', 'cémentite', 'traitement thermique', 'trempe', 'recuit', 'durcissement structural', 'alliage', 'alliages', 'acier',
        'aciers', "alliages d'aluminium", 'polymères', 'céramiques', 'matériaux composites', 'essai de traction', 'essai de dureté',
        'dureté vickers', 'essai charpy', 'ductilité', 'fragilité', 'ténacité', 'résilience', 'fluage', 'corrosion', 'diffusion', 'loi de fick',
        'transition ductile-fragile', 'température de transition vitreuse', 'thermoplastiques', 'thermodurcissables', 'élastomères',
        'microstructure', 'métallographie',
      ],
      es: [
        'estructura cristalina', 'celda unidad', 'red cristalina', 'cúbica centrada en el cuerpo', 'índices de miller', 'dislocaciones', 'vacancias',
        'límites de grano', 'tamaño de grano', 'diagrama de fases', 'eutéctico', 'diagrama hierro-carbono', 'austenita', 'ferrita', 'martensita',
        'perlita', 'cementita', 'tratamiento térmico', 'temple', 'recocido', 'revenido', 'endurecimiento por precipitación', 'aleación',
        'aleaciones', 'acero', 'aceros', 'fundición', 'aleaciones de aluminio', 'polímeros', 'cerámicos', 'materiales compuestos',
        'ensayo de tracción', 'ensayo de dureza', 'dureza vickers', 'ensayo charpy', 'ductilidad', 'fragilidad', 'tenacidad',
        'tenacidad a la fractura', 'fluencia', 'corrosión', 'difusión', 'ley de fick', 'transición dúctil-frágil',
        'temperatura de transición vítrea', 'termoplásticos', 'termoestables', 'elastómeros', 'microestructura', 'metalografía',
      ],
    },
    shared: [
      'bcc', 'fcc', 'hcp', 'miller', 'fick', 'vickers', 'brinell', 'charpy', 'rockwell', 'fe-c',
    ],
  },
  {
    key: 'civil-engineering',
    names: {
      en: [
        'civil engineering', 'structural engineering', 'structural analysis', 'structural design', 'geotechnical engineering', 'soil mechanics',
        'reinforced concrete', 'steel structures', 'construction engineering', 'rock mechanics',
      ],
      de: [
        'bauingenieurwesen', 'baustatik', 'tragwerkslehre', 'stahlbetonbau', 'massivbau', 'stahlbau', 'geotechnik', 'bodenmechanik', 'grundbau',
        'baukonstruktion', 'felsmechanik',
      ],
      fr: [
        'génie civil', 'calcul des structures', 'mécanique des structures', 'béton armé', 'construction métallique', 'géotechnique',
        'mécanique des sols', "ouvrages d'art", 'mécanique des roches',
      ],
      es: [
        'ingeniería civil', 'análisis estructural', 'ingeniería estructural', 'cálculo de estructuras', 'hormigón armado', 'estructuras metálicas',
        'geotecnia', 'mecánica de suelos', 'mecánica de rocas',
      ],
    },
    terms: {
      en: [
        'load combinations', 'wind load', 'snow load', 'design load', 'limit state design', 'ultimate limit state', 'serviceability limit state',
        'slab', 'slabs', 'foundation', 'pile foundation', 'reinforcement', 'rebar', 'concrete cover', 'compressive strength', 'prestressed concrete',
        'steel section', 'i-beam', 'bolted connection', 'welded connection', 'statically indeterminate', 'statically determinate',
        'moment distribution method', 'force method', 'displacement method', 'stiffness matrix', 'truss bridge', 'bridges', 'load-bearing',
        'building code', 'bearing capacity', 'settlement', 'consolidation', 'shear strength', 'effective stress', 'pore water pressure',
        'atterberg limits', 'compaction', 'soil classification', 'earthworks', 'formwork', 'masonry', 'concrete', 'reinforced concrete beam',
        'shallow foundation', 'load path',
      ],
      de: [
        'lastannahmen', 'lastfallkombination', 'eigengewicht', 'nutzlast', 'windlast', 'schneelast', 'bemessung', 'bemessungswert',
        'grenzzustand der tragfähigkeit', 'grenzzustand der gebrauchstauglichkeit', 'tragwerk', 'tragwerke', 'stütze', 'stützen', 'stahlbetonplatte',
        'fundament', 'fundamente', 'einzelfundament', 'pfahlgründung', 'stützwand', 'bewehrung', 'betonstahl', 'betondeckung', 'druckfestigkeit',
        'spannbeton', 'stahlprofil', 'biegesteife verbindung', 'einflusslinie', 'kraftgrößenverfahren', 'weggrößenverfahren', 'steifigkeitsmatrix',
        'rahmentragwerk', 'brücke', 'brücken', 'brückenbau', 'tragfähigkeit', 'grundbruch', 'setzung', 'setzungen', 'konsolidierung',
        'scherfestigkeit', 'porenwasserdruck', 'konsistenzgrenzen', 'verdichtung', 'bodenklassifikation', 'erdbau', 'vermessung', 'schalung',
        'mauerwerk', 'beton', 'lastabtrag',
      ],
      fr: [
        'combinaisons de charges', 'charges permanentes', "charges d'exploitation", 'charge de vent', 'charge de neige', 'dimensionnement',
        'état limite ultime', 'état limite de service', 'poteau', 'poteaux', 'dalle', 'dalles', 'fondations', 'semelle filante', 'pieux',
        'mur de soutènement', 'armatures', 'ferraillage', 'enrobage', 'résistance à la compression', 'béton précontraint', 'poutrelle',
        'assemblage boulonné', 'assemblage soudé', 'encastrement', 'hyperstatique', 'isostatique', 'méthode des forces', 'méthode des déplacements',
        'matrice de rigidité', 'portique', 'pont', 'ponts', 'descente de charges', 'capacité portante', 'tassement', 'tassements', 'consolidation',
        'résistance au cisaillement', 'pression interstitielle', "limites d'atterberg", 'compactage', 'classification des sols', 'terrassement',
        'topographie', 'coffrage', 'maçonnerie', 'béton',
      ],
      es: [
        'combinaciones de carga', 'carga muerta', 'carga permanente', 'carga de viento', 'carga de nieve', 'dimensionamiento',
        'estado límite último', 'estado límite de servicio', 'pilar', 'pilares', 'cimentación', 'cimentaciones', 'zapata', 'pilotes',
        'muro de contención', 'armadura de acero', 'armado', 'recubrimiento', 'resistencia a compresión', 'hormigón pretensado', 'viga de acero',
        'unión atornillada', 'unión soldada', 'empotramiento', 'hiperestática', 'isostática', 'método de las fuerzas', 'método de rigidez',
        'matriz de rigidez', 'pórtico', 'puente', 'puentes', 'bajada de cargas', 'capacidad portante', 'asentamiento', 'asentamientos',
        'consolidación', 'resistencia al corte', 'esfuerzo efectivo', 'límites de atterberg', 'compactación', 'clasificación de suelos',
        'movimiento de tierras', 'topografía', 'encofrado', 'mampostería', 'hormigón',
      ],
    },
    shared: [
      'eurocode', 'eurocódigo', 'aci 318', 'sap2000', 'etabs', 'revit', 'bim', 'din 1045', 'din en 1992', 'atterberg',
    ],
  },
  {
    key: 'fluid-mechanics',
    names: {
      en: [
        'fluid mechanics', 'fluid dynamics', 'hydraulics', 'aerodynamics', 'computational fluid dynamics', 'hydraulic engineering',
      ],
      de: [
        'strömungsmechanik', 'strömungslehre', 'fluidmechanik', 'hydromechanik', 'aerodynamik', 'technische strömungslehre', 'wasserbau',
        'technische hydraulik',
      ],
      fr: [
        'mécanique des fluides', 'dynamique des fluides', 'hydraulique', 'aérodynamique', 'hydraulique appliquée',
      ],
      es: [
        'mecánica de fluidos', 'dinámica de fluidos', 'hidráulica', 'aerodinámica', 'ingeniería hidráulica',
      ],
    },
    terms: {
      en: [
        'fluid statics', 'hydrostatic pressure', 'buoyancy', "archimedes' principle", "pascal's law", 'continuity equation', "bernoulli's equation",
        'navier-stokes equations', 'euler equations', 'dynamic viscosity', 'kinematic viscosity', 'newtonian fluid', 'reynolds number',
        'laminar flow', 'turbulent flow', 'turbulence', 'boundary layer', 'flow separation', 'drag coefficient', 'lift coefficient', 'drag force',
        'lift force', 'pipe flow', 'head loss', 'friction factor', 'moody diagram', 'volumetric flow rate', 'mass flow rate', 'streamline',
        'streamlines', 'velocity field', 'vorticity', 'potential flow', 'stream function', 'control volume', 'momentum equation',
        'compressible flow', 'incompressible flow', 'mach number', 'shock wave', 'nozzle', 'centrifugal pump', 'turbine', 'dimensional analysis',
        'similitude', 'froude number', 'open channel flow', 'manometer', 'pitot tube', 'venturi meter', 'viscosity',
      ],
      de: [
        'hydrostatik', 'hydrostatischer druck', 'auftrieb', 'archimedisches prinzip', 'kontinuitätsgleichung', 'bernoulli-gleichung',
        'navier-stokes-gleichungen', 'euler-gleichungen', 'viskosität', 'dynamische viskosität', 'kinematische viskosität', 'newtonsches fluid',
        'reynolds-zahl', 'laminare strömung', 'turbulente strömung', 'turbulenz', 'grenzschicht', 'strömungsablösung', 'widerstandsbeiwert',
        'auftriebsbeiwert', 'strömungswiderstand', 'rohrströmung', 'druckverlust', 'rohrreibungszahl', 'moody-diagramm', 'volumenstrom',
        'massenstrom', 'stromlinie', 'stromlinien', 'geschwindigkeitsfeld', 'wirbelstärke', 'potentialströmung', 'stromfunktion', 'kontrollvolumen',
        'impulssatz', 'kompressible strömung', 'inkompressible strömung', 'machzahl', 'verdichtungsstoß', 'düse', 'kreiselpumpe', 'turbine',
        'dimensionsanalyse', 'ähnlichkeitstheorie', 'froude-zahl', 'gerinneströmung', 'manometer', 'pitotrohr', 'prandtlrohr', 'venturirohr',
        'strömungssimulation',
      ],
      fr: [
        'statique des fluides', 'pression hydrostatique', 'principe de pascal', 'équation de continuité', 'équation de bernoulli',
        'équations de navier-stokes', "équations d'euler", 'viscosité', 'viscosité dynamique', 'viscosité cinématique', 'fluide newtonien',
        'nombre de reynolds', 'écoulement laminaire', 'écoulement turbulent', 'turbulence', 'couche limite', 'coefficient de traînée',
        'coefficient de portance', 'traînée', 'portance', 'écoulement en conduite', 'perte de charge', 'pertes de charge',
        'coefficient de perte de charge', 'diagramme de moody', 'débit volumique', 'débit massique', 'ligne de courant', 'lignes de courant',
        'champ de vitesse', 'vorticité', 'écoulement potentiel', 'fonction de courant', "théorème d'euler", 'écoulement compressible',
        'écoulement incompressible', 'nombre de mach', 'onde de choc', 'tuyère', 'pompe centrifuge', 'turbine', 'analyse dimensionnelle',
        'similitude', 'nombre de froude', 'écoulement à surface libre', 'manomètre', 'tube de pitot', 'venturi',
      ],
      es: [
        'estática de fluidos', 'presión hidrostática', 'flotabilidad', 'principio de arquímedes', 'principio de pascal', 'ecuación de continuidad',
        'ecuación de bernoulli', 'ecuaciones de navier-stokes', 'ecuaciones de euler', 'viscosidad', 'viscosidad dinámica', 'viscosidad cinemática',
        'fluido newtoniano', 'número de reynolds', 'flujo laminar', 'flujo turbulento', 'turbulencia', 'capa límite',
        'desprendimiento de la capa límite', 'coeficiente de arrastre', 'coeficiente de sustentación', 'fuerza de arrastre', 'sustentación',
        'flujo en tuberías', 'pérdida de carga', 'pérdidas de carga', 'factor de fricción', 'diagrama de moody', 'caudal', 'caudal volumétrico',
        'caudal másico', 'línea de corriente', 'líneas de corriente', 'campo de velocidades', 'vorticidad', 'flujo potencial',
        'función de corriente', 'ecuación de cantidad de movimiento', 'flujo compresible', 'flujo incompresible', 'número de mach', 'onda de choque',
        'tobera', 'bomba centrífuga', 'turbina', 'análisis dimensional', 'semejanza', 'número de froude', 'flujo en canales abiertos', 'manómetro',
        'tubo de pitot', 'venturímetro',
      ],
    },
    shared: [
      'navier-stokes', 'reynolds', 'bernoulli', 'prandtl', 'moody', 'openfoam', 'ansys fluent', 'cfd', 'mach', 'pitot', 'venturi',
    ],
  },
  {
    key: 'general-physics',
    names: {
      en: [
        'physics', 'general physics', 'university physics', 'college physics', 'physics for engineers', 'engineering physics',
        'experimental physics',
      ],
      de: [
        'physik', 'experimentalphysik', 'allgemeine physik', 'physik für ingenieure', 'technische physik', 'ingenieurphysik',
      ],
      fr: [
        'physique', 'physique générale', 'physique pour ingénieurs', 'physique expérimentale', "physique de l'ingénieur",
      ],
      es: [
        'física', 'física general', 'física universitaria', 'física para ingenieros', 'física experimental', 'física aplicada',
      ],
    },
    terms: {
      en: [
        'si units', 'significant figures', 'measurement uncertainty', 'kinematics', 'velocity', 'acceleration', 'projectile motion',
        'circular motion', "newton's laws", 'friction force', 'momentum', 'kinetic energy', 'potential energy', 'elastic potential energy',
        'conservation of energy', 'torque', 'rotational motion', 'gravitation', 'oscillations', 'pendulum', 'mechanical waves', 'thermal expansion',
        'heat transfer', 'ideal gas', 'first law of thermodynamics', 'electric charge', 'electric field', "coulomb's law", 'electric potential',
        'electric current', "ohm's law", 'dc circuits', 'magnetic field', 'electromagnetic induction', 'geometrical optics', 'refraction',
        'interference', 'diffraction', 'modern physics', 'photoelectric effect', 'special relativity', 'time dilation', 'length contraction',
        'lorentz transformation', 'mass-energy equivalence', 'atomic structure', 'radioactivity', 'radioactive decay', 'alpha decay', 'beta decay',
        'gamma radiation', 'nuclear physics', 'nuclear fission', 'binding energy', 'hydrostatic pressure', 'buoyancy',
      ],
      de: [
        'si-einheiten', 'messunsicherheit', 'messfehler', 'kinematik', 'geschwindigkeit', 'beschleunigung', 'freier fall', 'schiefer wurf',
        'kreisbewegung', 'newtonsche axiome', 'reibungskraft', 'impuls', 'kinetische energie', 'potentielle energie', 'spannenergie',
        'energieerhaltung', 'drehmoment', 'rotationsbewegung', 'gravitation', 'schwingungen', 'fadenpendel', 'mechanische wellen',
        'schallgeschwindigkeit', 'wärmeausdehnung', 'wärmeübertragung', 'ideales gas', 'erster hauptsatz', 'elektrische ladung', 'elektrisches feld',
        'coulomb-gesetz', 'elektrisches potential', 'elektrischer strom', 'ohmsches gesetz', 'gleichstromkreise', 'magnetfeld',
        'elektromagnetische induktion', 'geometrische optik', 'lichtbrechung', 'interferenz', 'beugung', 'photoeffekt',
        'spezielle relativitätstheorie', 'zeitdilatation', 'längenkontraktion', 'lorentz-transformation', 'äquivalenz von masse und energie',
        'atommodell', 'radioaktivität', 'radioaktiver zerfall', 'alphazerfall', 'betazerfall', 'gammastrahlung', 'kernphysik', 'kernspaltung',
        'bindungsenergie', 'hydrostatischer druck', 'auftrieb',
      ],
      fr: [
        'unités si', 'chiffres significatifs', 'cinématique', 'vitesse', 'accélération', 'chute libre', "mouvement d'un projectile",
        'mouvement circulaire', 'lois de newton', 'force de frottement', 'quantité de mouvement', 'énergie cinétique', 'énergie potentielle',
        'énergie potentielle élastique', "conservation de l'énergie", "moment d'une force", 'mouvement de rotation', 'gravitation', 'oscillations',
        'pendule simple', 'ondes mécaniques', 'célérité du son', 'dilatation thermique', 'transfert thermique', 'gaz parfait',
        'premier principe de la thermodynamique', 'charge électrique', 'champ électrique', 'loi de coulomb', 'potentiel électrique',
        'courant électrique', "loi d'ohm", 'circuits en courant continu', 'champ magnétique', 'induction électromagnétique', 'optique géométrique',
        'réfraction', 'interférences', 'diffraction', 'effet photoélectrique', 'relativité restreinte', 'dilatation du temps',
        'contraction des longueurs', 'transformation de lorentz', 'équivalence masse-énergie', "structure de l'atome", 'radioactivité',
        'désintégration radioactive', 'désintégration alpha', 'désintégration bêta', 'rayonnement gamma', 'physique nucléaire', 'fission nucléaire',
        'énergie de liaison', 'pression hydrostatique', 'masse volumique',
      ],
      es: [
        'cifras significativas', 'cinemática', 'velocidad', 'aceleración', 'caída libre', 'tiro parabólico', 'movimiento circular',
        'leyes de newton', 'fuerza de rozamiento', 'cantidad de movimiento', 'energía cinética', 'energía potencial', 'energía potencial elástica',
        'conservación de la energía', 'momento de torsión', 'movimiento de rotación', 'gravitación', 'oscilaciones', 'péndulo', 'ondas mecánicas',
        'dilatación térmica', 'transferencia de calor', 'gas ideal', 'primera ley de la termodinámica', 'carga eléctrica', 'campo eléctrico',
        'ley de coulomb', 'potencial eléctrico', 'corriente eléctrica', 'ley de ohm', 'circuitos de corriente continua', 'campo magnético',
        'inducción electromagnética', 'óptica geométrica', 'refracción', 'interferencia', 'difracción', 'física moderna', 'efecto fotoeléctrico',
        'relatividad especial', 'dilatación del tiempo', 'contracción de la longitud', 'transformación de lorentz', 'equivalencia masa-energía',
        'estructura atómica', 'radiactividad', 'desintegración radiactiva', 'desintegración alfa', 'desintegración beta', 'radiación gamma',
        'física nuclear', 'fisión nuclear', 'energía de enlace', 'presión hidrostática', 'densidad',
      ],
    },
    shared: [
      'newton', 'joule', 'einstein', 'e=mc²', 'm/s²', 'kg·m/s', 'galileo',
    ],
  },
  {
    key: 'operations-research',
    names: {
      en: [
        'operations research', 'operational research', 'mathematical optimization', 'optimization methods', 'linear programming',
        'mathematical programming', 'convex optimization', 'combinatorial optimization', 'nonlinear optimization', 'numerical optimization',
      ],
      de: [
        'operations research', 'unternehmensforschung', 'mathematische optimierung', 'lineare optimierung', 'nichtlineare optimierung',
        'kombinatorische optimierung', 'konvexe optimierung', 'lineare programmierung', 'optimierungsverfahren',
      ],
      fr: [
        'recherche opérationnelle', 'optimisation linéaire', 'optimisation non linéaire', 'optimisation convexe', 'optimisation combinatoire',
        'programmation linéaire', 'optimisation continue',
      ],
      es: [
        'investigación operativa', 'investigación de operaciones', 'programación lineal', 'optimización lineal', 'optimización no lineal',
        'optimización convexa', 'optimización combinatoria', 'optimización matemática',
      ],
    },
    terms: {
      en: [
        'linear program', 'objective function', 'decision variables', 'feasible solution', 'linear constraints', 'simplex method', 'simplex tableau',
        'basic feasible solution', 'slack variables', 'duality', 'dual problem', 'shadow price', 'reduced cost', 'sensitivity analysis',
        'integer programming', 'branch and bound', 'transportation problem', 'assignment problem', 'hungarian method', 'maximum flow',
        'knapsack problem', 'traveling salesman problem', 'lagrangian relaxation', 'kkt conditions', 'convex function', 'convex set',
        'gradient descent', 'lagrange multipliers', 'nonlinear programming', 'quadratic programming', 'interior point method', 'metaheuristics',
        'simulated annealing', 'genetic algorithm', 'queueing theory', 'inventory model', 'dynamic programming', 'linear relaxation',
        'optimality conditions', 'pareto optimal', 'complementary slackness', 'unbounded problem', 'infeasible',
      ],
      de: [
        'zielfunktion', 'entscheidungsvariablen', 'zulässige lösung', 'nebenbedingungen', 'simplexverfahren', 'simplex-algorithmus',
        'simplextableau', 'basislösung', 'schlupfvariablen', 'dualität', 'duales problem', 'schattenpreis', 'sensitivitätsanalyse',
        'ganzzahlige optimierung', 'schnittebenenverfahren', 'transportproblem', 'zuordnungsproblem', 'ungarische methode', 'kostenminimaler fluss',
        'rucksackproblem', 'problem des handlungsreisenden', 'lagrange-relaxation', 'konvexe funktion', 'gradientenverfahren',
        'lagrange-multiplikatoren', 'quadratische optimierung', 'innere-punkte-verfahren', 'metaheuristiken', 'simulierte abkühlung',
        'genetischer algorithmus', 'warteschlangentheorie', 'lagerhaltungsmodell', 'dynamische programmierung', 'lp-relaxation',
        'optimalitätsbedingungen', 'pareto-optimal', 'komplementärer schlupf', 'unbeschränkt', 'unzulässig',
      ],
      fr: [
        'programme linéaire', 'fonction objectif', 'variables de décision', 'domaine réalisable', 'solution réalisable', 'contraintes linéaires',
        'méthode du simplexe', 'tableau du simplexe', 'solution de base réalisable', "variables d'écart", 'dualité', 'problème dual', 'prix fictif',
        'analyse de sensibilité', 'programmation en nombres entiers', 'séparation et évaluation', 'problème de transport', "problème d'affectation",
        'méthode hongroise', 'flot maximal', 'flot à coût minimal', 'problème du sac à dos', 'problème du voyageur de commerce',
        'relaxation lagrangienne', 'conditions kkt', 'fonction convexe', 'ensemble convexe', 'descente de gradient', 'multiplicateurs de lagrange',
        'programmation non linéaire', 'programmation quadratique', 'méthode des points intérieurs', 'métaheuristiques', 'recuit simulé',
        'algorithme génétique', "théorie des files d'attente", 'gestion des stocks', 'programmation dynamique', 'relaxation linéaire',
        "conditions d'optimalité", 'optimum de pareto', 'écarts complémentaires', 'irréalisable',
      ],
      es: [
        'programa lineal', 'función objetivo', 'variables de decisión', 'solución factible', 'restricciones lineales', 'método símplex',
        'tabla símplex', 'solución básica factible', 'variables de holgura', 'dualidad', 'problema dual', 'precio sombra',
        'análisis de sensibilidad', 'programación entera', 'ramificación y acotamiento', 'planos de corte', 'problema de transporte',
        'problema de asignación', 'método húngaro', 'flujo máximo', 'flujo de costo mínimo', 'problema de la mochila', 'problema del viajante',
        'relajación lagrangiana', 'condiciones kkt', 'función convexa', 'conjunto convexo', 'descenso de gradiente', 'multiplicadores de lagrange',
        'programación no lineal', 'programación cuadrática', 'método de punto interior', 'metaheurísticas', 'recocido simulado',
        'algoritmo genético', 'teoría de colas', 'gestión de inventarios', 'programación dinámica', 'relajación lineal',
        'condiciones de optimalidad', 'óptimo de pareto', 'holgura complementaria', 'problema no acotado', 'infactible',
      ],
    },
    shared: [
      'simplex', 'kkt', 'karush-kuhn-tucker', 'branch-and-bound', 'cplex', 'gurobi', 'glpk', 'ampl', 'dantzig', 'pareto',
    ],
  },
  {
    key: 'mathematics',
    names: {
      en: [
        'mathematics', 'math', 'maths', 'engineering mathematics', 'mathematics for engineers', 'advanced engineering mathematics',
        'mathematical methods', 'applied mathematics',
      ],
      de: [
        'mathematik', 'mathe', 'höhere mathematik', 'ingenieurmathematik', 'mathematik für ingenieure', 'mathematische methoden',
        'angewandte mathematik',
      ],
      fr: [
        'mathématiques', 'maths', "mathématiques pour l'ingénieur", "mathématiques de l'ingénieur", 'méthodes mathématiques',
        'mathématiques appliquées',
      ],
      es: [
        'matemáticas', 'matemática', 'matemáticas para ingenieros', 'matemáticas de la ingeniería', 'métodos matemáticos', 'matemática aplicada',
        'matemáticas aplicadas',
      ],
    },
    terms: {
      en: [
        'complex numbers', "euler's formula", 'polar form', "de moivre's theorem", 'complex conjugate', 'argand diagram', 'vector algebra',
        'vector product', 'scalar triple product', 'partial fractions', 'trigonometric functions', 'trigonometric identities',
        'hyperbolic functions', 'logarithms', 'exponential function', 'inverse trigonometric functions', 'implicit differentiation',
        'integration by substitution', 'arc length', 'cylindrical coordinates', 'spherical coordinates', 'parametric curves', 'convergence tests',
        'ratio test', 'maclaurin series', 'fourier coefficients', 'inverse laplace transform', 'constant coefficients', 'systems of odes',
        "cramer's rule", 'eigenvalue problems', 'multiple integrals', 'surface integrals', "green's theorem", "stokes' theorem", 'vector fields',
        'scalar fields', 'conservative vector field', 'curve sketching', 'asymptotes',
      ],
      de: [
        'komplexe zahlen', 'polarform', 'exponentialform', 'satz von de moivre', 'konjugiert komplex', 'vektorrechnung', 'vektorprodukt',
        'spatprodukt', 'partialbruchzerlegung', 'trigonometrische funktionen', 'additionstheoreme', 'hyperbelfunktionen', 'logarithmus',
        'exponentialfunktion', 'arkusfunktionen', 'integration durch substitution', 'integrationsmethoden', 'bogenlänge', 'zylinderkoordinaten',
        'kugelkoordinaten', 'parameterdarstellung', 'konvergenzkriterien', 'quotientenkriterium', 'wurzelkriterium', 'majorantenkriterium',
        'fourierkoeffizienten', 'laplace-rücktransformation', 'differentialgleichungssysteme', 'cramersche regel', 'eigenwertprobleme',
        'mehrfachintegrale', 'bereichsintegrale', 'integralsatz von gauß', 'integralsatz von stokes', 'vektorfelder', 'skalarfelder',
        'potentialfeld', 'kurvendiskussion', 'asymptoten',
      ],
      fr: [
        'nombres complexes', 'forme algébrique', 'forme trigonométrique', 'forme exponentielle', "formule d'euler", 'formule de moivre',
        'nombre conjugué', "module d'un nombre complexe", 'calcul vectoriel', 'produit mixte', 'décomposition en éléments simples',
        'fonctions trigonométriques', 'formules de trigonométrie', 'fonctions hyperboliques', 'logarithme népérien', 'fonction exponentielle',
        'fonctions trigonométriques réciproques', 'dérivation implicite', "techniques d'intégration", "longueur d'arc", 'coordonnées cylindriques',
        'coordonnées sphériques', 'courbes paramétrées', 'critères de convergence', "règle de d'alembert", 'coefficients de fourier',
        'transformée de laplace inverse', 'coefficients constants', 'systèmes différentiels', 'règle de cramer', 'problèmes aux valeurs propres',
        'intégrales multiples', 'théorème de green-riemann', 'théorème de stokes', 'champ de vecteurs', 'champ scalaire', 'champ de gradient',
        'étude de fonction', 'asymptote', 'asymptotes',
      ],
      es: [
        'números complejos', 'forma binómica', 'forma polar', 'forma exponencial', 'fórmula de euler', 'fórmula de de moivre', 'complejo conjugado',
        'módulo de un número complejo', 'álgebra vectorial', 'producto mixto', 'fracciones parciales', 'funciones trigonométricas',
        'identidades trigonométricas', 'funciones hiperbólicas', 'logaritmo neperiano', 'función exponencial', 'funciones trigonométricas inversas',
        'derivación implícita', 'integración por sustitución', 'técnicas de integración', 'coordenadas cilíndricas', 'coordenadas esféricas',
        'curvas paramétricas', 'criterios de convergencia', 'criterio del cociente', 'coeficientes de fourier', 'transformada inversa de laplace',
        'coeficientes constantes', 'sistemas de ecuaciones diferenciales', 'regla de cramer', 'integrales múltiples', 'teorema de green',
        'teorema de stokes', 'campos vectoriales', 'campo escalar', 'campo conservativo', 'estudio de funciones', 'asíntotas', 'diagrama de argand',
      ],
    },
    shared: [
      'de moivre', 'argand', 'cramer', 'maxima', 'wolfram alpha', 'mathematica', 'matlab',
    ],
  },
  {
    key: 'complex-analysis',
    names: {
      en: [
        'complex analysis', 'complex variables', 'functions of a complex variable', 'complex function theory',
      ],
      de: [
        'funktionentheorie', 'komplexe analysis', 'komplexe funktionentheorie',
      ],
      fr: [
        'analyse complexe', "fonctions d'une variable complexe", 'fonctions holomorphes',
      ],
      es: [
        'análisis complejo', 'variable compleja', 'funciones de variable compleja',
      ],
    },
    terms: {
      en: [
        'holomorphic function', 'holomorphic', 'analytic function', 'cauchy-riemann equations', 'complex plane', 'contour integral',
        "cauchy's integral theorem", "cauchy's integral formula", 'residue theorem', 'residues', 'laurent series', 'essential singularity',
        'meromorphic function', 'conformal mapping', 'möbius transformation', 'principal branch', 'complex logarithm', 'argument principle',
        "rouché's theorem", "liouville's theorem", 'maximum modulus principle', 'winding number', 'analytic continuation', 'riemann sphere',
        'harmonic function', 'riemann mapping theorem', 'identity theorem', 'open mapping theorem', "jordan's lemma", 'keyhole contour',
        'roots of unity', 'complex exponential', 'modulus and argument',
      ],
      de: [
        'holomorphe funktion', 'holomorph', 'analytische funktion', 'cauchy-riemann-differentialgleichungen', 'komplexe zahlenebene',
        'gaußsche zahlenebene', 'komplexes kurvenintegral', 'cauchyscher integralsatz', 'cauchysche integralformel', 'residuensatz', 'residuum',
        'residuen', 'laurentreihe', 'polstelle', 'polstellen', 'hebbare singularität', 'meromorphe funktion', 'konforme abbildung',
        'möbiustransformation', 'verzweigungsschnitt', 'hauptzweig', 'komplexer logarithmus', 'argumentprinzip', 'satz von rouché',
        'satz von liouville', 'maximumprinzip', 'ganze funktion', 'umlaufzahl', 'windungszahl', 'riemannsche zahlenkugel', 'harmonische funktion',
        'riemannscher abbildungssatz', 'identitätssatz', 'einheitswurzeln', 'komplexe exponentialfunktion',
      ],
      fr: [
        'fonction holomorphe', 'holomorphe', 'fonction analytique', 'équations de cauchy-riemann', 'plan complexe', 'intégrale de contour',
        'théorème intégral de cauchy', 'formule intégrale de cauchy', 'théorème des résidus', 'résidu', 'résidus', 'série de laurent', 'pôles',
        'singularité essentielle', 'fonction méromorphe', 'transformation conforme', 'représentation conforme', 'homographie', 'branche principale',
        'logarithme complexe', "principe de l'argument", 'théorème de rouché', 'théorème de liouville', 'principe du maximum', 'fonction entière',
        "indice d'un lacet", 'prolongement analytique', 'sphère de riemann', 'fonction harmonique', "théorème de l'application conforme",
        'lemme de jordan', "racines de l'unité", 'exponentielle complexe', 'module et argument',
      ],
      es: [
        'función holomorfa', 'holomorfa', 'función analítica', 'ecuaciones de cauchy-riemann', 'plano complejo', 'integral de contorno',
        'teorema integral de cauchy', 'fórmula integral de cauchy', 'teorema de los residuos', 'residuo', 'residuos', 'serie de laurent', 'polos',
        'singularidad esencial', 'función meromorfa', 'aplicación conforme', 'transformación de möbius', 'logaritmo complejo',
        'principio del argumento', 'teorema de rouché', 'teorema de liouville', 'principio del módulo máximo', 'función entera', 'índice de giro',
        'prolongación analítica', 'esfera de riemann', 'función armónica', 'teorema de la aplicación de riemann', 'principio de identidad',
        'lema de jordan', 'raíces de la unidad', 'exponencial compleja', 'módulo y argumento',
      ],
    },
    shared: [
      'cauchy-riemann', 'laurent', 'liouville', 'rouché', 'möbius', 'riemann', 'morera', 'goursat',
    ],
  },
  {
    key: 'number-theory',
    names: {
      en: [
        'number theory', 'elementary number theory', 'algebraic number theory', 'analytic number theory',
      ],
      de: [
        'zahlentheorie', 'elementare zahlentheorie', 'algebraische zahlentheorie', 'analytische zahlentheorie',
      ],
      fr: [
        'théorie des nombres', 'arithmétique', 'théorie algébrique des nombres', 'théorie analytique des nombres',
      ],
      es: [
        'teoría de números', 'teoría de los números', 'aritmética', 'teoría algebraica de números',
      ],
    },
    terms: {
      en: [
        'prime numbers', "bezout's identity", 'fundamental theorem of arithmetic', 'chinese remainder theorem', "fermat's little theorem",
        "euler's theorem", "euler's totient function", "wilson's theorem", 'primitive root', 'discrete logarithm', 'quadratic residues',
        'legendre symbol', 'jacobi symbol', 'quadratic reciprocity', 'diophantine equations', "pell's equation", 'pythagorean triples',
        'continued fractions', 'perfect numbers', 'mersenne primes', 'prime number theorem', 'riemann zeta function', 'sieve of eratosthenes',
        'primality test', 'multiplicative function', 'möbius function', 'arithmetic functions', 'p-adic numbers', 'algebraic integers',
        'number fields', 'ideal class group', 'linear congruence', 'carmichael numbers', 'coprime', 'least common multiple', 'residue classes',
      ],
      de: [
        'primzahlen', 'lemma von bézout', 'fundamentalsatz der arithmetik', 'chinesischer restsatz', 'kleiner fermatscher satz', 'satz von euler',
        'eulersche phi-funktion', 'satz von wilson', 'primitivwurzel', 'diskreter logarithmus', 'legendre-symbol', 'jacobi-symbol',
        'quadratisches reziprozitätsgesetz', 'diophantische gleichungen', 'pellsche gleichung', 'pythagoreische tripel', 'kettenbrüche',
        'mersenne-primzahlen', 'primzahlsatz', 'riemannsche zetafunktion', 'sieb des eratosthenes', 'primzahltest', 'multiplikative funktion',
        'möbiusfunktion', 'zahlentheoretische funktionen', 'p-adische zahlen', 'ganzalgebraische zahlen', 'zahlkörper', 'idealklassengruppe',
        'lineare kongruenz', 'carmichael-zahlen', 'teilerfremd', 'restklassen',
      ],
      fr: [
        'nombres premiers', 'identité de bézout', "théorème fondamental de l'arithmétique", 'théorème des restes chinois', "théorème d'euler",
        "indicatrice d'euler", 'théorème de wilson', 'racine primitive', 'logarithme discret', 'résidus quadratiques', 'symbole de legendre',
        'symbole de jacobi', 'loi de réciprocité quadratique', 'équations diophantiennes', 'équation de pell-fermat', 'triplets pythagoriciens',
        'fractions continues', 'nombres parfaits', 'nombres de mersenne', 'théorème des nombres premiers', 'fonction zêta de riemann',
        "crible d'ératosthène", 'test de primalité', 'fonction multiplicative', 'fonction de möbius', 'fonctions arithmétiques', 'nombres p-adiques',
        'entiers algébriques', 'corps de nombres', "groupe des classes d'idéaux", 'congruence linéaire', 'nombres de carmichael',
        'nombres premiers entre eux', 'ppcm', 'classes de congruence',
      ],
      es: [
        'números primos', 'identidad de bézout', 'teorema fundamental de la aritmética', 'teorema chino del resto', 'teorema de euler',
        'función phi de euler', 'teorema de wilson', 'raíz primitiva', 'logaritmo discreto', 'residuos cuadráticos', 'símbolo de legendre',
        'símbolo de jacobi', 'ley de reciprocidad cuadrática', 'ecuaciones diofánticas', 'ecuación de pell', 'ternas pitagóricas',
        'fracciones continuas', 'números perfectos', 'primos de mersenne', 'teorema de los números primos', 'función zeta de riemann',
        'criba de eratóstenes', 'test de primalidad', 'función multiplicativa', 'función de möbius', 'funciones aritméticas', 'números p-adicos',
        'enteros algebraicos', 'cuerpos de números', 'grupo de clases de ideales', 'congruencia lineal', 'números de carmichael', 'coprimos',
        'mínimo común múltiplo', 'clases de congruencia',
      ],
    },
    shared: [
      'fermat', 'bézout', 'eratosthenes', 'legendre', 'mersenne', 'rsa', 'dirichlet', 'ggt', 'kgv',
    ],
  },
  {
    key: 'analytical-chemistry',
    names: {
      en: [
        'analytical chemistry', 'instrumental analysis', 'chemical analysis', 'instrumental methods of analysis',
      ],
      de: [
        'analytische chemie', 'instrumentelle analytik', 'instrumentelle analyse', 'chemische analytik',
      ],
      fr: [
        'chimie analytique', 'analyse chimique', 'analyse instrumentale', "méthodes instrumentales d'analyse",
      ],
      es: [
        'química analítica', 'análisis químico', 'análisis instrumental', 'métodos instrumentales de análisis',
      ],
    },
    terms: {
      en: [
        'calibration curve', 'standard solution', 'internal standard', 'limit of detection', 'limit of quantification', 'systematic error',
        'relative standard deviation', 'gravimetric analysis', 'volumetric analysis', 'titration curve', 'equivalence point', 'primary standard',
        'complexometric titration', 'redox titration', 'acid-base titration', 'uv-vis spectroscopy', 'absorbance', 'molar absorptivity',
        'atomic absorption spectroscopy', 'fluorescence spectroscopy', 'gas chromatography', 'high-performance liquid chromatography',
        'retention time', 'stationary phase', 'theoretical plates', 'mass spectrometry', 'capillary electrophoresis', 'potentiometry',
        'ion-selective electrode', 'glass electrode', 'voltammetry', 'conductometry', 'liquid-liquid extraction', 'method validation',
        'spectrophotometer', 'chromatogram',
      ],
      de: [
        'kalibriergerade', 'kalibrierkurve', 'standardlösung', 'standardaddition', 'nachweisgrenze', 'bestimmungsgrenze', 'systematischer fehler',
        'relative standardabweichung', 'gravimetrie', 'maßanalyse', 'titrationskurve', 'äquivalenzpunkt', 'urtitersubstanz', 'komplexometrie',
        'komplexometrische titration', 'redoxtitration', 'säure-base-titration', 'uv-vis-spektroskopie', 'extinktion',
        'molarer extinktionskoeffizient', 'atomabsorptionsspektrometrie', 'fluoreszenzspektroskopie', 'gaschromatographie',
        'hochleistungsflüssigkeitschromatographie', 'retentionszeit', 'stationäre phase', 'trennsäule', 'massenspektrometrie',
        'kapillarelektrophorese', 'potentiometrie', 'ionenselektive elektrode', 'glaselektrode', 'voltammetrie', 'konduktometrie',
        'probenvorbereitung', 'festphasenextraktion', 'methodenvalidierung', 'spektralphotometer', 'chromatogramm', 'dünnschichtchromatographie',
      ],
      fr: [
        "courbe d'étalonnage", 'étalonnage', 'solution étalon', 'étalon interne', 'limite de détection', 'limite de quantification',
        'justesse et fidélité', 'erreur systématique', 'écart-type relatif', 'gravimétrie', 'analyse volumétrique', 'courbe de titrage',
        "point d'équivalence", 'étalon primaire', 'titrage complexométrique', 'titrage redox', 'titrage acido-basique', 'spectroscopie uv-visible',
        'absorbance', "coefficient d'absorption molaire", "spectrométrie d'absorption atomique", 'fluorimétrie', 'chromatographie en phase gazeuse',
        'temps de rétention', 'phase stationnaire', 'colonne chromatographique', 'plateaux théoriques', 'spectrométrie de masse',
        'électrophorèse capillaire', 'potentiométrie', 'électrode sélective', 'voltampérométrie', 'conductimétrie', 'extraction liquide-liquide',
        'validation de méthode', 'spectrophotomètre', 'chromatogramme',
      ],
      es: [
        'curva de calibración', 'curva de calibrado', 'disolución patrón', 'límite de detección', 'límite de cuantificación', 'error sistemático',
        'desviación estándar relativa', 'gravimetría', 'análisis volumétrico', 'volumetría', 'curva de valoración', 'punto de equivalencia',
        'patrón primario', 'valoración complejométrica', 'valoración redox', 'valoración ácido-base', 'espectroscopia uv-vis', 'absorbancia',
        'absortividad molar', 'espectrometría de absorción atómica', 'fluorimetría', 'cromatografía de gases',
        'cromatografía líquida de alta resolución', 'tiempo de retención', 'fase estacionaria', 'columna cromatográfica', 'platos teóricos',
        'espectrometría de masas', 'electroforesis capilar', 'potenciometría', 'electrodo selectivo de iones', 'voltamperometría', 'conductimetría',
        'extracción en fase sólida', 'extracción líquido-líquido', 'validación de métodos', 'espectrofotómetro', 'cromatograma',
        'cromatografía en capa fina',
      ],
    },
    shared: [
      'hplc', 'gc-ms', 'lc-ms', 'icp-ms', 'icp-oes', 'edta', 'uv-vis', 'aas', 'lod', 'loq',
    ],
  },
  {
    key: 'nuclear-particle-physics',
    names: {
      en: [
        'nuclear physics', 'particle physics', 'high energy physics', 'nuclear and particle physics', 'subatomic physics',
      ],
      de: [
        'kernphysik', 'teilchenphysik', 'elementarteilchenphysik', 'hochenergiephysik', 'kern- und teilchenphysik',
      ],
      fr: [
        'physique nucléaire', 'physique des particules', 'physique subatomique', 'physique des hautes énergies',
      ],
      es: [
        'física nuclear', 'física de partículas', 'física de altas energías', 'física subatómica',
      ],
    },
    terms: {
      en: [
        'atomic nucleus', 'nucleons', 'protons', 'neutrons', 'binding energy', 'nuclear force', 'strong interaction', 'weak interaction',
        'radioactive decay', 'alpha decay', 'beta decay', 'gamma decay', 'half-life', 'decay constant', 'nuclear fission', 'nuclear fusion',
        'chain reaction', 'nuclear reactor', 'cross section', 'nuclear shell model', 'quarks', 'leptons', 'hadrons', 'mesons', 'baryons', 'gluons',
        'neutrinos', 'standard model', 'higgs boson', 'gauge bosons', 'feynman diagrams', 'lepton number', 'baryon number', 'quantum chromodynamics',
        'electroweak theory', 'particle accelerator', 'particle detector', 'collider', 'antimatter', 'antiparticle', 'positron', 'muon', 'pion',
        'invariant mass', 'rutherford scattering', 'geiger counter', 'dosimetry', 'ionizing radiation',
      ],
      de: [
        'atomkern', 'nukleonen', 'protonen', 'neutronen', 'bindungsenergie', 'massendefekt', 'kernkraft', 'radioaktiver zerfall', 'alphazerfall',
        'betazerfall', 'gammazerfall', 'halbwertszeit', 'zerfallskonstante', 'kernspaltung', 'kernfusion', 'kettenreaktion', 'kernreaktor',
        'wirkungsquerschnitt', 'tröpfchenmodell', 'schalenmodell', 'quarks', 'leptonen', 'hadronen', 'mesonen', 'baryonen', 'gluonen', 'neutrinos',
        'standardmodell', 'higgs-boson', 'eichbosonen', 'feynman-diagramme', 'leptonenzahl', 'baryonenzahl', 'quantenchromodynamik',
        'elektroschwache theorie', 'teilchenbeschleuniger', 'teilchendetektor', 'antimaterie', 'antiteilchen', 'positron', 'myon', 'pion',
        'invariante masse', 'rutherford-streuung', 'geigerzähler', 'dosimetrie', 'ionisierende strahlung',
      ],
      fr: [
        'noyau atomique', 'nucléons', 'protons', 'neutrons', 'énergie de liaison', 'défaut de masse', 'interaction forte',
        'désintégration radioactive', 'désintégration alpha', 'désintégration bêta', 'désintégration gamma', 'demi-vie', 'constante radioactive',
        'fission nucléaire', 'fusion nucléaire', 'réaction en chaîne', 'réacteur nucléaire', 'section efficace', 'modèle en couches', 'quarks',
        'leptons', 'hadrons', 'mésons', 'baryons', 'gluons', 'neutrinos', 'modèle standard', 'boson de higgs', 'bosons de jauge',
        'diagrammes de feynman', 'nombre leptonique', 'nombre baryonique', 'chromodynamique quantique', 'théorie électrofaible',
        'accélérateur de particules', 'détecteur de particules', 'collisionneur', 'antimatière', 'antiparticule', 'positon', 'muon', 'pion',
        'masse invariante', 'diffusion de rutherford', 'compteur geiger', 'dosimétrie', 'rayonnements ionisants',
      ],
      es: [
        'núcleo atómico', 'nucleones', 'protones', 'neutrones', 'energía de enlace', 'defecto de masa', 'interacción fuerte',
        'desintegración radiactiva', 'desintegración alfa', 'desintegración beta', 'desintegración gamma', 'periodo de semidesintegración',
        'constante de desintegración', 'fisión nuclear', 'fusión nuclear', 'reacción en cadena', 'reactor nuclear', 'sección eficaz',
        'modelo de capas', 'quarks', 'leptones', 'hadrones', 'mesones', 'bariones', 'gluones', 'neutrinos', 'modelo estándar', 'bosón de higgs',
        'bosones gauge', 'diagramas de feynman', 'número leptónico', 'número bariónico', 'cromodinámica cuántica', 'teoría electrodébil',
        'acelerador de partículas', 'detector de partículas', 'colisionador', 'antimateria', 'antipartícula', 'positrón', 'muon', 'pion',
        'masa invariante', 'dispersión de rutherford', 'contador geiger', 'dosimetría', 'radiación ionizante',
      ],
    },
    shared: [
      'cern', 'lhc', 'higgs', 'feynman', 'rutherford', 'geiger', 'becquerel', 'sievert', 'mev', 'gev', 'qcd',
    ],
  },
  {
    key: 'solid-state-physics',
    names: {
      en: [
        'solid state physics', 'solid-state physics', 'condensed matter physics', 'condensed matter',
      ],
      de: [
        'festkörperphysik', 'physik der kondensierten materie',
      ],
      fr: [
        'physique du solide', 'physique de la matière condensée', "physique de l'état solide",
      ],
      es: [
        'física del estado sólido', 'física de la materia condensada', 'física del sólido',
      ],
    },
    terms: {
      en: [
        'bravais lattice', 'reciprocal lattice', 'brillouin zone', "bragg's law", 'x-ray diffraction', 'lattice vibrations', 'phonons',
        'phonon dispersion', 'debye model', 'free electron model', 'fermi energy', 'fermi surface', 'density of states', 'band structure',
        'band gap', 'energy bands', 'bloch theorem', 'bloch waves', 'valence band', 'conduction band', 'semiconductors', 'intrinsic semiconductor',
        'doping', 'p-n junction', 'effective mass', 'hall effect', 'electrical conductivity', 'drude model', 'superconductivity', 'cooper pairs',
        'meissner effect', 'bcs theory', 'paramagnetism', 'diamagnetism', 'ferromagnetism', 'antiferromagnetism', 'magnons', 'thermal conductivity',
        'quantum hall effect', 'topological insulators', 'crystal lattice', 'primitive cell',
      ],
      de: [
        'bravais-gitter', 'reziprokes gitter', 'brillouin-zone', 'röntgenbeugung', 'gitterschwingungen', 'phononen', 'phononendispersion',
        'debye-modell', 'modell freier elektronen', 'fermi-energie', 'zustandsdichte', 'bandstruktur', 'bandlücke', 'energiebänder',
        'blochsches theorem', 'bloch-wellen', 'tight-binding-modell', 'valenzband', 'leitungsband', 'halbleiter', 'eigenhalbleiter', 'dotierung',
        'n-dotiert', 'p-dotiert', 'pn-übergang', 'hall-effekt', 'elektrische leitfähigkeit', 'drude-modell', 'supraleitung', 'cooper-paare',
        'meißner-ochsenfeld-effekt', 'bcs-theorie', 'paramagnetismus', 'diamagnetismus', 'ferromagnetismus', 'antiferromagnetismus', 'magnonen',
        'wärmeleitfähigkeit', 'quanten-hall-effekt', 'topologische isolatoren', 'kristallgitter',
      ],
      fr: [
        'réseau de bravais', 'réseau réciproque', 'zone de brillouin', 'loi de bragg', 'diffraction des rayons x', 'vibrations du réseau', 'phonons',
        'dispersion des phonons', 'modèle de debye', 'modèle des électrons libres', 'énergie de fermi', 'surface de fermi', "densité d'états",
        'structure de bandes', 'bande interdite', "bandes d'énergie", 'théorème de bloch', 'ondes de bloch', 'modèle des liaisons fortes',
        'bande de valence', 'bande de conduction', 'semi-conducteurs', 'semi-conducteur intrinsèque', 'dopage', 'jonction p-n', 'effet hall',
        'conductivité électrique', 'modèle de drude', 'supraconductivité', 'effet meissner', 'théorie bcs', 'paramagnétisme', 'diamagnétisme',
        'ferromagnétisme', 'antiferromagnétisme', 'magnons', 'conductivité thermique', 'effet hall quantique', 'isolants topologiques',
        'réseau cristallin', 'maille primitive',
      ],
      es: [
        'red de bravais', 'red recíproca', 'zona de brillouin', 'ley de bragg', 'difracción de rayos x', 'vibraciones de la red', 'fonones',
        'dispersión de fonones', 'modelo de debye', 'modelo de electrones libres', 'energía de fermi', 'superficie de fermi', 'densidad de estados',
        'estructura de bandas', 'banda prohibida', 'bandas de energía', 'teorema de bloch', 'ondas de bloch', 'modelo de enlace fuerte',
        'banda de valencia', 'banda de conducción', 'semiconductores', 'semiconductor intrínseco', 'dopaje', 'unión p-n', 'masa efectiva',
        'efecto hall', 'conductividad eléctrica', 'modelo de drude', 'superconductividad', 'pares de cooper', 'efecto meissner', 'teoría bcs',
        'paramagnetismo', 'diamagnetismo', 'ferromagnetismo', 'antiferromagnetismo', 'magnones', 'conductividad térmica', 'efecto hall cuántico',
        'aislantes topológicos', 'red cristalina', 'celda primitiva',
      ],
    },
    shared: [
      'bravais', 'brillouin', 'bragg', 'debye', 'fermi', 'bloch', 'drude', 'bcs', 'meissner',
    ],
  },
  {
    key: 'atmosphere-climate',
    names: {
      en: [
        'meteorology', 'atmospheric science', 'atmospheric sciences', 'climate science', 'climatology', 'climate change', 'weather and climate',
        'oceanography', 'atmospheric physics',
      ],
      de: [
        'meteorologie', 'klimatologie', 'klimawissenschaft', 'atmosphärenphysik', 'wetter und klima', 'klimawandel', 'ozeanographie',
      ],
      fr: [
        'météorologie', 'climatologie', "sciences de l'atmosphère", 'changement climatique', "physique de l'atmosphère", 'océanographie',
      ],
      es: [
        'meteorología', 'climatología', 'ciencias de la atmósfera', 'cambio climático', 'física de la atmósfera', 'oceanografía',
      ],
    },
    terms: {
      en: [
        'atmosphere', 'troposphere', 'stratosphere', 'atmospheric pressure', 'air masses', 'cyclone', 'anticyclone', 'coriolis effect',
        'geostrophic wind', 'pressure gradient force', 'humidity', 'relative humidity', 'dew point', 'adiabatic lapse rate', 'atmospheric stability',
        'convection', 'precipitation', 'condensation nuclei', 'radiation budget', 'greenhouse effect', 'greenhouse gases', 'albedo',
        'radiative forcing', 'global warming', 'climate model', 'general circulation model', 'hadley cell', 'monsoon', 'ocean circulation',
        'thermohaline circulation', 'upwelling', 'sea surface temperature', 'ozone layer', 'aerosols', 'paleoclimate', 'weather forecasting',
        'numerical weather prediction', 'isobars', 'tropical cyclone', 'hurricane', 'thunderstorm',
      ],
      de: [
        'atmosphäre', 'troposphäre', 'stratosphäre', 'luftdruck', 'luftmassen', 'kaltfront', 'warmfront', 'zyklone', 'tiefdruckgebiet',
        'hochdruckgebiet', 'antizyklone', 'jetstream', 'corioliseffekt', 'geostrophischer wind', 'druckgradientkraft', 'luftfeuchtigkeit',
        'relative feuchte', 'taupunkt', 'trockenadiabatisch', 'feuchtadiabatisch', 'konvektion', 'wolkenbildung', 'niederschlag',
        'kondensationskerne', 'strahlungsbilanz', 'treibhauseffekt', 'treibhausgase', 'albedo', 'strahlungsantrieb', 'globale erwärmung',
        'klimamodell', 'hadley-zelle', 'monsun', 'meeresströmungen', 'thermohaline zirkulation', 'meeresoberflächentemperatur',
        'meeresspiegelanstieg', 'ozonschicht', 'aerosole', 'eisbohrkerne', 'paläoklima', 'wettervorhersage', 'numerische wettervorhersage',
        'wetterkarte', 'isobaren', 'tropischer wirbelsturm', 'hurrikan', 'gewitter', 'meereis', 'kohlendioxidemissionen',
      ],
      fr: [
        'atmosphère', 'troposphère', 'stratosphère', 'pression atmosphérique', "masses d'air", 'anticyclone', 'vent géostrophique',
        'force du gradient de pression', 'humidité relative', 'point de rosée', 'gradient adiabatique', 'stabilité atmosphérique', 'convection',
        'formation des nuages', 'précipitations', 'noyaux de condensation', 'bilan radiatif', 'effet de serre', 'gaz à effet de serre', 'albédo',
        'forçage radiatif', 'réchauffement climatique', 'modèle climatique', 'cellule de hadley', 'mousson', 'circulation océanique',
        'circulation thermohaline', "couche d'ozone", 'aérosols', 'carottes de glace', 'paléoclimat', 'prévision météorologique',
        'prévision numérique du temps', 'carte météorologique', 'isobares', 'cyclone tropical', 'ouragan', 'orage', 'banquise',
        'émissions de carbone',
      ],
      es: [
        'atmósfera', 'troposfera', 'estratosfera', 'presión atmosférica', 'masas de aire', 'borrasca', 'anticiclón', 'corriente en chorro',
        'viento geostrófico', 'fuerza del gradiente de presión', 'humedad relativa', 'punto de rocío', 'gradiente adiabático',
        'estabilidad atmosférica', 'convección', 'precipitaciones', 'núcleos de condensación', 'balance radiativo', 'efecto invernadero',
        'gases de efecto invernadero', 'albedo', 'forzamiento radiativo', 'calentamiento global', 'modelo climático', 'célula de hadley', 'monzón',
        'circulación oceánica', 'circulación termohalina', 'capa de ozono', 'aerosoles', 'testigos de hielo', 'paleoclima',
        'predicción meteorológica', 'predicción numérica del tiempo', 'mapa del tiempo', 'isobaras', 'ciclón tropical', 'huracán', 'tormenta',
      ],
    },
    shared: [
      'ipcc', 'enso', 'el niño', 'la niña', 'hpa', 'ecmwf', 'noaa', 'wrf',
    ],
  },
  {
    key: 'immunology',
    names: {
      en: [
        'immunology', 'immunobiology', 'clinical immunology',
      ],
      de: [
        'immunologie', 'immunbiologie', 'klinische immunologie',
      ],
      fr: [
        'immunologie', 'immunobiologie', 'immunologie clinique',
      ],
      es: [
        'inmunología', 'inmunobiología', 'inmunología clínica',
      ],
    },
    terms: {
      en: [
        'innate immunity', 'adaptive immunity', 'antigen', 'antigens', 'antibody', 'antibodies', 'immunoglobulin', 'b lymphocytes', 't lymphocytes',
        'helper t cells', 'cytotoxic t cells', 'lymphocytes', 'macrophages', 'neutrophils', 'dendritic cells', 'natural killer cells',
        'major histocompatibility complex', 'cytokines', 'interleukins', 'interferon', 'inflammation', 'phagocytosis', 'clonal selection',
        'immunological memory', 'vaccination', 'vaccine', 'active immunity', 'passive immunity', 'autoimmunity', 'autoimmune disease',
        'hypersensitivity', 'allergy', 'immunodeficiency', 'immune tolerance', 'lymph nodes', 'thymus', 'bone marrow', 'spleen', 'epitope',
        'affinity maturation', 'class switching', 'opsonization', 'flow cytometry', 'monoclonal antibodies', 'toll-like receptors',
      ],
      de: [
        'angeborene immunität', 'adaptive immunität', 'erworbene immunität', 'antigen', 'antigene', 'antikörper', 'immunglobulin', 'immunglobuline',
        'b-lymphozyten', 't-lymphozyten', 't-helferzellen', 'zytotoxische t-zellen', 'lymphozyten', 'makrophagen', 'neutrophile granulozyten',
        'dendritische zellen', 'natürliche killerzellen', 'haupthistokompatibilitätskomplex', 'antigenpräsentation', 'zytokine', 'interleukine',
        'interferon', 'komplementsystem', 'entzündung', 'phagozytose', 'klonale selektion', 'immunologisches gedächtnis', 'impfung', 'impfstoff',
        'aktive immunisierung', 'passive immunisierung', 'autoimmunität', 'autoimmunerkrankung', 'überempfindlichkeit', 'allergie', 'immundefizienz',
        'immuntoleranz', 'lymphknoten', 'thymus', 'knochenmark', 'milz', 'epitop', 'affinitätsreifung', 'klassenwechsel', 'opsonierung',
        'durchflusszytometrie', 'monoklonale antikörper', 'toll-like-rezeptoren',
      ],
      fr: [
        'immunité innée', 'immunité adaptative', 'antigène', 'antigènes', 'anticorps', 'immunoglobuline', 'immunoglobulines', 'lymphocytes b',
        'lymphocytes t', 'lymphocytes t auxiliaires', 'lymphocytes t cytotoxiques', 'lymphocytes', 'macrophages', 'neutrophiles',
        'cellules dendritiques', 'cellules nk', "complexe majeur d'histocompatibilité", "présentation de l'antigène", 'cytokines', 'interleukines',
        'interféron', 'inflammation', 'phagocytose', 'sélection clonale', 'mémoire immunitaire', 'vaccination', 'vaccin', 'immunité active',
        'immunité passive', 'hypersensibilité', 'allergie', 'immunodéficience', 'tolérance immunitaire', 'ganglions lymphatiques', 'thymus',
        'moelle osseuse', 'épitope', "maturation d'affinité", 'commutation de classe', 'opsonisation', 'cytométrie en flux', 'anticorps monoclonaux',
        'récepteurs toll-like',
      ],
      es: [
        'inmunidad innata', 'inmunidad adaptativa', 'antígeno', 'antígenos', 'anticuerpo', 'anticuerpos', 'inmunoglobulina', 'inmunoglobulinas',
        'linfocitos b', 'linfocitos t', 'linfocitos t colaboradores', 'linfocitos t citotóxicos', 'linfocitos', 'macrófagos', 'neutrófilos',
        'células dendríticas', 'células nk', 'complejo mayor de histocompatibilidad', 'presentación de antígenos', 'citocinas', 'interleucinas',
        'interferón', 'sistema del complemento', 'inflamación', 'fagocitosis', 'selección clonal', 'memoria inmunológica', 'vacunación', 'vacuna',
        'inmunidad activa', 'inmunidad pasiva', 'autoinmunidad', 'enfermedad autoinmune', 'hipersensibilidad', 'alergia', 'inmunodeficiencia',
        'tolerancia inmunológica', 'ganglios linfáticos', 'timo', 'médula ósea', 'bazo', 'epítopo', 'maduración de la afinidad', 'cambio de clase',
        'opsonización', 'citometría de flujo', 'anticuerpos monoclonales', 'receptores tipo toll',
      ],
    },
    shared: [
      'mhc', 'hla', 'igg', 'igm', 'ige', 'iga', 'elisa', 'cd4', 'cd8', 'facs', 'hiv',
    ],
  },
  {
    key: 'plant-biology',
    names: {
      en: [
        'botany', 'plant biology', 'plant science', 'plant sciences', 'plant physiology',
      ],
      de: [
        'botanik', 'pflanzenbiologie', 'pflanzenphysiologie', 'pflanzenwissenschaften',
      ],
      fr: [
        'botanique', 'biologie végétale', 'physiologie végétale',
      ],
      es: [
        'botánica', 'biología vegetal', 'fisiología vegetal',
      ],
    },
    terms: {
      en: [
        'chlorophyll', 'stomata', 'transpiration', 'xylem', 'phloem', 'apical meristem', 'meristem', 'cambium', 'vascular tissue', 'vascular plants',
        'angiosperms', 'gymnosperms', 'ferns', 'mosses', 'bryophytes', 'flowering plants', 'pollination', 'double fertilization',
        'alternation of generations', 'sporophyte', 'gametophyte', 'plant hormones', 'auxin', 'gibberellins', 'cytokinins', 'abscisic acid',
        'ethylene', 'phototropism', 'gravitropism', 'photoperiodism', 'c4 plants', 'cam plants', 'cellulose', 'mycorrhiza', 'plant anatomy',
        'leaf anatomy', 'monocots', 'dicots', 'pollen', 'herbarium', 'plant systematics', 'photosynthesis', 'chloroplasts',
      ],
      de: [
        'chlorophyll', 'spaltöffnungen', 'stomata', 'transpiration', 'xylem', 'phloem', 'sprossachse', 'apikalmeristem', 'meristem', 'kambium',
        'leitgewebe', 'gefäßpflanzen', 'bedecktsamer', 'nacktsamer', 'farne', 'moose', 'blütenpflanzen', 'bestäubung', 'keimung',
        'generationswechsel', 'sporophyt', 'gametophyt', 'phytohormone', 'pflanzenhormone', 'auxin', 'gibberelline', 'cytokinine', 'abscisinsäure',
        'ethylen', 'phototropismus', 'gravitropismus', 'photoperiodismus', 'c4-pflanzen', 'cam-pflanzen', 'cellulose', 'mykorrhiza',
        'pflanzenanatomie', 'blattanatomie', 'einkeimblättrige', 'zweikeimblättrige', 'pollen', 'herbarium', 'pflanzensystematik', 'photosynthese',
        'chloroplasten',
      ],
      fr: [
        'chlorophylle', 'stomates', 'transpiration', 'xylème', 'phloème', 'méristème', 'méristème apical', 'cambium', 'tissus conducteurs',
        'plantes vasculaires', 'angiospermes', 'gymnospermes', 'fougères', 'bryophytes', 'plantes à fleurs', 'pollinisation', 'germination',
        'double fécondation', 'alternance des générations', 'sporophyte', 'gamétophyte', 'phytohormones', 'hormones végétales', 'auxine',
        'gibbérellines', 'cytokinines', 'acide abscissique', 'éthylène', 'phototropisme', 'gravitropisme', 'photopériodisme', 'plantes c4',
        'plantes cam', 'cellulose', 'mycorhizes', 'anatomie végétale', 'anatomie de la feuille', 'monocotylédones', 'dicotylédones', 'pollen',
        'herbier', 'systématique végétale', 'photosynthèse', 'chloroplastes',
      ],
      es: [
        'clorofila', 'estomas', 'transpiración', 'xilema', 'floema', 'tallo', 'meristemo', 'meristemo apical', 'cámbium', 'tejidos vasculares',
        'plantas vasculares', 'angiospermas', 'gimnospermas', 'helechos', 'musgos', 'briófitos', 'plantas con flores', 'polinización', 'germinación',
        'doble fecundación', 'alternancia de generaciones', 'esporofito', 'gametofito', 'fitohormonas', 'hormonas vegetales', 'auxina',
        'giberelinas', 'citoquininas', 'ácido abscísico', 'etileno', 'fototropismo', 'gravitropismo', 'fotoperiodismo', 'plantas c4', 'plantas cam',
        'celulosa', 'micorrizas', 'anatomía vegetal', 'anatomía de la hoja', 'monocotiledóneas', 'dicotiledóneas', 'polen', 'herbario',
        'sistemática vegetal', 'fotosíntesis', 'cloroplastos',
      ],
    },
    shared: [
      'arabidopsis', 'arabidopsis thaliana', 'rubisco', 'linnaeus',
    ],
  },
  {
    key: 'zoology',
    names: {
      en: [
        'zoology', 'animal biology', 'invertebrate zoology', 'vertebrate zoology', 'animal physiology', 'ethology', 'animal behavior',
        'animal behaviour',
      ],
      de: [
        'zoologie', 'tierphysiologie', 'verhaltensbiologie', 'ethologie', 'tierbiologie',
      ],
      fr: [
        'zoologie', 'biologie animale', 'physiologie animale', 'éthologie',
      ],
      es: [
        'zoología', 'biología animal', 'fisiología animal', 'etología',
      ],
    },
    terms: {
      en: [
        'invertebrates', 'vertebrates', 'chordates', 'arthropods', 'insects', 'crustaceans', 'mollusks', 'annelids', 'cnidarians', 'echinoderms',
        'nematodes', 'amphibians', 'reptiles', 'mammals', 'body plan', 'bilateral symmetry', 'radial symmetry', 'coelom', 'germ layers',
        'embryonic development', 'metamorphosis', 'exoskeleton', 'endoskeleton', 'gills', 'circulatory system', 'respiratory system', 'excretion',
        'osmoregulation', 'thermoregulation', 'ectotherms', 'endotherms', 'territoriality', 'courtship', 'foraging', 'kin selection', 'altruism',
        'social insects', 'phylum', 'comparative anatomy', 'homeostasis',
      ],
      de: [
        'wirbellose', 'wirbeltiere', 'chordatiere', 'gliederfüßer', 'arthropoden', 'insekten', 'krebstiere', 'weichtiere', 'ringelwürmer',
        'nesseltiere', 'stachelhäuter', 'fadenwürmer', 'amphibien', 'reptilien', 'säugetiere', 'bauplan', 'bilateralsymmetrie', 'radiärsymmetrie',
        'coelom', 'keimblätter', 'embryonalentwicklung', 'metamorphose', 'exoskelett', 'endoskelett', 'kiemen', 'blutkreislauf', 'atmungssystem',
        'exkretion', 'osmoregulation', 'thermoregulation', 'wechselwarme tiere', 'gleichwarme tiere', 'tierverhalten', 'territorialverhalten',
        'paarungsverhalten', 'balz', 'nahrungssuche', 'prägung', 'verwandtenselektion', 'altruismus', 'staatenbildende insekten',
        'vergleichende anatomie', 'homöostase',
      ],
      fr: [
        'invertébrés', 'vertébrés', 'chordés', 'arthropodes', 'insectes', 'crustacés', 'mollusques', 'annélides', 'cnidaires', 'échinodermes',
        'nématodes', 'amphibiens', 'reptiles', 'mammifères', 'symétrie bilatérale', 'symétrie radiaire', 'cœlome', 'feuillets embryonnaires',
        'développement embryonnaire', 'métamorphose', 'exosquelette', 'endosquelette', 'branchies', 'système circulatoire', 'appareil respiratoire',
        'excrétion', 'osmorégulation', 'thermorégulation', 'ectothermes', 'endothermes', 'comportement animal', 'territorialité', 'parade nuptiale',
        'recherche de nourriture', 'sélection de parentèle', 'altruisme', 'insectes sociaux', 'embranchement', 'homéostasie',
      ],
      es: [
        'invertebrados', 'vertebrados', 'cordados', 'artrópodos', 'insectos', 'crustáceos', 'moluscos', 'anélidos', 'cnidarios', 'equinodermos',
        'nematodos', 'anfibios', 'reptiles', 'mamíferos', 'plan corporal', 'simetría bilateral', 'simetría radial', 'celoma', 'capas germinales',
        'desarrollo embrionario', 'metamorfosis', 'exoesqueleto', 'endoesqueleto', 'branquias', 'sistema circulatorio', 'aparato respiratorio',
        'excreción', 'osmorregulación', 'termorregulación', 'ectotermos', 'endotermos', 'comportamiento animal', 'territorialidad', 'cortejo',
        'impronta', 'selección de parentesco', 'altruismo', 'insectos sociales', 'anatomía comparada', 'homeostasis',
      ],
    },
    shared: [
      'c. elegans', 'lorenz', 'tinbergen', 'drosophila',
    ],
  },
  {
    key: 'chemical-engineering',
    names: {
      en: [
        'chemical engineering', 'process engineering', 'unit operations', 'chemical reaction engineering', 'transport phenomena', 'mass transfer',
      ],
      de: [
        'verfahrenstechnik', 'chemieingenieurwesen', 'chemische verfahrenstechnik', 'thermische verfahrenstechnik', 'mechanische verfahrenstechnik',
        'chemische reaktionstechnik', 'stoffübertragung',
      ],
      fr: [
        'génie chimique', 'génie des procédés', 'opérations unitaires', 'phénomènes de transfert', 'transfert de matière',
        'génie de la réaction chimique',
      ],
      es: [
        'ingeniería química', 'ingeniería de procesos', 'operaciones unitarias', 'fenómenos de transporte', 'transferencia de masa',
        'ingeniería de las reacciones químicas',
      ],
    },
    terms: {
      en: [
        'mass balance', 'energy balance', 'material balance', 'process flow diagram', 'distillation', 'distillation column', 'reflux ratio',
        'gas absorption', 'liquid-liquid extraction', 'evaporation', 'drying', 'crystallization', 'filtration', 'heat exchanger',
        'shell and tube heat exchanger', 'overall heat transfer coefficient', 'mass transfer coefficient', 'diffusivity', 'reactor design',
        'continuous stirred tank reactor', 'residence time', 'residence time distribution', 'selectivity', 'reaction rate', 'catalyst',
        'fluidized bed', 'vapor-liquid equilibrium', 'relative volatility', 'dimensionless numbers', 'scale-up', 'process simulation',
        'separation processes', 'rectification', 'molar flow rate',
      ],
      de: [
        'massenbilanz', 'stoffbilanz', 'energiebilanz', 'verfahrensfließbild', 'grundoperationen', 'destillation', 'rektifikation',
        'rektifikationskolonne', 'rücklaufverhältnis', 'absorption', 'extraktion', 'verdampfung', 'trocknung', 'kristallisation', 'filtration',
        'wärmeübertrager', 'wärmetauscher', 'rohrbündelwärmeübertrager', 'wärmedurchgangskoeffizient', 'stoffübergangskoeffizient',
        'diffusionskoeffizient', 'reaktorauslegung', 'satzreaktor', 'rührkesselreaktor', 'idealer rührkessel', 'strömungsrohr', 'verweilzeit',
        'verweilzeitverteilung', 'selektivität', 'reaktionsgeschwindigkeit', 'katalysator', 'festbett', 'wirbelschicht',
        'dampf-flüssig-gleichgewicht', 'relative flüchtigkeit', 'siedediagramm', 'dimensionslose kennzahlen', 'maßstabsvergrößerung',
        'prozesssimulation', 'trennverfahren', 'anlagenbau',
      ],
      fr: [
        'bilan de matière', "bilan d'énergie", 'schéma de procédé', 'distillation', 'colonne de distillation', 'taux de reflux',
        'absorption gaz-liquide', 'extraction liquide-liquide', 'évaporation', 'séchage', 'cristallisation', 'filtration', 'échangeur de chaleur',
        'échangeur tubulaire', "coefficient global d'échange", 'coefficient de transfert de matière', 'diffusivité', 'réacteurs chimiques',
        'réacteur fermé', 'réacteur parfaitement agité', 'réacteur piston', 'temps de séjour', 'distribution des temps de séjour',
        'taux de conversion', 'sélectivité', 'vitesse de réaction', 'catalyseur', 'équilibre liquide-vapeur', 'volatilité relative',
        'nombres adimensionnels', "changement d'échelle", 'simulation de procédés', 'procédés de séparation', 'rectification', 'débit molaire',
      ],
      es: [
        'balance de materia', 'balance de energía', 'diagrama de flujo de proceso', 'destilación', 'columna de destilación', 'relación de reflujo',
        'absorción de gases', 'extracción líquido-líquido', 'evaporación', 'secado', 'cristalización', 'filtración', 'intercambiador de calor',
        'intercambiador de carcasa y tubos', 'coeficiente global de transferencia de calor', 'coeficiente de transferencia de masa', 'difusividad',
        'diseño de reactores', 'reactor de tanque agitado', 'reactor de flujo pistón', 'tiempo de residencia',
        'distribución de tiempos de residencia', 'selectividad', 'velocidad de reacción', 'catalizador', 'lecho fijo', 'lecho fluidizado',
        'equilibrio líquido-vapor', 'volatilidad relativa', 'números adimensionales', 'escalado', 'simulación de procesos', 'procesos de separación',
        'rectificación', 'caudal molar',
      ],
    },
    shared: [
      'mccabe-thiele', 'cstr', 'pfr', 'aspen', 'hysys', 'chemcad', 'p&id', 'mollier',
    ],
  },
  {
    key: 'robotics',
    names: {
      en: [
        'robotics', 'mobile robotics', 'robot kinematics', 'robot dynamics', 'industrial robotics', 'robot control', 'mechatronics',
      ],
      de: [
        'robotik', 'robotertechnik', 'mobile robotik', 'industrierobotik', 'mechatronik',
      ],
      fr: [
        'robotique', 'robotique mobile', 'robotique industrielle', 'mécatronique',
      ],
      es: [
        'robótica', 'robótica móvil', 'robótica industrial', 'mecatrónica',
      ],
    },
    terms: {
      en: [
        'robot', 'robots', 'manipulator', 'robotic arm', 'end effector', 'joint space', 'forward kinematics', 'inverse kinematics',
        'denavit-hartenberg parameters', 'homogeneous transformation', 'rotation matrix', 'euler angles', 'quaternions', 'kinematic singularity',
        'trajectory planning', 'path planning', 'motion planning', 'obstacle avoidance', 'mobile robot', 'odometry',
        'simultaneous localization and mapping', 'sensor fusion', 'particle filter', 'actuators', 'servo motor', 'stepper motor', 'gripper',
        'revolute joint', 'prismatic joint', 'torque control', 'computed torque control', 'robot dynamics', 'collision avoidance', 'visual servoing',
        'industrial robot',
      ],
      de: [
        'roboter', 'manipulator', 'roboterarm', 'endeffektor', 'gelenkraum', 'vorwärtskinematik', 'inverse kinematik', 'rückwärtskinematik',
        'denavit-hartenberg-parameter', 'homogene transformation', 'rotationsmatrix', 'drehmatrix', 'euler-winkel', 'quaternionen', 'singularität',
        'bahnplanung', 'pfadplanung', 'bewegungsplanung', 'hindernisvermeidung', 'differentialantrieb', 'odometrie', 'belegungskarte',
        'sensorfusion', 'partikelfilter', 'aktoren', 'servomotor', 'schrittmotor', 'greifer', 'drehgelenk', 'schubgelenk', 'momentenregelung',
        'roboterdynamik', 'kollisionsvermeidung', 'trajektorienplanung', 'industrieroboter',
      ],
      fr: [
        'robot', 'robots', 'manipulateur', 'bras robotique', 'effecteur terminal', 'espace articulaire', 'modèle géométrique direct',
        'modèle géométrique inverse', 'cinématique directe', 'cinématique inverse', 'paramètres de denavit-hartenberg', 'transformation homogène',
        'matrice de rotation', "angles d'euler", 'quaternions', 'singularités', 'planification de trajectoire', 'planification de mouvement',
        "évitement d'obstacles", 'robot mobile', 'odométrie', 'fusion de capteurs', 'filtre particulaire', 'actionneurs', 'servomoteur',
        'moteur pas à pas', 'préhenseur', 'liaison pivot', 'liaison glissière', 'dynamique des robots', 'évitement de collisions',
        'asservissement visuel', 'robot industriel',
      ],
      es: [
        'robot', 'robots', 'manipulador', 'brazo robótico', 'efector final', 'espacio articular', 'cinemática directa', 'cinemática inversa',
        'parámetros de denavit-hartenberg', 'transformación homogénea', 'matriz de rotación', 'ángulos de euler', 'cuaterniones', 'singularidades',
        'planificación de trayectorias', 'planificación de movimientos', 'evitación de obstáculos', 'robot móvil', 'tracción diferencial',
        'odometría', 'fusión sensorial', 'filtro de partículas', 'actuadores', 'servomotor', 'motor paso a paso', 'pinza', 'articulación rotacional',
        'articulación prismática', 'control de par', 'dinámica de robots', 'evitación de colisiones', 'servocontrol visual', 'robot industrial',
      ],
    },
    shared: [
      'ros', 'ros2', 'gazebo', 'slam', 'lidar', 'denavit-hartenberg', 'kuka', 'moveit', 'urdf',
    ],
  },
  {
    key: 'telecommunications',
    names: {
      en: [
        'telecommunications', 'communication systems', 'digital communications', 'wireless communications', 'communications engineering',
        'information theory', 'telecommunication engineering',
      ],
      de: [
        'nachrichtentechnik', 'kommunikationstechnik', 'telekommunikation', 'digitale kommunikation', 'informationstheorie', 'übertragungstechnik',
        'informations- und codierungstheorie',
      ],
      fr: [
        'télécommunications', 'systèmes de communication', 'communications numériques', "théorie de l'information", 'transmissions numériques',
      ],
      es: [
        'telecomunicaciones', 'sistemas de comunicación', 'comunicaciones digitales', 'teoría de la información', 'comunicaciones inalámbricas',
      ],
    },
    terms: {
      en: [
        'amplitude modulation', 'frequency modulation', 'phase shift keying', 'quadrature amplitude modulation', 'bandwidth', 'channel capacity',
        'shannon capacity', 'source coding', 'channel coding', 'huffman coding', 'hamming code', 'convolutional codes', 'viterbi algorithm',
        'signal-to-noise ratio', 'awgn channel', 'multipath fading', 'rayleigh fading', 'antenna', 'antenna gain', 'carrier frequency', 'baseband',
        'passband', 'matched filter', 'intersymbol interference', 'raised cosine', 'constellation diagram', 'symbol rate', 'multiplexing',
        'frequency division multiplexing', 'time division multiplexing', 'cellular networks', 'demodulation', 'superheterodyne receiver',
        'source entropy', 'mutual information',
      ],
      de: [
        'amplitudenmodulation', 'frequenzmodulation', 'phasenumtastung', 'quadraturamplitudenmodulation', 'frequenzumtastung', 'bandbreite',
        'kanalkapazität', 'quellencodierung', 'kanalcodierung', 'huffman-codierung', 'fehlerkorrigierende codes', 'hamming-code', 'faltungscodes',
        'viterbi-algorithmus', 'bitfehlerrate', 'awgn-kanal', 'mehrwegeausbreitung', 'rayleigh-fading', 'antenne', 'antennengewinn',
        'freiraumdämpfung', 'trägerfrequenz', 'basisband', 'bandpasssignal', 'signalangepasstes filter', 'intersymbolinterferenz', 'entzerrung',
        'impulsformung', 'raised-cosine-filter', 'signalraumdiagramm', 'konstellationsdiagramm', 'symbolrate', 'multiplexverfahren',
        'frequenzmultiplex', 'zeitmultiplex', 'codemultiplex', 'mobilfunknetze', 'spreizspektrum', 'demodulation', 'überlagerungsempfänger',
        'modulationsverfahren', 'informationsgehalt', 'transinformation',
      ],
      fr: [
        "modulation d'amplitude", 'modulation de fréquence', 'modulation de phase', "modulation d'amplitude en quadrature", 'bande passante',
        'capacité du canal', 'codage de source', 'codage de canal', 'codage de huffman', "codes correcteurs d'erreurs", 'code de hamming',
        'codes convolutifs', 'algorithme de viterbi', "taux d'erreur binaire", 'canal awgn', 'trajets multiples', 'évanouissements',
        'évanouissement de rayleigh', 'antenne', "gain d'antenne", 'bilan de liaison', 'fréquence porteuse', 'bande de base', 'filtre adapté',
        'interférence entre symboles', 'égalisation', 'mise en forme des impulsions', 'filtre en cosinus surélevé', 'diagramme de constellation',
        'débit binaire', 'multiplexage', 'multiplexage fréquentiel', 'multiplexage temporel', 'réseaux cellulaires', 'étalement de spectre',
        'démodulation', 'récepteur superhétérodyne', 'entropie de la source', 'information mutuelle',
      ],
      es: [
        'modulación de amplitud', 'modulación de frecuencia', 'modulación de fase', 'modulación de amplitud en cuadratura', 'ancho de banda',
        'capacidad del canal', 'codificación de fuente', 'codificación de canal', 'codificación de huffman', 'códigos correctores de errores',
        'código de hamming', 'códigos convolucionales', 'algoritmo de viterbi', 'tasa de error de bit', 'canal awgn', 'propagación multitrayecto',
        'desvanecimiento', 'desvanecimiento de rayleigh', 'antena', 'ganancia de antena', 'balance de enlace', 'frecuencia portadora', 'banda base',
        'filtro adaptado', 'interferencia entre símbolos', 'ecualización', 'conformación de pulsos', 'coseno alzado', 'diagrama de constelación',
        'tasa de símbolos', 'multiplexación', 'multiplexación por división de frecuencia', 'multiplexación por división de tiempo',
        'redes celulares', 'espectro ensanchado', 'demodulación', 'receptor superheterodino', 'entropía de la fuente', 'información mutua',
      ],
    },
    shared: [
      'qam', 'psk', 'qpsk', 'bpsk', 'fsk', 'ofdm', 'cdma', 'mimo', 'awgn', 'ldpc', 'ber', 'lte', '5g', 'gsm', 'shannon', 'viterbi',
    ],
  },
  {
    key: 'bioinformatics',
    names: {
      en: [
        'bioinformatics', 'computational biology', 'genome informatics', 'computational genomics',
      ],
      de: [
        'bioinformatik', 'computational biology', 'genominformatik',
      ],
      fr: [
        'bioinformatique', 'biologie computationnelle', 'génomique computationnelle',
      ],
      es: [
        'bioinformática', 'biología computacional', 'genómica computacional',
      ],
    },
    terms: {
      en: [
        'sequence alignment', 'pairwise alignment', 'multiple sequence alignment', 'global alignment', 'local alignment', 'substitution matrix',
        'gap penalty', 'homology search', 'e-value', 'phylogenetic inference', 'neighbor joining', 'maximum parsimony', 'genome assembly',
        'de novo assembly', 'next-generation sequencing', 'high-throughput sequencing', 'gene prediction', 'open reading frame', 'gene annotation',
        'differential expression', 'transcriptomics', 'proteomics', 'protein structure prediction', 'homology modeling', 'motif finding', 'k-mer',
        'de bruijn graph', 'orthologs', 'paralogs', 'comparative genomics', 'sequence analysis', 'profile hmm', 'sequence identity',
      ],
      de: [
        'sequenzalignment', 'paarweises alignment', 'multiples sequenzalignment', 'globales alignment', 'lokales alignment', 'substitutionsmatrix',
        'lückenstrafe', 'homologiesuche', 'e-wert', 'phylogenetische inferenz', 'maximum-parsimony', 'genomassemblierung', 'de-novo-assemblierung',
        'hochdurchsatzsequenzierung', 'genvorhersage', 'offener leserahmen', 'genannotation', 'differentielle genexpression', 'transkriptomik',
        'proteomik', 'proteinstrukturvorhersage', 'homologiemodellierung', 'motivsuche', 'k-mere', 'de-bruijn-graph', 'orthologe', 'paraloge',
        'sequenzähnlichkeit', 'vergleichende genomik', 'sequenzanalyse', 'genombrowser',
      ],
      fr: [
        'alignement de séquences', 'alignement par paires', 'alignement multiple', 'alignement global', 'alignement local',
        'matrice de substitution', "recherche d'homologues", 'inférence phylogénétique', 'maximum de parcimonie', 'modèle de markov caché',
        'assemblage de génome', 'assemblage de novo', 'séquençage haut débit', 'prédiction de gènes', 'annotation des gènes',
        'expression différentielle', 'transcriptomique', 'protéomique', 'prédiction de structure des protéines', 'modélisation par homologie',
        'recherche de motifs', 'k-mères', 'graphe de de bruijn', 'bases de données biologiques', 'orthologues', 'paralogues',
        'similarité de séquences', 'génomique comparative', 'analyse de séquences', 'phylogénie moléculaire',
      ],
      es: [
        'alineamiento de secuencias', 'alineamiento por pares', 'alineamiento múltiple', 'alineamiento global', 'alineamiento local',
        'matriz de sustitución', 'penalización por huecos', 'búsqueda de homólogos', 'e-valor', 'inferencia filogenética', 'máxima parsimonia',
        'modelo oculto de markov', 'ensamblaje de genomas', 'ensamblaje de novo', 'secuenciación masiva', 'predicción de genes',
        'marco abierto de lectura', 'anotación génica', 'expresión diferencial', 'transcriptómica', 'proteómica',
        'predicción de estructura de proteínas', 'modelado por homología', 'búsqueda de motivos', 'k-meros', 'grafo de de bruijn',
        'bases de datos biológicas', 'ortólogos', 'parálogos', 'similitud de secuencias', 'genómica comparativa', 'análisis de secuencias',
      ],
    },
    shared: [
      'blast', 'blastp', 'blastn', 'clustal', 'clustalw', 'fasta', 'fastq', 'genbank', 'uniprot', 'ncbi', 'ensembl', 'biopython', 'bioconductor',
      'samtools', 'bowtie', 'bwa', 'needleman-wunsch', 'smith-waterman', 'neighbor-joining', 'blosum62', 'pam250', 'hmmer', 'rna-seq',
    ],
  },
  {
    key: 'environmental-science',
    names: {
      en: [
        'environmental science', 'environmental sciences', 'environmental engineering', 'environmental chemistry', 'environmental technology',
      ],
      de: [
        'umweltwissenschaften', 'umwelttechnik', 'umweltingenieurwesen', 'umweltchemie', 'umweltwissenschaft',
      ],
      fr: [
        "sciences de l'environnement", "génie de l'environnement", "chimie de l'environnement", 'génie environnemental',
      ],
      es: [
        'ciencias ambientales', 'ingeniería ambiental', 'química ambiental', 'ciencias del medio ambiente', 'tecnología ambiental',
      ],
    },
    terms: {
      en: [
        'pollution', 'air pollution', 'water pollution', 'soil contamination', 'pollutants', 'air quality', 'water quality', 'drinking water',
        'water treatment', 'wastewater treatment', 'activated sludge', 'sewage', 'eutrophication', 'acid rain', 'heavy metals', 'pesticides',
        'bioaccumulation', 'toxicity', 'environmental impact assessment', 'life cycle assessment', 'sustainability', 'sustainable development',
        'renewable energy', 'solar energy', 'wind energy', 'biomass', 'fossil fuels', 'waste management', 'solid waste', 'landfill', 'recycling',
        'composting', 'hazardous waste', 'bioremediation', 'ozone depletion', 'microplastics', 'biochemical oxygen demand', 'dissolved oxygen',
        'environmental protection',
      ],
      de: [
        'umweltverschmutzung', 'luftverschmutzung', 'gewässerverschmutzung', 'bodenkontamination', 'schadstoffe', 'feinstaub', 'luftqualität',
        'wasserqualität', 'trinkwasser', 'trinkwasseraufbereitung', 'wasseraufbereitung', 'abwasserbehandlung', 'kläranlage',
        'belebtschlammverfahren', 'abwasser', 'eutrophierung', 'saurer regen', 'schwermetalle', 'pestizide', 'bioakkumulation', 'toxizität',
        'umweltverträglichkeitsprüfung', 'ökobilanz', 'lebenszyklusanalyse', 'nachhaltigkeit', 'nachhaltige entwicklung', 'erneuerbare energien',
        'solarenergie', 'windenergie', 'biomasse', 'fossile brennstoffe', 'abfallwirtschaft', 'siedlungsabfälle', 'deponie', 'kompostierung',
        'sondermüll', 'altlasten', 'bioremediation', 'emissionsgrenzwerte', 'ozonabbau', 'mikroplastik', 'biochemischer sauerstoffbedarf',
        'gelöster sauerstoff', 'umweltschutz',
      ],
      fr: [
        'pollution', "pollution de l'air", "pollution de l'eau", 'pollution des sols', 'polluants', 'particules fines', "qualité de l'air",
        "qualité de l'eau", 'eau potable', "traitement de l'eau", 'eutrophisation', 'pluies acides', 'métaux lourds', 'pesticides',
        'bioaccumulation', 'toxicité', "étude d'impact environnemental", 'analyse du cycle de vie', 'développement durable', 'durabilité',
        'énergies renouvelables', 'énergie solaire', 'énergie éolienne', 'biomasse', 'combustibles fossiles', 'gestion des déchets',
        'déchets ménagers', 'enfouissement', 'recyclage', 'compostage', 'déchets dangereux', 'dépollution', 'bioremédiation',
        "appauvrissement de la couche d'ozone", 'microplastiques', 'demande biochimique en oxygène', 'oxygène dissous', 'épuration des eaux',
        'assainissement',
      ],
      es: [
        'contaminación', 'contaminación atmosférica', 'contaminación del agua', 'contaminación del suelo', 'contaminantes', 'calidad del aire',
        'calidad del agua', 'agua potable', 'tratamiento de aguas', 'tratamiento de aguas residuales', 'lodos activados', 'aguas residuales',
        'eutrofización', 'lluvia ácida', 'metales pesados', 'plaguicidas', 'pesticidas', 'bioacumulación', 'toxicidad',
        'evaluación de impacto ambiental', 'análisis de ciclo de vida', 'desarrollo sostenible', 'sostenibilidad', 'energías renovables',
        'energía solar', 'energía eólica', 'biomasa', 'combustibles fósiles', 'gestión de residuos', 'residuos sólidos urbanos', 'vertedero',
        'reciclaje', 'compostaje', 'residuos peligrosos', 'descontaminación', 'biorremediación', 'agotamiento de la capa de ozono', 'microplásticos',
        'demanda bioquímica de oxígeno', 'oxígeno disuelto',
      ],
    },
    shared: [
      'pm2.5', 'pm10', 'bod5', 'dbo5', 'iso 14001', 'co2', 'ch4', 'nox', 'so2',
    ],
  },
];

// A labelled corpus of student course files in four languages, for accuracy tests of the AI providers.
// It describes what students really upload — slides, problem sets, exams, scribbled notes, syllabi —
// under the names they really have ("scan_0012", "Document (3)", "final_v2"), so that a classifier
// scoring well here is useful, not just matched to a template. Deterministic: one seeded PRNG.
import type { FileCategory } from '@/ai/provider';
import type { Locale } from '@/i18n/locales';

type Lang = 'en' | 'fr' | 'de' | 'es';

export type LabelledDoc = {
  /** Without extension: the caller picks the format. */
  fileName: string;
  folderHint: string | null;
  pages: string[];
  language: Lang;
  courseKey: string;
  category: FileCategory;
  /** The date a person would file this under (name, header, due or exam date), else null. */
  date: string | null;
};

export type LabelledCourse = { key: string; name: string; code: string; professor: string };

export type LabelledStudent = {
  language: Lang;
  locale: Locale;
  courses: LabelledCourse[];
  /** Files already filed in their course (one or two per course): the course's learned examples. */
  examples: LabelledDoc[];
  documents: LabelledDoc[];
  /** Files about subjects the student does not take (courseKey names no course): they belong nowhere. */
  outsiders: LabelledDoc[];
};

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, so a seed reproduces the corpus on every machine.

type Rng = {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], n: number): T[];
};

function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const some = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { next, int, chance: (p) => next() < p, pick, some };
}

/** Replaces {name} placeholders. */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** Draws without repeats until the list is used up, as a teacher would not repeat a bullet. */
function deck<T>(rng: Rng, items: readonly T[]): () => T {
  let left: T[] = [];
  return () => {
    if (left.length === 0) left = rng.some(items, items.length);
    return left.pop() as T;
  };
}

/** "Photosynthesis" inside a sentence reads "photosynthesis"; German nouns and acronyms keep their capital. */
function inSentence(lang: Lang, topic: string): string {
  return lang === 'de' || /^.\p{Lu}/u.test(topic) ? topic : topic.charAt(0).toLowerCase() + topic.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Subject matter. The same five subjects for every student, written in each student's language.
// Two pairs of subjects share ground (biochemistry; economic history), as real courses do; linear
// algebra borrows an economic application of its own.

type SubjectKey = 'bio' | 'econ' | 'linalg' | 'ochem' | 'hist';
const subjectKeys: SubjectKey[] = ['bio', 'econ', 'linalg', 'ochem', 'hist'];
const neighbour: Record<SubjectKey, SubjectKey> = { bio: 'ochem', ochem: 'bio', econ: 'hist', hist: 'econ', linalg: 'linalg' };

type Subject = {
  name: string;
  code: string;
  professor: string;
  topics: string[];
  facts: string[];
  defs: [string, string][];
  tasks: string[];
  readings: string[];
};

const subjects: Record<Lang, Record<SubjectKey, Subject>> = {
  en: {
    bio: {
      name: 'Introduction to Biology',
      code: 'BIO101',
      professor: 'Prof. Sarah Mitchell',
      topics: ['Cell structure and organelles', 'Cellular respiration', 'Photosynthesis', 'DNA replication', 'Mendelian genetics', 'Enzymes and metabolism', 'Evolution by natural selection', 'Membrane transport'],
      facts: [
        "Mitochondria produce most of the cell's ATP through oxidative phosphorylation.",
        'Photosynthesis converts light energy into chemical energy stored in glucose.',
        'The chloroplast contains thylakoid membranes where the light reactions take place.',
        'DNA replication is semi-conservative: each new double helix keeps one parental strand.',
        'Enzymes lower the activation energy of a reaction without being consumed.',
        "Mendel's law of segregation states that the two alleles separate during gamete formation.",
        'Natural selection acts on heritable variation within a population.',
        'The plasma membrane is a phospholipid bilayer with embedded proteins.',
        'Active transport moves ions against their concentration gradient and requires ATP.',
        'Glycolysis takes place in the cytoplasm and yields two molecules of pyruvate.',
        'Ribosomes translate messenger RNA into a chain of amino acids.',
        'Mutations in the genome are the ultimate source of genetic variation.',
      ],
      defs: [
        ['ATP', 'the energy currency of the cell'],
        ['allele', 'a variant form of a gene'],
        ['osmosis', 'diffusion of water across a semi-permeable membrane'],
        ['phenotype', 'the observable traits of an organism'],
        ['chlorophyll', 'the green pigment that absorbs light'],
        ['homeostasis', 'keeping a stable internal environment'],
      ],
      tasks: [
        'Describe the role of the electron transport chain in cellular respiration.',
        'Compare mitosis and meiosis and give two differences.',
        'A heterozygous pea plant is crossed with a homozygous recessive plant. Give the expected ratio of phenotypes.',
        'Explain why enzymes are sensitive to temperature and pH.',
        'Draw and label a plant cell, including the chloroplast and the vacuole.',
        'Explain how natural selection can lead to antibiotic resistance in bacteria.',
        'How many molecules of ATP are produced from one molecule of glucose? Justify your answer.',
      ],
      readings: ['Campbell Biology, 12th edition, chapters 6 to 10', 'Alberts, Molecular Biology of the Cell, chapter 12'],
    },
    econ: {
      name: 'Macroeconomics',
      code: 'ECON202',
      professor: 'Dr. James Okafor',
      topics: ['GDP and national accounts', 'Inflation and the price level', 'Unemployment and the labor market', 'Monetary policy and central banks', 'Fiscal policy and public debt', 'The IS-LM model', 'Economic growth and the Solow model', 'Exchange rates and open economies'],
      facts: [
        'Gross domestic product measures the market value of all final goods and services produced in a country.',
        'The central bank raises the interest rate to bring inflation back to its target.',
        'In the IS-LM model, an expansionary fiscal policy shifts the IS curve to the right.',
        'The consumer price index tracks the cost of a fixed basket of goods over time.',
        'Cyclical unemployment rises during a recession when aggregate demand falls.',
        'In the Solow model, long-run growth depends on technological progress.',
        'A budget deficit increases public debt unless the economy grows faster than the interest rate.',
        'The Phillips curve describes a short-run trade-off between inflation and unemployment.',
        'A depreciation of the currency makes exports cheaper for foreign buyers.',
        'The money multiplier links the monetary base to the broad money supply.',
        'During the Great Depression output collapsed and unemployment reached 25 percent.',
        'Aggregate supply and aggregate demand together determine output and the price level.',
      ],
      defs: [
        ['GDP deflator', 'ratio of nominal to real GDP'],
        ['fiscal multiplier', 'change in output per dollar of government spending'],
        ['stagflation', 'high inflation combined with high unemployment'],
        ['liquidity trap', 'interest rates near zero so monetary policy loses traction'],
        ['real interest rate', 'nominal rate minus expected inflation'],
        ['output gap', 'difference between actual and potential GDP'],
      ],
      tasks: [
        'Nominal GDP is 2,400 and the GDP deflator is 120. Compute real GDP.',
        'Use the IS-LM model to explain the effect of a tax cut on output and the interest rate.',
        'Explain why a central bank might keep interest rates low during a recession.',
        'Derive the steady-state capital per worker in the Solow model with a savings rate of 20 percent.',
        'Discuss the trade-off described by the Phillips curve.',
        'Explain how a currency depreciation affects net exports.',
        'The CPI rises from 250 to 260. Compute the inflation rate.',
      ],
      readings: ['Mankiw, Macroeconomics, 11th edition, chapters 2 to 5', 'Blanchard, Macroeconomics, chapter 9'],
    },
    linalg: {
      name: 'Linear Algebra',
      code: 'MATH210',
      professor: 'Prof. Daniel Reyes',
      topics: ['Systems of linear equations', 'Gaussian elimination', 'Vector spaces and subspaces', 'Linear independence and bases', 'Determinants', 'Eigenvalues and eigenvectors', 'Orthogonality and least squares', 'Linear transformations'],
      facts: [
        'A system of linear equations can be written as Ax = b with a coefficient matrix A.',
        'Gaussian elimination reduces a matrix to row echelon form using elementary row operations.',
        'A set of vectors is linearly independent if no vector is a linear combination of the others.',
        'The dimension of a vector space is the number of vectors in any basis.',
        'A square matrix is invertible exactly when its determinant is nonzero.',
        'An eigenvector of A satisfies Av = λv for some scalar eigenvalue λ.',
        'The rank of a matrix equals the dimension of its column space.',
        'Orthogonal projection gives the least squares solution of an inconsistent system.',
        'Every linear transformation between finite-dimensional spaces is represented by a matrix.',
        'The kernel of a linear map is a subspace of the domain.',
        'A symmetric matrix has real eigenvalues and an orthonormal basis of eigenvectors.',
        'Input-output models in economics use matrices to describe the flows between sectors.',
      ],
      defs: [
        ['rank', 'dimension of the column space'],
        ['kernel', 'set of vectors mapped to zero'],
        ['basis', 'linearly independent spanning set'],
        ['determinant', 'scalar that measures how volume scales'],
        ['span', 'set of all linear combinations'],
        ['diagonalizable', 'similar to a diagonal matrix'],
      ],
      tasks: [
        'Solve the system x + 2y - z = 3, 2x - y + z = 1, x + y + z = 6 by Gaussian elimination.',
        'Determine whether the vectors (1, 2, 3), (2, 4, 6) and (0, 1, 1) are linearly independent.',
        'Compute the determinant of the matrix A = [[2, 1], [5, 3]].',
        'Find the eigenvalues and eigenvectors of A = [[4, 1], [2, 3]].',
        'Show that the set of symmetric 2 × 2 matrices is a subspace.',
        'Find a basis for the kernel of the linear map T(x, y, z) = (x + y, y - z).',
        'Use least squares to fit a line to the points (0, 1), (1, 3), (2, 4).',
      ],
      readings: ['Strang, Introduction to Linear Algebra, chapters 1 to 3', 'Lay, Linear Algebra and Its Applications, chapter 5'],
    },
    ochem: {
      name: 'Organic Chemistry I',
      code: 'CHEM231',
      professor: 'Dr. Emily Tran',
      topics: ['Alkanes and conformations', 'Stereochemistry and chirality', 'Nucleophilic substitution', 'Elimination reactions', 'Alkenes and addition reactions', 'Aromatic compounds', 'Carbonyl chemistry', 'Amino acids and proteins'],
      facts: [
        'A chiral carbon is bonded to four different substituents.',
        'SN2 reactions proceed with inversion of configuration at the carbon atom.',
        'SN1 reactions go through a carbocation intermediate and favor tertiary substrates.',
        'Benzene is stabilized by the delocalization of six pi electrons.',
        "Markovnikov's rule predicts that hydrogen adds to the carbon that already has more hydrogens.",
        'Carbonyl groups are attacked by nucleophiles at the electrophilic carbon.',
        'E2 eliminations require an anti-periplanar arrangement of the hydrogen and the leaving group.',
        'The chair conformation of cyclohexane minimizes torsional strain.',
        'Functional groups such as alcohols, ketones and esters determine reactivity.',
        'Amino acids are linked by peptide bonds to form proteins.',
        'Enzymes are proteins whose active site binds a specific substrate.',
        'Infrared spectroscopy identifies a carbonyl group by a strong band near 1700 per centimeter.',
      ],
      defs: [
        ['enantiomer', 'non-superimposable mirror image'],
        ['nucleophile', 'electron-pair donor'],
        ['electrophile', 'electron-pair acceptor'],
        ['carbocation', 'positively charged carbon intermediate'],
        ['racemic mixture', 'equal amounts of both enantiomers'],
        ['leaving group', 'atom or group that leaves with the electron pair'],
      ],
      tasks: [
        'Assign R or S configuration to the stereocenter in 2-bromobutane.',
        'Draw the mechanism of the SN2 reaction between bromoethane and hydroxide.',
        'Predict the major product of the addition of HBr to propene.',
        'Explain why tertiary halides react by SN1 rather than SN2.',
        'Name the following compound according to IUPAC rules: CH3CH2COCH3.',
        'Draw both chair conformations of methylcyclohexane and say which one is more stable.',
        'Propose a synthesis of an ester from an alcohol and a carboxylic acid.',
      ],
      readings: ['Klein, Organic Chemistry, 4th edition, chapters 5 to 7', 'Clayden, Organic Chemistry, chapter 15'],
    },
    hist: {
      name: 'Modern European History',
      code: 'HIST150',
      professor: 'Prof. Margaret Collins',
      topics: ['The French Revolution', 'Industrialization in Europe', 'Nationalism and German unification', 'The First World War', 'The interwar years', 'The Cold War', 'European integration', 'The fall of the Berlin Wall'],
      facts: [
        'The storming of the Bastille in 1789 became the symbol of the French Revolution.',
        'Industrialization began in Britain with textile mills and the steam engine.',
        'Bismarck unified Germany in 1871 after three short wars.',
        'The assassination of Franz Ferdinand in Sarajevo triggered the First World War.',
        'The Treaty of Versailles imposed reparations and territorial losses on Germany.',
        'Hyperinflation in the Weimar Republic destroyed the savings of the middle class.',
        'The Marshall Plan financed the reconstruction of Western Europe after 1948.',
        'The Cold War divided Europe into two blocs separated by the Iron Curtain.',
        'The Treaty of Rome founded the European Economic Community in 1957.',
        'The Berlin Wall fell on November 9, 1989 after mass protests in East Germany.',
        'The Maastricht Treaty was signed on February 7, 1992 and created the European Union.',
        'Historians still debate whether the revolutions of 1848 failed or prepared later reforms.',
      ],
      defs: [
        ['nationalism', 'the idea that each nation should have its own state'],
        ['armistice', 'agreement to stop fighting'],
        ['Iron Curtain', 'border dividing Eastern and Western Europe'],
        ['reparations', 'payments imposed on a defeated state'],
        ['détente', 'easing of Cold War tensions in the 1970s'],
        ['primary source', 'document created at the time under study'],
      ],
      tasks: [
        'Explain the main causes of the French Revolution.',
        'Assess the role of nationalism in the outbreak of the First World War.',
        'Compare the unification of Germany with the unification of Italy.',
        'Analyze the consequences of the Treaty of Versailles for the Weimar Republic.',
        'Discuss why the Marshall Plan mattered for European integration.',
        'Write a short commentary on a primary source from the Cold War.',
        'Explain why the Berlin Wall fell in 1989.',
      ],
      readings: ['Judt, Postwar: A History of Europe Since 1945, part one', 'Hobsbawm, The Age of Revolution, chapters 2 and 3'],
    },
  },
  fr: {
    bio: {
      name: 'Biologie cellulaire',
      code: 'BIO1001',
      professor: 'Pr Claire Dubois',
      topics: ['Structure de la cellule', 'La respiration cellulaire', 'La photosynthèse', "La réplication de l'ADN", 'La génétique mendélienne', 'Enzymes et métabolisme', "L'évolution par sélection naturelle", 'Le transport membranaire'],
      facts: [
        "Les mitochondries produisent l'essentiel de l'ATP de la cellule par phosphorylation oxydative.",
        "La photosynthèse convertit l'énergie lumineuse en énergie chimique stockée dans le glucose.",
        'Le chloroplaste contient les membranes des thylakoïdes, siège de la phase lumineuse.',
        "La réplication de l'ADN est semi-conservative : chaque double hélice garde un brin parental.",
        "Les enzymes abaissent l'énergie d'activation d'une réaction sans être consommées.",
        'Selon la loi de ségrégation de Mendel, les deux allèles se séparent lors de la formation des gamètes.',
        "La sélection naturelle agit sur la variation héréditaire au sein d'une population.",
        'La membrane plasmique est une bicouche de phospholipides dans laquelle sont insérées des protéines.',
        'Le transport actif déplace les ions contre leur gradient de concentration et consomme de l\'ATP.',
        'La glycolyse se déroule dans le cytoplasme et produit deux molécules de pyruvate.',
        "Les ribosomes traduisent l'ARN messager en une chaîne d'acides aminés.",
        'Les mutations du génome sont la source ultime de la variation génétique.',
      ],
      defs: [
        ['ATP', "la monnaie énergétique de la cellule"],
        ['allèle', "une version d'un gène"],
        ['osmose', "diffusion de l'eau à travers une membrane semi-perméable"],
        ['phénotype', "l'ensemble des caractères observables d'un organisme"],
        ['chlorophylle', 'le pigment vert qui absorbe la lumière'],
        ['homéostasie', "maintien d'un milieu intérieur stable"],
      ],
      tasks: [
        "Décrivez le rôle de la chaîne respiratoire dans la respiration cellulaire.",
        'Comparez la mitose et la méiose en donnant deux différences.',
        'On croise un pois hétérozygote avec un pois homozygote récessif. Donnez les proportions de phénotypes attendues.',
        'Expliquez pourquoi les enzymes sont sensibles à la température et au pH.',
        'Dessinez et légendez une cellule végétale, avec le chloroplaste et la vacuole.',
        "Expliquez comment la sélection naturelle peut conduire à la résistance des bactéries aux antibiotiques.",
        "Combien de molécules d'ATP sont produites à partir d'une molécule de glucose ? Justifiez.",
      ],
      readings: ['Campbell, Biologie, 11e édition, chapitres 6 à 10', 'Alberts, Biologie moléculaire de la cellule, chapitre 12'],
    },
    econ: {
      name: 'Macroéconomie',
      code: 'ECN2010',
      professor: 'M. Laurent Girard',
      topics: ['Le PIB et la comptabilité nationale', "L'inflation et le niveau des prix", 'Le chômage et le marché du travail', 'La politique monétaire et la banque centrale', 'La politique budgétaire et la dette publique', 'Le modèle IS-LM', 'La croissance et le modèle de Solow', 'Les taux de change en économie ouverte'],
      facts: [
        'Le produit intérieur brut mesure la valeur marchande de tous les biens et services finaux produits dans un pays.',
        "La banque centrale relève son taux directeur pour ramener l'inflation vers sa cible.",
        'Dans le modèle IS-LM, une politique budgétaire expansionniste déplace la courbe IS vers la droite.',
        "L'indice des prix à la consommation suit le coût d'un panier fixe de biens.",
        'Le chômage conjoncturel augmente pendant une récession, quand la demande globale recule.',
        'Dans le modèle de Solow, la croissance de long terme dépend du progrès technique.',
        "Un déficit budgétaire accroît la dette publique sauf si la croissance dépasse le taux d'intérêt.",
        "La courbe de Phillips décrit un arbitrage de court terme entre inflation et chômage.",
        'Une dépréciation de la monnaie rend les exportations moins chères pour les acheteurs étrangers.',
        'Le multiplicateur monétaire relie la base monétaire à la masse monétaire.',
        'Pendant la Grande Dépression, la production s\'est effondrée et le chômage a atteint 25 pour cent.',
        "L'offre globale et la demande globale déterminent ensemble la production et le niveau des prix.",
      ],
      defs: [
        ['déflateur du PIB', 'rapport entre PIB nominal et PIB réel'],
        ['multiplicateur budgétaire', 'variation de la production par euro de dépense publique'],
        ['stagflation', 'inflation forte et chômage élevé en même temps'],
        ['trappe à liquidité', "taux proches de zéro, la politique monétaire n'agit plus"],
        ["taux d'intérêt réel", "taux nominal moins l'inflation anticipée"],
        ['écart de production', 'différence entre PIB effectif et PIB potentiel'],
      ],
      tasks: [
        'Le PIB nominal vaut 2 400 et le déflateur du PIB 120. Calculez le PIB réel.',
        "À l'aide du modèle IS-LM, expliquez l'effet d'une baisse des impôts sur la production et le taux d'intérêt.",
        "Expliquez pourquoi une banque centrale peut maintenir des taux bas pendant une récession.",
        "Déterminez le capital par travailleur à l'état stationnaire dans le modèle de Solow avec un taux d'épargne de 20 pour cent.",
        "Discutez l'arbitrage décrit par la courbe de Phillips.",
        "Expliquez l'effet d'une dépréciation de la monnaie sur les exportations nettes.",
        "L'IPC passe de 250 à 260. Calculez le taux d'inflation.",
      ],
      readings: ['Blanchard et Cohen, Macroéconomie, 8e édition, chapitres 2 à 5', 'Mankiw, Macroéconomie, chapitre 9'],
    },
    linalg: {
      name: 'Algèbre linéaire',
      code: 'MAT1200',
      professor: 'Mme Sophie Lambert',
      topics: ["Systèmes d'équations linéaires", 'Le pivot de Gauss', 'Espaces vectoriels et sous-espaces', 'Indépendance linéaire et bases', 'Déterminants', 'Valeurs propres et vecteurs propres', 'Orthogonalité et moindres carrés', 'Applications linéaires'],
      facts: [
        "Un système d'équations linéaires s'écrit Ax = b avec une matrice des coefficients A.",
        'Le pivot de Gauss ramène une matrice à une forme échelonnée par des opérations élémentaires sur les lignes.',
        "Une famille de vecteurs est libre si aucun vecteur n'est combinaison linéaire des autres.",
        "La dimension d'un espace vectoriel est le nombre de vecteurs de n'importe quelle base.",
        'Une matrice carrée est inversible si et seulement si son déterminant est non nul.',
        'Un vecteur propre de A vérifie Av = λv pour une valeur propre λ.',
        "Le rang d'une matrice est la dimension de l'espace engendré par ses colonnes.",
        'La projection orthogonale donne la solution au sens des moindres carrés.',
        'Toute application linéaire entre espaces de dimension finie est représentée par une matrice.',
        "Le noyau d'une application linéaire est un sous-espace vectoriel.",
        'Une matrice symétrique réelle est diagonalisable dans une base orthonormée de vecteurs propres.',
        "Les modèles entrées-sorties en économie utilisent des matrices pour décrire les flux entre secteurs.",
      ],
      defs: [
        ['rang', "dimension de l'image"],
        ['noyau', 'ensemble des vecteurs envoyés sur zéro'],
        ['base', 'famille libre et génératrice'],
        ['déterminant', 'scalaire qui mesure la variation des volumes'],
        ['sous-espace engendré', 'ensemble des combinaisons linéaires'],
        ['diagonalisable', 'semblable à une matrice diagonale'],
      ],
      tasks: [
        'Résolvez le système x + 2y - z = 3, 2x - y + z = 1, x + y + z = 6 par la méthode du pivot de Gauss.',
        'Les vecteurs (1, 2, 3), (2, 4, 6) et (0, 1, 1) forment-ils une famille libre ?',
        'Calculez le déterminant de la matrice A = [[2, 1], [5, 3]].',
        'Déterminez les valeurs propres et les vecteurs propres de A = [[4, 1], [2, 3]].',
        "Montrez que l'ensemble des matrices symétriques 2 × 2 est un sous-espace vectoriel.",
        "Donnez une base du noyau de l'application linéaire T(x, y, z) = (x + y, y - z).",
        'Par la méthode des moindres carrés, ajustez une droite aux points (0, 1), (1, 3), (2, 4).',
      ],
      readings: ['Liret et Martinais, Algèbre 1re année, chapitres 1 à 3', 'Grifone, Algèbre linéaire, chapitre 5'],
    },
    ochem: {
      name: 'Chimie organique',
      code: 'CHM2301',
      professor: 'M. Antoine Rousseau',
      topics: ['Les alcanes et leurs conformations', 'Stéréochimie et chiralité', 'La substitution nucléophile', "Les réactions d'élimination", "Les alcènes et les réactions d'addition", 'Les composés aromatiques', 'La chimie des carbonyles', 'Acides aminés et protéines'],
      facts: [
        'Un carbone asymétrique porte quatre substituants différents.',
        "La réaction SN2 se fait avec inversion de configuration de l'atome de carbone.",
        'La réaction SN1 passe par un carbocation et concerne surtout les substrats tertiaires.',
        'Le benzène est stabilisé par la délocalisation de six électrons pi.',
        "La règle de Markovnikov prévoit que l'hydrogène se fixe sur le carbone le plus hydrogéné.",
        'Le groupe carbonyle est attaqué par les nucléophiles sur le carbone électrophile.',
        "L'élimination E2 exige une disposition antipériplanaire de l'hydrogène et du groupe partant.",
        'La conformation chaise du cyclohexane minimise la tension de torsion.',
        'Les groupes fonctionnels comme les alcools, les cétones et les esters déterminent la réactivité.',
        'Les acides aminés sont reliés par des liaisons peptidiques pour former les protéines.',
        'Les enzymes sont des protéines dont le site actif fixe un substrat spécifique.',
        'La spectroscopie infrarouge repère un groupe carbonyle par une bande intense vers 1700 cm-1.',
      ],
      defs: [
        ['énantiomère', 'image dans un miroir non superposable'],
        ['nucléophile', "donneur de doublet d'électrons"],
        ['électrophile', "accepteur de doublet d'électrons"],
        ['carbocation', 'intermédiaire carboné chargé positivement'],
        ['mélange racémique', 'quantités égales des deux énantiomères'],
        ['groupe partant', 'atome ou groupe qui part avec le doublet'],
      ],
      tasks: [
        'Attribuez la configuration R ou S au carbone asymétrique du 2-bromobutane.',
        'Écrivez le mécanisme de la réaction SN2 entre le bromoéthane et les ions hydroxyde.',
        "Prévoyez le produit majoritaire de l'addition de HBr sur le propène.",
        'Expliquez pourquoi les halogénures tertiaires réagissent par SN1 plutôt que par SN2.',
        'Nommez le composé suivant selon les règles IUPAC : CH3CH2COCH3.',
        'Dessinez les deux conformations chaise du méthylcyclohexane et indiquez la plus stable.',
        "Proposez une synthèse d'un ester à partir d'un alcool et d'un acide carboxylique.",
      ],
      readings: ['Clayden, Chimie organique, 2e édition, chapitres 5 à 7', 'Vollhardt, Traité de chimie organique, chapitre 15'],
    },
    hist: {
      name: "Histoire de l'Europe contemporaine",
      code: 'HIS1405',
      professor: 'Mme Hélène Marchand',
      topics: ['La Révolution française', "L'industrialisation de l'Europe", "Le nationalisme et l'unité allemande", 'La Première Guerre mondiale', "L'entre-deux-guerres", 'La guerre froide', 'La construction européenne', 'La chute du mur de Berlin'],
      facts: [
        'La prise de la Bastille en 1789 est devenue le symbole de la Révolution française.',
        "L'industrialisation commence en Grande-Bretagne avec les filatures et la machine à vapeur.",
        "Bismarck réalise l'unité allemande en 1871 après trois guerres courtes.",
        "L'assassinat de François-Ferdinand à Sarajevo déclenche la Première Guerre mondiale.",
        "Le traité de Versailles impose à l'Allemagne des réparations et des pertes territoriales.",
        "L'hyperinflation de la république de Weimar ruine l'épargne des classes moyennes.",
        "Le plan Marshall finance la reconstruction de l'Europe occidentale après 1948.",
        'La guerre froide divise l\'Europe en deux blocs séparés par le rideau de fer.',
        'Le traité de Rome fonde la Communauté économique européenne en 1957.',
        "Le mur de Berlin tombe le 9 novembre 1989 après des manifestations massives en RDA.",
        "Le traité de Maastricht est signé le 7 février 1992 et crée l'Union européenne.",
        'Les historiens débattent encore de l\'échec ou de l\'héritage des révolutions de 1848.',
      ],
      defs: [
        ['nationalisme', 'idée que chaque nation doit avoir son propre État'],
        ['armistice', 'accord qui suspend les combats'],
        ['rideau de fer', "frontière entre l'Europe de l'Est et l'Europe de l'Ouest"],
        ['réparations', 'paiements imposés à un État vaincu'],
        ['détente', 'apaisement des tensions de la guerre froide dans les années 1970'],
        ['source primaire', "document produit à l'époque étudiée"],
      ],
      tasks: [
        'Expliquez les principales causes de la Révolution française.',
        'Évaluez le rôle du nationalisme dans le déclenchement de la Première Guerre mondiale.',
        "Comparez l'unité allemande et l'unité italienne.",
        'Analysez les conséquences du traité de Versailles pour la république de Weimar.',
        'Montrez en quoi le plan Marshall a compté pour la construction européenne.',
        'Rédigez un court commentaire de document sur une source primaire de la guerre froide.',
        'Expliquez pourquoi le mur de Berlin est tombé en 1989.',
      ],
      readings: ["Berstein et Milza, Histoire de l'Europe contemporaine, tome 1", 'Judt, Après-guerre, première partie'],
    },
  },
  de: {
    bio: {
      name: 'Einführung in die Biologie',
      code: 'BIO110',
      professor: 'Prof. Dr. Katrin Hoffmann',
      topics: ['Aufbau der Zelle', 'Zellatmung', 'Photosynthese', 'DNA-Replikation', 'Mendelsche Genetik', 'Enzyme und Stoffwechsel', 'Evolution durch natürliche Selektion', 'Membrantransport'],
      facts: [
        'Mitochondrien erzeugen den größten Teil des ATP der Zelle durch oxidative Phosphorylierung.',
        'Die Photosynthese wandelt Lichtenergie in chemische Energie um, die in Glucose gespeichert wird.',
        'Der Chloroplast enthält die Thylakoidmembranen, an denen die Lichtreaktionen ablaufen.',
        'Die DNA-Replikation ist semikonservativ: jede neue Doppelhelix behält einen elterlichen Strang.',
        'Enzyme senken die Aktivierungsenergie einer Reaktion, ohne verbraucht zu werden.',
        'Nach der Spaltungsregel von Mendel trennen sich die beiden Allele bei der Bildung der Keimzellen.',
        'Die natürliche Selektion wirkt auf erbliche Variation innerhalb einer Population.',
        'Die Plasmamembran ist eine Phospholipid-Doppelschicht mit eingelagerten Proteinen.',
        'Aktiver Transport bewegt Ionen gegen ihr Konzentrationsgefälle und verbraucht ATP.',
        'Die Glykolyse findet im Cytoplasma statt und liefert zwei Moleküle Pyruvat.',
        'Ribosomen übersetzen die Boten-RNA in eine Kette von Aminosäuren.',
        'Mutationen im Genom sind die eigentliche Quelle genetischer Variation.',
      ],
      defs: [
        ['ATP', 'die Energiewährung der Zelle'],
        ['Allel', 'eine Variante eines Gens'],
        ['Osmose', 'Diffusion von Wasser durch eine semipermeable Membran'],
        ['Phänotyp', 'die beobachtbaren Merkmale eines Organismus'],
        ['Chlorophyll', 'der grüne Farbstoff, der Licht absorbiert'],
        ['Homöostase', 'Aufrechterhaltung eines stabilen inneren Milieus'],
      ],
      tasks: [
        'Beschreiben Sie die Rolle der Atmungskette in der Zellatmung.',
        'Vergleichen Sie Mitose und Meiose und nennen Sie zwei Unterschiede.',
        'Eine heterozygote Erbsenpflanze wird mit einer homozygot rezessiven Pflanze gekreuzt. Geben Sie das erwartete Verhältnis der Phänotypen an.',
        'Erklären Sie, warum Enzyme empfindlich auf Temperatur und pH-Wert reagieren.',
        'Zeichnen und beschriften Sie eine Pflanzenzelle mit Chloroplast und Vakuole.',
        'Erläutern Sie, wie natürliche Selektion zu Antibiotikaresistenz bei Bakterien führen kann.',
        'Wie viele Moleküle ATP entstehen aus einem Molekül Glucose? Begründen Sie Ihre Antwort.',
      ],
      readings: ['Campbell Biologie, 11. Auflage, Kapitel 6 bis 10', 'Alberts, Molekularbiologie der Zelle, Kapitel 12'],
    },
    econ: {
      name: 'Makroökonomik',
      code: 'VWL210',
      professor: 'Prof. Dr. Thomas Berger',
      topics: ['BIP und Volkswirtschaftliche Gesamtrechnung', 'Inflation und Preisniveau', 'Arbeitslosigkeit und Arbeitsmarkt', 'Geldpolitik und Zentralbank', 'Fiskalpolitik und Staatsverschuldung', 'Das IS-LM-Modell', 'Wachstum und das Solow-Modell', 'Wechselkurse in der offenen Volkswirtschaft'],
      facts: [
        'Das Bruttoinlandsprodukt misst den Marktwert aller in einem Land produzierten Endprodukte und Dienstleistungen.',
        'Die Zentralbank erhöht den Leitzins, um die Inflation zurück zu ihrem Zielwert zu bringen.',
        'Im IS-LM-Modell verschiebt eine expansive Fiskalpolitik die IS-Kurve nach rechts.',
        'Der Verbraucherpreisindex verfolgt die Kosten eines festen Warenkorbs über die Zeit.',
        'Konjunkturelle Arbeitslosigkeit steigt in einer Rezession, wenn die gesamtwirtschaftliche Nachfrage sinkt.',
        'Im Solow-Modell hängt das langfristige Wachstum vom technischen Fortschritt ab.',
        'Ein Haushaltsdefizit erhöht die Staatsschulden, sofern die Wirtschaft nicht schneller wächst als der Zins.',
        'Die Phillips-Kurve beschreibt einen kurzfristigen Zielkonflikt zwischen Inflation und Arbeitslosigkeit.',
        'Eine Abwertung der Währung verbilligt die Exporte für ausländische Käufer.',
        'Der Geldschöpfungsmultiplikator verbindet die Geldbasis mit der Geldmenge.',
        'Während der Weltwirtschaftskrise brach die Produktion ein und die Arbeitslosigkeit erreichte 25 Prozent.',
        'Gesamtwirtschaftliches Angebot und Nachfrage bestimmen gemeinsam Produktion und Preisniveau.',
      ],
      defs: [
        ['BIP-Deflator', 'Verhältnis von nominalem zu realem BIP'],
        ['Fiskalmultiplikator', 'Änderung der Produktion je Euro Staatsausgaben'],
        ['Stagflation', 'hohe Inflation bei hoher Arbeitslosigkeit'],
        ['Liquiditätsfalle', 'Zinsen nahe null, die Geldpolitik verliert ihre Wirkung'],
        ['Realzins', 'Nominalzins minus erwartete Inflation'],
        ['Produktionslücke', 'Differenz zwischen tatsächlichem und potenziellem BIP'],
      ],
      tasks: [
        'Das nominale BIP beträgt 2.400, der BIP-Deflator 120. Berechnen Sie das reale BIP.',
        'Erklären Sie mit dem IS-LM-Modell die Wirkung einer Steuersenkung auf Produktion und Zins.',
        'Warum hält eine Zentralbank die Zinsen in einer Rezession niedrig? Begründen Sie.',
        'Bestimmen Sie den Kapitalstock pro Arbeitskraft im Steady State des Solow-Modells bei einer Sparquote von 20 Prozent.',
        'Diskutieren Sie den Zielkonflikt, den die Phillips-Kurve beschreibt.',
        'Erläutern Sie, wie eine Abwertung die Nettoexporte beeinflusst.',
        'Der VPI steigt von 250 auf 260. Berechnen Sie die Inflationsrate.',
      ],
      readings: ['Blanchard und Illing, Makroökonomie, 7. Auflage, Kapitel 2 bis 5', 'Mankiw, Makroökonomik, Kapitel 9'],
    },
    linalg: {
      name: 'Lineare Algebra I',
      code: 'MAT120',
      professor: 'Prof. Dr. Stefan Krüger',
      topics: ['Lineare Gleichungssysteme', 'Gauß-Algorithmus', 'Vektorräume und Untervektorräume', 'Lineare Unabhängigkeit und Basen', 'Determinanten', 'Eigenwerte und Eigenvektoren', 'Orthogonalität und kleinste Quadrate', 'Lineare Abbildungen'],
      facts: [
        'Ein lineares Gleichungssystem lässt sich als Ax = b mit der Koeffizientenmatrix A schreiben.',
        'Der Gauß-Algorithmus bringt eine Matrix durch elementare Zeilenumformungen auf Zeilenstufenform.',
        'Eine Familie von Vektoren ist linear unabhängig, wenn kein Vektor Linearkombination der anderen ist.',
        'Die Dimension eines Vektorraums ist die Anzahl der Vektoren einer beliebigen Basis.',
        'Eine quadratische Matrix ist genau dann invertierbar, wenn ihre Determinante ungleich null ist.',
        'Ein Eigenvektor von A erfüllt Av = λv für einen Eigenwert λ.',
        'Der Rang einer Matrix ist die Dimension ihres Spaltenraums.',
        'Die Orthogonalprojektion liefert die Lösung im Sinne der kleinsten Quadrate.',
        'Jede lineare Abbildung zwischen endlichdimensionalen Räumen wird durch eine Matrix dargestellt.',
        'Der Kern einer linearen Abbildung ist ein Untervektorraum.',
        'Eine symmetrische reelle Matrix besitzt eine Orthonormalbasis aus Eigenvektoren.',
        'Input-Output-Modelle der Volkswirtschaft beschreiben die Verflechtung der Sektoren mit Matrizen.',
      ],
      defs: [
        ['Rang', 'Dimension des Bildes'],
        ['Kern', 'Menge der Vektoren, die auf null abgebildet werden'],
        ['Basis', 'linear unabhängiges Erzeugendensystem'],
        ['Determinante', 'Skalar, der die Volumenänderung misst'],
        ['Spann', 'Menge aller Linearkombinationen'],
        ['diagonalisierbar', 'ähnlich zu einer Diagonalmatrix'],
      ],
      tasks: [
        'Lösen Sie das Gleichungssystem x + 2y - z = 3, 2x - y + z = 1, x + y + z = 6 mit dem Gauß-Algorithmus.',
        'Sind die Vektoren (1, 2, 3), (2, 4, 6) und (0, 1, 1) linear unabhängig?',
        'Berechnen Sie die Determinante der Matrix A = [[2, 1], [5, 3]].',
        'Bestimmen Sie Eigenwerte und Eigenvektoren von A = [[4, 1], [2, 3]].',
        'Zeigen Sie, dass die symmetrischen 2 × 2-Matrizen einen Untervektorraum bilden.',
        'Bestimmen Sie eine Basis des Kerns der linearen Abbildung T(x, y, z) = (x + y, y - z).',
        'Passen Sie mit der Methode der kleinsten Quadrate eine Gerade an die Punkte (0, 1), (1, 3), (2, 4) an.',
      ],
      readings: ['Fischer, Lineare Algebra, 18. Auflage, Kapitel 1 bis 3', 'Jänich, Lineare Algebra, Kapitel 5'],
    },
    ochem: {
      name: 'Organische Chemie',
      code: 'CHE230',
      professor: 'Dr. Julia Neumann',
      topics: ['Alkane und Konformationen', 'Stereochemie und Chiralität', 'Nukleophile Substitution', 'Eliminierungsreaktionen', 'Alkene und Additionsreaktionen', 'Aromatische Verbindungen', 'Carbonylchemie', 'Aminosäuren und Proteine'],
      facts: [
        'Ein chirales Kohlenstoffatom trägt vier verschiedene Substituenten.',
        'Die SN2-Reaktion verläuft unter Inversion der Konfiguration am Kohlenstoffatom.',
        'Die SN1-Reaktion verläuft über ein Carbokation und bevorzugt tertiäre Substrate.',
        'Benzol wird durch die Delokalisierung von sechs Pi-Elektronen stabilisiert.',
        'Nach der Markownikow-Regel addiert sich der Wasserstoff an das wasserstoffreichere Kohlenstoffatom.',
        'Carbonylgruppen werden von Nukleophilen am elektrophilen Kohlenstoff angegriffen.',
        'Die E2-Eliminierung erfordert eine antiperiplanare Anordnung von Wasserstoff und Abgangsgruppe.',
        'Die Sesselkonformation des Cyclohexans minimiert die Torsionsspannung.',
        'Funktionelle Gruppen wie Alkohole, Ketone und Ester bestimmen die Reaktivität.',
        'Aminosäuren sind über Peptidbindungen zu Proteinen verknüpft.',
        'Enzyme sind Proteine, deren aktives Zentrum ein bestimmtes Substrat bindet.',
        'Die IR-Spektroskopie erkennt eine Carbonylgruppe an einer starken Bande bei etwa 1700 pro Zentimeter.',
      ],
      defs: [
        ['Enantiomer', 'nicht deckungsgleiches Spiegelbild'],
        ['Nukleophil', 'Elektronenpaardonor'],
        ['Elektrophil', 'Elektronenpaarakzeptor'],
        ['Carbokation', 'positiv geladenes Kohlenstoff-Intermediat'],
        ['Racemat', '1:1-Gemisch beider Enantiomere'],
        ['Abgangsgruppe', 'Atom oder Gruppe, die mit dem Elektronenpaar austritt'],
      ],
      tasks: [
        'Bestimmen Sie die R- oder S-Konfiguration des Stereozentrums in 2-Brombutan.',
        'Formulieren Sie den Mechanismus der SN2-Reaktion von Bromethan mit Hydroxid.',
        'Geben Sie das Hauptprodukt der Addition von HBr an Propen an.',
        'Erklären Sie, warum tertiäre Halogenalkane nach SN1 und nicht nach SN2 reagieren.',
        'Benennen Sie die folgende Verbindung nach IUPAC: CH3CH2COCH3.',
        'Zeichnen Sie beide Sesselkonformationen von Methylcyclohexan und geben Sie die stabilere an.',
        'Schlagen Sie eine Synthese eines Esters aus einem Alkohol und einer Carbonsäure vor.',
      ],
      readings: ['Clayden, Organische Chemie, 2. Auflage, Kapitel 5 bis 7', 'Vollhardt, Organische Chemie, Kapitel 15'],
    },
    hist: {
      name: 'Europäische Geschichte der Neuzeit',
      code: 'GES140',
      professor: 'Prof. Dr. Andreas Vogel',
      topics: ['Die Französische Revolution', 'Industrialisierung in Europa', 'Nationalismus und Reichsgründung', 'Der Erste Weltkrieg', 'Die Zwischenkriegszeit', 'Der Kalte Krieg', 'Die europäische Integration', 'Der Fall der Berliner Mauer'],
      facts: [
        'Der Sturm auf die Bastille 1789 wurde zum Symbol der Französischen Revolution.',
        'Die Industrialisierung begann in Großbritannien mit Textilfabriken und der Dampfmaschine.',
        'Bismarck einigte Deutschland 1871 nach drei kurzen Kriegen.',
        'Das Attentat auf Franz Ferdinand in Sarajevo löste den Ersten Weltkrieg aus.',
        'Der Versailler Vertrag legte Deutschland Reparationen und Gebietsverluste auf.',
        'Die Hyperinflation in der Weimarer Republik vernichtete die Ersparnisse des Mittelstands.',
        'Der Marshallplan finanzierte ab 1948 den Wiederaufbau Westeuropas.',
        'Der Kalte Krieg teilte Europa in zwei Blöcke, getrennt durch den Eisernen Vorhang.',
        'Die Römischen Verträge gründeten 1957 die Europäische Wirtschaftsgemeinschaft.',
        'Die Berliner Mauer fiel am 9. November 1989 nach Massenprotesten in der DDR.',
        'Der Vertrag von Maastricht wurde am 7. Februar 1992 unterzeichnet und schuf die Europäische Union.',
        'Historiker streiten bis heute, ob die Revolutionen von 1848 gescheitert sind oder spätere Reformen vorbereitet haben.',
      ],
      defs: [
        ['Nationalismus', 'Idee, dass jede Nation einen eigenen Staat haben soll'],
        ['Waffenstillstand', 'Vereinbarung, die Kämpfe einzustellen'],
        ['Eiserner Vorhang', 'Grenze zwischen Ost- und Westeuropa'],
        ['Reparationen', 'Zahlungen, die einem besiegten Staat auferlegt werden'],
        ['Entspannungspolitik', 'Abbau der Spannungen im Kalten Krieg in den 1970er Jahren'],
        ['Primärquelle', 'Dokument aus der untersuchten Zeit'],
      ],
      tasks: [
        'Erläutern Sie die wichtigsten Ursachen der Französischen Revolution.',
        'Beurteilen Sie die Rolle des Nationalismus beim Ausbruch des Ersten Weltkriegs.',
        'Vergleichen Sie die deutsche Reichsgründung mit der Einigung Italiens.',
        'Analysieren Sie die Folgen des Versailler Vertrags für die Weimarer Republik.',
        'Erörtern Sie die Bedeutung des Marshallplans für die europäische Integration.',
        'Verfassen Sie eine kurze Quelleninterpretation zu einer Primärquelle aus dem Kalten Krieg.',
        'Erklären Sie, warum die Berliner Mauer 1989 fiel.',
      ],
      readings: ['Wehler, Deutsche Gesellschaftsgeschichte, Band 3', 'Judt, Geschichte Europas von 1945 bis zur Gegenwart, Teil 1'],
    },
  },
  es: {
    bio: {
      name: 'Biología general',
      code: 'BIO105',
      professor: 'Dra. Lucía Fernández',
      topics: ['Estructura de la célula', 'La respiración celular', 'La fotosíntesis', 'La replicación del ADN', 'Genética mendeliana', 'Enzimas y metabolismo', 'Evolución por selección natural', 'Transporte a través de la membrana'],
      facts: [
        'Las mitocondrias producen la mayor parte del ATP de la célula mediante la fosforilación oxidativa.',
        'La fotosíntesis convierte la energía luminosa en energía química almacenada en la glucosa.',
        'El cloroplasto contiene las membranas de los tilacoides, donde ocurren las reacciones luminosas.',
        'La replicación del ADN es semiconservativa: cada nueva doble hélice conserva una hebra original.',
        'Las enzimas disminuyen la energía de activación de una reacción sin consumirse.',
        'Según la ley de segregación de Mendel, los dos alelos se separan al formarse los gametos.',
        'La selección natural actúa sobre la variación heredable dentro de una población.',
        'La membrana plasmática es una bicapa de fosfolípidos con proteínas incrustadas.',
        'El transporte activo mueve iones en contra de su gradiente de concentración y consume ATP.',
        'La glucólisis ocurre en el citoplasma y produce dos moléculas de piruvato.',
        'Los ribosomas traducen el ARN mensajero en una cadena de aminoácidos.',
        'Las mutaciones del genoma son la fuente última de la variación genética.',
      ],
      defs: [
        ['ATP', 'la moneda energética de la célula'],
        ['alelo', 'una variante de un gen'],
        ['ósmosis', 'difusión del agua a través de una membrana semipermeable'],
        ['fenotipo', 'los rasgos observables de un organismo'],
        ['clorofila', 'el pigmento verde que absorbe la luz'],
        ['homeostasis', 'mantenimiento de un medio interno estable'],
      ],
      tasks: [
        'Describa el papel de la cadena de transporte de electrones en la respiración celular.',
        'Compare la mitosis y la meiosis e indique dos diferencias.',
        'Se cruza una planta de guisante heterocigota con una homocigota recesiva. Indique la proporción de fenotipos esperada.',
        'Explique por qué las enzimas son sensibles a la temperatura y al pH.',
        'Dibuje y rotule una célula vegetal, incluyendo el cloroplasto y la vacuola.',
        'Explique cómo la selección natural puede llevar a la resistencia de las bacterias a los antibióticos.',
        '¿Cuántas moléculas de ATP se producen a partir de una molécula de glucosa? Justifique su respuesta.',
      ],
      readings: ['Campbell, Biología, 12.ª edición, capítulos 6 a 10', 'Alberts, Biología molecular de la célula, capítulo 12'],
    },
    econ: {
      name: 'Macroeconomía',
      code: 'ECO201',
      professor: 'Prof. Javier Morales',
      topics: ['El PIB y la contabilidad nacional', 'La inflación y el nivel de precios', 'El desempleo y el mercado laboral', 'La política monetaria y el banco central', 'La política fiscal y la deuda pública', 'El modelo IS-LM', 'El crecimiento y el modelo de Solow', 'Los tipos de cambio en una economía abierta'],
      facts: [
        'El producto interior bruto mide el valor de mercado de todos los bienes y servicios finales producidos en un país.',
        'El banco central sube el tipo de interés para devolver la inflación a su objetivo.',
        'En el modelo IS-LM, una política fiscal expansiva desplaza la curva IS hacia la derecha.',
        'El índice de precios al consumo sigue el coste de una cesta fija de bienes.',
        'El desempleo cíclico aumenta durante una recesión, cuando cae la demanda agregada.',
        'En el modelo de Solow, el crecimiento a largo plazo depende del progreso tecnológico.',
        'Un déficit presupuestario aumenta la deuda pública salvo que la economía crezca más que el tipo de interés.',
        'La curva de Phillips describe una disyuntiva a corto plazo entre inflación y desempleo.',
        'Una depreciación de la moneda abarata las exportaciones para los compradores extranjeros.',
        'El multiplicador monetario relaciona la base monetaria con la oferta monetaria.',
        'Durante la Gran Depresión la producción se hundió y el desempleo llegó al 25 por ciento.',
        'La oferta agregada y la demanda agregada determinan juntas la producción y el nivel de precios.',
      ],
      defs: [
        ['deflactor del PIB', 'cociente entre el PIB nominal y el real'],
        ['multiplicador fiscal', 'variación de la producción por euro de gasto público'],
        ['estanflación', 'inflación alta junto con desempleo alto'],
        ['trampa de liquidez', 'tipos cercanos a cero y la política monetaria pierde eficacia'],
        ['tipo de interés real', 'tipo nominal menos la inflación esperada'],
        ['brecha de producción', 'diferencia entre el PIB efectivo y el potencial'],
      ],
      tasks: [
        'El PIB nominal es 2.400 y el deflactor del PIB es 120. Calcule el PIB real.',
        'Con el modelo IS-LM, explique el efecto de una rebaja de impuestos sobre la producción y el tipo de interés.',
        'Explique por qué un banco central puede mantener los tipos bajos durante una recesión.',
        'Obtenga el capital por trabajador en el estado estacionario del modelo de Solow con una tasa de ahorro del 20 por ciento.',
        'Comente la disyuntiva que describe la curva de Phillips.',
        'Explique cómo afecta una depreciación de la moneda a las exportaciones netas.',
        'El IPC pasa de 250 a 260. Calcule la tasa de inflación.',
      ],
      readings: ['Blanchard, Macroeconomía, 7.ª edición, capítulos 2 a 5', 'Mankiw, Macroeconomía, capítulo 9'],
    },
    linalg: {
      name: 'Álgebra lineal',
      code: 'MAT110',
      professor: 'Prof. Andrés Castillo',
      topics: ['Sistemas de ecuaciones lineales', 'Eliminación gaussiana', 'Espacios vectoriales y subespacios', 'Independencia lineal y bases', 'Determinantes', 'Valores propios y vectores propios', 'Ortogonalidad y mínimos cuadrados', 'Aplicaciones lineales'],
      facts: [
        'Un sistema de ecuaciones lineales se escribe como Ax = b con una matriz de coeficientes A.',
        'La eliminación gaussiana lleva una matriz a forma escalonada mediante operaciones elementales por filas.',
        'Un conjunto de vectores es linealmente independiente si ningún vector es combinación lineal de los demás.',
        'La dimensión de un espacio vectorial es el número de vectores de cualquier base.',
        'Una matriz cuadrada es invertible si y solo si su determinante es distinto de cero.',
        'Un vector propio de A cumple Av = λv para algún valor propio λ.',
        'El rango de una matriz es la dimensión de su espacio columna.',
        'La proyección ortogonal da la solución por mínimos cuadrados de un sistema incompatible.',
        'Toda aplicación lineal entre espacios de dimensión finita se representa mediante una matriz.',
        'El núcleo de una aplicación lineal es un subespacio vectorial.',
        'Una matriz simétrica real tiene valores propios reales y una base ortonormal de vectores propios.',
        'Los modelos input-output de la economía usan matrices para describir los flujos entre sectores.',
      ],
      defs: [
        ['rango', 'dimensión del espacio columna'],
        ['núcleo', 'conjunto de vectores que se envían al cero'],
        ['base', 'conjunto linealmente independiente y generador'],
        ['determinante', 'escalar que mide cómo cambian los volúmenes'],
        ['subespacio generado', 'conjunto de todas las combinaciones lineales'],
        ['diagonalizable', 'semejante a una matriz diagonal'],
      ],
      tasks: [
        'Resuelva el sistema x + 2y - z = 3, 2x - y + z = 1, x + y + z = 6 por eliminación gaussiana.',
        '¿Son linealmente independientes los vectores (1, 2, 3), (2, 4, 6) y (0, 1, 1)?',
        'Calcule el determinante de la matriz A = [[2, 1], [5, 3]].',
        'Halle los valores propios y los vectores propios de A = [[4, 1], [2, 3]].',
        'Demuestre que el conjunto de matrices simétricas 2 × 2 es un subespacio.',
        'Halle una base del núcleo de la aplicación lineal T(x, y, z) = (x + y, y - z).',
        'Ajuste por mínimos cuadrados una recta a los puntos (0, 1), (1, 3), (2, 4).',
      ],
      readings: ['Lay, Álgebra lineal y sus aplicaciones, capítulos 1 a 3', 'Grossman, Álgebra lineal, capítulo 5'],
    },
    ochem: {
      name: 'Química orgánica',
      code: 'QUI220',
      professor: 'Dra. Carmen Ortega',
      topics: ['Alcanos y conformaciones', 'Estereoquímica y quiralidad', 'Sustitución nucleofílica', 'Reacciones de eliminación', 'Alquenos y reacciones de adición', 'Compuestos aromáticos', 'Química del grupo carbonilo', 'Aminoácidos y proteínas'],
      facts: [
        'Un carbono quiral está unido a cuatro sustituyentes distintos.',
        'La reacción SN2 transcurre con inversión de la configuración del átomo de carbono.',
        'La reacción SN1 pasa por un carbocatión intermedio y favorece los sustratos terciarios.',
        'El benceno se estabiliza por la deslocalización de seis electrones pi.',
        'La regla de Markovnikov predice que el hidrógeno se une al carbono con más hidrógenos.',
        'Los nucleófilos atacan el grupo carbonilo en el carbono electrófilo.',
        'La eliminación E2 exige una disposición antiperiplanar del hidrógeno y del grupo saliente.',
        'La conformación de silla del ciclohexano minimiza la tensión torsional.',
        'Los grupos funcionales como alcoholes, cetonas y ésteres determinan la reactividad.',
        'Los aminoácidos se unen mediante enlaces peptídicos para formar proteínas.',
        'Las enzimas son proteínas cuyo sitio activo se une a un sustrato específico.',
        'La espectroscopia infrarroja identifica un grupo carbonilo por una banda intensa cerca de 1700 por centímetro.',
      ],
      defs: [
        ['enantiómero', 'imagen especular no superponible'],
        ['nucleófilo', 'donador de un par de electrones'],
        ['electrófilo', 'aceptor de un par de electrones'],
        ['carbocatión', 'intermedio de carbono con carga positiva'],
        ['mezcla racémica', 'cantidades iguales de ambos enantiómeros'],
        ['grupo saliente', 'átomo o grupo que sale con el par de electrones'],
      ],
      tasks: [
        'Asigne la configuración R o S al estereocentro del 2-bromobutano.',
        'Dibuje el mecanismo de la reacción SN2 entre el bromoetano y el hidróxido.',
        'Prediga el producto principal de la adición de HBr al propeno.',
        'Explique por qué los haluros terciarios reaccionan por SN1 y no por SN2.',
        'Nombre el siguiente compuesto según las reglas de la IUPAC: CH3CH2COCH3.',
        'Dibuje las dos conformaciones de silla del metilciclohexano e indique cuál es más estable.',
        'Proponga una síntesis de un éster a partir de un alcohol y un ácido carboxílico.',
      ],
      readings: ['Wade, Química orgánica, 9.ª edición, capítulos 5 a 7', 'McMurry, Química orgánica, capítulo 15'],
    },
    hist: {
      name: 'Historia de Europa contemporánea',
      code: 'HIS150',
      professor: 'Prof. Miguel Navarro',
      topics: ['La Revolución francesa', 'La industrialización de Europa', 'El nacionalismo y la unificación alemana', 'La Primera Guerra Mundial', 'El periodo de entreguerras', 'La Guerra Fría', 'La integración europea', 'La caída del muro de Berlín'],
      facts: [
        'La toma de la Bastilla en 1789 se convirtió en el símbolo de la Revolución francesa.',
        'La industrialización comenzó en Gran Bretaña con las fábricas textiles y la máquina de vapor.',
        'Bismarck unificó Alemania en 1871 tras tres guerras breves.',
        'El asesinato de Francisco Fernando en Sarajevo desencadenó la Primera Guerra Mundial.',
        'El Tratado de Versalles impuso a Alemania reparaciones y pérdidas territoriales.',
        'La hiperinflación de la República de Weimar destruyó los ahorros de la clase media.',
        'El Plan Marshall financió la reconstrucción de Europa occidental a partir de 1948.',
        'La Guerra Fría dividió Europa en dos bloques separados por el telón de acero.',
        'El Tratado de Roma fundó la Comunidad Económica Europea en 1957.',
        'El muro de Berlín cayó el 9 de noviembre de 1989 tras protestas masivas en la RDA.',
        'El Tratado de Maastricht se firmó el 7 de febrero de 1992 y creó la Unión Europea.',
        'Los historiadores aún debaten si las revoluciones de 1848 fracasaron o prepararon reformas posteriores.',
      ],
      defs: [
        ['nacionalismo', 'idea de que cada nación debe tener su propio Estado'],
        ['armisticio', 'acuerdo para detener los combates'],
        ['telón de acero', 'frontera entre Europa del Este y Europa occidental'],
        ['reparaciones', 'pagos impuestos a un Estado vencido'],
        ['distensión', 'relajación de las tensiones de la Guerra Fría en los años setenta'],
        ['fuente primaria', 'documento creado en la época estudiada'],
      ],
      tasks: [
        'Explique las principales causas de la Revolución francesa.',
        'Valore el papel del nacionalismo en el estallido de la Primera Guerra Mundial.',
        'Compare la unificación alemana con la unificación italiana.',
        'Analice las consecuencias del Tratado de Versalles para la República de Weimar.',
        'Explique por qué el Plan Marshall fue importante para la integración europea.',
        'Redacte un breve comentario de texto sobre una fuente primaria de la Guerra Fría.',
        'Explique por qué cayó el muro de Berlín en 1989.',
      ],
      readings: ['Hobsbawm, La era de la revolución, capítulos 2 y 3', 'Judt, Postguerra, primera parte'],
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Outsiders: subjects none of the students takes (astronomy, music theory). A file about them fits
// none of the courses and must stay unsorted, whatever words it shares with them.

type OutsiderKey = 'astro' | 'music';
const outsiderKeys: OutsiderKey[] = ['astro', 'music'];

const outsiders: Record<Lang, Record<OutsiderKey, Subject>> = {
  en: {
    astro: {
      name: 'Introduction to Astronomy',
      code: 'AST110',
      professor: 'Prof. Helen Carter',
      topics: ['The solar system', 'Stellar evolution', 'Galaxies and dark matter', 'Telescopes and observation'],
      facts: [
        'A light-year is the distance light travels in one year, about 9.46 trillion kilometres.',
        'Main-sequence stars fuse hydrogen into helium in their cores.',
        'Jupiter is the largest planet of the solar system and has at least 95 known moons.',
        'A supernova can outshine its whole galaxy for several weeks.',
        'The rotation curves of spiral galaxies point to large amounts of dark matter.',
        'A reflecting telescope gathers light with a curved mirror instead of a lens.',
        'The Hubble constant relates the distance of a galaxy to its recession velocity.',
        'Neutron stars are the collapsed cores of massive stars, only about twenty kilometres across.',
      ],
      defs: [['parallax', 'the apparent shift of a star against distant background stars'], ['redshift', 'the stretching of light from a receding source'], ['exoplanet', 'a planet that orbits a star other than the Sun']],
      tasks: ['Estimate the distance to a star with a parallax of 0.1 arcseconds.', 'Explain why the Moon always shows the same face to the Earth.', 'Describe the life cycle of a star ten times as massive as the Sun.', 'Compare refracting and reflecting telescopes.'],
      readings: ['Chaisson and McMillan, Astronomy Today, chapters 2 to 4', 'Carroll and Ostlie, An Introduction to Modern Astrophysics, chapter 13'],
    },
    music: {
      name: 'Music Theory I',
      code: 'MUS120',
      professor: 'Dr. Laura Bennett',
      topics: ['Scales and key signatures', 'Intervals', 'Triads and seventh chords', 'Four-part harmony'],
      facts: [
        'A major scale follows the pattern whole, whole, half, whole, whole, whole, half step.',
        'The circle of fifths orders the keys by the number of sharps or flats in their signature.',
        'A perfect fifth spans seven semitones.',
        'The dominant seventh chord resolves to the tonic in a perfect authentic cadence.',
        'Parallel fifths and octaves are avoided in four-part chorale writing.',
        'A minor triad has a minor third below a major third.',
        'The relative minor of C major is A minor, which shares its key signature.',
        'Syncopation places the accent on a weak beat of the bar.',
      ],
      defs: [['cadence', 'a chord progression that closes a phrase'], ['tonic', 'the first degree and home note of a key'], ['inversion', 'a chord with a note other than the root in the bass']],
      tasks: ['Write the E flat major scale in the treble clef.', 'Name the interval between F and D and give its inversion.', 'Harmonise the given soprano line in four parts.', 'Identify the cadences in the first sixteen bars of the chorale.'],
      readings: ['Kostka and Payne, Tonal Harmony, chapters 1 to 5', 'Aldwell and Schachter, Harmony and Voice Leading, chapter 4'],
    },
  },
  fr: {
    astro: {
      name: "Introduction à l'astronomie",
      code: 'AST110',
      professor: 'Pr Hélène Caron',
      topics: ['Le système solaire', "L'évolution stellaire", 'Les galaxies et la matière noire', 'Les télescopes et l’observation'],
      facts: [
        "Une année-lumière est la distance que parcourt la lumière en un an, environ 9 460 milliards de kilomètres.",
        "Les étoiles de la séquence principale fusionnent l'hydrogène en hélium dans leur cœur.",
        'Jupiter est la plus grande planète du système solaire et possède au moins 95 lunes connues.',
        'Une supernova peut briller plus que toute sa galaxie pendant plusieurs semaines.',
        'Les courbes de rotation des galaxies spirales révèlent une grande quantité de matière noire.',
        'Un télescope réflecteur recueille la lumière avec un miroir courbe plutôt qu’une lentille.',
        "La constante de Hubble relie la distance d'une galaxie à sa vitesse d'éloignement.",
        "Les étoiles à neutrons sont les cœurs effondrés d'étoiles massives, larges d'une vingtaine de kilomètres.",
      ],
      defs: [['parallaxe', "le déplacement apparent d'une étoile devant les étoiles lointaines"], ['décalage vers le rouge', "l'étirement de la lumière d'une source qui s'éloigne"], ['exoplanète', 'une planète en orbite autour d’une autre étoile que le Soleil']],
      tasks: ["Estimez la distance d'une étoile dont la parallaxe vaut 0,1 seconde d'arc.", 'Expliquez pourquoi la Lune montre toujours la même face à la Terre.', "Décrivez le cycle de vie d'une étoile dix fois plus massive que le Soleil.", 'Comparez les lunettes et les télescopes à miroir.'],
      readings: ["Séguin et Villeneuve, Astronomie et astrophysique, chapitres 2 à 4", "Lequeux, L'Univers dévoilé, chapitre 5"],
    },
    music: {
      name: 'Théorie musicale I',
      code: 'MUS120',
      professor: 'Dr Laure Benoît',
      topics: ['Les gammes et les armures', 'Les intervalles', 'Les accords de trois et quatre sons', "L'harmonie à quatre voix"],
      facts: [
        'Une gamme majeure suit le schéma ton, ton, demi-ton, ton, ton, ton, demi-ton.',
        "Le cycle des quintes ordonne les tonalités selon le nombre de dièses ou de bémols de l'armure.",
        'Une quinte juste couvre sept demi-tons.',
        "L'accord de septième de dominante se résout sur la tonique dans une cadence parfaite.",
        "On évite les quintes et les octaves parallèles dans l'écriture du choral à quatre voix.",
        'Un accord mineur superpose une tierce mineure et une tierce majeure.',
        'Le relatif mineur de do majeur est la mineur, qui a la même armure.',
        'La syncope place l’accent sur un temps faible de la mesure.',
      ],
      defs: [['cadence', 'un enchaînement d’accords qui termine une phrase'], ['tonique', 'le premier degré, la note centrale de la tonalité'], ['renversement', 'un accord dont la basse n’est pas la fondamentale']],
      tasks: ['Écrivez la gamme de mi bémol majeur en clé de sol.', "Nommez l'intervalle entre fa et ré et donnez son renversement.", 'Harmonisez à quatre voix la ligne de soprano donnée.', 'Repérez les cadences des seize premières mesures du choral.'],
      readings: ['Danhauser, Théorie de la musique, chapitres 1 à 5', "Dubois, Traité d'harmonie, chapitre 4"],
    },
  },
  de: {
    astro: {
      name: 'Einführung in die Astronomie',
      code: 'AST110',
      professor: 'Prof. Dr. Helga Krämer',
      topics: ['Das Sonnensystem', 'Sternentwicklung', 'Galaxien und dunkle Materie', 'Teleskope und Beobachtung'],
      facts: [
        'Ein Lichtjahr ist die Strecke, die das Licht in einem Jahr zurücklegt, etwa 9,46 Billionen Kilometer.',
        'Sterne der Hauptreihe verschmelzen in ihrem Kern Wasserstoff zu Helium.',
        'Jupiter ist der größte Planet des Sonnensystems und hat mindestens 95 bekannte Monde.',
        'Eine Supernova kann mehrere Wochen lang heller leuchten als ihre ganze Galaxie.',
        'Die Rotationskurven von Spiralgalaxien deuten auf große Mengen dunkler Materie hin.',
        'Ein Spiegelteleskop sammelt das Licht mit einem gekrümmten Spiegel statt mit einer Linse.',
        'Die Hubble-Konstante verknüpft die Entfernung einer Galaxie mit ihrer Fluchtgeschwindigkeit.',
        'Neutronensterne sind die kollabierten Kerne massereicher Sterne und nur etwa zwanzig Kilometer groß.',
      ],
      defs: [['Parallaxe', 'die scheinbare Verschiebung eines Sterns vor dem fernen Hintergrund'], ['Rotverschiebung', 'die Dehnung des Lichts einer sich entfernenden Quelle'], ['Exoplanet', 'ein Planet, der einen anderen Stern als die Sonne umkreist']],
      tasks: ['Schätze die Entfernung eines Sterns mit einer Parallaxe von 0,1 Bogensekunden.', 'Erkläre, warum der Mond der Erde immer dieselbe Seite zeigt.', 'Beschreibe den Lebenslauf eines Sterns mit zehnfacher Sonnenmasse.', 'Vergleiche Linsenfernrohre und Spiegelteleskope.'],
      readings: ['Unsöld und Baschek, Der neue Kosmos, Kapitel 2 bis 4', 'Weigert, Wendker und Wisotzki, Astronomie und Astrophysik, Kapitel 6'],
    },
    music: {
      name: 'Musiktheorie I',
      code: 'MUS120',
      professor: 'Dr. Lena Brandt',
      topics: ['Tonleitern und Vorzeichen', 'Intervalle', 'Dreiklänge und Septakkorde', 'Vierstimmiger Satz'],
      facts: [
        'Eine Durtonleiter folgt dem Muster Ganzton, Ganzton, Halbton, Ganzton, Ganzton, Ganzton, Halbton.',
        'Der Quintenzirkel ordnet die Tonarten nach der Zahl ihrer Kreuze oder Be.',
        'Eine reine Quinte umfasst sieben Halbtöne.',
        'Der Dominantseptakkord löst sich in der authentischen Kadenz in die Tonika auf.',
        'Im vierstimmigen Choralsatz werden Quint- und Oktavparallelen vermieden.',
        'Ein Molldreiklang besteht aus einer kleinen Terz unter einer großen Terz.',
        'Die Paralleltonart von C-Dur ist a-Moll, die dieselben Vorzeichen hat.',
        'Die Synkope verlegt die Betonung auf eine schwache Zählzeit des Takts.',
      ],
      defs: [['Kadenz', 'eine Akkordfolge, die eine Phrase abschließt'], ['Tonika', 'die erste Stufe und der Grundton einer Tonart'], ['Umkehrung', 'ein Akkord mit einem anderen Ton als dem Grundton im Bass']],
      tasks: ['Notiere die Es-Dur-Tonleiter im Violinschlüssel.', 'Bestimme das Intervall zwischen f und d und gib seine Umkehrung an.', 'Setze die gegebene Sopranstimme vierstimmig aus.', 'Bestimme die Kadenzen in den ersten sechzehn Takten des Chorals.'],
      readings: ['Ziegenrücker, Allgemeine Musiklehre, Kapitel 1 bis 5', 'de la Motte, Harmonielehre, Kapitel 4'],
    },
  },
  es: {
    astro: {
      name: 'Introducción a la astronomía',
      code: 'AST110',
      professor: 'Dra. Helena Castillo',
      topics: ['El sistema solar', 'La evolución estelar', 'Las galaxias y la materia oscura', 'Los telescopios y la observación'],
      facts: [
        'Un año luz es la distancia que recorre la luz en un año, unos 9,46 billones de kilómetros.',
        'Las estrellas de la secuencia principal fusionan hidrógeno en helio en su núcleo.',
        'Júpiter es el planeta más grande del sistema solar y tiene al menos 95 lunas conocidas.',
        'Una supernova puede brillar más que toda su galaxia durante varias semanas.',
        'Las curvas de rotación de las galaxias espirales revelan grandes cantidades de materia oscura.',
        'Un telescopio reflector recoge la luz con un espejo curvo en lugar de una lente.',
        'La constante de Hubble relaciona la distancia de una galaxia con su velocidad de alejamiento.',
        'Las estrellas de neutrones son los núcleos colapsados de estrellas masivas, de unos veinte kilómetros.',
      ],
      defs: [['paralaje', 'el desplazamiento aparente de una estrella frente a las estrellas lejanas'], ['corrimiento al rojo', 'el estiramiento de la luz de una fuente que se aleja'], ['exoplaneta', 'un planeta que orbita una estrella distinta del Sol']],
      tasks: ['Estima la distancia a una estrella con un paralaje de 0,1 segundos de arco.', 'Explica por qué la Luna muestra siempre la misma cara a la Tierra.', 'Describe el ciclo de vida de una estrella diez veces más masiva que el Sol.', 'Compara los telescopios refractores y reflectores.'],
      readings: ['Chaisson y McMillan, Astronomía hoy, capítulos 2 a 4', 'Galadí-Enríquez, Astronomía general, capítulo 13'],
    },
    music: {
      name: 'Teoría musical I',
      code: 'MUS120',
      professor: 'Dra. Laura Benítez',
      topics: ['Escalas y armaduras', 'Los intervalos', 'Tríadas y acordes de séptima', 'La armonía a cuatro voces'],
      facts: [
        'Una escala mayor sigue el patrón tono, tono, semitono, tono, tono, tono, semitono.',
        'El círculo de quintas ordena las tonalidades según el número de sostenidos o bemoles de la armadura.',
        'Una quinta justa abarca siete semitonos.',
        'El acorde de séptima de dominante resuelve en la tónica en una cadencia perfecta.',
        'En la escritura coral a cuatro voces se evitan las quintas y octavas paralelas.',
        'Una tríada menor tiene una tercera menor debajo de una tercera mayor.',
        'La relativa menor de do mayor es la menor, que comparte su armadura.',
        'La síncopa coloca el acento en un tiempo débil del compás.',
      ],
      defs: [['cadencia', 'una progresión de acordes que cierra una frase'], ['tónica', 'el primer grado y la nota central de la tonalidad'], ['inversión', 'un acorde con una nota distinta de la fundamental en el bajo']],
      tasks: ['Escribe la escala de mi bemol mayor en clave de sol.', 'Nombra el intervalo entre fa y re y da su inversión.', 'Armoniza a cuatro voces la línea de soprano dada.', 'Identifica las cadencias de los dieciséis primeros compases del coral.'],
      readings: ['Zamacois, Teoría de la música, capítulos 1 a 5', 'Piston, Armonía, capítulo 4'],
    },
  },
};

// ---------------------------------------------------------------------------------------------
// How each category reads, per language. Templates use {n}, {nn}, {code}, {course}, {topic},
// {prof}, {date}, {term}, {def}, {fact}, {pts}, {reading}.

type Phrasebook = {
  locale: Locale;
  /** First day of the term and its length: document dates fall inside it. */
  term: { start: [number, number, number]; days: number };
  textDates: ((d: DateParts) => string)[];
  nameDates: ((d: DateParts) => string)[];
  lecture: {
    labels: string[];
    outline: string;
    headings: string[];
    openers: string[];
    closers: string[];
    asides: string[];
    prose: string[];
  };
  assignment: { titles: string[]; due: string[]; instructions: string[]; task: string[]; closers: string[]; answer: string; student: string[] };
  exam: { titles: string[]; instructions: string[]; question: string[]; subparts: [string, string]; closers: string[] };
  notes: { titles: string[]; lines: string[]; abbreviations: [RegExp, string][] };
  other: string[][];
  names: Record<FileCategory, string[]> & { generic: string[]; topic: string[] };
  folders: { generic: string[]; course: string[]; category: Record<FileCategory, string[]> };
};

type DateParts = { y: number; m: number; d: number; weekday: number };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: DateParts) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

const monthNames: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const weekdays: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};
const month = (lang: Lang, d: DateParts) => monthNames[lang][d.m - 1] ?? '';
const weekday = (lang: Lang, d: DateParts) => weekdays[lang][d.weekday] ?? '';

const commonNameDates = [(d: DateParts) => iso(d), (d: DateParts) => `${d.y}${pad(d.m)}${pad(d.d)}`, (d: DateParts) => `${d.y}_${pad(d.m)}_${pad(d.d)}`];

const phrasebooks: Record<Lang, Phrasebook> = {
  en: {
    locale: 'en-US',
    term: { start: [2026, 1, 12], days: 120 },
    // A US student: month first, numeric dates month/day.
    textDates: [(d) => `${month('en', d)} ${d.d}, ${d.y}`, (d) => `${weekday('en', d)}, ${month('en', d)} ${d.d}, ${d.y}`, (d) => `${d.m}/${d.d}/${d.y}`],
    nameDates: commonNameDates,
    lecture: {
      labels: ['Lecture {n}', 'Week {n}', 'Session {n}', 'Chapter {n}', 'Unit {n}', 'Class {n}'],
      outline: 'Outline',
      headings: ['Learning objectives', 'Recap', 'Key idea', 'Definition', 'Example', 'Main concepts', 'Summary', 'Take-home message', 'Why does this matter?'],
      openers: ['Today we look at {topic}.', 'Last time we covered {topic}; today we build on it.', 'By the end of this class you should be able to explain {topic}.'],
      closers: ['Next week: {topic}', 'Reading for next class: {reading}', 'Questions? Office hours Tuesday 2-4 pm.', 'See the textbook for more worked examples.'],
      asides: ['This will be on the exam.', 'Remember this for the problem set.', 'We will come back to this later in the semester.', 'Common mistake: confusing the two definitions.'],
      prose: ['In this chapter we study {topic}.', 'We begin with a simple observation.', 'The following example makes the idea concrete.', 'It is worth pausing on this point.', 'To summarize the argument so far:'],
    },
    assignment: {
      titles: ['Problem Set {n}', 'Homework {n}', 'Assignment {n}', 'Homework Assignment #{n}', 'Worksheet {n}', 'Take-home problems, week {n}'],
      due: ['Due: {date}', 'Due {date} at 11:59 pm', 'Deadline: {date}', 'Submit by {date} on Canvas'],
      instructions: ['Show all your work; answers without justification receive no credit.', 'Submit a single PDF on Canvas.', 'You may discuss the problems with classmates but must write up your own solutions.', 'Late submissions lose 10% per day.', 'Type or write legibly.'],
      task: ['Problem {n} ({pts} points). ', '{n}. ({pts} pts) ', 'Exercise {n}. ', 'Q{n}. '],
      closers: ['Total: {pts} points.', 'Bonus: attempt the starred problem for extra credit.', 'Solutions will be posted after the deadline.'],
      answer: 'Answer:',
      student: ['Alex Kim', 'Jordan Lee', 'Priya Patel'],
    },
    exam: {
      titles: ['Midterm Exam', 'Final Exam', 'Quiz {n}', 'Practice Midterm', 'Final Examination', 'Midterm 2'],
      instructions: ['Time allowed: 90 minutes.', 'Answer all questions.', 'Answer any four of the six questions.', 'No calculators, notes or phones are allowed.', 'Closed book.', 'Write your name and student ID on every page.', 'Name: ____________  Student ID: ____________', 'Duration: 2 hours.'],
      question: ['Question {n} ({pts} points)', '{n}. [{pts} pts]', 'Question {n}.'],
      subparts: ['(a) ', '(b) '],
      closers: ['Good luck!', 'End of exam.', 'Total: 100 points.'],
    },
    notes: {
      titles: ['notes {topic}', 'My notes - {topic}', 'Summary: {topic}', '{topic} (review)', 'study notes', 'Cheat sheet'],
      lines: ['- {term}: {def}', '-> {fact}', '* {fact}', '{term} = {def}', '!! important for exam', '?? ask in office hours', 'TODO: reread the chapter', 'cf. slides from last week', '- e.g. {fact}', '=> {fact}'],
      abbreviations: [[/\bis\b/g, '='], [/\band\b/g, '&'], [/\bwith\b/g, 'w/'], [/\bbecause\b/g, 'bc'], [/\bthe /g, '']],
    },
    other: [
      ['Course Syllabus - {course} ({code})', 'Instructor: {prof}', 'Office hours: Tuesdays 2-4 pm and by appointment.', 'Course description: this course introduces {topic} and related ideas.', 'Grading: homework 25%, midterm 30%, final exam 45%.', 'Required textbook: {reading}', 'Academic integrity: all work must be your own.'],
      ['Reading list', '{course}', 'Required reading:', '- {reading}', '- {reading2}', 'Recommended:', '- Lecture handouts on the course website', 'All books are on reserve in the library.'],
      ['Dear students,', 'Please note that the room for {course} has changed from next week.', 'Classes will now take place in Building C, room 214.', 'The registration deadline for the end-of-term exams is approaching.', 'Best regards,', 'Department Office'],
      ['Laboratory safety rules - {course}', 'Wear goggles and a lab coat at all times.', 'No food or drink in the laboratory.', 'Report every accident to the teaching assistant immediately.', 'Dispose of chemicals in the labelled containers.'],
      ['Spring semester timetable', 'Monday 9:00 {course}', 'Wednesday 11:00 tutorial', 'Friday 14:00 office hours {prof}', 'Holidays: spring break in March.'],
    ],
    names: {
      lecture: ['lecture{n}', 'Lecture {nn} slides', 'week{n}_slides', 'L{nn}', 'slides_ch{n}', 'lec{n}_annotated'],
      assignment: ['hw{n}', 'HW {n}', 'problem set {n}', 'ps{n}_final', 'assignment{n}', 'homework {n} - done'],
      exam: ['midterm', 'final exam review', 'quiz{n}', 'practice midterm', 'past exam 2025', 'midterm_solutions'],
      notes: ['notes', 'my notes ch{n}', 'summary', 'review sheet', 'cheat sheet', 'study guide'],
      other: ['syllabus', 'reading list', 'course info', 'letter', 'announcement', 'schedule'],
      generic: ['scan_{nnnn}', 'Document ({n})', 'IMG_{nnnn}', 'final_v2', 'Untitled document', 'Doc{n}', 'download ({n})', 'New Document {n}', 'Scanned_{nnnn}', 'file'],
      topic: ['{topic}', '{topic} - {n}'],
    },
    folders: {
      generic: ['Downloads', 'Desktop', 'Scans', 'Documents/School', 'iCloud Drive/College', 'WhatsApp Images'],
      course: ['School/{course}', '{code}/Week {n}', 'Spring 2026/{course}', '{code}'],
      category: { lecture: ['Slides'], assignment: ['Homework'], notes: ['Notes'], exam: ['Exams'], other: ['Admin'] },
    },
  },
  fr: {
    locale: 'fr',
    term: { start: [2025, 9, 8], days: 110 },
    textDates: [(d) => `${d.d === 1 ? '1er' : d.d} ${month('fr', d)} ${d.y}`, (d) => `${weekday('fr', d)} ${d.d} ${month('fr', d)} ${d.y}`, (d) => `${pad(d.d)}/${pad(d.m)}/${d.y}`],
    nameDates: [...commonNameDates, (d) => `${pad(d.d)}-${pad(d.m)}-${d.y}`],
    lecture: {
      labels: ['Cours {n}', 'CM {n}', 'Séance {n}', 'Chapitre {n}', 'Semaine {n}', 'Leçon {n}'],
      outline: 'Plan',
      headings: ["Objectifs de la séance", 'Rappel', 'Idée clé', 'Définition', 'Exemple', 'Notions essentielles', 'À retenir', 'Synthèse', 'Pourquoi est-ce important ?'],
      openers: ["Aujourd'hui, nous étudions {topic}.", 'La dernière fois, nous avons vu {topic} ; nous allons prolonger.', 'À la fin de la séance, vous devez savoir expliquer {topic}.'],
      closers: ['Séance suivante : {topic}', 'À lire pour la prochaine fois : {reading}', 'Des questions ? Permanence le mardi de 14 h à 16 h.', 'Voir le manuel pour d\'autres exemples corrigés.'],
      asides: ["Ce point tombe souvent à l'examen.", 'À retenir pour le devoir.', 'Nous y reviendrons plus tard dans le semestre.', 'Erreur fréquente : confondre les deux définitions.'],
      prose: ['Dans ce chapitre, nous étudions {topic}.', 'Partons d\'une observation simple.', "L'exemple suivant rend l'idée concrète.", 'Ce point mérite qu\'on s\'y arrête.', "Résumons le raisonnement jusqu'ici :"],
    },
    assignment: {
      titles: ['Devoir {n}', 'TD {n}', 'Feuille d\'exercices {n}', 'Devoir maison n° {n}', 'Série {n}', 'Exercices de la semaine {n}'],
      due: ['À rendre le {date}', 'Date limite : {date}', 'À déposer sur Moodle avant le {date}', 'Rendu : {date}'],
      instructions: ['Justifiez toutes vos réponses.', 'Rendez un seul fichier PDF sur Moodle.', 'Vous pouvez travailler en binôme mais chacun rédige sa copie.', 'Tout retard est pénalisé de 2 points par jour.', 'La présentation et la rédaction sont prises en compte.'],
      task: ['Exercice {n} ({pts} points). ', '{n}. ({pts} pts) ', 'Exercice {n}. ', 'Question {n}. '],
      closers: ['Barème indicatif : {pts} points.', 'Bonus : exercice facultatif pour les plus rapides.', 'Le corrigé sera mis en ligne après la date limite.'],
      answer: 'Réponse :',
      student: ['Camille Martin', 'Hugo Bernard', 'Léa Petit'],
    },
    exam: {
      titles: ['Examen final', 'Partiel', 'Examen partiel', 'Interrogation écrite {n}', 'Contrôle continu {n}', 'Examen de mi-session', 'Sujet d\'examen - session 1'],
      instructions: ['Durée : 2 heures.', 'Durée de l\'épreuve : 1 h 30.', 'Répondez à toutes les questions.', 'Traitez trois questions au choix parmi cinq.', 'Documents et calculatrices interdits.', 'Téléphones éteints et rangés.', 'Indiquez vos nom et numéro d\'étudiant sur chaque copie.', 'Nom : ____________  N° étudiant : ____________'],
      question: ['Question {n} ({pts} points)', 'Exercice {n} ({pts} pts)', '{n}. [{pts} points]'],
      subparts: ['a) ', 'b) '],
      closers: ['Bon courage !', "Fin de l'épreuve.", 'Total : 20 points.'],
    },
    notes: {
      titles: ['notes {topic}', 'Mes notes - {topic}', 'Résumé : {topic}', 'Fiche de révision - {topic}', 'prise de notes', 'Fiche'],
      lines: ['- {term} : {def}', '-> {fact}', '* {fact}', '{term} = {def}', '!! à retenir pour le partiel', '?? demander au prof', 'à revoir : le chapitre entier', 'cf. diapos de la semaine dernière', '- ex. : {fact}', '=> {fact}'],
      abbreviations: [[/\best\b/g, '='], [/\bet\b/g, '&'], [/\bavec\b/g, 'av.'], [/\bparce que\b/g, 'car'], [/\bbeaucoup\b/g, 'bcp']],
    },
    other: [
      ['Plan de cours - {course} ({code})', 'Enseignant : {prof}', 'Disponibilités : le mardi de 14 h à 16 h, sur rendez-vous.', 'Description : ce cours présente {topic} et les notions associées.', 'Évaluation : devoirs 25 %, examen intra 30 %, examen final 45 %.', 'Manuel obligatoire : {reading}', "Intégrité académique : tout plagiat sera sanctionné."],
      ['Bibliographie', '{course}', 'Lectures obligatoires :', '- {reading}', '- {reading2}', 'Lectures conseillées :', '- Polycopiés disponibles sur Moodle', 'Tous les ouvrages sont à la bibliothèque universitaire.'],
      ['Chers étudiants,', 'Veuillez noter que la salle du cours {course} change à partir de la semaine prochaine.', 'Les séances auront lieu au bâtiment C, salle 214.', 'La date limite d\'inscription aux examens de fin de semestre approche.', 'Cordialement,', 'Le secrétariat pédagogique'],
      ['Règles de sécurité au laboratoire - {course}', 'Port des lunettes et de la blouse obligatoire.', 'Interdiction de manger et de boire dans la salle.', "Signalez tout accident immédiatement à l'encadrant.", 'Jetez les produits chimiques dans les bidons prévus.'],
      ['Emploi du temps du semestre', 'Lundi 9 h : {course}', 'Mercredi 11 h : travaux dirigés', 'Vendredi 14 h : permanence de {prof}', 'Vacances : une semaine en octobre.'],
    ],
    names: {
      lecture: ['cours{n}', 'CM{n}', 'Cours {nn} diapos', 'chapitre{n}', 'seance_{n}', 'diapos_cours_{n}'],
      assignment: ['devoir{n}', 'TD{n}', 'DM {n}', 'feuille_exo_{n}', 'td{n}_corrige', 'devoir {n} rendu'],
      exam: ['partiel', 'examen final', 'interro{n}', 'annales 2024', 'partiel_corrige', 'examen_blanc'],
      notes: ['notes', 'mes notes chap{n}', 'resume', 'fiche revision', 'fiche', 'notes de cours'],
      other: ['plan de cours', 'bibliographie', 'infos cours', 'courrier', 'emploi du temps', 'annonce'],
      generic: ['scan_{nnnn}', 'Document ({n})', 'IMG_{nnnn}', 'final_v2', 'Nouveau document', 'Doc{n}', 'numérisation_{nnnn}', 'Sans titre', 'fichier ({n})', 'version finale'],
      topic: ['{topic}', '{topic} - {n}'],
    },
    folders: {
      generic: ['Téléchargements', 'Bureau', 'Scans', 'Documents/Fac', 'iCloud Drive/Université'],
      course: ['Fac/{course}', '{code}/Semaine {n}', 'Automne 2025/{course}', '{code}'],
      category: { lecture: ['Diapos'], assignment: ['Devoirs'], notes: ['Notes'], exam: ['Examens'], other: ['Administratif'] },
    },
  },
  de: {
    locale: 'de',
    term: { start: [2025, 10, 13], days: 115 },
    textDates: [(d) => `${pad(d.d)}.${pad(d.m)}.${d.y}`, (d) => `${d.d}. ${month('de', d)} ${d.y}`, (d) => `${weekday('de', d)}, ${pad(d.d)}.${pad(d.m)}.${d.y}`],
    nameDates: [...commonNameDates, (d) => `${pad(d.d)}.${pad(d.m)}.${d.y}`],
    lecture: {
      labels: ['Vorlesung {n}', 'VL {n}', 'Kapitel {n}', 'Woche {n}', 'Einheit {n}', 'Sitzung {n}'],
      outline: 'Gliederung',
      headings: ['Lernziele', 'Wiederholung', 'Kernidee', 'Definition', 'Beispiel', 'Zentrale Begriffe', 'Zusammenfassung', 'Fazit', 'Warum ist das wichtig?'],
      openers: ['Heute geht es um {topic}.', 'Letztes Mal haben wir {topic} behandelt; heute bauen wir darauf auf.', 'Am Ende dieser Sitzung sollten Sie {topic} erklären können.'],
      closers: ['Nächste Woche: {topic}', 'Lektüre zur nächsten Sitzung: {reading}', 'Fragen? Sprechstunde dienstags 14-16 Uhr.', 'Weitere Beispiele finden Sie im Lehrbuch.'],
      asides: ['Das ist klausurrelevant.', 'Merken Sie sich das für das Übungsblatt.', 'Darauf kommen wir später im Semester zurück.', 'Häufiger Fehler: die beiden Definitionen verwechseln.'],
      prose: ['In diesem Kapitel behandeln wir {topic}.', 'Wir beginnen mit einer einfachen Beobachtung.', 'Das folgende Beispiel macht die Idee anschaulich.', 'An dieser Stelle lohnt es sich, kurz innezuhalten.', 'Fassen wir die bisherige Argumentation zusammen:'],
    },
    assignment: {
      titles: ['Übungsblatt {n}', 'Hausaufgabe {n}', 'Übung {n}', 'Aufgabenblatt Nr. {n}', 'Hausübung {n}', 'Präsenzübung {n}'],
      due: ['Abgabe: {date}', 'Abgabe bis {date}, 12 Uhr', 'Abgabetermin: {date}', 'Bitte bis {date} im Moodle hochladen'],
      instructions: ['Begründen Sie alle Antworten.', 'Laden Sie eine einzige PDF-Datei in Moodle hoch.', 'Die Abgabe in Zweiergruppen ist erlaubt.', 'Verspätete Abgaben werden nicht bewertet.', 'Bitte leserlich schreiben.'],
      task: ['Aufgabe {n} ({pts} Punkte). ', '{n}. ({pts} P.) ', 'Aufgabe {n}. ', 'A{n}. '],
      closers: ['Gesamt: {pts} Punkte.', 'Bonusaufgabe: freiwillig, für Zusatzpunkte.', 'Die Musterlösung wird nach der Abgabe veröffentlicht.'],
      answer: 'Lösung:',
      student: ['Lena Schmidt', 'Jonas Weber', 'Mia Fischer'],
    },
    exam: {
      titles: ['Klausur', 'Abschlussklausur', 'Probeklausur', 'Modulprüfung', 'Nachklausur', 'Zwischentest {n}', 'Klausur Wintersemester 2025/26'],
      instructions: ['Bearbeitungszeit: 90 Minuten.', 'Bearbeiten Sie alle Aufgaben.', 'Wählen Sie drei von fünf Aufgaben.', 'Hilfsmittel: keine. Taschenrechner sind nicht erlaubt.', 'Mobiltelefone sind auszuschalten.', 'Tragen Sie auf jedem Blatt Name und Matrikelnummer ein.', 'Name: ____________  Matrikelnummer: ____________', 'Dauer: 120 Minuten.'],
      question: ['Aufgabe {n} ({pts} Punkte)', 'Aufgabe {n} [{pts} P.]', '{n}. ({pts} Punkte)'],
      subparts: ['a) ', 'b) '],
      closers: ['Viel Erfolg!', 'Ende der Klausur.', 'Gesamtpunktzahl: 60'],
    },
    notes: {
      titles: ['Mitschrift {topic}', 'Meine Notizen - {topic}', 'Zusammenfassung: {topic}', 'Lernzettel {topic}', 'Notizen', 'Spickzettel'],
      lines: ['- {term}: {def}', '-> {fact}', '* {fact}', '{term} = {def}', '!! klausurrelevant', '?? in der Sprechstunde fragen', 'TODO: Kapitel nochmal lesen', 'vgl. Folien letzte Woche', '- z.B. {fact}', '=> {fact}'],
      abbreviations: [[/\bist\b/g, '='], [/\bund\b/g, '+'], [/\bzum Beispiel\b/g, 'z.B.'], [/\bmit\b/g, 'm.'], [/\bdie /g, '']],
    },
    other: [
      ['Modulbeschreibung - {course} ({code})', 'Dozent/in: {prof}', 'Sprechstunde: dienstags 14-16 Uhr und nach Vereinbarung.', 'Inhalt: Das Modul führt in {topic} und verwandte Themen ein.', 'Prüfungsleistung: Klausur (90 Minuten); Zulassung über Übungsblätter.', 'Literatur: {reading}', 'Leistungspunkte: 6 ECTS.'],
      ['Literaturliste', '{course}', 'Pflichtlektüre:', '- {reading}', '- {reading2}', 'Zur Vertiefung:', '- Skript auf der Lernplattform', 'Alle Bücher stehen im Semesterapparat der Bibliothek.'],
      ['Liebe Studierende,', 'bitte beachten Sie, dass die Veranstaltung {course} ab nächster Woche in einem anderen Raum stattfindet.', 'Neuer Raum: Gebäude C, Raum 214.', 'Die Frist zur Prüfungsanmeldung endet bald.', 'Mit freundlichen Grüßen', 'Ihr Studienbüro'],
      ['Sicherheitsregeln im Labor - {course}', 'Schutzbrille und Kittel sind Pflicht.', 'Essen und Trinken im Labor ist verboten.', 'Melden Sie jeden Unfall sofort der Betreuung.', 'Chemikalien nur in die gekennzeichneten Behälter entsorgen.'],
      ['Stundenplan Wintersemester', 'Montag 9:00 {course}', 'Mittwoch 11:00 Tutorium', 'Freitag 14:00 Sprechstunde {prof}', 'Vorlesungsfreie Zeit ab Februar.'],
    ],
    names: {
      lecture: ['VL{n}', 'Vorlesung_{nn}', 'Folien Kapitel {n}', 'vorlesung{n}_annotiert', 'Skript_Teil{n}', 'folien_woche{n}'],
      assignment: ['Übungsblatt_{n}', 'Blatt{n}', 'UE{n}', 'Hausaufgabe {n}', 'uebung{n}_abgabe', 'Blatt {nn} Lösung'],
      exam: ['Klausur', 'Probeklausur', 'Altklausur 2024', 'Klausur_Loesung', 'Nachklausur', 'Pruefung'],
      notes: ['Mitschrift', 'Notizen Kap{n}', 'Zusammenfassung', 'Lernzettel', 'Spickzettel', 'Mitschrift VL{n}'],
      other: ['Modulbeschreibung', 'Literaturliste', 'Infos', 'Schreiben', 'Stundenplan', 'Ankündigung'],
      generic: ['scan_{nnnn}', 'Dokument ({n})', 'IMG_{nnnn}', 'final_v2', 'Neues Dokument', 'Dokument{n}', 'Scan{nnnn}', 'Unbenannt', 'datei ({n})', 'endversion'],
      topic: ['{topic}', '{topic} - {n}'],
    },
    folders: {
      generic: ['Downloads', 'Schreibtisch', 'Scans', 'Dokumente/Uni', 'iCloud Drive/Studium'],
      course: ['Uni/{course}', '{code}/Woche {n}', 'WiSe 25-26/{course}', '{code}'],
      category: { lecture: ['Folien'], assignment: ['Übungen'], notes: ['Mitschriften'], exam: ['Klausuren'], other: ['Orga'] },
    },
  },
  es: {
    locale: 'es',
    term: { start: [2026, 2, 2], days: 115 },
    textDates: [(d) => `${d.d} de ${month('es', d)} de ${d.y}`, (d) => `${weekday('es', d)}, ${d.d} de ${month('es', d)} de ${d.y}`, (d) => `${pad(d.d)}/${pad(d.m)}/${d.y}`],
    nameDates: [...commonNameDates, (d) => `${pad(d.d)}-${pad(d.m)}-${d.y}`],
    lecture: {
      labels: ['Tema {n}', 'Clase {n}', 'Sesión {n}', 'Capítulo {n}', 'Semana {n}', 'Lección {n}'],
      outline: 'Índice',
      headings: ['Objetivos de aprendizaje', 'Repaso', 'Idea clave', 'Definición', 'Ejemplo', 'Conceptos principales', 'Resumen', 'Conclusión', '¿Por qué es importante?'],
      openers: ['Hoy estudiamos {topic}.', 'En la última sesión vimos {topic}; hoy seguimos.', 'Al final de la clase deberíais poder explicar {topic}.'],
      closers: ['Próxima semana: {topic}', 'Lectura para la próxima clase: {reading}', '¿Dudas? Tutorías los martes de 16 a 18 h.', 'Más ejemplos resueltos en el manual.'],
      asides: ['Esto entra en el examen.', 'Tenedlo en cuenta para la práctica.', 'Volveremos sobre esto más adelante.', 'Error frecuente: confundir las dos definiciones.'],
      prose: ['En este capítulo estudiamos {topic}.', 'Empezamos con una observación sencilla.', 'El siguiente ejemplo concreta la idea.', 'Conviene detenerse en este punto.', 'Resumamos el razonamiento hasta aquí:'],
    },
    assignment: {
      titles: ['Tarea {n}', 'Práctica {n}', 'Hoja de ejercicios {n}', 'Entrega {n}', 'Relación de problemas {n}', 'Ejercicios de la semana {n}'],
      due: ['Fecha de entrega: {date}', 'Entregar antes del {date}', 'Plazo de entrega: {date}', 'Subir al campus virtual antes del {date}'],
      instructions: ['Justifique todas las respuestas.', 'Entregue un único archivo PDF en el campus virtual.', 'Se puede trabajar en parejas, pero cada uno redacta su entrega.', 'Las entregas fuera de plazo no se corrigen.', 'Escriba con letra clara.'],
      task: ['Ejercicio {n} ({pts} puntos). ', '{n}. ({pts} ptos.) ', 'Ejercicio {n}. ', 'Problema {n}. '],
      closers: ['Total: {pts} puntos.', 'Ejercicio extra opcional para subir nota.', 'Las soluciones se publicarán tras la fecha de entrega.'],
      answer: 'Solución:',
      student: ['Pablo García', 'Marta López', 'Sofía Ruiz'],
    },
    exam: {
      titles: ['Examen final', 'Examen parcial', 'Parcial {n}', 'Examen de recuperación', 'Prueba de evaluación continua {n}', 'Examen ordinario', 'Simulacro de examen'],
      instructions: ['Duración: 2 horas.', 'Tiempo disponible: 90 minutos.', 'Conteste a todas las preguntas.', 'Elija tres de las cinco preguntas.', 'No se permite el uso de calculadora ni apuntes.', 'Apague el móvil.', 'Escriba su nombre y DNI en todas las hojas.', 'Nombre: ____________  DNI: ____________'],
      question: ['Pregunta {n} ({pts} puntos)', 'Ejercicio {n} ({pts} ptos.)', '{n}. [{pts} puntos]'],
      subparts: ['a) ', 'b) '],
      closers: ['¡Suerte!', 'Fin del examen.', 'Puntuación total: 10 puntos.'],
    },
    notes: {
      titles: ['apuntes {topic}', 'Mis apuntes - {topic}', 'Resumen: {topic}', 'Esquema {topic}', 'Apuntes', 'Chuleta'],
      lines: ['- {term}: {def}', '-> {fact}', '* {fact}', '{term} = {def}', '!! importante para el examen', '?? preguntar en tutoría', 'pendiente: releer el tema', 'ver diapositivas de la semana pasada', '- p.ej. {fact}', '=> {fact}'],
      abbreviations: [[/\bes\b/g, '='], [/\by\b/g, '+'], [/\bpor ejemplo\b/g, 'p.ej.'], [/\bque\b/g, 'q'], [/\bporque\b/g, 'xq']],
    },
    other: [
      ['Guía docente - {course} ({code})', 'Profesor/a: {prof}', 'Tutorías: martes de 16 a 18 h, con cita previa.', 'Descripción: la asignatura introduce {topic} y temas afines.', 'Evaluación: prácticas 25 %, examen parcial 30 %, examen final 45 %.', 'Bibliografía básica: {reading}', 'Créditos: 6 ECTS.'],
      ['Bibliografía', '{course}', 'Lecturas obligatorias:', '- {reading}', '- {reading2}', 'Lecturas recomendadas:', '- Materiales en el campus virtual', 'Todos los libros están en la biblioteca de la facultad.'],
      ['Estimados estudiantes:', 'Os informamos de que el aula de {course} cambia a partir de la próxima semana.', 'Las clases serán en el edificio C, aula 214.', 'Se acerca el plazo de matrícula de los exámenes finales.', 'Un saludo,', 'Secretaría del departamento'],
      ['Normas de seguridad en el laboratorio - {course}', 'Es obligatorio usar gafas y bata.', 'Prohibido comer y beber en el laboratorio.', 'Comunique cualquier accidente al profesor de inmediato.', 'Deseche los productos químicos en los contenedores indicados.'],
      ['Horario del cuatrimestre', 'Lunes 9:00 {course}', 'Miércoles 11:00 seminario', 'Viernes 14:00 tutorías {prof}', 'Vacaciones: Semana Santa.'],
    ],
    names: {
      lecture: ['tema{n}', 'Tema {n} diapositivas', 'clase_{nn}', 'transparencias_tema{n}', 'sesion{n}', 'diapos tema {n}'],
      assignment: ['tarea{n}', 'practica{n}', 'entrega {n}', 'hoja_ejercicios_{n}', 'relacion{n}_resuelta', 'tarea {n} final'],
      exam: ['examen', 'parcial', 'examen final 2025', 'examen_resuelto', 'simulacro', 'recuperacion'],
      notes: ['apuntes', 'apuntes tema {n}', 'resumen', 'esquema', 'chuleta', 'mis apuntes'],
      other: ['guia docente', 'bibliografia', 'info asignatura', 'carta', 'horario', 'aviso'],
      generic: ['scan_{nnnn}', 'Documento ({n})', 'IMG_{nnnn}', 'final_v2', 'Documento sin título', 'Doc{n}', 'escaneo_{nnnn}', 'descarga ({n})', 'archivo{n}', 'version final'],
      topic: ['{topic}', '{topic} - {n}'],
    },
    folders: {
      generic: ['Descargas', 'Escritorio', 'Escaneos', 'Documentos/Uni', 'iCloud Drive/Facultad'],
      course: ['Uni/{course}', '{code}/Semana {n}', '2º cuatrimestre/{course}', '{code}'],
      category: { lecture: ['Diapositivas'], assignment: ['Entregas'], notes: ['Apuntes'], exam: ['Exámenes'], other: ['Secretaría'] },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Document assembly.

type Context = {
  rng: Rng;
  lang: Lang;
  book: Phrasebook;
  subject: Subject;
  date: DateParts | null;
  lab: boolean;
  /** Facts of the course, and of the neighbouring course for shared ground. */
  own: () => string;
  shared: () => string;
  tasks: () => string;
};

function dateAt(book: Phrasebook, rng: Rng): DateParts {
  const [y, m, d] = book.term.start;
  const at = new Date(Date.UTC(y, m - 1, d + rng.int(0, book.term.days)));
  return { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate(), weekday: at.getUTCDay() };
}

/** A fact from the course, or now and then from the neighbouring course (shared ground). */
function fact(c: Context, mix: number): string {
  return c.rng.chance(mix) ? c.shared() : c.own();
}

function vars(c: Context, extra: Record<string, string | number> = {}): Record<string, string | number> {
  const readings = c.rng.some(c.subject.readings, 2);
  return {
    code: c.subject.code,
    course: c.subject.name,
    prof: c.subject.professor,
    topic: inSentence(c.lang, c.rng.pick(c.subject.topics)),
    reading: readings[0] ?? '',
    reading2: readings[1] ?? readings[0] ?? '',
    ...extra,
  };
}

/** The course header a teacher puts on a handout: code and name, name only, or nothing. */
function courseHeader(c: Context, p: number): string[] {
  if (!c.rng.chance(p)) return [];
  return [c.rng.pick([`${c.subject.code} – ${c.subject.name}`, c.subject.name, `${c.subject.name} (${c.subject.code})`])];
}

function textDate(c: Context): string | null {
  return c.date ? c.rng.pick(c.book.textDates)(c.date) : null;
}

function paginate(rng: Rng, blocks: string[][], pages: number): string[] {
  const out: string[] = Array.from({ length: pages }, () => '');
  blocks.forEach((block, i) => {
    const page = Math.min(pages - 1, Math.floor((i * pages) / blocks.length));
    out[page] = `${out[page] ?? ''}${out[page] ? '\n\n' : ''}${block.join('\n')}`;
  });
  return rng.chance(0.2) ? out.map((p, i) => `${p}\n\n${i + 1}`) : out;
}

function lecture(c: Context, n: number, topic: string): string[] {
  const { rng, book } = c;
  const phr = book.lecture;
  const mix = rng.chance(0.3) ? 0.35 : 0.08;
  const title = rng.chance(0.65) ? `${fill(rng.pick(phr.labels), { n })}: ${topic}` : topic;
  const head = [...courseHeader(c, 0.55), title];
  if (rng.chance(0.45)) head.push(c.subject.professor);
  const date = textDate(c);
  if (date) head.push(date);
  const pages = rng.int(2, 6);

  if (rng.chance(0.3)) {
    // A lecture script: paragraphs of prose rather than slides.
    const paragraphs = Array.from({ length: pages * 2 }, () => {
      const sentences = [fill(rng.pick(phr.prose), { topic: inSentence(c.lang, topic) }), ...Array.from({ length: rng.int(3, 6) }, () => fact(c, mix))];
      if (rng.chance(0.2)) sentences.push(rng.pick(phr.asides));
      return [sentences.join(' ')];
    });
    return paginate(rng, [head, ...paragraphs], pages);
  }

  const slides: string[][] = [head];
  if (rng.chance(0.5)) slides.push([phr.outline, ...rng.some(c.subject.topics, 3).map((t) => `• ${t}`)]);
  if (rng.chance(0.6)) slides.push([fill(rng.pick(phr.openers), { topic: inSentence(c.lang, topic) })]);
  const count = pages * rng.int(2, 3);
  for (let i = 0; i < count; i++) {
    const heading = rng.chance(0.5) ? rng.pick(phr.headings) : rng.pick(c.subject.topics);
    const bullets = Array.from({ length: rng.int(2, 4) }, () => `• ${fact(c, mix)}`);
    if (rng.chance(0.3)) {
      const [term, def] = rng.pick(c.subject.defs);
      bullets.push(`• ${term}: ${def}`);
    }
    if (rng.chance(0.15)) bullets.push(rng.pick(phr.asides));
    slides.push([heading, ...bullets]);
  }
  if (rng.chance(0.6)) slides.push([fill(rng.pick(phr.closers), vars(c))]);
  return paginate(rng, slides, pages);
}

function assignment(c: Context, n: number): string[] {
  const { rng, book } = c;
  const phr = book.assignment;
  if (rng.chance(0.25)) return writeUp(c, n);
  const head = [...courseHeader(c, 0.7)];
  if (rng.chance(0.85)) head.push(fill(rng.pick(phr.titles), { n }));
  if (rng.chance(0.3)) head.push(c.subject.professor);
  const date = textDate(c);
  if (date) head.push(fill(rng.pick(phr.due), { date }));
  const blocks: string[][] = [head, rng.some(phr.instructions, rng.int(1, 3))];
  const tasks = rng.int(3, 6);
  let total = 0;
  for (let i = 1; i <= tasks; i++) {
    const pts = rng.pick([2, 4, 5, 6, 10]);
    total += pts;
    const lines = [`${fill(rng.pick(phr.task), { n: i, pts })}${c.tasks()}`];
    if (rng.chance(0.35)) lines.push(`${fact(c, 0.1)}`);
    blocks.push(lines);
  }
  if (rng.chance(0.5)) blocks.push([fill(rng.pick(phr.closers), { pts: total })]);
  return paginate(rng, blocks, rng.int(1, 3));
}

/** A student's own answers to a problem set: no instructions, no due date, often no title. */
function writeUp(c: Context, n: number): string[] {
  const { rng, book } = c;
  const phr = book.assignment;
  const head = [rng.pick(phr.student)];
  if (rng.chance(0.5)) head.push(fill(rng.pick(phr.titles), { n }));
  const date = textDate(c);
  if (date) head.push(date);
  const blocks: string[][] = [head];
  const tasks = rng.int(2, 5);
  for (let i = 1; i <= tasks; i++) blocks.push([`${i}. ${c.tasks()}`, `${phr.answer} ${fact(c, 0.1)} ${fact(c, 0.1)}`]);
  return paginate(rng, blocks, rng.int(1, 3));
}

function exam(c: Context, n: number): string[] {
  const { rng, book } = c;
  const phr = book.exam;
  const head = [...courseHeader(c, 0.8)];
  if (rng.chance(0.9)) head.push(fill(rng.pick(phr.titles), { n }));
  if (rng.chance(0.3)) head.push(c.subject.professor);
  const date = textDate(c);
  if (date) head.push(date);
  // Past papers passed around often lose their cover page with the instructions.
  const blocks: string[][] = [head, ...(rng.chance(0.2) ? [] : [rng.some(phr.instructions, rng.int(2, 4))])];
  const questions = rng.int(4, 8);
  for (let i = 1; i <= questions; i++) {
    const lines = [fill(rng.pick(phr.question), { n: i, pts: rng.pick([5, 10, 15, 20]) })];
    if (rng.chance(0.4)) lines.push(`${phr.subparts[0]}${c.tasks()}`, `${phr.subparts[1]}${c.tasks()}`);
    else lines.push(c.tasks());
    blocks.push(lines);
  }
  if (rng.chance(0.6)) blocks.push([rng.pick(phr.closers)]);
  return paginate(rng, blocks, rng.int(2, 5));
}

function notes(c: Context, topic: string): string[] {
  const { rng, book } = c;
  const phr = book.notes;
  const mix = rng.chance(0.3) ? 0.3 : 0.08;
  const shorten = (sentence: string) =>
    phr.abbreviations.reduce((s, [from, to]) => s.replace(from, to), sentence.replace(/\.$/, '')).replace(/^\p{Lu}/u, (ch) => (rng.chance(0.5) ? ch.toLowerCase() : ch));
  const head: string[] = [];
  if (rng.chance(0.7)) head.push(fill(rng.pick(phr.titles), { topic }));
  if (rng.chance(0.1)) head.push(c.subject.name);
  const date = textDate(c);
  if (date) head.push(date);
  // Some students keep tidy summaries: definitions and facts, none of the arrows and reminders.
  const pool = rng.chance(0.35) ? phr.lines.filter((l) => l.startsWith('- {term}') || l.startsWith('* ') || l.startsWith('{term}')) : phr.lines;
  const lines = Array.from({ length: rng.int(8, 30) }, () => {
    const [term, def] = rng.pick(c.subject.defs);
    return fill(rng.pick(pool), { term, def, fact: shorten(fact(c, mix)) });
  });
  const pages = rng.int(1, 4);
  const chunk = Math.ceil(lines.length / pages);
  return paginate(rng, [head, ...Array.from({ length: pages }, (_, i) => lines.slice(i * chunk, (i + 1) * chunk))], pages);
}

function other(c: Context): string[] {
  const { rng, book } = c;
  // The lab safety sheet (fourth template) only comes with the two laboratory courses.
  const template = rng.pick(book.other.filter((_, i) => i !== 3 || c.lab));
  const v = vars(c);
  const lines = template.map((line) => fill(line, v));
  const date = textDate(c);
  if (date) lines.splice(1, 0, date);
  return paginate(rng, [lines], rng.int(1, 2));
}

/** Spellings of a course code students use in names: BIO101, BIO 101, bio-101, bio101, BIO_101. */
function codeVariant(rng: Rng, code: string): string {
  const [, letters = code, digits = ''] = /^([A-Z]+)(\d+)$/.exec(code) ?? [];
  return rng.pick([code, `${letters} ${digits}`, `${letters.toLowerCase()}-${digits}`, code.toLowerCase(), `${letters}_${digits}`]);
}

function fileName(c: Context, category: FileCategory, n: number, topic: string, nameDate: string | null): string {
  const { rng, book } = c;
  const numbers = { n, nn: pad(n), nnnn: String(rng.int(1, 9999)).padStart(4, '0') };
  const roll = rng.next();
  let name: string;
  if (roll < 0.33) {
    const code = codeVariant(rng, c.subject.code);
    name = rng.pick([`${code}_${fill(rng.pick(book.names[category]), numbers)}`, `${code} - ${fill(rng.pick(book.names[category]), numbers)}`, `${code} ${topic}`, code]);
  } else if (roll < 0.6) {
    name = fill(rng.pick(book.names[category]), numbers);
  } else if (roll < 0.9) {
    name = fill(rng.pick(book.names.generic), numbers);
  } else {
    name = fill(rng.pick(book.names.topic), { ...numbers, topic });
  }
  if (nameDate) name = rng.chance(0.5) ? `${nameDate}_${name}` : `${name} ${nameDate}`;
  return name.replace(/[/\\:*?"<>|]/g, '-');
}

function folderHint(c: Context, category: FileCategory, n: number): string | null {
  const { rng, book } = c;
  const roll = rng.next();
  if (roll < 0.4) return null;
  if (roll < 0.7) return rng.pick(book.folders.generic);
  if (roll < 0.88) return fill(rng.pick(book.folders.course), { course: c.subject.name, code: c.subject.code, n });
  return rng.pick(book.folders.category[category]);
}

const dateChance: Record<FileCategory, number> = { lecture: 0.5, assignment: 0.75, exam: 0.6, notes: 0.25, other: 0.4 };

/** What a document is written from: its subject, the one it shares ground with, and its label. */
type Source = { key: string; subject: Subject; shared: Subject; lab: boolean };

function courseSource(lang: Lang, key: SubjectKey): Source {
  return { key, subject: subjects[lang][key], shared: subjects[lang][neighbour[key]], lab: key === 'bio' || key === 'ochem' };
}

function outsiderSource(lang: Lang, key: OutsiderKey): Source {
  return { key, subject: outsiders[lang][key], shared: outsiders[lang][key], lab: false };
}

function makeDoc(rng: Rng, lang: Lang, source: Source, category: FileCategory): LabelledDoc {
  const book = phrasebooks[lang];
  const { subject } = source;
  const dated = rng.chance(dateChance[category]);
  const nameDated = rng.chance(0.15);
  const date = dated || nameDated ? dateAt(book, rng) : null;
  const c: Context = {
    rng,
    lang,
    book,
    subject,
    date: dated ? date : null,
    lab: source.lab,
    own: deck(rng, subject.facts),
    shared: deck(rng, source.shared.facts),
    tasks: deck(rng, subject.tasks),
  };
  const n = rng.int(1, 12);
  const topic = rng.pick(subject.topics);
  const pages =
    category === 'lecture' ? lecture(c, n, topic)
    : category === 'assignment' ? assignment(c, n)
    : category === 'exam' ? exam(c, n)
    : category === 'notes' ? notes(c, topic)
    : other(c);
  return {
    fileName: fileName(c, category, n, topic, nameDated && date ? rng.pick(book.nameDates)(date) : null),
    folderHint: folderHint(c, category, n),
    pages,
    language: lang,
    courseKey: source.key,
    category,
    date: date ? iso(date) : null,
  };
}

/** Eight files per course: lectures and notes most often, as in a real semester folder. */
const perCourse: FileCategory[] = ['lecture', 'lecture', 'assignment', 'assignment', 'notes', 'notes', 'exam', 'other'];
const categoriesAll: FileCategory[] = ['lecture', 'assignment', 'notes', 'exam', 'other'];

/** Three outsiders per outside subject: a lecture, notes and a problem set. */
const perOutsider: FileCategory[] = ['lecture', 'notes', 'assignment'];

export function labelledCorpus(seed = 20260312): LabelledStudent[] {
  const rng = createRng(seed);
  // Outsiders draw from their own sequence, so the course documents stay what they were.
  const outsiderRng = createRng(seed + 1);
  return (['en', 'fr', 'de', 'es'] as const).map((lang) => {
    const courses = subjectKeys.map((key) => {
      const s = subjects[lang][key];
      return { key, name: s.name, code: s.code, professor: s.professor };
    });
    const examples = subjectKeys.flatMap((key) => Array.from({ length: rng.int(1, 2) }, () => makeDoc(rng, lang, courseSource(lang, key), rng.pick(categoriesAll))));
    const documents = subjectKeys.flatMap((key) =>
      perCourse.map((category) => (rng.chance(0.15) ? rng.pick(categoriesAll) : category)).map((category) => makeDoc(rng, lang, courseSource(lang, key), category)),
    );
    const outsiderDocs = outsiderKeys.flatMap((key) => perOutsider.map((category) => makeDoc(outsiderRng, lang, outsiderSource(lang, key), category)));
    return { language: lang, locale: phrasebooks[lang].locale, courses, examples, documents: rng.some(documents, documents.length), outsiders: outsiderDocs };
  });
}

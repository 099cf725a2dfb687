// Subjects of computing and software: see types.ts.
import type { Subject } from './types';

export const computingSubjects: Subject[] = [
  {
    key: 'databases',
    names: {
      en: [
        'database', 'databases', 'database systems', 'database management', 'database design',
        'data management systems', 'sql', 'relational databases',
      ],
      de: [
        'datenbank', 'datenbanken', 'datenbanksysteme', 'datenbanksystem', 'datenbankmanagementsysteme',
        'datenbankentwurf', 'datenbanktechnik', 'relationale datenbanken',
      ],
      fr: [
        'base de données', 'bases de données', 'systèmes de gestion de bases de données', 'sgbd',
        'bases de données relationnelles', 'conception de bases de données',
      ],
      es: [
        'base de datos', 'bases de datos', 'sistemas de bases de datos', 'gestión de bases de datos',
        'bases de datos relacionales', 'diseño de bases de datos',
      ],
    },
    terms: {
      en: [
        'query', 'queries', 'primary key', 'foreign key', 'relational model', 'relational algebra', 'tuple',
        'attribute', 'schema', 'table', 'join', 'inner join', 'outer join', 'normalization', 'normal form',
        'functional dependency', 'transaction', 'commit', 'rollback', 'isolation level', 'concurrency control',
        'locking', 'deadlock', 'index', 'b-tree', 'hash index', 'query optimizer', 'query plan', 'entity relationship',
        'entity', 'cardinality', 'constraint', 'referential integrity', 'view', 'trigger', 'stored procedure',
        'aggregate', 'group by', 'subquery', 'select statement', 'insert', 'cardinality estimation', 'recovery',
        'write-ahead log', 'serializability', 'acid', 'replication', 'backup', 'cursor', 'column', 'row',
      ],
      de: [
        'abfrage', 'abfragen', 'primärschlüssel', 'fremdschlüssel', 'relationenmodell', 'relationale algebra', 'tupel',
        'attribut', 'schema', 'tabelle', 'verbund', 'normalisierung', 'normalform', 'funktionale abhängigkeit',
        'transaktion', 'isolationsstufe', 'nebenläufigkeitskontrolle', 'sperre', 'sperrverfahren', 'verklemmung',
        'index', 'b-baum', 'hashindex', 'anfrageoptimierung', 'anfrageplan', 'anfragebearbeitung',
        'entity-relationship-modell', 'entitätstyp', 'kardinalität', 'integritätsbedingung', 'referentielle integrität',
        'sicht', 'trigger', 'gespeicherte prozedur', 'aggregatfunktion', 'unterabfrage', 'wiederherstellung',
        'protokolldatei', 'serialisierbarkeit', 'replikation', 'datensicherung', 'spalte', 'zeile', 'datensatz',
        'relation', 'schlüsselkandidat',
      ],
      fr: [
        'requête', 'requêtes', 'clé primaire', 'clé étrangère', 'modèle relationnel', 'algèbre relationnelle', 'tuple',
        'n-uplet', 'attribut', 'schéma', 'table', 'jointure', 'normalisation', 'forme normale',
        'dépendance fonctionnelle', 'transaction', 'niveau d\'isolation', 'contrôle de concurrence', 'verrou',
        'verrouillage', 'interblocage', 'index', 'arbre b', 'optimiseur de requêtes', 'plan d\'exécution',
        'modèle entité-association', 'entité', 'cardinalité', 'contrainte d\'intégrité', 'intégrité référentielle',
        'vue', 'déclencheur', 'procédure stockée', 'fonction d\'agrégation', 'sous-requête', 'reprise après panne',
        'journalisation', 'sérialisabilité', 'réplication', 'sauvegarde', 'colonne', 'ligne', 'enregistrement',
        'clé candidate',
      ],
      es: [
        'consulta', 'consultas', 'clave primaria', 'clave foránea', 'clave ajena', 'modelo relacional',
        'álgebra relacional', 'tupla', 'atributo', 'esquema', 'tabla', 'join', 'combinación', 'normalización',
        'forma normal', 'dependencia funcional', 'transacción', 'nivel de aislamiento', 'control de concurrencia',
        'bloqueo', 'interbloqueo', 'índice', 'árbol b', 'optimizador de consultas', 'plan de ejecución',
        'modelo entidad-relación', 'entidad', 'cardinalidad', 'restricción de integridad', 'integridad referencial',
        'vista', 'disparador', 'procedimiento almacenado', 'función de agregación', 'subconsulta', 'recuperación',
        'registro de transacciones', 'serializabilidad', 'replicación', 'copia de seguridad', 'columna', 'fila',
        'registro', 'relación', 'clave candidata',
      ],
    },
    shared: [
      'sql', 'postgresql', 'postgres', 'mysql', 'mariadb', 'sqlite', 'oracle', 'db2', 'sql server', 'psql', 'pgadmin',
      'nosql', 'mongodb', 'redis', 'acid', 'olap', 'oltp', 'ddl', 'dml', 'jdbc', 'odbc', 'plpgsql', 'pl/sql', 'erd',
      'bcnf', '3nf',
    ],
  },
  {
    key: 'programming-fundamentals',
    names: {
      en: [
        'introduction to programming', 'programming fundamentals', 'fundamentals of programming', 'programming basics',
        'introductory programming', 'computer programming', 'beginning programming',
      ],
      de: [
        'einführung in die programmierung', 'grundlagen der programmierung', 'programmiergrundlagen', 'programmierkurs',
        'programmieren lernen', 'programmiertechnik',
      ],
      fr: [
        'introduction à la programmation', 'initiation à la programmation', 'bases de la programmation',
        'fondamentaux de la programmation', 'programmation impérative',
      ],
      es: [
        'introducción a la programación', 'fundamentos de programación', 'fundamentos de la programación',
        'iniciación a la programación', 'programación básica', 'metodología de la programación',
      ],
    },
    terms: {
      en: [
        'variable', 'variables', 'data type', 'integer', 'floating point', 'boolean', 'string', 'assignment',
        'expression', 'operator', 'conditional', 'if statement', 'else', 'loop', 'for loop', 'while loop', 'iteration',
        'nested loop', 'array', 'index', 'function call', 'parameter', 'argument', 'return value', 'scope',
        'local variable', 'global variable', 'recursion', 'compile', 'syntax error', 'runtime error', 'debugging',
        'pseudocode', 'flowchart', 'algorithm', 'source code', 'indentation', 'increment', 'counter', 'infinite loop',
        'type conversion', 'constant', 'keyboard input',
      ],
      de: [
        'variable', 'variablen', 'datentyp', 'ganzzahl', 'gleitkommazahl', 'wahrheitswert', 'zeichenkette', 'zuweisung',
        'operator', 'verzweigung', 'fallunterscheidung', 'schleife', 'for-schleife', 'while-schleife', 'zählschleife',
        'iteration', 'verschachtelte schleife', 'array', 'funktionsaufruf', 'parameter', 'argument', 'rückgabewert',
        'gültigkeitsbereich', 'lokale variable', 'globale variable', 'rekursion', 'bildschirmausgabe', 'kompilieren',
        'syntaxfehler', 'laufzeitfehler', 'fehlersuche', 'pseudocode', 'struktogramm', 'programmablaufplan',
        'algorithmus', 'quelltext', 'einrückung', 'zähler', 'endlosschleife', 'typumwandlung', 'konstante',
      ],
      fr: [
        'variable', 'variables', 'type de données', 'entier', 'nombre flottant', 'booléen', 'chaîne de caractères',
        'affectation', 'opérateur', 'instruction conditionnelle', 'si alors sinon', 'boucle', 'boucle pour',
        'boucle tant que', 'itération', 'boucles imbriquées', 'tableau', 'indice', 'appel de fonction', 'paramètre',
        'argument', 'valeur de retour', 'portée', 'variable locale', 'variable globale', 'récursivité', 'saisie',
        'affichage', 'compilation', 'erreur de syntaxe', 'erreur d\'exécution', 'débogage', 'pseudo-code',
        'organigramme', 'algorithme', 'code source', 'indentation', 'incrémentation', 'compteur', 'boucle infinie',
        'conversion de type', 'constante',
      ],
      es: [
        'variable', 'variables', 'tipo de dato', 'entero', 'número real', 'coma flotante', 'booleano',
        'cadena de caracteres', 'carácter', 'asignación', 'operador', 'sentencia condicional', 'estructura condicional',
        'bucle', 'bucle for', 'bucle while', 'iteración', 'bucles anidados', 'arreglo', 'vector', 'índice',
        'llamada a función', 'parámetro', 'argumento', 'valor de retorno', 'ámbito', 'variable local',
        'variable global', 'recursividad', 'lectura por teclado', 'compilar', 'error de sintaxis',
        'error en tiempo de ejecución', 'depuración', 'pseudocódigo', 'diagrama de flujo', 'algoritmo', 'código fuente',
        'indentación', 'incremento', 'contador', 'bucle infinito', 'conversión de tipos', 'constante',
      ],
    },
    shared: [
      'int', 'float', 'char', 'bool', 'printf', 'scanf', 'println', 'elif', 'void', 'hello world', 'python', 'java',
      'c++', 'def',
    ],
  },
  {
    key: 'object-oriented-programming',
    names: {
      en: [
        'object-oriented programming', 'object oriented programming', 'oop', 'object-oriented design',
        'object-oriented analysis and design', 'object-oriented software development', 'java programming',
        'programming in java',
      ],
      de: [
        'objektorientierte programmierung', 'objektorientiertes programmieren', 'objektorientierung',
        'objektorientierte softwareentwicklung', 'objektorientierter entwurf', 'programmieren in java', 'oop',
      ],
      fr: [
        'programmation orientée objet', 'programmation objet', 'conception orientée objet', 'poo', 'programmation java',
        'langage java',
      ],
      es: [
        'programación orientada a objetos', 'poo', 'diseño orientado a objetos', 'programación en java',
        'análisis y diseño orientado a objetos', 'orientación a objetos',
      ],
    },
    terms: {
      en: [
        'class', 'classes', 'object', 'objects', 'instance', 'method', 'constructor', 'destructor', 'attribute',
        'field', 'inheritance', 'subclass', 'superclass', 'base class', 'derived class', 'polymorphism', 'overriding',
        'overloading', 'encapsulation', 'abstraction', 'abstract class', 'interface', 'access modifier', 'private',
        'public', 'protected', 'getter', 'setter', 'instance variable', 'static method', 'this reference',
        'dynamic binding', 'composition', 'aggregation', 'class diagram', 'design pattern', 'singleton', 'factory',
        'observer', 'exception handling', 'generics', 'collection', 'uml', 'message passing', 'object reference',
        'instantiation', 'multiple inheritance', 'virtual method', 'solid principles',
      ],
      de: [
        'klasse', 'klassen', 'objekt', 'objekte', 'instanz', 'methode', 'methoden', 'konstruktor', 'destruktor',
        'attribut', 'vererbung', 'unterklasse', 'oberklasse', 'basisklasse', 'abgeleitete klasse', 'polymorphie',
        'polymorphismus', 'überschreiben', 'überladen', 'kapselung', 'datenkapselung', 'abstraktion',
        'abstrakte klasse', 'schnittstelle', 'sichtbarkeit', 'zugriffsmodifikator', 'instanzvariable',
        'klassenvariable', 'statische methode', 'dynamisches binden', 'komposition', 'aggregation', 'klassendiagramm',
        'entwurfsmuster', 'beobachter', 'fabrikmethode', 'ausnahmebehandlung', 'ausnahme', 'generische typen',
        'generizität', 'sammlung', 'objektreferenz', 'instanziierung', 'mehrfachvererbung', 'virtuelle methode',
      ],
      fr: [
        'classe', 'classes', 'objet', 'objets', 'instance', 'méthode', 'méthodes', 'constructeur', 'destructeur',
        'attribut', 'héritage', 'sous-classe', 'superclasse', 'classe mère', 'classe fille', 'classe dérivée',
        'polymorphisme', 'redéfinition', 'surcharge', 'encapsulation', 'abstraction', 'classe abstraite', 'interface',
        'visibilité', 'modificateur d\'accès', 'attribut privé', 'accesseur', 'mutateur', 'variable d\'instance',
        'méthode statique', 'liaison dynamique', 'composition', 'agrégation', 'diagramme de classes',
        'patron de conception', 'singleton', 'fabrique', 'observateur', 'gestion des exceptions', 'exception',
        'généricité', 'collection', 'référence', 'instanciation', 'héritage multiple', 'méthode virtuelle',
      ],
      es: [
        'objeto', 'objetos', 'instancia', 'método', 'métodos', 'constructor', 'destructor', 'atributo', 'herencia',
        'subclase', 'superclase', 'clase base', 'clase derivada', 'polimorfismo', 'sobrescritura', 'sobrecarga',
        'encapsulamiento', 'encapsulación', 'abstracción', 'clase abstracta', 'interfaz', 'visibilidad',
        'modificador de acceso', 'atributo privado', 'getter', 'setter', 'variable de instancia', 'método estático',
        'enlace dinámico', 'composición', 'agregación', 'diagrama de clases', 'patrón de diseño', 'singleton',
        'fábrica', 'observador', 'manejo de excepciones', 'excepción', 'genéricos', 'colección', 'referencia',
        'instanciación', 'herencia múltiple', 'método virtual', 'clase hija', 'clase padre', 'definición de clase',
      ],
    },
    shared: [
      'java', 'c++', 'c#', 'uml', 'jvm', 'override', 'arraylist', 'hashmap', 'tostring', 'hashcode', 'smalltalk',
      'kotlin', 'javadoc', 'junit',
    ],
  },
  {
    key: 'functional-programming',
    names: {
      en: [
        'functional programming', 'functional languages', 'functional programming languages', 'haskell',
        'lambda calculus', 'programming in haskell',
      ],
      de: [
        'funktionale programmierung', 'funktionales programmieren', 'funktionale programmiersprachen', 'haskell',
        'lambda-kalkül',
      ],
      fr: [
        'programmation fonctionnelle', 'langages fonctionnels', 'lambda-calcul', 'programmation en ocaml', 'ocaml',
      ],
      es: [
        'programación funcional', 'lenguajes funcionales', 'cálculo lambda', 'programación en haskell', 'haskell',
      ],
    },
    terms: {
      en: [
        'higher-order function', 'lambda', 'lambda expression', 'anonymous function', 'pure function', 'side effect',
        'immutability', 'immutable', 'referential transparency', 'recursion', 'tail recursion', 'pattern matching',
        'algebraic data type', 'type inference', 'polymorphic type', 'type class', 'currying', 'partial application',
        'function composition', 'map', 'filter', 'fold', 'foldr', 'list comprehension', 'lazy evaluation',
        'strict evaluation', 'monad', 'functor', 'applicative', 'closure', 'beta reduction', 'fixed point',
        'combinator', 'tuple', 'cons', 'head', 'tail', 'guard', 'let binding', 'where clause', 'type signature',
        'recursive data type', 'accumulator', 'memoization', 'point-free',
      ],
      de: [
        'funktion höherer ordnung', 'funktionen höherer ordnung', 'lambda-ausdruck', 'anonyme funktion',
        'reine funktion', 'seiteneffekt', 'seiteneffekte', 'unveränderlichkeit', 'referenzielle transparenz',
        'rekursion', 'endrekursion', 'mustervergleich', 'musterabgleich', 'algebraischer datentyp', 'typinferenz',
        'polymorpher typ', 'typklasse', 'currying', 'partielle anwendung', 'funktionskomposition', 'faltung',
        'listenkomprehension', 'bedarfsauswertung', 'verzögerte auswertung', 'strikte auswertung', 'monade', 'monaden',
        'funktor', 'closure', 'beta-reduktion', 'fixpunkt', 'kombinator', 'tupel', 'listenkopf', 'typsignatur',
        'rekursiver datentyp', 'akkumulator', 'memoisierung', 'auswertungsstrategie', 'typsystem',
      ],
      fr: [
        'fonction d\'ordre supérieur', 'fonctions d\'ordre supérieur', 'lambda', 'fonction anonyme', 'fonction pure',
        'effet de bord', 'effets de bord', 'immutabilité', 'transparence référentielle', 'récursivité',
        'récursivité terminale', 'filtrage par motif', 'filtrage', 'type algébrique', 'inférence de types',
        'type polymorphe', 'classe de types', 'curryfication', 'application partielle', 'composition de fonctions',
        'fold', 'liste en compréhension', 'évaluation paresseuse', 'évaluation stricte', 'monade', 'foncteur',
        'fermeture', 'bêta-réduction', 'point fixe', 'combinateur', 'n-uplet', 'tête de liste', 'queue de liste',
        'signature de type', 'type récursif', 'accumulateur', 'mémoïsation', 'stratégie d\'évaluation',
        'système de types', 'type somme', 'constructeur de type',
      ],
      es: [
        'función de orden superior', 'funciones de orden superior', 'expresión lambda', 'función anónima',
        'función pura', 'efecto secundario', 'efectos colaterales', 'inmutabilidad', 'transparencia referencial',
        'recursividad', 'recursión de cola', 'ajuste de patrones', 'coincidencia de patrones', 'tipo algebraico',
        'inferencia de tipos', 'tipo polimórfico', 'clase de tipos', 'currificación', 'aplicación parcial',
        'composición de funciones', 'plegado', 'listas por comprensión', 'evaluación perezosa', 'evaluación estricta',
        'mónada', 'functor', 'clausura', 'reducción beta', 'punto fijo', 'combinador', 'tupla', 'cabeza de lista',
        'cola de lista', 'signatura de tipo', 'tipo recursivo', 'acumulador', 'memoización', 'estrategia de evaluación',
        'sistema de tipos', 'tipo suma',
      ],
    },
    shared: [
      'haskell', 'ocaml', 'scheme', 'racket', 'lisp', 'common lisp', 'clojure', 'erlang', 'elixir', 'f#', 'scala',
      'elm', 'sml', 'ghc', 'ghci', 'foldl', 'foldr', 'zipwith', 'lambda', 'λ', 'io monad', 'cons', 'cdr',
    ],
  },
  {
    key: 'scripting-languages',
    names: {
      en: [
        'scripting languages', 'scripting', 'perl', 'python', 'ruby', 'shell scripting', 'bash scripting', 'lua',
        'python programming', 'perl programming',
      ],
      de: [
        'skriptsprachen', 'skriptprogrammierung', 'shell-programmierung', 'perl', 'python', 'programmieren mit python',
        'ruby',
      ],
      fr: [
        'langages de script', 'langages de scripts', 'programmation de scripts', 'scripts shell', 'perl', 'python',
        'programmation python',
      ],
      es: [
        'lenguajes de script', 'lenguajes de scripting', 'programación de scripts', 'scripts de shell', 'perl',
        'python', 'programación en python',
      ],
    },
    terms: {
      en: [
        'script', 'scripts', 'interpreter', 'interpreted language', 'dynamic typing', 'regular expression', 'regex',
        'pattern match', 'substitution', 'string manipulation', 'text processing', 'hash', 'associative array',
        'dictionary', 'module', 'package', 'import', 'shebang', 'command-line arguments', 'standard input',
        'standard output', 'file handle', 'here document', 'variable interpolation', 'heredoc', 'one-liner',
        'subroutine', 'scalar', 'glue language', 'duck typing', 'exception', 'iterator', 'generator', 'gem',
        'environment variable', 'exit status', 'pipe', 'filehandle', 'sigil', 'report generation', 'parsing',
        'automation', 'interactive shell', 'repl', 'indentation',
      ],
      de: [
        'skript', 'skripte', 'skriptsprache', 'interpreter', 'interpretierte sprache', 'dynamische typisierung',
        'regulärer ausdruck', 'reguläre ausdrücke', 'mustersuche', 'ersetzung', 'zeichenkettenverarbeitung',
        'textverarbeitung', 'assoziatives array', 'hash', 'wörterbuch', 'modul', 'paket', 'shebang',
        'kommandozeilenargumente', 'standardeingabe', 'standardausgabe', 'dateihandle', 'variableninterpolation',
        'here-dokument', 'einzeiler', 'unterprogramm', 'skalar', 'duck typing', 'ausnahme', 'iterator', 'generator',
        'umgebungsvariable', 'rückgabewert', 'pipe', 'automatisierung', 'interaktive shell', 'parsen', 'einrückung',
        'bibliothek',
      ],
      fr: [
        'script', 'scripts', 'langage de script', 'interpréteur', 'langage interprété', 'typage dynamique',
        'expression régulière', 'expressions régulières', 'motif', 'substitution', 'manipulation de chaînes',
        'traitement de texte', 'tableau associatif', 'table de hachage', 'dictionnaire', 'module', 'paquet',
        'importation', 'shebang', 'arguments de la ligne de commande', 'entrée standard', 'sortie standard',
        'descripteur de fichier', 'interpolation de variables', 'document here', 'uniligne', 'sous-programme',
        'sous-routine', 'scalaire', 'typage canard', 'exception', 'itérateur', 'générateur',
        'variable d\'environnement', 'code de retour', 'tube', 'automatisation', 'shell interactif',
        'analyse syntaxique', 'indentation', 'bibliothèque standard',
      ],
      es: [
        'script', 'scripts', 'lenguaje de scripting', 'intérprete', 'lenguaje interpretado', 'tipado dinámico',
        'expresión regular', 'expresiones regulares', 'patrón', 'sustitución', 'manipulación de cadenas',
        'procesamiento de texto', 'arreglo asociativo', 'tabla hash', 'diccionario', 'módulo', 'paquete', 'importar',
        'shebang', 'argumentos de línea de comandos', 'entrada estándar', 'salida estándar', 'manejador de archivo',
        'interpolación de variables', 'documento here', 'subrutina', 'escalar', 'tipado pato', 'excepción', 'iterador',
        'generador', 'variable de entorno', 'código de salida', 'tubería', 'automatización', 'shell interactiva',
        'análisis sintáctico', 'indentación', 'biblioteca estándar', 'intérprete interactivo',
      ],
    },
    shared: [
      'perl', 'python', 'ruby', 'lua', 'bash', 'sh', 'zsh', 'awk', 'sed', 'tcl', 'php', 'cpan', 'pip', 'pypi',
      'rubygems', 'luarocks', 'irb', 'perldoc', 'foreach', 'chomp', 'elif', 'lambda', 'regex', 'stdin', 'stdout',
      'stderr', '@argv', '$_', 'python3', 'ipython', 'jupyter', 'virtualenv', 'rake', 'tk', 'perlre', 'perlfunc',
      'perlop',
    ],
  },
];

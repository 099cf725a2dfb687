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
      'bcnf', '3nf', 'select', 'where', 'having', 'vacuum',
    ],
  },
];

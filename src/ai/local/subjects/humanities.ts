// Subjects of humanities, social sciences, business, law, medicine and the arts: see types.ts.
// A name shared by several subjects ("history", "economics", "law", "management") names none of
// them: it would file every history course's documents under each period at once.
import type { Subject } from './types';

export const humanitiesSubjects: Subject[] = [
  {
    key: 'ancient-history',
    names: {
      en: ['ancient history', 'antiquity', 'classical antiquity', 'roman history', 'greek history', 'ancient greece', 'ancient rome', 'ancient world', 'ancient civilisations', 'ancient civilizations'],
      de: ['alte geschichte', 'althistorie', 'geschichte der antike', 'antike geschichte', 'klassische antike', 'römische geschichte', 'griechische geschichte', 'antike welt'],
      fr: ['histoire ancienne', 'antiquité', 'histoire de l\'antiquité', 'histoire romaine', 'histoire grecque', 'monde antique', 'antiquité classique', 'grèce antique', 'rome antique'],
      es: ['historia antigua', 'antigüedad', 'historia de la antigüedad', 'antigüedad clásica', 'historia de roma', 'historia de grecia', 'mundo antiguo', 'grecia antigua', 'roma antigua'],
    },
    terms: {
      en: [
        'bronze age', 'iron age', 'polis', 'city-state', 'hoplite', 'phalanx', 'athenian democracy', 'peloponnesian war',
        'persian wars', 'hellenistic', 'roman republic', 'roman empire', 'senate', 'consul', 'patricians', 'plebeians',
        'legion', 'legions', 'emperor', 'principate', 'pharaoh', 'mesopotamia', 'sumerians', 'cuneiform', 'hieroglyphs',
        'papyrus', 'epigraphy', 'inscriptions', 'numismatics', 'herodotus', 'thucydides', 'tacitus', 'livy', 'julius caesar',
        'augustus', 'alexander the great', 'punic wars', 'carthage', 'sparta', 'athens', 'acropolis', 'tribune',
        'triumvirate', 'cursus honorum', 'pax romana', 'romanisation', 'late antiquity', 'etruscans', 'mycenaean', 'minoan',
        'archaic period', 'tyranny', 'ostracism', 'delian league', 'gladiators', 'aqueduct', 'oracle', 'homer',
      ],
      de: [
        'bronzezeit', 'eisenzeit', 'polis', 'stadtstaat', 'hoplit', 'hopliten', 'phalanx', 'attische demokratie',
        'peloponnesischer krieg', 'perserkriege', 'hellenismus', 'hellenistisch', 'römische republik', 'römisches reich',
        'kaiserzeit', 'senat', 'konsul', 'konsuln', 'patrizier', 'plebejer', 'legion', 'legionen', 'kaiser', 'prinzipat',
        'pharao', 'mesopotamien', 'sumerer', 'keilschrift', 'hieroglyphen', 'papyrus', 'epigraphik', 'inschriften',
        'numismatik', 'herodot', 'thukydides', 'tacitus', 'livius', 'caesar', 'augustus', 'alexander der große',
        'punische kriege', 'karthago', 'sparta', 'athen', 'akropolis', 'volkstribun', 'triumvirat', 'cursus honorum',
        'pax romana', 'romanisierung', 'spätantike', 'etrusker', 'mykenisch', 'minoisch', 'archaische zeit', 'tyrannis',
        'ostrakismos', 'attischer seebund', 'gladiatoren', 'aquädukt',
      ],
      fr: [
        'âge du bronze', 'âge du fer', 'polis', 'cité-état', 'cité grecque', 'hoplite', 'hoplites', 'phalange',
        'démocratie athénienne', 'guerre du péloponnèse', 'guerres médiques', 'époque hellénistique', 'hellénistique',
        'république romaine', 'empire romain', 'sénat', 'consul', 'consuls', 'patriciens', 'plébéiens', 'légion', 'légions',
        'empereur', 'principat', 'pharaon', 'mésopotamie', 'sumériens', 'cunéiforme', 'hiéroglyphes', 'papyrus',
        'épigraphie', 'inscriptions', 'numismatique', 'hérodote', 'thucydide', 'tacite', 'tite-live', 'jules césar',
        'auguste', 'alexandre le grand', 'guerres puniques', 'carthage', 'sparte', 'athènes', 'acropole', 'tribun de la plèbe',
        'triumvirat', 'cursus honorum', 'pax romana', 'romanisation', 'antiquité tardive', 'étrusques', 'mycénien', 'minoen',
        'époque archaïque', 'tyrannie', 'ostracisme', 'ligue de délos', 'gladiateurs', 'aqueduc',
      ],
      es: [
        'edad del bronce', 'edad del hierro', 'polis', 'ciudad-estado', 'hoplita', 'hoplitas', 'falange',
        'democracia ateniense', 'guerra del peloponeso', 'guerras médicas', 'período helenístico', 'helenístico',
        'república romana', 'imperio romano', 'senado', 'cónsul', 'cónsules', 'patricios', 'plebeyos', 'legión', 'legiones',
        'emperador', 'principado', 'faraón', 'mesopotamia', 'sumerios', 'escritura cuneiforme', 'jeroglíficos', 'papiro',
        'epigrafía', 'inscripciones', 'numismática', 'heródoto', 'tucídides', 'tácito', 'tito livio', 'julio césar',
        'augusto', 'alejandro magno', 'guerras púnicas', 'cartago', 'esparta', 'atenas', 'acrópolis', 'tribuno de la plebe',
        'triunvirato', 'cursus honorum', 'pax romana', 'romanización', 'antigüedad tardía', 'etruscos', 'micénico', 'minoico',
        'época arcaica', 'tiranía', 'ostracismo', 'liga de delos', 'gladiadores', 'acueducto',
      ],
    },
    shared: ['res publica', 'imperium', 'senatus populusque romanus', 'spqr'],
  },
];

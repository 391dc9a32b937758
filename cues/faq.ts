// FAQ and help-centre cues by language: fi, sv, en, de, da, no, fr.
export const FAQ = [
  // fi
  'ukk', 'usein kysyt*', 'kysyttyä', 'kysymyksiä ja vastauksia', 'kysymykset ja vastaukset', 'ohjeet ja tuki', 'tukikeskus', 'ohjekeskus',
  // sv
  'vanliga frågor', 'frågor och svar', 'frågor & svar', 'hjälpcenter', 'hjälpcentret',
  // en
  'faq', 'faqs', "faq's", 'f.a.q.', 'frequently asked questions', 'frequently asked', 'common questions', 'questions and answers', 'help centre',
  'help center', 'support center', 'support centre', 'knowledge base',
  // de
  'häufige fragen', 'häufig gestellte fragen', 'fragen und antworten', 'fragen & antworten', 'hilfe-center', 'hilfecenter', 'hilfebereich',
  // da, no
  'ofte stillede spørgsmål', 'ofte stilte spørsmål', 'spørgsmål og svar', 'spørsmål og svar', 'hjælpecenter', 'hjelpesenter',
  // fr
  'questions fréquentes', 'foire aux questions', "centre d'aide", 'questions-réponses',
] as const;

/** Words that name a help centre when they are the whole label of a link ("Help", "Hilfe & Kontakt"), not part of one ("Erste Hilfe"). */
export const HELP_WORDS = ['help', 'hilfe', 'support', 'aide', 'hjälp', 'hjelp', 'hjælp', 'ohjeet', 'tuki', 'asiakastuki', 'apua', 'ayuda', 'aiuto'] as const;

/** Words that may stand beside a help word in such a label. */
export const HELP_LABEL_FILLERS = [
  'and', 'und', 'och', 'og', 'ja', 'et', 'y', 'e', 'center', 'centre', 'centrum', 'keskus', 'senter', 'faq', 'faqs', 'contact',
  'kontakt', 'yhteystiedot', 'service', 'customer', 'kundenservice', 'kundeservice', 'kundservice', 'asiakaspalvelu', 'need', 'more',
  'lisää', 'tarvitsetko', 'brauchen', 'sie', 'benötigen',
] as const;

/** Path segments of an FAQ page ("/faq", "/de/fragen-und-antworten", "/nutrition-faqs"). */
export const FAQ_PATH = /(?:^|[/_-])(?:faqs?|ukk|usein-kysytyt[\w-]*|fragen-und-antworten|haeufige-fragen|häufige-fragen|vanliga-fragor|fragor-och-svar|sporsmal-og-svar|spoergsmaal-og-svar|ofte-stillede-sporgsmal|questions-frequentes|foire-aux-questions|frequently-asked-questions|help-?cent(?:er|re)|hilfe-?center|hjalpcenter|ohjekeskus|tukikeskus)(?:[/._-]|$)/;

/** A path whose last segment is a help word is a help centre's home ("/de/hilfe", "/help/"), unlike "/help/privacy-policy". */
export const HELP_PATH_LAST = /^(?:help|hilfe|support|aide|hjalp|hjälp|hjelp|hjaelp|hjælp|ohjeet|tuki|asiakastuki|ayuda|aiuto|hc)$/;

/** Hosts of a help centre ("support.example.com", "help.example.fi"). */
export const HELP_HOST_LABEL = /^(?:help|support|faq|hilfe|aide|ohjeet|tuki|hjalp|hjelp|kundenservice|kundeservice|asiakaspalvelu)$/;

/** Words of a heading over a list of questions that does not say "FAQ" ("Conveyancing questions"). */
export const QUESTIONS_WORDS = ['questions', 'kysymykset', 'kysymyksiä', 'frågor', 'fragen', 'spørgsmål', 'spørsmål', 'questions fréquentes'] as const;

// FAQ and help-centre cues by language: fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu.
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
  // nl
  'veelgestelde vragen', 'veel gestelde vragen', 'vragen en antwoorden', 'helpcentrum', 'klantenservice en veelgestelde vragen',
  // es, it, pt
  'preguntas frecuentes', 'preguntas y respuestas', 'centro de ayuda', 'domande frequenti', 'domande e risposte', 'centro assistenza', 'centro di assistenza',
  'perguntas frequentes', 'perguntas e respostas', 'central de ajuda', 'centro de ajuda',
  // pl, et
  'najczęściej zadawane pytania', 'często zadawane pytania', 'częste pytania', 'pytania i odpowiedzi', 'centrum pomocy', 'kkk', 'korduma kippuvad küsimused',
  'korduvad küsimused', 'küsimused ja vastused', 'abikeskus', 'ohjeet ja vastaukset', 'tukisivusto',
  // fr, es, it, pt, nl, pl: other common names
  'questions fréquemment posées', 'centre d’aide', 'preguntas más frecuentes', 'dudas frecuentes', 'domande più frequenti', 'dúvidas frequentes',
  'perguntas mais frequentes', 'vaak gestelde vragen', 'najczęstsze pytania', 'vanliga frågor och svar', 'hilfe & faq',
  // sk
  'často kladené otázky', 'najčastejšie otázky', 'časté otázky', 'otázky a odpovede', 'centrum pomoci', 'centrum podpory',
  // cs
  'často kladené dotazy', 'časté dotazy', 'nejčastější dotazy', 'nejčastější otázky', 'otázky a odpovědi', 'centrum nápovědy',
  // ro
  'întrebări frecvente', 'întrebări puse frecvent', 'întrebări și răspunsuri', 'centru de ajutor', 'centrul de ajutor', 'centrul de asistență',
  // hu (GYIK)
  'gyakori kérdések', 'gyakran ismételt kérdések', 'gyik', 'kérdések és válaszok', 'gyakori kérdések és válaszok', 'súgóközpont', 'ügyfélközpont',
  // lv ("BUJ"), lt ("DUK")
  'biežāk uzdotie jautājumi', 'bieži uzdotie jautājumi', 'biežāk uzdotie jautājumi un atbildes', 'jautājumi un atbildes', 'buj', 'palīdzības centrs',
  'duk', 'dažniausiai užduodami klausimai', 'dažnai užduodami klausimai', 'dažni klausimai', 'klausimai ir atsakymai', 'pagalbos centras',
] as const;

/** Words that name a help centre when they are the whole label of a link ("Help", "Hilfe & Kontakt"), not part of one ("Erste Hilfe"). */
export const HELP_WORDS = ['help', 'hilfe', 'support', 'aide', 'hjälp', 'hjelp', 'hjælp', 'ohjeet', 'tuki', 'asiakastuki', 'apua', 'ayuda', 'aiuto', 'hulp', 'assistenza', 'ajuda', 'pomoc', 'klienditugi', 'kundesupport',
  // sk, cs, ro, hu
  'podpora', 'nápověda', 'nápoveda', 'ajutor', 'asistență', 'suport', 'súgó', 'segítség', 'támogatás',
  // lv, lt
  'palīdzība', 'atbalsts', 'pagalba',
] as const;

/** Words that may stand beside a help word in such a label. */
export const HELP_LABEL_FILLERS = [
  'and', 'und', 'och', 'og', 'ja', 'et', 'y', 'e', 'center', 'centre', 'centrum', 'keskus', 'senter', 'faq', 'faqs', 'contact',
  'kontakt', 'yhteystiedot', 'service', 'customer', 'kundenservice', 'kundeservice', 'kundservice', 'asiakaspalvelu', 'need', 'more',
  'lisää', 'tarvitsetko', 'brauchen', 'sie', 'benötigen', 'en', 'o', 'i', 'ja', 'klantenservice', 'centrum', 'centro', 'de', 'kontakt', 'kontaktid', 'contacto', 'contatti',
  'servicio', 'al', 'cliente', 'clientes', 'atención', 'apoio', 'ao', 'serviço', 'servizio', 'clienti', 'client', 'clients', 'kundeservice', 'kundtjänst', 'ir', 'a', 'go', 'to', 'zur', 'zum', 'till', 'til',
  // sk, cs, ro, hu
  'és', 'și', 'centru', 'centrul', 'kapcsolat', 'kontakty', 'zákaznícka', 'zákaznická', 'ügyfélszolgálat', 'clienți',
  // lv, lt
  'un', 'centrs', 'centras', 'klientu', 'klientų', 'kontakti', 'kontaktai',
] as const;

/** Names of a customer-service area: a help centre when its host or path says so too ("Customer service"
 *  → customerservice.example.com or /help-information/customer-service), a contact page otherwise. */
export const CUSTOMER_SERVICE = [
  'asiakaspalvelu', 'kundtjänst', 'kundservice', 'kundeservice', 'kundenservice', 'customer service', 'customer care', 'customer support', 'service client', 'service clients',
  'klantenservice', 'atención al cliente', 'servizio clienti', 'assistenza clienti', 'apoio ao cliente', 'atendimento ao cliente', 'obsługa klienta', 'klienditugi', 'klienditeenindus',
  'customer services', 'servicio al cliente', 'servicio de atención al cliente', 'serviço de apoio ao cliente', 'service après-vente', 'kundesenter', 'kundesenteret', 'kundecenter', 'asiakaspalvelumme',
  // de, fr, pt, nl, pl
  'kundenbetreuung', 'service consommateurs', 'serviço ao cliente', 'klantendienst', 'biuro obsługi klienta',
  // sk, cs, ro, hu
  'zákaznícky servis', 'zákaznícka podpora', 'zákaznícke centrum', 'zákaznícka linka', 'zákaznický servis', 'zákaznická podpora', 'zákaznické centrum',
  'zákaznická linka', 'relații clienți', 'serviciul clienți', 'asistență clienți', 'ügyfélszolgálat', 'vevőszolgálat',
  // lv, lt
  'klientu apkalpošana', 'klientu serviss', 'klientu atbalsts', 'klientu centrs', 'klientų aptarnavimas', 'klientų aptarnavimo centras',
  'klientų pagalba', 'klientų centras',
] as const;

/** Path segments of an FAQ page ("/faq", "/de/fragen-und-antworten", "/nutrition-faqs"). A decoded path keeps its
 *  marks ("/kundservice/vanliga-frågor", "/časté-otázky"): each such word is matched with and without them. */
export const FAQ_PATH = /(?:^|[/_-])(?:faqs?|ukk|kkk|usein-kysytyt[\w-]*|fragen-und-antworten|haeufige-fragen|häufige-fragen|vanliga-fr[aå]gor|fr[aå]gor-och-svar|sp[oø]rsm[aå]l-og-svar|sp(?:oe|ø)rgsm(?:aa|å)l-og-svar|ofte-stillede-sp[oø]rgsm[aå]l|questions-fr[eé]quentes|foire-aux-questions|frequently-asked-questions|help-?cent(?:er|re)|help-information|help-topics|hilfe-?center|hj[aä]lpcenter|ohjekeskus|tukikeskus|veelgestelde-vragen|preguntas-frecuentes|domande-frequenti|perguntas-frequentes|najcz[eę][sś]ciej-zadawane-pytania|cz[eę]ste-pytania|korduma-kippuvad-k[uü]simused|helpcentrum|centro-de-ayuda|centro-assistenza|central-de-ajuda|centrum-pomocy|abikeskus|vanligafr[aå]gor|vaak-gestelde-vragen|d[uú]vidas-frequentes|dudas-frecuentes|najcz[eę]stsze-pytania|[cč]ast[eé]-ot[aá]zky|[cč]asto-kladen[eé]-ot[aá]zky|[cč]ast[eé]-dotazy|ot[aá]zky-a-odpoved[eií]|nej[cč]ast[eě]j[sš][ií]-dotazy|naj[cč]astej[sš]ie-ot[aá]zky|[iî]ntreb[aă]ri-frecvente|gyakori-k[eé]rd[eé]sek|gyakran-ism[eé]telt-k[eé]rd[eé]sek|gyik|bie[zž][aā]k-uzdotie-jaut[aā]jumi|bie[zž]i-uzdotie-jaut[aā]jumi|buj|jaut[aā]jumi-un-atbildes|duk|da[zž]niausiai-u[zž]duodami-klausimai|da[zž]ni-klausimai|klausimai-ir-atsakymai)(?:[/._-]|$)/;

/** A path whose last segment is a help word is a help centre's home ("/de/hilfe", "/help/"), unlike "/help/privacy-policy". */
export const HELP_PATH_LAST = /^(?:help|helpdesk|servicedesk|hilfe|support|aide|hjalp|hjälp|hjelp|hjaelp|hjælp|ohjeet|tuki|asiakastuki|ayuda|aiuto|hulp|ajuda|pomoc|klienditugi|hc|napoveda|nápověda|podpora|ajutor|sugo|súgó|segitseg|segítség|palidziba|palīdzība|atbalsts|pagalba)$/;

/** Hosts of a help centre ("support.example.com", "help.example.fi"). */
export const HELP_HOST_LABEL = /^(?:help|support|faq|hilfe|aide|ohjeet|tuki|hjalp|hjelp|hjelpesenter|hjalpcenter|hjaelpecenter|hjaelp|kundesenter|kundecenter|kundecentret|ohjekeskus|tukikeskus|kundenservice|kundeservice|asiakaspalvelu|asiakastuki|kundservice|kundtjanst|customerservice|customercare|helpcenter|helpcentre|helpdesk|hilfecenter|klantenservice|ayuda|aiuto|ajuda|pomoc|klienditugi|servicedesk|napoveda|podpora|ajutor|sugo|segitseg|palidziba|atbalsts|pagalba)$/;

/** Words of a heading over a list of questions that does not say "FAQ" ("Conveyancing questions"). */
export const QUESTIONS_WORDS = ['questions', 'kysymykset', 'kysymyksiä', '*kysymykset', 'frågor', 'fragen', 'spørgsmål', 'spørsmål', 'questions fréquentes', 'vragen', 'preguntas', 'domande', 'perguntas', 'pytania', 'küsimused', '*küsimused',
  // sk, cs, ro, hu
  'otázky', 'dotazy', 'întrebări', 'kérdések',
  // lv, lt
  'jautājumi', 'klausimai',
] as const;

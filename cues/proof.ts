// Customer proof cues by language: fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu.

/** Headings and link texts that name customer proof: testimonials, references, case studies, praise.
 * Not "Kundenmeinungen" or "avis clients": on a product page they head its reviews. */
export const TESTIMONIAL_HEADING = [
  // fi
  'asiakaskokemuk*', 'asiakkaidemme kokemuk*', 'asiakkaamme kertovat', 'asiakastarin*', 'referenssit', 'referenssi*', 'suosittelijat',
  'mitä asiakkaamme sanovat', 'asiakkaat kertovat', 'tyytyväiset asiakkaat', 'kokemuksia palvelusta', 'asiakkaat sanovat', 'asiakkaidemme sanoin', 'asiakkaiden sanoin', 'mitä asiakkaat sanovat',
  // sv
  'kundberättelser', 'kundcase', 'vad våra kunder säger', 'kunderna om oss', 'nöjda kunder', 'kunderna säger', 'vad kunderna säger', 'gästerna säger',
  // en
  'testimonials', 'testimonial', 'what our customers say', 'what our clients say', 'what customers say', 'what people say',
  'what our users say', 'what our guests say', 'what guests say', 'customer stories', 'client stories', 'success stories', 'case studies', 'case study', 'kind words',
  'praised by', 'loved by customers', 'hear from our customers', 'what the press says', 'press reviews', 'share your story',
  // de
  'kundenstimmen', 'referenzen', 'referenzkunden', 'das sagen unsere kunden', 'was unsere kunden sagen',
  'stimmen zufriedener*', 'mandantenstimmen', 'zufriedene kunden', 'pressestimmen', 'gästestimmen', 'das sagen unsere gäste',
  // da, no
  'kundeudtalelser', 'kundehistorier', 'referanser', 'referencer', 'hva kundene sier', 'det siger vores kunder', 'det sier kundene', 'kunderne siger', 'hva gjestene sier', 'gjestene sier', 'sagt om oss', 'de skriver om oss', 'presse om oss', 'kundene sier',
  // fr
  'témoignages', 'témoignages clients', 'ils nous font confiance', 'ils ont testé*', 'ils en parlent', 'nos références', 'études de cas',
  'cas clients',
  // nl
  'klantervaringen', 'ervaringen van klanten', 'ervaringen van onze klanten', 'wat klanten zeggen', 'wat onze klanten zeggen', 'getuigenissen', 'referenties', 'klantverhalen', 'klantcases',
  // es
  'testimonios', 'lo que dicen nuestros clientes', 'lo que dicen de nosotros', 'casos de éxito', 'historias de clientes', 'nuestros clientes opinan',
  // it
  'dicono di noi', 'testimonianze', 'cosa dicono i nostri clienti', 'cosa dicono di noi', 'casi di successo', 'storie di successo', 'referenze',
  // pt
  'depoimentos', 'testemunhos', 'o que dizem os nossos clientes', 'o que dizem nossos clientes', 'o que dizem de nós', 'casos de sucesso', 'histórias de clientes',
  // pl
  'referencje', 'co mówią nasi klienci', 'co mówią o nas', 'historie klientów', 'historie sukcesu', 'zadowoleni klienci',
  // et
  'klientide tagasiside', 'klientide arvamused', 'mida kliendid ütlevad', 'kliendid räägivad', 'kliendilood', 'referentsid', 'edulood',
  // guestbooks: what visitors wrote to the business
  'gästebuch', 'vieraskirja', 'gästbok', 'gjestebok', 'gæstebog', "livre d'or", 'gastenboek', 'libro de visitas', 'libro degli ospiti', 'livro de visitas', 'księga gości', 'külalisteraamat', 'guestbook',
  // sk
  'referencie', 'naše referencie', 'povedali o nás', 'čo hovoria naši zákazníci', 'skúsenosti zákazníkov', 'spokojní zákazníci', 'príbehy zákazníkov',
  'prípadové štúdie',
  // cs
  'naše reference', 'napsali o nás', 'co říkají naši zákazníci', 'zkušenosti zákazníků', 'spokojení zákazníci', 'příběhy zákazníků',
  'případové studie',
  // ro
  'testimoniale', 'mărturii', 'ce spun clienții noștri', 'ce spun clienții', 'clienți mulțumiți', 'studii de caz', 'povești de succes',
  // hu
  'referenciák', 'referenciáink', 'ügyfeleink mondták', 'mit mondanak ügyfeleink', 'ügyfélvélemények', 'elégedett ügyfelek', 'esettanulmányok',
  'sikertörténetek', 'rólunk mondták',
  // lv, lt (not "klientu atsauksmes", "klientų atsiliepimai": a product's reviews too)
  'ko saka mūsu klienti', 'ko par mums saka', 'ko klienti saka par mums', 'apmierināti klienti', 'klientu stāsti', 'veiksmes stāsti',
  'atsauksmes par mums', 'viesu grāmata', 'ką sako mūsų klientai', 'ką apie mus sako', 'ką klientai sako apie mus', 'patenkinti klientai',
  'klientų istorijos', 'sėkmės istorijos', 'atsiliepimai apie mus', 'svečių knyga',
] as const;

/** Words that name references only as a whole link label to another page of the site: "References" is also a bibliography,
 * "Projekte" of an engineering office are its references. */
export const REFERENCE_LINK_LABEL = [
  'references', 'our references', 'referenser', 'projekte', 'unsere projekte', 'referenzprojekte', 'projects', 'our projects',
  'our work', 'projektit', 'projektejamme', 'prosjekter', 'projekter', 'projets', 'nos réalisations', 'réalisations', 'portfolio',
  'asiakascaset', 'kundcase',
  // a B2B site's customer list, and the praise it collected (a shop's "Awards" are its products' prizes: not listed)
  'customers', 'our customers', 'kunden', 'unsere kunden', 'asiakkaamme', 'asiakkaat', 'kunder', 'våra kunder', 'vores kunder', 'våre kunder', 'clients', 'our clients', 'nos clients',
  'klanten', 'onze klanten', 'nuestros clientes', 'i nostri clienti', 'os nossos clientes', 'nossos clientes', 'nasi klienci', 'meie kliendid',
  'accolades', 'our accolades',
  // sk, cs, ro, hu
  'naši zákazníci', 'naši klienti', 'clienții noștri', 'ügyfeleink', 'projekty', 'proiecte', 'projektek', 'referenciák',
  // lv, lt
  'mūsu klienti', 'projekti', 'mūsu projekti', 'mūsu darbi', 'mūsų klientai', 'projektai', 'mūsų projektai', 'mūsų darbai',
] as const;

/** Path segments of a testimonials or references page. */
export const TESTIMONIAL_PATH =
  /(?:^|\/)(?:testimonials?|kundenstimmen|referenzen|references|referenssit|asiakastarinat|asiakaskokemuksia|case-studies|customer-stories|success-stories|kundberattelser|kundcase|referenser|referanser|referencer|temoignages|erfahrungsberichte|klantervaringen|referenties|testimonios|casos-de-exito|testimonianze|dicono-di-noi|depoimentos|testemunhos|casos-de-sucesso|referencje|referentsid|referencie|referenciak|testimoniale|marturii|accolades|g(?:ae|a|ä)stebuch|guestbook|vieraskirja|gastbok|gjestebok|gaestebog|gastenboek)(?:[/.]|$)/;

/** Words for reviews and ratings next to counts or stars. */
export const REVIEW_WORDS = [
  'arvostelu*', 'arvio*', 'tähteä', 'reviews', 'review', 'ratings', 'rating', 'stars', 'out of 5', 'recensioner', 'recension*', 'omdöme*',
  'bewertung*', 'rezension*', 'sterne', 'sternen', 'anmeldelse*', 'vurdering*', 'avis', 'étoiles', 'votes', 'stelle', 'voti',
  'beoordeling*', 'recensie*', 'sterren', 'opiniones', 'reseña*', 'valoraciones', 'estrellas', 'recensioni', 'recensione', 'valutazioni', 'avaliaç*', 'opiniões', 'estrelas',
  'opinie', 'opinii', 'recenzj*', 'ocena', 'oceny', 'ocen', 'gwiazdk*', 'arvustus*', 'hinnang*', 'tärni',
  // sk, cs, ro, hu
  'recenzi*', 'recenze', 'recenzí', 'hodnoten*', 'hodnocen*', 'evaluări', 'stele', 'vélemény*', 'értékelés*', 'csillag',
  // lv, lt
  'atsauksm*', 'vērtējum*', 'zvaigzn*', 'atsiliepim*', 'įvertinim*', 'žvaigžd*',
] as const;

/** Prompts of a review widget, shown even before the first review: they count as the widget. */
export const REVIEW_PROMPT = [
  // en
  'write a review', 'write the first review', 'be the first to review', 'be the first to write a review', 'leave a review', 'no reviews yet',
  'login to review', 'log in to review', 'sign in to review', 'rate this recipe', 'rate this product',
  // fi
  'kirjoita arvostelu', 'kirjoita arvio', 'arvostele tuote', 'arvioi tuote', 'ole ensimmäinen arvostelija', 'anna arvio', 'arvostele resepti', 'joka arvostelee', 'ei ole vielä arvosteluja', 'ei vielä arvosteluja',
  // sv
  'skriv en recension', 'skriv ett omdöme', 'betygsätt produkten', 'bli först att recensera', 'lämna ett omdöme', 'inga recensioner ännu', 'inga omdömen ännu',
  // de
  'bewertung schreiben', 'bewertung abgeben', 'schreiben sie eine bewertung', 'jetzt bewerten', 'produkt bewerten', 'rezept bewerten',
  'erste bewertung schreiben',
  // da, no
  'skriv en anmeldelse', 'skriv en vurdering', 'giv en anmeldelse', 'gi en vurdering',
  // fr, it
  'donnez votre avis', 'écrire un avis', 'laisser un avis', 'rédiger un avis', 'soyez le premier à donner votre avis', 'esprimi un voto',
  'scrivi una recensione', 'lascia una recensione', 'nessuna recensione', 'sii il primo a recensire',
  // sv (verb)
  'recensera denna', 'recensera produkten', 'betygsätt',
  // nl, es, pt, pl, et
  'schrijf een review', 'schrijf een recensie', 'beoordeel dit product', 'nog geen beoordelingen', 'nog geen reviews', 'escribe una reseña', 'escribir una opinión', 'sé el primero en opinar',
  'aún no hay opiniones', 'todavía no hay reseñas', 'valora este producto', 'escreva uma avaliação', 'escrever avaliação', 'seja o primeiro a avaliar', 'ainda não há avaliações', 'avalie este produto',
  'napisz opinię', 'dodaj opinię', 'wystaw opinię', 'brak opinii', 'oceń produkt', 'kirjuta arvustus', 'lisa arvustus', 'arvustusi pole', 'hinda toodet',
  // sk, cs, ro, hu
  'napísať recenziu', 'pridať recenziu', 'ohodnoťte produkt', 'zatiaľ žiadne recenzie', 'napsat recenzi', 'přidat recenzi', 'zatím žádné recenze',
  'scrie o recenzie', 'adaugă o recenzie', 'nu există recenzii', 'nicio recenzie', 'írj véleményt', 'írja meg véleményét', 'értékelés írása',
  'még nincs értékelés',
  // lv, lt
  'uzrakstīt atsauksmi', 'rakstīt atsauksmi', 'pievienot atsauksmi', 'atstāt atsauksmi', 'novērtēt produktu', 'vēl nav atsauksmju', 'nav atsauksmju',
  'parašyti atsiliepimą', 'rašyti atsiliepimą', 'palikti atsiliepimą', 'įvertinti prekę', 'atsiliepimų dar nėra', 'atsiliepimų nėra',
] as const;

/** An editor's grade in a product test: "Our rating: 4.5/5" rates someone else's product. */
export const EDITORIAL_GRADE = [
  'our rating', 'our verdict', 'our score', 'verdict', 'test score', 'editor’s rating', "editor's rating",
  'arviomme', 'testin tulos', 'testiarvosana', 'vårt betyg', 'vårt omdöme', 'testresultat', 'vores vurdering', 'vår vurdering', 'vår dom',
  'unser urteil', 'testurteil', 'unsere bewertung', 'notre note', 'notre avis', 'notre verdict',
] as const;

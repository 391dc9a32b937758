// Content sections (blog, news, articles, guides, recipes) by language: fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu.
export const CONTENT_SECTION = [
  // fi
  'blogi', 'blogit', 'blogista', 'artikkelit', 'artikkeleita', 'uutiset', 'uutisia', 'ajankohtaista', 'tiedotteet', 'lehdistötiedotteet', 'vinkit', 'vinkkejä', 'reseptit', 'reseptejä', 'oppaat', 'inspiraatiota', 'tarinat', '*vinkit', '*vinkkejä', '*blogi', '*oppaat', '*artikkelit', 'tietopankki', '*tietopankki', 'opas',
  // sv
  'blogg', 'bloggen', 'nyheter', 'aktuellt', 'artiklar', 'recept', 'guider', 'tips och råd', 'inspiration', 'magasin', 'pressmeddelanden', 'pressrum', '*guider', '*tips', '*bloggen',
  // en
  'blog', 'our blog', 'the blog', 'from the blog', 'blog posts', 'latest news', 'news', 'newsroom', 'press releases', 'articles', 'latest articles', 'related articles', 'related posts', 'recent posts', 'latest posts',
  'guides', 'how-to guides', 'how to guides', 'recipes', 'recipe ideas', 'stories', 'inspiration', 'magazine', 'journal', 'insights', 'tips', 'tips & tricks', 'wiki',
  // de
  'magazin', 'ratgeber', 'rezepte', 'rezept', 'rezeptideen', 'rezeptwelt', 'neuigkeiten', 'aktuelles', 'aktuell', 'beiträge', 'pressemitteilungen', 'tipps', 'themenwelt*', 'wissenswertes', '*wissen', '*ratgeber', '*magazin', '*tipps',
  // da, no
  'nyheder', 'artikler', 'opskrifter', 'aktuelt', 'oppskrifter', 'presserom', 'inspirasjon', 'tips og råd', 'tips og tricks', '*guides', '*guider', '*artikler',
  // fr
  'actualités', 'actus', 'le blog', 'recettes', 'idées recettes', 'conseils', 'le mag', 'communiqués de presse',
  // nl
  'nieuws', 'laatste nieuws', 'artikelen', 'recepten', 'tips en advies', 'inspiratie', 'persberichten', '*blog',
  // es, it, pt
  'noticias', 'últimas noticias', 'recetas', 'consejos', 'notizie', 'ultime notizie', 'ricette', 'consigli', 'notícias', 'receitas', 'dicas',
  // pl, et
  'aktualności', 'wiadomości', 'artykuły', 'przepisy', 'porady', 'poradnik', 'uudised', 'artiklid', 'retseptid', 'nõuanded', 'blogi postitused',
  // sk, cs, ro, hu (not "novinky" or "noutăți": a shop's new arrivals too)
  'aktuality', 'články', 'tlačové správy', 'tiskové zprávy', 'recepty', 'rady a tipy', 'tipy a rady', 'magazín', 'știri', 'ultimele știri', 'rețete',
  'sfaturi', 'comunicate de presă', 'hírek', 'cikkek', 'receptek', 'tippek', 'blogbejegyzések', 'sajtóközlemények', 'aktualitások',
  // lv, lt (not "jaunumi" or "naujienos": a shop's new arrivals too; not lt "blogas": bad)
  'blogs', 'emuārs', 'jaunākās ziņas', 'aktualitātes', 'receptes', 'noderīgi padomi', 'preses relīzes', 'tinklaraštis',
  'straipsniai', 'aktualijos', 'receptai', 'patarimai', 'naudingi patarimai', 'pranešimai spaudai', 'žinios',
] as const;

/** Words that name a content section only as the whole label: in a shop "articoli", "artigos" and "artículos" are its
 *  goods ("Indice articoli", "Ver mais artigos da marca"). */
export const CONTENT_SECTION_LABELS = ['articoli', 'artigos', 'artículos', 'gli articoli', 'os artigos', 'nuestros artículos', 'blog articoli',
  // lv: "Raksti mums" is write to us, "ziņas" also messages, "padomi" also a council
  'raksti', 'ziņas', 'padomi',
] as const;

/** First labels of a site's own content host ("blog.example.pl", "wiki.example.io"). */
export const CONTENT_HOST = /^(?:blogs?|blogi|blogg|wiki|news|magazine?|mag|journal|ideas|ideen|stories|insights|uutiset|nyheter|nyheder|nieuws|noticias|notizie|ratgeber|edito|conseils|guides?)\./;

/** Path segments of content sections (a recipe site's recipe links, a shop's /blog). */
export const CONTENT_PATH = /(?:^|\/)(?:blogs?|blogi|blogg|news|newsroom|uutiset|ajankohtaista|artikkelit|articles|magazin|magazine|ratgeber|rezepte|recipes?|reseptit|recept|oppskrifter|opskrifter|recettes|actualites|actualités|nyheter|nyheder|aktuell|aktuelles|aktuelt|aktuellt|press-releases|guides|inspiration|stories|journal|insights|vinkit|tipps|nieuws|artikelen|recepten|noticias|recetas|notizie|ricette|receitas|aktualnosci|artykuly|przepisy|poradnik|uudised|artiklid|retseptid|aktuality|clanky|recepty|stiri|articole|retete|hirek|cikkek|receptek|themen|trends-und-themen|raksti|receptes|padomi|emuars|straipsniai|receptai|patarimai|tinklarastis|conseils|edito|ideen|tendencias|porady|advice)(?:[/.?#]|$)/;

/** Structured-data types of an article, post or recipe page. */
export const ARTICLE_TYPES = ['Article', 'BlogPosting', 'NewsArticle', 'Recipe', 'TechArticle', 'ScholarlyArticle', 'Report', 'LiveBlogPosting', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle', 'BackgroundNewsArticle', 'Blog'] as const;

// Words that head customer proof: testimonials, references, case studies.
export const TESTIMONIAL_HEADING = [
  // fi
  'asiakaskokemuk*', 'asiakkaidemme kokemuk*', 'asiakkaamme kertovat', 'asiakastarin*', 'referenssit', 'referenssi*', 'suosittelijat', 'mitä asiakkaamme sanovat', 'asiakaspalaute*',
  // sv
  'kundberättelser', 'referenser', 'vad våra kunder säger', 'kundcase', 'omdömen från kunder',
  // en
  'testimonials', 'testimonial', 'what our customers say', 'what our clients say', 'customer stories', 'case studies', 'case study', 'success stories', 'our clients', 'client stories', 'references', 'kind words',
  // de
  'kundenstimmen', 'referenzen', 'erfahrungsberichte', 'das sagen unsere kunden', 'kundenmeinungen',
  // da, no
  'kundeudtalelser', 'kundehistorier', 'referanser', 'hva kundene sier', 'det siger vores kunder',
  // fr
  'témoignages', 'avis clients', 'ils nous font confiance',
] as const;

/** Words for reviews and ratings next to counts or stars. */
export const REVIEW_WORDS = [
  'arvostelu*', 'arvio*', 'tähteä', 'reviews', 'review', 'ratings', 'rating', 'stars', 'out of 5', 'recensioner', 'recension*', 'omdöme*',
  'bewertung*', 'rezension*', 'sterne', 'anmeldelse*', 'vurdering*', 'avis', 'étoiles',
] as const;

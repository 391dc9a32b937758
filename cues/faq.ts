export const FAQ = [
  // fi
  'ukk', 'usein kysyt*', 'kysyttyä', 'kysymyksiä ja vastauksia', 'kysymykset ja vastaukset', 'ohjeet ja tuki', 'tukikeskus', 'ohjekeskus',
  // sv
  'vanliga frågor', 'frågor och svar', 'frågor & svar', 'hjälpcenter',
  // en
  'faq', 'faqs', 'f.a.q.', 'frequently asked questions', 'frequently asked', 'common questions', 'questions and answers', 'q&a', 'help centre', 'help center',
  // de
  'häufige fragen', 'häufig gestellte fragen', 'fragen und antworten', 'fragen & antworten', 'hilfe-center', 'hilfecenter',
  // da, no
  'ofte stillede spørgsmål', 'ofte stilte spørsmål', 'spørgsmål og svar', 'spørsmål og svar', 'hjelpesenter',
  // fr
  'questions fréquentes', 'foire aux questions', "centre d'aide",
] as const;

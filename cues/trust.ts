export const PRIVACY = [
  'tietosuoja*', 'rekisteriseloste', 'yksityisyy*',
  'integritetspolicy', 'integritet*', 'personuppgift*', 'dataskydd',
  'privacy', 'privacy policy', 'privacy notice', 'data protection', 'privacy statement',
  'datenschutz*',
  'privatlivspolitik', 'privatliv*', 'persondatapolitik', 'personvern*', 'personopplysning*',
  'confidentialité', 'données personnelles', 'vie privée',
] as const;

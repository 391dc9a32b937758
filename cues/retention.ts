export const NEWSLETTER = [
  'uutiskirje*', 'tilaa uutiskirje', 'liity postituslistalle', 'postituslista*',
  'nyhetsbrev*', 'prenumerera',
  'newsletter', 'newsletters', 'subscribe', 'sign up for our emails', 'join our mailing list', 'mailing list', 'email updates', 'sign up for email',
  'newsletter abonnieren', 'abonnieren',
  'nyhedsbrev*', 'tilmeld',
  "lettre d'information", 'infolettre', "s'abonner",
] as const;

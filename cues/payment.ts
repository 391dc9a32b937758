// Payment methods: item id and the names or logo words that show it.
export interface PaymentCue {
  item: string;
  names: readonly string[];
  /** A name that also means something else ("visa" is "show" in Swedish): trusted only in a payment context or on a logo. */
  ambiguous?: boolean;
}

export const PAYMENT_METHODS: readonly PaymentCue[] = [
  { item: 'visa', names: ['visa', 'visa electron', 'verified by visa'], ambiguous: true },
  { item: 'mastercard', names: ['mastercard', 'master card', 'maestro'] },
  { item: 'amex', names: ['american express', 'amex'] },
  { item: 'diners', names: ['diners club'] },
  { item: 'paypal', names: ['paypal'] },
  { item: 'klarna', names: ['klarna'] },
  { item: 'mobilepay', names: ['mobilepay'] },
  { item: 'applepay', names: ['apple pay', 'applepay', 'apple-pay'] },
  { item: 'googlepay', names: ['google pay', 'googlepay', 'google-pay', 'gpay'] },
  { item: 'paytrail', names: ['paytrail', 'checkout finland'] },
  { item: 'svea', names: ['svea'] },
  { item: 'walley', names: ['walley', 'collector bank'] },
  { item: 'vipps', names: ['vipps'] },
  { item: 'swish', names: ['swish'] },
  { item: 'sofort', names: ['sofort', 'sofortüberweisung'] },
  { item: 'giropay', names: ['giropay'] },
  { item: 'ideal', names: ['ideal'], ambiguous: true },
  { item: 'invoice', names: ['lasku', 'laskulla', 'kauppa laskulle', 'faktura', 'rechnung', 'kauf auf rechnung', 'pay by invoice', 'invoice'], ambiguous: true },
  { item: 'bank', names: ['verkkopankki', 'verkkopankkimaksu', 'pankkimaksu', 'bank transfer', 'online banking', 'banköverföring', 'vorkasse', 'überweisung', 'bankoverførsel', 'nettbank'] },
  { item: 'cod', names: ['cash on delivery', 'nachnahme', 'postiennakko'] },
];

/** Words that make a block about payment. */
export const PAYMENT_CONTEXT = [
  'maksutavat', 'maksutapa*', 'maksaminen', 'maksa', 'betalningssätt', 'betalning*', 'betala', 'payment', 'payments', 'payment methods',
  'we accept', 'pay with', 'secure checkout', 'zahlungsarten', 'zahlungsart*', 'zahlungsmethoden', 'bezahlen', 'betalingsmåde*', 'betalingsmetode*',
  'betaling*', 'betalingsmuligheder', 'moyens de paiement', 'paiement*', 'zahlung*',
] as const;

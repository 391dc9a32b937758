// Payment methods: item id and the names or logo words that show it.
export interface PaymentCue {
  item: string;
  names: readonly string[];
  /** A name that also means something else ("visa" is "show" in Swedish): trusted only in a payment context or on a logo. */
  ambiguous?: boolean;
  /** Names too short or common for text ("EC", "Bar"): trusted only as the name of a logo among payment logos. */
  logoNames?: readonly string[];
}

export const PAYMENT_METHODS: readonly PaymentCue[] = [
  { item: 'visa', names: ['visa', 'visa electron', 'verified by visa'], ambiguous: true },
  { item: 'mastercard', names: ['mastercard', 'master card', 'mastercard securecode'] },
  { item: 'maestro', names: ['maestro'], ambiguous: true },
  { item: 'amex', names: ['american express', 'amex', 'americanexpress'] },
  { item: 'diners', names: ['diners club', 'diners'], ambiguous: true },
  { item: 'discover', names: ['discover'], ambiguous: true },
  { item: 'jcb', names: ['jcb'], ambiguous: true },
  { item: 'unionpay', names: ['unionpay', 'union pay', 'china unionpay'] },
  // Card payment in words, inflected and compounded (luottokortilla, kreditkortet, Kreditkarten), per language.
  {
    item: 'creditcard',
    names: [
      'credit card', 'credit cards', 'debit card', 'debit cards', 'card payment*', 'pay by card', 'kreditkarte*', 'luottokort*', 'pankkikort*', 'maksukort*', 'korttimaksu*', 'kortilla',
      'kreditkort*', 'betalkort*', 'bankkort*', 'debetkort*', 'kortbetalning', 'med kort', 'betalingskort*', 'carte bancaire', 'carte de crédit', 'cartes bancaires', 'cartes de crédit', 'par carte',
      'creditcard*', 'tarjeta de crédito', 'tarjetas de crédito', 'tarjeta de débito', 'con tarjeta', 'carta di credito', 'carte di credito', 'carta di debito', 'cartão de crédito', 'cartões de crédito',
      'cartão de débito', 'karta kredytowa', 'karty kredytowe', 'karta płatnicza', 'kartą płatniczą', 'kartą', 'krediitkaart*', 'pangakaart*', 'deebetkaart*', 'kaardimakse*',
      // sk, cs, ro, hu
      'platba kartou', 'platobná karta', 'platobnou kartou', 'platební karta', 'platební kartou', 'kartou', 'card bancar', 'card de credit', 'cu cardul', 'plata cu cardul',
      'bankkártya*', 'hitelkártya*', 'kártyás fizetés', 'kártyával',
      // lv, lt
      'maksājumu kart*', 'bankas kart*', 'kredītkart*', 'debetkart*', 'norēķinu kart*', 'ar karti', 'ar maksājumu karti', 'mokėjimo kortel*', 'banko kortel*',
      'kreditinė kortelė', 'kreditine kortele', 'kreditinės kortelės', 'debetinė kortelė', 'debetine kortele', 'kortele',
    ],
    ambiguous: true,
  },
  { item: 'paypal', names: ['paypal', 'pay pal', 'paypalilla', 'paypalin'] },
  { item: 'klarna', names: ['klarna', 'klarnalla', 'klarnan'] },
  { item: 'mobilepay', names: ['mobilepay', 'mobile pay', 'mobilepaylla', 'mobilepayllä', 'mobilepayn'] },
  { item: 'applepay', names: ['apple pay', 'applepay', 'apple-pay'] },
  { item: 'googlepay', names: ['google pay', 'googlepay', 'google-pay', 'gpay'] },
  { item: 'amazonpay', names: ['amazon pay', 'amazonpay', 'amazon payments', 'amazon payment', 'pay with amazon'] },
  { item: 'shoppay', names: ['shop pay', 'shoppay', 'shopify pay'] },
  { item: 'paytrail', names: ['paytrail', 'checkout finland'] },
  { item: 'svea', names: ['svea ekonomi', 'svea checkout', 'svea payments'] },
  { item: 'svea', names: ['svea'], ambiguous: true },
  { item: 'walley', names: ['walley', 'collector bank'] },
  { item: 'vipps', names: ['vipps'] },
  { item: 'swish', names: ['swish'] },
  { item: 'trustly', names: ['trustly'] },
  { item: 'twint', names: ['twint'] },
  { item: 'postfinance', names: ['postfinance', 'post finance'] },
  { item: 'dankort', names: ['dankort'] },
  { item: 'bancontact', names: ['bancontact'] },
  { item: 'payconiq', names: ['payconiq'] },
  { item: 'bizum', names: ['bizum'] },
  { item: 'satispay', names: ['satispay'] },
  { item: 'multibanco', names: ['multibanco', 'referência multibanco'] },
  { item: 'mbway', names: ['mb way', 'mbway'] },
  { item: 'przelewy24', names: ['przelewy24', 'przelewy 24'] },
  // Czech, Slovak, Romanian and Hungarian payment gateways and schemes.
  { item: 'gopay', names: ['gopay'] },
  { item: 'comgate', names: ['comgate'] },
  { item: 'thepay', names: ['thepay'] },
  { item: 'trustpay', names: ['trustpay'] },
  { item: 'besteron', names: ['besteron'] },
  { item: 'tatrapay', names: ['tatrapay', 'tatra pay'] },
  { item: 'netopia', names: ['netopia', 'netopia payments', 'mobilpay'] },
  { item: 'euplatesc', names: ['euplătesc', 'euplătesc.ro'] },
  { item: 'barion', names: ['barion'] },
  { item: 'simplepay', names: ['simplepay', 'otp simplepay'] },
  { item: 'szepkartya', names: ['szép kártya', 'szép-kártya', 'szépkártya'] },
  // Dutch "blik" is a tin or a look.
  { item: 'blik', names: ['blik'], ambiguous: true },
  { item: 'revolut', names: ['revolut', 'revolut pay'] },
  { item: 'epassi', names: ['epassi', 'e-passi'] },
  { item: 'smartum', names: ['smartum'] },
  { item: 'edenred', names: ['edenred'] },
  { item: 'eazybreak', names: ['eazybreak'] },
  { item: 'betalingsservice', names: ['betalingsservice'] },
  { item: 'eps', names: ['eps', 'eps überweisung', 'eps-überweisung'], ambiguous: true },
  { item: 'ec', names: ['ec-karte', 'ec karte', 'girocard', 'ec cash'], logoNames: ['ec'] },
  { item: 'sofort', names: ['sofortüberweisung', 'sofort überweisung', 'klarna sofort', 'sofort banking'] },
  // "Sofort" is also German for "at once" ("sofort lieferbar").
  { item: 'sofort', names: ['sofort'], ambiguous: true },
  { item: 'giropay', names: ['giropay'] },
  { item: 'ideal', names: ['ideal'], ambiguous: true },
  { item: 'afterpay', names: ['afterpay', 'clearpay'] },
  { item: 'affirm', names: ['affirm'], ambiguous: true },
  { item: 'sepa', names: ['sepa-lastschrift', 'lastschrift*', 'bankeinzug', 'autogiro', 'suoramaksu', 'prélèvement sepa', 'automatische incasso', 'domiciliación bancaria', 'addebito diretto', 'débito direto', 'polecenie zapłaty', 'otsekorraldus'] },
  { item: 'sepa', names: ['sepa', 'direct debit', 'prélèvement', 'prélèvement automatique', 'incasso', 'domiciliación'], ambiguous: true },
  // Invoice and instalments (the labels count both as buying on credit): phrases that say so outright, then bare words trusted in a payment context.
  {
    item: 'invoice',
    names: [
      'kauf auf rechnung', 'auf rechnung', 'rechnungskauf', 'ratenzahlung', 'ratenkauf', 'pay by invoice', 'pay later', 'kauppa laskulle', 'osamaks*', 'e-lasku', 'delbetalning', 'delbetala',
      'achat sur facture', 'achats sur facture', 'paiement sur facture', 'paiement en plusieurs fois', 'op factuur', 'achteraf betalen', 'gespreid betalen', 'pago a plazos', 'pago aplazado',
      'pagamento a rate', 'pagamento em prestações', 'zakupy na raty', 'na raty', 'järelmaks*',
      // instalments offered as a way to pay ("Paiement en 3x/4x", "Pay in 3", "em até 10x sem juros")
      'paiement en 3x', 'paiement en 4x', 'paiement en 3x/4x', "paiement jusqu'en", 'paiement jusqu’en', 'payer en 3 fois', 'payer en 4 fois', 'payez en 3 fois', 'payez en 4 fois',
      'en 3 fois sans frais', 'en 4 fois sans frais', '3x sans frais', '4x sans frais', '10x sans frais', 'paiement fractionné', 'facilités de paiement',
      'pay in 3', 'pay in 4', 'pay in instalments', 'pay in installments', 'split your payment', 'in raten zahlen', 'in raten bezahlen', 'finanzierung ab',
      'maksa erissä', 'erämaksu*', 'dela upp betalningen', 'betala i delar', 'betal i rater', 'delbetaling', 'avbetaling', 'in termijnen betalen', 'en 3 plazos', 'pago en cuotas',
      'paga in 3 rate', 'in 3 rate', 'pagamento rateale', 'sem juros', 'parcelado',
      // sk, cs, ro, hu
      'na faktúru', 'na fakturu', 'nákup na splátky', 'na splátky', 'plata în rate', 'în rate', 'részletfizetés', 'utólagos fizetés',
      // lv, lt
      'uz nomaksu', 'pirkums uz nomaksu', 'maksā pa daļām', 'maksāt pa daļām', 'apmaksa pa daļām', 'išsimokėtinai', 'pirkimas išsimokėtinai', 'mokėk dalimis', 'mokėti dalimis',
      'atidėtas mokėjimas',
    ],
  },
  {
    item: 'invoice',
    names: [
      'lasku', 'laskulla', 'laskun', 'laskulle', 'faktura', 'fakturan', 'fakturaen', 'faktura vat', 'fakturę', 'rechnung', 'invoice', 'facture', 'factuur', 'factura', 'fattura', 'fatura',
      'afbetaling', 'a plazos', 'a rate', 'prestações', 'raty', 'arve', 'arvega', 'instalments', 'installments', 'faktúra', 'faktúru', 'fakturu', 'factură', 'számla', 'számlára', 'splátky',
      // lv, lt (not a bare "sąskaita": a bank account too)
      'rēķins', 'rēķinu', 'pēc rēķina', 'pēcapmaksa', 'sąskaita faktūra', 'sąskaitą faktūrą', 'pagal sąskaitą faktūrą',
    ],
    ambiguous: true,
  },
  { item: 'bank', names: ['verkkopank*', 'pankkimaksu', 'vorkasse', 'tilisiirto', 'tilisiirtona', 'tilisiirrolla', 'pankkisiirto*', 'pangalink*', 'pangaülekanne', 'przelew bankowy', 'bonifico bancario', 'transferência bancária', 'bankoverschrijving',
  'bankový prevod', 'bankovým prevodom', 'prevodom na účet', 'bankovní převod', 'bankovním převodem', 'převodem na účet', 'transfer bancar', 'ordin de plată', 'banki átutalás*', 'átutalással',
  // lv, lt
  'bankas pārskaitījum*', 'ar pārskaitījumu', 'internetbanka', 'internetbankā', 'ar internetbanku', 'caur internetbanku', 'banko pavedim*', 'elektroninė bankininkystė', 'per elektroninę bankininkystę'] },
  {
    item: 'bank',
    names: [
      'bank transfer', 'online banking', 'banköverföring', 'überweisung', 'bankoverførsel', 'nettbank', 'virement bancaire', 'virement', 'bank payment', 'overboeking', 'transferencia', 'transferencia bancaria',
      'bonifico', 'transferência', 'przelew', 'przelewem', 'prevodom', 'převodem', 'átutalás',
      // lv, lt
      'pārskaitījums', 'pārskaitījumu', 'pavedimu', 'pavedimas',
    ],
    ambiguous: true,
  },
  { item: 'cheque', names: ['chèque', 'chèques', 'cheque', 'cheques', 'scheck'], ambiguous: true },
  { item: 'viabill', names: ['viabill'] },
  { item: 'cod', names: ['cash on delivery', 'nachnahme', 'postiennakko', 'contre-remboursement', 'onder rembours', 'contra reembolso', 'contrassegno', 'pagamento alla consegna', 'za pobraniem', 'pobranie', 'pagamento na entrega',
  'dobierka', 'dobierkou', 'na dobierku', 'dobírka', 'dobírkou', 'na dobírku', 'ramburs', 'plata ramburs', 'utánvét', 'utánvéttel',
  // lv, lt
  'pēcmaksa', 'ar pēcmaksu', 'apmaksa saņemot', 'išperkamuoju mokesčiu', 'išperkamasis mokestis', 'apmokėjimas pristatymo metu'] },
  { item: 'cash', names: ['barzahlung', 'cash', 'käteinen', 'käteisellä', 'kontant', 'kontanter', 'espèces', 'contant', 'contanti', 'efectivo', 'dinheiro', 'gotówka', 'gotówką', 'sularaha', 'hotovosť', 'v hotovosti', 'hotově', 'numerar', 'în numerar', 'készpénz', 'készpénzzel', 'skaidrā naudā', 'skaidra nauda', 'grynaisiais', 'grynieji pinigai'], ambiguous: true, logoNames: ['bar'] },
  {
    item: 'giftcard',
    names: [
      'gift card', 'gift cards', 'giftcard', 'gift voucher', 'lahjakortti', 'lahjakortilla', 'presentkort', 'gavekort', 'geschenkkarte', 'gutschein', 'warengutschein', 'geschenkgutschein', 'carte cadeau',
      'cadeaukaart', 'cadeaubon', 'tarjeta regalo', 'carta regalo', 'buono regalo', 'cartão presente', 'cartão oferta', 'karta podarunkowa', 'bon podarunkowy', 'kinkekaart',
      'darčeková poukážka', 'darčekový poukaz', 'dárkový poukaz', 'dárková poukázka', 'card cadou', 'voucher cadou', 'ajándékkártya', 'ajándékutalvány',
      // lv, lt
      'dāvanu kart*', 'dāvanu kupon*', 'dāvanu sertifikāt*', 'dovanų kortel*', 'dovanų kupon*', 'dovanų ček*', 'dovanų sertifikat*',
    ],
    ambiguous: true,
  },
];

/** Words that make a block about payment. */
export const PAYMENT_CONTEXT = [
  'maksutavat', 'maksutapa*', 'maksaminen', 'maksa', 'maksan', 'maksat', 'maksaa', 'maksetaan', 'betalningssätt', 'betalning*', 'betala', 'payment', 'payments', 'payment methods', 'payment options',
  'we accept', 'we now accept', 'now accepting', 'accepted payment*', 'accepts', 'pay with', 'pay by', 'pay securely', 'secure checkout', 'zahlungsarten', 'zahlungsart*', 'zahlungsmethoden', 'bezahlen', 'bequem bezahlen', 'betalingsmåde*', 'betalingsmetode*',
  'betaling*', 'betalingsmuligheder', 'moyens de paiement', 'méthode de paiement', 'méthodes de paiement', 'paiement*', 'zahlung*', 'règlement', 'réglez', 'betales', 'betalast', 'betalas', 'betaler', 'betal', 'betalar', 'zahlen sie', 'maksaa', 'hyväksymme', 'maksut', 'maksuvälineet', 'maksuvälineenä', 'vi tar emot', 'vi accepterer', 'vi tar imot', 'paid by', 'are paid', 'by card', 'wir akzeptieren',
  'bezahlung', 'bezahlmöglichkeit*', 'bezahlart*', 'bezahlen sie', 'maksaa voit', 'voit maksaa', 'maksuehdot', 'achats sur facture', 'payer', 'payez',
  'betaalmethode*', 'betaalmogelijkhe*', 'betaalwijze*', 'betalen', 'betaal', 'métodos de pago', 'formas de pago', 'forma de pago', 'pago', 'pagos', 'pagar', 'paga con', 'pagare', 'pagamento', 'pagamenti',
  'metodi di pagamento', 'métodos de pagamento', 'formas de pagamento', 'pague', 'aceitamos', 'aceptamos', 'accettiamo', 'metody płatności', 'formy płatności', 'płatność', 'płatności', 'zapłać', 'akceptujemy',
  'makseviis*', 'maksmine', 'maksta', 'tasumine', 'maksevõimalus*', 'aktsepteerime',
  // es, it, pl, no
  'medios de pago', 'modalità di pagamento', 'sposoby płatności', 'betalingsmåter', 'betalingsmåte',
  // sk, cs
  'platba', 'platby', 'platbu', 'platbou', 'spôsoby platby', 'spôsob platby', 'platobné metódy', 'platiť', 'zaplatiť', 'způsoby platby',
  'způsob platby', 'platební metody', 'platit', 'zaplatit', 'akceptujeme', 'prijímame', 'přijímáme',
  // ro (not a bare "plata": Spanish silver)
  'plată online', 'mod de plată', 'modalitate de plată', 'opțiuni de plată', 'plăți', 'plății', 'metode de plată', 'modalități de plată', 'plătește', 'plătiți', 'acceptăm',
  // hu
  'fizet*', 'fizess*', 'fizetési mód*', 'fizetési lehetőség*', 'elfogadunk', 'elfogadott',
  // fr, nl, sv
  'nous acceptons', 'wij accepteren', 'vi accepterar',
  // lv, lt
  'apmaksa', 'apmaksas veidi', 'maksājum*', 'samaksa', 'maksāt', 'norēķin*', 'pieņemam', 'apmokėjim*', 'mokėjim*', 'mokėti', 'atsiskaitym*', 'priimame',
  // nl: "afrekenen", and its split form "je rekent (gemakkelijk) af met"
  'afrekenen', 'afrekenen met', 'rekent af met', 'reken af met', 'rekent gemakkelijk af met', 'rekent eenvoudig af met', 'rekent veilig af met', 'rekent makkelijk af met',
] as const;

/** A heading or label over a row of payment logos ("Maksutavat", "Moyens de paiement", "We accept"). */
export const PAYMENT_HEADING = [
  'maksutavat', 'maksutapa', 'maksuvaihtoehdot', 'betalningssätt', 'betalningsmetoder', 'betalningsalternativ', 'payment methods', 'payment options', 'we accept', 'secure payment', 'secure payments',
  'zahlungsarten', 'zahlungsmethoden', 'zahlungsmöglichkeiten', 'bequem bezahlen', 'sicher bezahlen', 'betalingsmetoder', 'betalingsmuligheder', 'betalingsmåder', 'betalingsalternativer',
  'moyens de paiement', 'méthode de paiement', 'méthodes de paiement', 'modes de paiement', 'paiement sécurisé', 'metodi di pagamento',
  'bezahlmöglichkeiten', 'bezahlarten', 'betaalmethoden', 'betaalmogelijkheden', 'betaalwijzen', 'veilig betalen', 'métodos de pago', 'formas de pago', 'pago seguro', 'pagamenti sicuri', 'pagamento sicuro',
  'métodos de pagamento', 'formas de pagamento', 'pagamento seguro', 'metody płatności', 'formy płatności', 'bezpieczne płatności', 'makseviisid', 'maksevõimalused', 'turvaline maksmine',
  // en, es, it, pl, no
  'accepted payments', 'accepted payment methods', 'medios de pago', 'modalità di pagamento', 'sposoby płatności', 'betalingsmåter',
  // sk, cs, ro, hu
  'spôsoby platby', 'spôsob platby', 'možnosti platby', 'platobné metódy', 'bezpečná platba', 'způsoby platby', 'způsob platby', 'platební metody',
  'metode de plată', 'modalități de plată', 'plată securizată', 'plata securizată', 'fizetési módok', 'fizetési lehetőségek', 'biztonságos fizetés',
  'elfogadott kártyák',
  // fr
  'moyen de paiement', 'mode de paiement',
  // lv, lt
  'apmaksas veidi', 'maksājumu veidi', 'norēķinu veidi', 'apmaksas iespējas', 'maksājumu iespējas', 'droša apmaksa', 'drošs maksājums', 'apmokėjimo būdai', 'mokėjimo būdai',
  'atsiskaitymo būdai', 'mokėjimo galimybės', 'saugus apmokėjimas', 'saugūs mokėjimai',
] as const;

/** Class or id fragments of a container of payment logos ("site-footer__payment-icons", "payment-logos", "col payment"). */
export const PAYMENT_CONTAINER = /payment|zahlung|maksu|betal|betaal|paiement|pagamento|pago|platnosc|płatno|makse|platb|platob|platebn|fizetes|apmaks|maksajum|mokejim|pay-?icons|pay-?logos|card-?icons|credit-?cards/i;

/** Tokens of a logo file or icon class that say nothing about the method ("2024_footer_Visa_icon"). */
export const LOGO_NOISE = new Set([
  'logo', 'logos', 'icon', 'icons', 'ic', 'img', 'image', 'pi', 'svg', 'png', 'small', 'large', 'footer', 'payment', 'payments', 'method', 'card', 'cards',
  'white', 'black', 'color', 'colour', 'dark', 'light', 'mono', 'grey', 'gray', 'new', 'badge', 'mark', 'is', 'c', 'fa', 'fab', 'cc',
]);

/** Scripts of a payment method's own widget (a Klarna or PayPal button, an instalment message): the method is
 *  offered even when the page names it nowhere. Hosts and, where the host serves more, the path. */
export const PAYMENT_WIDGET_SCRIPTS: readonly { item: string; hosts: readonly string[]; path?: RegExp }[] = [
  { item: 'klarna', hosts: ['cdn.klarna.com', 'x.klarnacdn.net', 'js.klarna.com', 'klarnaservices.com', 'klarnacdn.net'] },
  { item: 'paypal', hosts: ['paypal.com'], path: /^\/sdk\/js/ },
  { item: 'paypal', hosts: ['paypalobjects.com'], path: /^\/api\/checkout/ },
  { item: 'afterpay', hosts: ['js.afterpay.com', 'static.afterpay.com', 'js.squarecdn.com'] },
  { item: 'affirm', hosts: ['cdn1.affirm.com'] },
  { item: 'amazonpay', hosts: ['static-na.payments-amazon.com', 'static-eu.payments-amazon.com'] },
  { item: 'applepay', hosts: ['applepay.cdn-apple.com'] },
];

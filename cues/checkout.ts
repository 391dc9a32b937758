// Purchase-path forms and product cards, by language (fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu, lv, lt): the words and
// path segments that tell a checkout, an order or an account signup from other forms, and a
// product page from other links. Read by the accessibility check's stage mapping.

/** Button and heading words of a checkout or order form. */
export const CHECKOUT = [
  'checkout', 'check out', 'proceed to checkout', 'place order', 'place your order', 'complete order', 'complete purchase', 'pay now', 'pay', 'confirm order', 'order now', 'shipping address', 'billing address', 'payment details', 'card number',
  'kassalle', 'siirry kassalle', 'kassa', 'maksa', 'maksa nyt', 'tilaa', 'tilaa nyt', 'vahvista tilaus', 'lähetä tilaus', 'toimitusosoite', 'laskutusosoite', 'maksutapa', 'kortin numero',
  'till kassan', 'betala', 'slutför köp', 'slutför beställning', 'beställ', 'leveransadress', 'kortnummer',
  'zur kasse', 'kasse', 'jetzt bezahlen', 'bezahlen', 'zahlungspflichtig bestellen', 'bestellung abschicken', 'lieferadresse', 'rechnungsadresse', 'kartennummer',
  'til kassen', 'gå til kassen', 'betal', 'betal nu', 'betal nå', 'bestil', 'bestill', 'leveringsadresse',
  'commander', 'passer la commande', 'valider la commande', 'payer', 'adresse de livraison', 'numéro de carte',
  // nl, es, it, pt, pl, et
  'afrekenen', 'bestelling plaatsen', 'betalen', 'bezorgadres', 'factuuradres', 'finalizar compra', 'tramitar pedido', 'realizar pedido', 'pagar',
  'dirección de envío', 'dirección de facturación', "procedi all'acquisto", "concludi l'ordine", 'paga ora', 'indirizzo di spedizione',
  'indirizzo di fatturazione', 'finalizar encomenda', 'morada de entrega', 'morada de faturação', 'endereço de entrega', 'do kasy', 'przejdź do kasy',
  'złóż zamówienie', 'zamawiam i płacę', 'zapłać', 'adres dostawy', 'kassasse', 'vormista tellimus', 'tarneaadress',
  // sk, cs, ro, hu
  'dokončiť objednávku', 'odoslať objednávku', 'zaplatiť', 'dokončit objednávku', 'odeslat objednávku', 'zaplatit', 'adresa doručenia',
  'fakturačná adresa', 'doručovací adresa', 'fakturační adresa', 'finalizează comanda', 'trimite comanda', 'plătește', 'adresa de livrare',
  'adresa de facturare', 'megrendelés elküldése', 'rendelés leadása', 'tovább a fizetéshez', 'szállítási cím', 'számlázási cím',
  // lv, lt
  'noformēt pasūtījumu', 'apstiprināt pasūtījumu', 'pasūtīt un apmaksāt', 'apmaksāt', 'piegādes adrese', 'norēķinu adrese', 'doties uz kasi',
  'pateikti užsakymą', 'patvirtinti užsakymą', 'užsakyti ir apmokėti', 'apmokėti', 'pristatymo adresas', 'pereiti prie apmokėjimo',
] as const;

/** Words of an account signup (not a login): register, create an account. */
export const ACCOUNT_SIGNUP = [
  'register', 'create account', 'create an account', 'sign up', 'join now',
  'rekisteröidy', 'luo tili', 'luo asiakastili', 'liity jäseneksi',
  'registrera', 'skapa konto', 'bli medlem', 'registrieren', 'konto erstellen', 'registrer', 'opret konto', 'opprett konto', 'créer un compte', "s'inscrire",
  // nl, es, it, pt, pl, et, sk, cs, ro, hu
  'registreren', 'account aanmaken', 'registrarse', 'crear cuenta', 'registrati', 'crea un account', 'criar conta', 'cadastre-se', 'zarejestruj się',
  'załóż konto', 'registreeru', 'loo konto', 'registrácia', 'zaregistrovať sa', 'vytvoriť účet', 'registrace', 'zaregistrovat se', 'vytvořit účet',
  'creează cont', 'înregistrează-te', 'regisztráció', 'fiók létrehozása',
  // lv, lt
  'reģistrēties', 'izveidot kontu', 'registruotis', 'sukurti paskyrą',
] as const;

/** Form attributes (id, class, name, action) of a cart, checkout, order or registration form. */
export const PURCHASE_FORM_ATTR = /checkout|cart|basket|order|payment|register|signup|sign-up|booking|reserv|kassa|tilaus|ostoskori|maksu|rekister|varaus|warenkorb|bestell|kasse|varukorg|bestall|panier|commande|kosik|kosar|objednavk|comanda|megrendel|grozs|pasutijum|krepsel|uzsakym/i;

/** Path segments of a product page ("/products/teapot", "/tuote/kahvi", "/p/123", "/dp/B00…"). */
export const PRODUCT_PATH = /(?:^|\/)(?:products?|tuotteet|tuote|produkt|produkte|produkter|produit|produits|producto|produkty|produse|produs|termek|termekek|produkti|preces|prece|produktai|prekes|preke|item|items|p|dp)\/[^/]/i;

/** Class or id words of a product card or product listing item. */
export const PRODUCT_CARD_ATTR = /product|tuote|produkt|produit/i;

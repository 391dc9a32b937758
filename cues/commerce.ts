// Shop cues by language (fi, sv, en, de, da, no, fr): cart, delivery, returns and prices.

export const ADD_TO_CART = [
  'lisää ostoskoriin', 'lisää koriin', 'osta nyt', 'add to cart', 'add to basket', 'add to bag', 'buy now',
  'lägg i varukorgen', 'lägg i kundvagnen', 'köp nu', 'in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen',
  'læg i kurven', 'læg i kurv', 'legg i handlekurven', 'kjøp nå', 'ajouter au panier',
] as const;

/** Phrases that name the cart or the checkout anywhere in a short link or button label ("Cart (0)", "Ostoskori"). */
export const CART = [
  'ostoskori*', 'kassalle', 'cart', 'shopping cart', 'shopping basket', 'shopping bag', 'my bag', 'view bag', 'my basket', 'your basket', 'view basket', 'varukorg*', 'kundvagn*',
  'warenkorb*', 'einkaufswagen', 'zur kasse', 'indkøbskurv', 'handlekurv*', 'mon panier', 'votre panier', 'voir le panier', 'voir mon panier',
] as const;

/** Words that name the cart only as the whole label ("Checkout", not "Checkout my Instagram"; "Basket", not "Easter basket ideas"). */
export const CART_LABEL = ['kori', 'kassa', 'checkout', 'basket', 'bag', 'kurv', 'panier'] as const;

/** Messages a mini-cart shows: "Your cart is empty", "Ostoskorisi on tyhjä", "0 items". */
export const CART_STATE = [
  'ostoskorisi on tyhjä', 'ostoskori on tyhjä', 'din varukorg är tom', 'varukorgen är tom', 'your cart is empty', 'your basket is empty',
  'your bag is empty', 'cart is empty', 'ihr warenkorb ist leer', 'dein warenkorb ist leer', 'warenkorb ist leer', 'keine artikel im warenkorb',
  'din indkøbskurv er tom', 'handlekurven din er tom', 'handlekurven er tom', 'votre panier est vide', 'zum warenkorb hinzugefügt', 'added to cart', 'added to your cart',
] as const;

/** Path segments of cart and checkout pages ("/fi/ostoskori", "/cart.php"). */
export const CART_PATH_SEGMENTS = ['cart', 'basket', 'checkout', 'ostoskori', 'kassa', 'warenkorb', 'varukorg', 'kurv', 'handlekurv', 'panier'] as const;

/** Whole-label links that start the order flow of a shop or a meal-kit ("Commander", "Order now"). */
export const ORDER_LINK = [
  'tilaa nyt', 'order now', 'order online', 'beställ', 'beställ nu', 'bestellen', 'jetzt bestellen', 'bestil', 'bestil nu', 'bestill', 'bestill nå', 'commander',
] as const;

/** Delivery: phrases that name shipping wherever they stand in a label or line. */
export const DELIVERY_PHRASE = [
  // fi ("toimitus" alone is also a newsroom: only compounds and phrases count)
  'toimitusaika', 'toimitusajat', 'toimitusaikataulu', 'toimituskulut', 'toimitusmaksu*', 'toimitustavat', 'toimitustapa', 'toimitusehdot', 'ilmainen toimitus', 'maksuton toimitus',
  'toimitus ja palautus*', 'toimitukset ja palautukset', 'toimitusvaihtoehdot', 'postikulut',
  // sv
  'leveranstid*', 'fri frakt', 'fraktfritt', 'fraktkostnad*', 'leveransvillkor', 'leveransinformation', 'frakt och leverans', 'leverans och retur*', 'frakt och retur*',
  // en
  'free shipping', 'free delivery', 'shipping rates', 'shipping costs', 'shipping cost', 'shipping info*', 'shipping policy', 'shipping & returns', 'shipping and returns',
  'delivery information', 'delivery info', 'delivery options', 'delivery times', 'delivery charges', 'delivery & returns', 'delivery and returns', 'available to ship', 'ships within',
  'shipping & delivery', 'shipping and delivery', 'delivery policy',
  // de
  'versandkosten*', 'versandkostenfrei', 'kostenloser versand', 'gratis versand', 'lieferzeit*', 'lieferkosten', 'lieferbedingungen', 'versandinformationen', 'zahlung & versand', 'zahlung und versand',
  'versand & lieferung', 'versand und lieferung', 'versand & zahlung', 'versand und zahlung', 'zustellung inklusive', 'kostenlose lieferung', 'versandfertig', 'lieferung in',
  // da, no
  'fri fragt', 'gratis fragt', 'fragtpriser', 'leveringstid*', 'gratis levering', 'fri levering', 'fraktpriser', 'leveringsinformasjon', 'levering og retur*', 'fragt og levering',
  // fr
  'livraison gratuite', 'livraison offerte', 'frais de livraison', 'délai de livraison', 'délais de livraison', 'livraison en', 'modes de livraison', 'livraison et retours',
] as const;

/** Delivery: words that are a whole link or button label on their own ("Versand", "Shipping"). */
export const DELIVERY_LABEL = [
  'toimitustiedot', 'frakt', 'leverans', 'shipping', 'delivery', 'versand', 'lieferung', 'levering', 'fragt', 'livraison',
] as const;

/** Path tokens of delivery pages ("/versand/", "/toimitus-ja-maksu", "/shipping-rates/"). */
export const DELIVERY_PATH_TOKENS = ['shipping', 'delivery', 'versand', 'versandkosten', 'lieferung', 'toimitusehdot', 'toimitustavat', 'toimitusajat', 'frakt', 'leverans', 'levering', 'fragt', 'livraison'] as const;

/** Returns: phrases that name returns, refunds or the right of withdrawal wherever they stand. */
export const RETURNS_PHRASE = [
  // fi
  'palautusoikeus', 'palautusehdot', 'palautusohjeet', 'palautuslomake', 'palautusaika', 'palautukset', 'vaihto- ja palautusoikeus', 'vaihto ja palautus',
  'ilmainen palautus', 'maksuton palautus', 'peruutusoikeus', 'rahat takaisin', 'palautamme rahat', 'hyvitykset', 'reklamaatiot ja hyvitykset',
  // sv
  'returrätt', 'returnera', 'öppet köp', 'ångerrätt', 'byte och retur', 'byten och returer', 'fri retur', 'fria returer', 'returpolicy',
  // en
  'return policy', 'returns policy', 'refund policy', 'money-back guarantee', 'money back guarantee', 'free returns', 'easy returns', 'returns & exchanges', 'returns and exchanges',
  'returns & refunds', 'returns and refunds', 'shipping & returns', 'shipping and returns', 'delivery & returns', 'delivery and returns', 'orders & returns', 'day returns', 'days to return',
  // de
  'rückgaberecht', 'rückgabebedingungen', 'rückgabe & umtausch', 'rückgabe und umtausch', 'kostenlose rückgabe', 'rückversand', 'rücksendung*', 'widerrufsrecht', 'widerrufsbelehrung',
  'widerrufsformular', 'umtauschrecht', 'umtauschgarantie', 'rückerstattung',
  // da, no
  'returret', 'returnering', 'fortrydelsesret', 'angrerett*', 'angrefrist', 'retur og bytte', 'bytte og retur', 'fri retur',
  // fr
  'retours gratuits', 'retour gratuit', 'politique de retour', 'droit de rétractation', 'satisfait ou remboursé', 'pour changer d’avis', "pour changer d'avis",
] as const;

/** Returns: words that name returns only as the whole label ("Returns", "Widerruf"; not a headline "Trump's tax returns"). */
export const RETURNS_LABEL = [
  'palautus', 'palautus ja vaihto', 'returns', 'refunds', 'retur', 'returer', 'rückgabe', 'umtausch', 'widerruf', 'retours', 'returns & refunds',
] as const;

/** Path tokens of returns pages. */
export const RETURNS_PATH_TOKENS = ['returns', 'refund', 'refunds', 'palautus', 'palautukset', 'retur', 'returer', 'ruckgabe', 'rueckgabe', 'widerruf', 'widerrufsbelehrung', 'widerrufsrecht', 'angrerett', 'fortrydelsesret', 'retours'] as const;

/** Pricing: phrases of links to a price list or plans page. */
export const PRICING_LINK = [
  'hinnasto', 'hinnat ja paketit', 'hinnasto ja varaus', 'prislista', 'price list', 'plans & pricing', 'plans and pricing', 'pricing plans', 'our prices', 'see pricing', 'view pricing',
  'preisliste', 'unsere preise', 'preise & leistungen', 'preise und leistungen', 'prisliste', 'nos prix', 'nos tarifs', 'grille tarifaire',
] as const;

/** Pricing: words that lead to prices only as the whole label ("Hinnat", "Pricing"; not a headline "Oil prices rise"). */
export const PRICING_LABEL = ['hinnat', 'hinnoittelu', 'priser', 'pricing', 'prices', 'preise', 'tarifs', 'prix'] as const;

/** Path tokens of price-list pages ("/hinnasto", "/pricing", "/preise"). */
export const PRICING_PATH_TOKENS = ['pricing', 'prices', 'hinnasto', 'hinnat', 'priser', 'prislista', 'preise', 'preisliste', 'prisliste', 'tarifs'] as const;

/** Whole-label links to the site's own buy page, which states the price ("Buy now" → /buy/). */
export const BUY_LINK = ['buy now', 'buy', 'buy online', 'osta', 'osta nyt', 'köp', 'köp nu', 'kaufen', 'jetzt kaufen', 'kjøp', 'kjøp nå', 'køb', 'køb nu', 'acheter', 'acheter maintenant'] as const;

/** Currency signs and codes written before an amount ("€12.90", "kr 199", "CHF 20.–"). */
export const CURRENCY_BEFORE = ['€', '$', '£', 'eur', 'usd', 'gbp', 'chf', 'sek', 'nok', 'dkk', 'kr', 'kr.'] as const;

/** Currency signs and words written after an amount ("12,90 €", "120 CHF", "199:-", "45 euroa"). */
export const CURRENCY_AFTER = ['€', 'eur', 'euro', 'euroa', 'usd', 'chf', 'sek', 'nok', 'dkk', 'kr', 'kr.', ':-', ',-'] as const;

/** Words near an amount that make it the site's own price. */
export const PRICE_CONTEXT = [
  'hinta', 'hinnat', 'alk.', 'alkaen', 'alv', 'pris', 'från', 'moms', 'price', 'prices', 'from', 'per', 'only', 'now', 'was', 'sale', 'retail', 'our price', 'vat',
  'preis', 'ab', 'statt', 'jetzt', 'inkl', 'inkl.', 'zzgl', 'zzgl.', 'mwst', 'ust', 'fra', 'prix', 'à partir de', 'seulement',
] as const;

/** Amounts that are no offer of the site: promo credits, costs per recipe serving, donations. */
export const NOT_PRICE = [
  'per serving', 'a serving', 'per recipe', 'donate', 'donation', 'donations', 'newsletter', 'uutiskirje', 'nyhetsbrev', 'nyhedsbrev', 'gutschein', 'voucher', 'coupon', 'off your first',
] as const;

/** Units after an amount that make it a price ("45 €/h", "9,90 €/kk", "$12/month", "3 € / kpl"). */
export const PRICE_UNITS = ['h', 'tunti', 'kk', 'kuukausi', 'vuosi', 'kpl', 'hlö', 'henkilö', 'st', 'stk', 'stück', 'mån', 'månad', 'år', 'md', 'måned', 'pcs', 'pc', 'hour', 'hr', 'month', 'mo', 'year', 'yr', 'person', 'night', 'yö', 'natt', 'nacht', 'nuit', 'mois', 'an'] as const;

/** JSON-LD and Open Graph types of an editorial page, where prices may be those of tested third-party products. */
export const EDITORIAL_TYPES = ['Article', 'NewsArticle', 'BlogPosting', 'Review', 'TechArticle', 'Report'] as const;

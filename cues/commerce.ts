// Shop cues by language (fi, sv, en, de, da, no, fr, nl, es, it, pt, pl, et, sk, cs, ro, hu, lv, lt): cart, delivery, returns and prices.

export const ADD_TO_CART = [
  'lisää ostoskoriin', 'lisää koriin', 'osta nyt', 'add to cart', 'add to basket', 'add to bag', 'buy now',
  'lägg i varukorgen', 'lägg i kundvagnen', 'köp nu', 'in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen',
  'læg i kurven', 'læg i kurv', 'legg i handlekurven', 'kjøp nå', 'ajouter au panier',
  'in winkelwagen', 'in de winkelwagen', 'toevoegen aan winkelwagen', 'in mijn winkelmand', 'añadir al carrito', 'agregar al carrito', 'añadir a la cesta',
  'aggiungi al carrello', 'adicionar ao carrinho', 'adicionar ao cesto', 'dodaj do koszyka', 'lisa ostukorvi', 'lisa korvi',
  // en, fr, es, it, pt, nl, pl, da, no: other wordings
  'add to trolley', 'ajouter à mon panier', 'añadir al carro', 'metti nel carrello', 'adicionar ao saco', 'in winkelmandje',
  'toevoegen aan winkelmandje', 'in het winkelmandje', 'do koszyka', 'tilføj til kurv', 'legg i handlekurv',
  // sk, cs
  'pridať do košíka', 'vložiť do košíka', 'do košíka', 'přidat do košíku', 'vložit do košíku', 'do košíku',
  // ro
  'adaugă în coș', 'adaugă în coșul', 'adaugă în coşul meu', 'adaugă în coșul de cumpărături', 'cumpără acum',
  // hu
  'kosárba', 'kosárba teszem', 'a kosárba', 'kosárba rakom', 'kosárhoz ad', 'megveszem',
  // lv, lt
  'pievienot grozam', 'pievienot grozā', 'ielikt grozā', 'likt grozā', 'pirkt tagad', 'į krepšelį', 'įdėti į krepšelį',
  'pridėti į krepšelį', 'dėti į krepšelį', 'pirkti dabar',
] as const;

/** Phrases that name the cart or the checkout anywhere in a short link or button label ("Cart (0)", "Ostoskori"). */
export const CART = [
  'ostoskori*', 'kassalle', 'cart', 'my trolley', 'your trolley', 'view trolley', 'shopping cart', 'shopping basket', 'shopping bag', 'my bag', 'view bag', 'my basket', 'your basket', 'view basket', 'varukorg*', 'kundvagn*',
  'warenkorb*', 'einkaufswagen', 'zur kasse', 'indkøbskurv', 'handlekurv*', 'mon panier', 'votre panier', 'voir le panier', 'voir mon panier',
  'winkelwagen*', 'winkelmand*', 'carrito', 'mi carrito', 'cesta de la compra', 'carrello', 'il mio carrello', 'carrinho', 'carrinho de compras', 'cesto de compras', 'koszyk*', 'ostukorv*',
  // sk, cs (not a bare "košík" or "kosár" in a label: a gift basket is one)
  'nákupný košík', 'môj košík', 'váš košík', 'nákupní košík', 'můj košík',
  // ro
  'coșul meu', 'coșul tău', 'coș de cumpărături', 'coșul de cumpărături', 'vezi coșul',
  // hu
  'kosaram', 'a kosaram', 'kosár tartalma', 'bevásárlókosár', 'kosár megtekintése', 'tovább a pénztárhoz',
  // es, pt: the shopping bag
  'mi bolsa', 'ver bolsa', 'minha sacola', 'a minha sacola',
  // lv, lt (not a bare "grozs" or "krepšelis" in a label: a gift basket is one)
  'iepirkumu groz*', 'mans grozs', 'jūsu grozs', 'tavs grozs', 'skatīt grozu', 'apskatīt grozu', 'doties uz kasi', 'pirkinių krepšel*',
  'prekių krepšel*', 'mano krepšelis', 'jūsų krepšelis', 'tavo krepšelis', 'peržiūrėti krepšelį', 'eiti į krepšelį',
] as const;

/** Words that name the cart only as the whole label ("Checkout", not "Checkout my Instagram"; "Basket", not "Easter basket ideas"). */
export const CART_LABEL = ['kori', 'kassa', 'checkout', 'basket', 'bag', 'kurv', 'panier', 'cesta', 'cesto', 'kassasse', 'caja',
  // sk, cs, ro, hu
  'košík', 'coș', 'coșul', 'kosár',
  // lv, lt
  'grozs', 'krepšelis',
] as const;

/** Messages a mini-cart shows: "Your cart is empty", "Ostoskorisi on tyhjä", "0 items". */
export const CART_STATE = [
  'ostoskorisi on tyhjä', 'ostoskori on tyhjä', 'din varukorg är tom', 'varukorgen är tom', 'your cart is empty', 'your basket is empty',
  'your bag is empty', 'cart is empty', 'ihr warenkorb ist leer', 'dein warenkorb ist leer', 'warenkorb ist leer', 'keine artikel im warenkorb',
  'din indkøbskurv er tom', 'handlekurven din er tom', 'handlekurven er tom', 'votre panier est vide', 'zum warenkorb hinzugefügt', 'added to cart', 'added to your cart',
  'winkelwagen is leeg', 'winkelmand is leeg', 'carrito está vacío', 'cesta está vacía', 'carrello è vuoto', 'carrello vuoto', 'carrinho está vazio', 'carrinho vazio', 'koszyk jest pusty', 'ostukorv on tühi',
  // da, no, sv
  'kurven er tom', 'din kurv er tom',
  // sk, cs
  'košík je prázdny', 'váš košík je prázdny', 'košík je prázdný', 'váš košík je prázdný', 'v košíku nemáte žiadny tovar',
  'v košíku nemáte žádné zboží', 'pridané do košíka', 'přidáno do košíku',
  // ro
  'coșul tău este gol', 'coșul este gol', 'coșul de cumpărături este gol', 'coșul dvs. este gol', 'adăugat în coș',
  // hu
  'a kosár üres', 'a kosarad üres', 'az ön kosara üres', 'kosara üres', 'kosár üres', 'a kosárba került',
  // lv, lt
  'grozs ir tukšs', 'jūsu grozs ir tukšs', 'tavs grozs ir tukšs', 'iepirkumu grozs ir tukšs', 'pievienots grozam', 'prece pievienota grozam',
  'grozā nav preču', 'krepšelis tuščias', 'jūsų krepšelis tuščias', 'krepšelis yra tuščias', 'jūsų krepšelis yra tuščias',
  'prekių krepšelis tuščias', 'prekė įdėta į krepšelį', 'pridėta į krepšelį',
] as const;

/** Path segments of cart and checkout pages ("/fi/ostoskori", "/cart.php"). */
export const CART_PATH_SEGMENTS = ['cart', 'basket', 'trolley', 'checkout', 'ostoskori', 'kassa', 'warenkorb', 'varukorg', 'kurv', 'handlekurv', 'panier', 'winkelwagen', 'winkelmand', 'carrito', 'carrello', 'carrinho', 'koszyk', 'ostukorv',
  // the inflected forms of add-to-cart paths ("/lisa-ostukorvi/", "/lisaa-ostoskoriin/")
  'ostukorvi', 'ostoskoriin', 'varukorgen', 'handlekurven',
  // sk, cs, ro, hu
  'kosik', 'kosar', 'cos', 'cosul-meu', 'cos-de-cumparaturi',
  // lv, lt
  'grozs', 'iepirkumu-grozs', 'krepselis', 'pirkiniu-krepselis',
] as const;

/** Class or id words of a header cart control that shows only an icon and a count ("header__cart", "minicart-link"). */
export const CART_CLASS_WORDS = ['cart', 'minicart', 'mini-cart', 'basket', 'trolley', 'ostoskori', 'warenkorb', 'varukorg', 'kundvagn', 'panier', 'handlekurv', 'kurv', 'winkelwagen', 'winkelmand', 'carrito', 'carrello', 'carrinho', 'koszyk', 'ostukorv',
  // sk, cs, hu
  'kosik', 'kosar',
  // lv, lt
  'grozs', 'krepselis',
] as const;

/** Whole-label links that start the order flow of a shop or a meal-kit ("Commander", "Order now"). */
export const ORDER_LINK = [
  'tilaa nyt', 'order now', 'order online', 'online ordering', 'handla online', 'e-handla', 'online bestellen', 'bestil online', 'bestill online', 'beställ online', 'tilaa verkosta', 'tilaa netistä', 'beställ', 'beställ nu', 'bestellen', 'jetzt bestellen', 'bestil', 'bestil nu', 'bestill', 'bestill nå', 'commander',
  'bestel', 'bestel nu', 'nu bestellen', 'pedir', 'pedir ahora', 'ordina', 'ordina ora', 'encomendar', 'encomendar agora', 'zamów', 'zamów teraz', 'telli', 'telli kohe',
  // sk, cs, ro, hu (not a bare "objednat", a clinic's appointment, nor "rendelés", a doctor's surgery hours)
  'objednať teraz', 'objednať online', 'objednat nyní', 'objednat online', 'comandă', 'comandă acum', 'comandă online', 'megrendelés',
  'rendeljen most', 'rendelj most', 'online rendelés',
  // sk, cs, ro
  'online objednávka', 'objednávka online',
  // lv, lt (not a bare "pasūtīt" or "užsakyti": a call or a visit is ordered too)
  'pasūtīt tiešsaistē', 'pasūtīt tagad', 'pasūti tagad', 'pasūtīt online', 'užsakyti internetu', 'užsakyti dabar', 'užsisakyk dabar',
  'užsakyti online',
] as const;

/** Delivery: phrases that name shipping wherever they stand in a label or line. */
export const DELIVERY_PHRASE = [
  // fi ("toimitus" alone is also a newsroom: only compounds and phrases count)
  'toimitusaika', 'toimitusajat', 'toimitusaikataulu', 'toimituskulut', 'toimitusmaksu*', 'toimitustavat', 'toimitustapa', 'toimitusehdot', 'ilmainen toimitus', 'maksuton toimitus',
  'toimitus ja palautus*', 'toimitukset ja palautukset', 'toimitusvaihtoehdot', 'postikulut', 'kotiinkuljetus', 'nouto myymälästä',
  'pakettiautomaat*', 'postituslisä', 'postitusmaksu*', 'postituskulu*', 'toimituslisä',
  // sv
  'leveranstid*', 'fri frakt', 'fraktfritt', 'fraktkostnad*', 'leveransvillkor', 'leveransinformation', 'frakt och leverans', 'leverans och retur*', 'frakt och retur*', 'hemleverans', 'hämta i butik',
  // en
  'free shipping', 'free delivery', 'shipping rates', 'shipping costs', 'shipping cost', 'shipping info*', 'shipping policy', 'shipping & returns', 'shipping and returns',
  'delivery information', 'delivery info', 'delivery options', 'delivery times', 'delivery charges', 'delivery & returns', 'delivery and returns', 'available to ship', 'ships within',
  'shipping & delivery', 'shipping and delivery', 'delivery policy', 'home delivery', 'click & collect', 'click and collect', 'delivered within', 'delivery within',
  // de
  'versandkosten*', 'versandkostenfrei', 'kostenloser versand', 'gratis versand', 'lieferzeit*', 'lieferkosten', 'lieferbedingungen', 'versandinformationen', 'zahlung & versand', 'zahlung und versand',
  'versand & lieferung', 'versand und lieferung', 'versand & zahlung', 'versand und zahlung', 'zustellung inklusive', 'kostenlose lieferung', 'versandfertig', 'lieferung in',
  'lieferung nach hause', 'abholung im markt', 'lieferbar in', 'lieferung innerhalb', 'liefergebühr*', 'am selben tag liefern', 'lieferung am selben tag', 'same-day delivery', 'same day delivery',
  // da, no
  'fri fragt', 'gratis fragt', 'fragtpriser', 'leveringstid*', 'gratis levering', 'fri levering', 'fraktpriser', 'leveringsinformasjon', 'levering og retur*', 'fragt og levering',
  'hjemlevering', 'hent i butikken', 'hent i butik', 'levering på døren',
  // fr
  'livraison gratuite', 'livraison offerte', 'frais de livraison', 'expédié sous', 'expédiés sous', 'expédition sous', 'expédition en', 'livraison suivie', 'délai de livraison', 'délais de livraison', 'livraison en', 'modes de livraison', 'livraison et retours',
  'livraison à domicile', 'retrait en magasin', 'livré sous', 'livraison sous',
  // nl
  'gratis verzending', 'gratis verzonden', 'gratis bezorging', 'gratis bezorgd', 'verzendkosten', 'bezorgkosten', 'levertijd', 'bezorgtijd*', 'verzending en levering', 'verzenden en retourneren',
  'bezorging en retour*', 'verzending en retour*', 'verzendinformatie', 'bezorgopties', 'thuisbezorgd', 'afhalen in de winkel', 'morgen in huis',
  // es
  'envío gratis', 'envío gratuito', 'envíos gratis', 'gastos de envío', 'costes de envío', 'plazo de entrega', 'plazos de entrega', 'envíos y devoluciones', 'envío y devoluciones',
  'información de envío', 'métodos de envío', 'formas de envío', 'despacho a domicilio', 'envío a domicilio', 'entrega a domicilio', 'retiro en tienda', 'recogida en tienda',
  'seguimiento de tu despacho', 'costo de despacho', 'despacho gratis',
  // it
  'spedizione gratuita', 'spedizioni gratuite', 'spese di spedizione', 'costi di spedizione', 'tempi di consegna', 'spedizioni e resi', 'spedizione e resi', 'consegna gratuita',
  'modalità di spedizione', 'spedizione e consegna', 'consegna a domicilio', 'ritiro in negozio', 'consegna in',
  // pt
  'envio grátis', 'envio gratuito', 'portes grátis', 'portes gratuitos', 'portes de envio', 'custos de envio', 'prazo de entrega', 'prazos de entrega', 'envios e devoluções',
  'entrega grátis', 'entrega gratuita', 'frete grátis', 'informações de envio', 'modos de envio', 'envio ao domicílio', 'entrega ao domicílio', 'entrega até',
  'recolha em loja', 'levantamento em loja', 'envios grátis', 'portes grátis',
  // pl
  'darmowa dostawa', 'darmowa wysyłka', 'koszty dostawy', 'koszt dostawy', 'koszty wysyłki', 'koszt wysyłki', 'czas dostawy', 'czas wysyłki', 'dostawa i płatność', 'dostawa i płatności',
  'wysyłka i zwroty', 'dostawa i zwroty', 'formy dostawy', 'sposoby dostawy', 'metody dostawy', 'dostawa do domu', 'odbiór w sklepie', 'odbiór osobisty', 'wysyłka w',
  // et
  'tasuta tarne', 'tasuta transport', 'tasuta kohaletoimetamine', 'tarneaeg', 'tarneajad', 'tarneinfo', 'tarnetingimused', 'tarneviisid', 'tarnehind', 'tarne hind', 'tarne ja tagastus', 'transpordi hind',
  'kulleriga koju', 'kauplusest järele', 'kohaletoimetamine', 'kojuvedu',
  // en
  'postage & packing', 'postage and packing', 'postage & packaging', 'delivery costs', 'shipping & handling', 'shipping and handling',
  'shipping methods', 'shipping times', 'delivery & collection',
  // de
  'versandarten', 'lieferinformationen', 'versandbedingungen', 'liefergebiet', 'versand & rückgabe', 'versand und rückgabe',
  // fr
  'frais de port', 'frais d’envoi', "frais d'envoi", 'modes d’expédition', "modes d'expédition", 'délais d’expédition', "délais d'expédition",
  'livraison & retours', 'expédition et livraison',
  // es, it, pt
  'envío y entrega', 'plazos de envío', 'costos de envío', 'tempi di spedizione', 'metodi di spedizione', 'costi di consegna', 'métodos de envio',
  'formas de envio', 'custos de entrega', 'prazos de envio', 'envio e entrega',
  // nl, pl
  'verzendmethoden', 'bezorginformatie', 'levertijden', 'verzending & retour*', 'bezorging & retour*', 'formy wysyłki', 'sposoby wysyłki',
  'wysyłka i płatność', 'dostawa i zwrot',
  // sv, da, no, fi
  'fraktinformation', 'leveransalternativ', 'leveranssätt', 'fraktsätt', 'frakt & leverans', 'leverans & retur*', 'frakt & retur*',
  'levering og fragt', 'levering & retur*', 'frakt og levering', 'leveringsbetingelser', 'toimitus ja maksu*', 'toimitusinfo', 'toimitus & palautus*',
  // sk
  'doprava a platba', 'doprava zadarmo', 'doprava zdarma', 'poštovné', 'poštovné zadarmo', 'spôsoby dopravy', 'spôsob dopravy', 'spôsoby doručenia',
  'spôsob doručenia', 'dodacia lehota', 'dodacie podmienky', 'možnosti doručenia', 'doručenie zadarmo', 'cena dopravy', 'informácie o doprave',
  'doprava a doručenie',
  // cs
  'způsoby dopravy', 'způsob dopravy', 'způsoby doručení', 'způsob doručení', 'dodací lhůta', 'dodací podmínky', 'možnosti doručení',
  'doručení zdarma', 'doprava a doručení', 'doprava a dodání', 'informace o dopravě',
  // ro
  'livrare gratuită', 'transport gratuit', 'costuri de livrare', 'cost livrare', 'costul livrării', 'taxe de livrare', 'taxa de livrare',
  'termen de livrare', 'termene de livrare', 'metode de livrare', 'modalități de livrare', 'informații livrare', 'informații despre livrare',
  'livrare și retur', 'livrare și plată', 'livrare și returnare', 'politica de livrare', 'livrare la domiciliu',
  // hu
  'ingyenes szállítás', 'ingyenes kiszállítás', 'szállítási díj*', 'szállítási költség*', 'szállítási idő*', 'szállítási információ*',
  'szállítási mód*', 'szállítási feltétel*', 'szállítás és fizetés', 'fizetés és szállítás', 'szállítás és visszaküldés', 'házhozszállítás',
  'kiszállítási díj*', 'kiszállítási idő*',
  // sk, cs: a restaurant's delivery ("rozvoz", "dovoz")
  'rozvoz jedál', 'rozvoz jídel', 'rozvoz zadarmo', 'rozvoz zdarma', 'dovoz zadarmo', 'dovoz zdarma', 'donáška zadarmo', 'donáška zdarma',
  // lv (not a bare "piegādes": a supply chain too)
  'bezmaksas piegāde', 'piegāde bez maksas', 'piegādes izmaks*', 'piegādes maks*', 'piegādes cen*', 'piegādes laik*', 'piegādes termiņ*',
  'piegādes noteikum*', 'piegādes veid*', 'piegādes iespēj*', 'piegādes informācij*', 'piegāde un apmaksa', 'apmaksa un piegāde',
  'piegāde un atgriešana', 'piegāde uz mājām', 'piegāde mājās', 'saņemšana veikalā', 'ēdiena piegāde', 'bezmaksas piegādi',
  // lt
  'nemokamas pristatymas', 'pristatymas nemokamai', 'nemokamai pristatome', 'pristatymo kain*', 'pristatymo išlaid*', 'pristatymo laik*',
  'pristatymo termin*', 'pristatymo sąlyg*', 'pristatymo būd*', 'pristatymo informacij*', 'pristatymas ir apmokėjimas', 'apmokėjimas ir pristatymas',
  'pristatymas ir grąžinimas', 'pristatymas į namus', 'prekių pristatymas', 'maisto pristatymas', 'atsiėmimas parduotuvėje', 'nemokamas siuntimas',
  'siuntimo kain*', 'siuntimo išlaid*',
] as const;

/** Delivery: words that are a whole link or button label on their own ("Versand", "Shipping"). */
export const DELIVERY_LABEL = [
  'toimitustiedot', 'frakt', 'leverans', 'shipping', 'delivery', 'versand', 'lieferung', 'levering', 'fragt', 'livraison',
  'verzending', 'verzenden', 'bezorging', 'bezorgen', 'envío', 'envíos', 'envio', 'envios', 'entrega', 'entregas', 'spedizione', 'spedizioni', 'consegna', 'dostawa', 'wysyłka', 'tarne', 'kohaletoimetamine',
  // fr, da, no, pt; sk, cs, ro, hu (not a bare "doprava" or "transport": a town's traffic page)
  'expédition', 'forsendelse', 'frete', 'doručenie', 'doručení', 'poštovné', 'livrare', 'livrarea', 'szállítás', 'kiszállítás',
  // sk, cs
  'rozvoz', 'donáška',
  // lv, lt ("Pristatymas" alone is a shop's delivery page; a company presentation says whose)
  'piegāde', 'pristatymas', 'siuntimas',
] as const;

/** Path tokens of delivery pages ("/versand/", "/toimitus-ja-maksu", "/shipping-rates/"). */
export const DELIVERY_PATH_TOKENS = [
  'shipping', 'delivery', 'versand', 'versandkosten', 'lieferung', 'lieferservice', 'toimitusehdot', 'toimitustavat', 'toimitusajat', 'frakt', 'leverans', 'levering', 'fragt', 'livraison',
  'verzending', 'verzenden', 'bezorging', 'verzendkosten', 'envio', 'envios', 'spedizione', 'spedizioni', 'consegna', 'entrega', 'entregas', 'portes', 'dostawa', 'wysylka', 'tarne', 'tarneinfo', 'tarnetingimused',
  'despacho', 'despachos', 'lieferbedingungen', 'versandinformationen', 'dostawy', 'levering', 'leveranse',
  // sk, cs, ro, hu, da, no
  'dorucenie', 'doruceni', 'postovne', 'livrare', 'szallitas', 'kiszallitas', 'forsendelse', 'frete',
  // sk, cs
  'rozvoz',
  // lv, lt
  'piegade', 'siuntimas',
] as const;

/** Returns: phrases that name returns, refunds or the right of withdrawal wherever they stand. */
export const RETURNS_PHRASE = [
  // fi
  'palautusoikeus', 'palautusehdot', 'palautusohjeet', 'palautuslomake', 'palautusaika', 'palautukset', 'vaihto- ja palautusoikeus', 'vaihto ja palautus',
  'ilmainen palautus', 'maksuton palautus', 'peruutusoikeus', 'rahat takaisin', 'palautamme rahat', 'hyvitykset', 'reklamaatiot ja hyvitykset',
  // sv
  'returrätt', 'returnera', 'öppet köp', 'åpent kjøp', 'åbent køb', 'ångerrätt', 'byte och retur', 'byten och returer', 'fri retur', 'fria returer', 'returpolicy',
  // en
  'return policy', 'returns policy', 'refund policy', 'money-back guarantee', 'money back guarantee', 'free returns', 'easy returns', 'returns & exchanges', 'returns and exchanges',
  'returns & refunds', 'returns and refunds', 'shipping & returns', 'shipping and returns', 'delivery & returns', 'delivery and returns', 'orders & returns', 'day returns', 'days to return',
  // de
  'rückgaberecht', 'rückgabebedingungen', 'rückgabe & umtausch', 'rückgabe und umtausch', 'kostenlose rückgabe', 'rückversand', 'rücksendung*', 'widerrufsrecht', 'widerrufsbelehrung',
  'widerrufsformular', 'umtauschrecht', 'umtauschgarantie', 'rückerstattung', 'rückgabegarantie', 'tage rückgabe*', 'tage rückgaberecht',
  // da, no
  'returret', 'returnering', 'fortrydelsesret', 'angrerett*', 'angrefrist', 'retur og bytte', 'bytte og retur', 'fri retur',
  // fr
  'retours gratuits', 'retour gratuit', 'livraison et retour*', 'livraison & retour*', 'politique de retour', 'droit de rétractation', 'rétractation sous', 'délai de rétractation', 'retour facile', 'satisfait ou remboursé', 'pour changer d’avis', "pour changer d'avis",
  // nl
  'retourneren', 'gratis retourneren', 'gratis retour', 'retourbeleid', 'retourvoorwaarden', 'herroepingsrecht', 'ruilen en retourneren', 'retouren',
  // es
  'devoluciones', 'política de devoluciones', 'devolución gratuita', 'devoluciones gratuitas', 'derecho de desistimiento', 'cambios y devoluciones', 'devolución', 'días para devolver',
  // it
  'reso gratuito', 'resi gratuiti', 'politica di reso', 'diritto di recesso', 'resi e rimborsi', 'resi e cambi', 'cambi e resi', 'giorni per il reso', 'reso entro',
  // pt
  'devoluções', 'política de devolução', 'devolução gratuita', 'devoluções gratuitas', 'direito de livre resolução', 'trocas e devoluções', 'direito de arrependimento', 'devolução',
  // pl
  'zwroty', 'zwrot towaru', 'darmowy zwrot', 'darmowe zwroty', 'polityka zwrotów', 'prawo odstąpienia', 'odstąpienie od umowy', 'zwroty i reklamacje', 'dni na zwrot', 'zwrot do', 'prawo do zwrotu',
  // et
  'tagastamine', 'tagastusõigus', 'taganemisõigus', 'tasuta tagastus', 'tagastustingimused', 'tagastus*', 'päeva tagastus*', 'raha tagasi', 'raha tagastamine',
  // en
  'exchanges & returns', 'exchanges and returns', 'returns information', 'how to return', 'return an item', 'right of withdrawal',
  'returns & exchange',
  // de
  'retoure*', 'kostenlose retoure', 'retouren & umtausch', 'rücksendungen',
  // fr, es, it, pt
  'retours et remboursements', 'retour et échange', 'échanges et retours', 'retours & échanges', 'retours et échanges', 'devoluciones y cambios',
  'reso e rimborso', 'resi & rimborsi', 'devoluções e trocas',
  // nl, pl, sv, da, no, fi
  'retourinformatie', 'ruilen & retourneren', 'zwroty i wymiana', 'reklamacje i zwroty', 'zwrot i reklamacja', 'byten & returer', 'returinformation',
  'returpolitik', 'returrett', 'vaihdot ja palautukset',
  // sk
  'vrátenie tovaru', 'vrátenie peňazí', 'odstúpenie od zmluvy', 'výmena a vrátenie', 'vrátenie a výmena', 'vrátenie zadarmo', 'dní na vrátenie',
  'reklamácie a vrátenie', 'vrátenie a reklamácie',
  // cs
  'vrácení zboží', 'vrácení peněz', 'odstoupení od smlouvy', 'výměna a vrácení', 'vrácení a výměna', 'vrácení zdarma', 'dní na vrácení',
  'reklamace a vrácení', 'vrácení a reklamace',
  // ro
  'politica de retur', 'retur gratuit', 'returnare*', 'retururi', 'returnări', 'dreptul de retur', 'drept de retur', 'dreptul de retragere',
  'retragere din contract', 'zile de retur', 'zile pentru retur', 'formular de retur', 'retur și schimb', 'schimb și retur', 'retur produse',
  // hu
  'visszaküld*', 'termékvisszaküldés', 'elállási jog', 'elállás', 'elállási nyilatkozat', 'pénzvisszafizetés*', 'pénz-visszafizetési garancia',
  'csere és visszaküldés', 'termékcsere',
  // lv, lt
  'preču atgriešan*', 'preces atgriešan*', 'atgriešanas politik*', 'atgriešanas noteikum*', 'atgriešanas kārtīb*', 'atteikuma tiesīb*',
  'naudas atmaks*', 'atgriešana un apmaiņa', 'apmaiņa un atgriešana', 'bezmaksas atgriešana', 'preču apmaiņa', 'prekių grąžinim*',
  'prekės grąžinim*', 'grąžinimo politik*', 'grąžinimo sąlyg*', 'grąžinimo taisykl*', 'grąžinimo tvark*', 'grąžinimas ir keitimas',
  'keitimas ir grąžinimas', 'nemokamas grąžinimas', 'pinigų grąžinim*', 'teisė atsisakyti sutarties', 'sutarties atsisakym*', 'prekių keitimas',
] as const;

/** Returns: words that name returns only as the whole label ("Returns", "Widerruf"; not a headline "Trump's tax returns"). */
export const RETURNS_LABEL = [
  'palautus', 'palautus ja vaihto', 'returns', 'refunds', 'retur', 'returer', 'rückgabe', 'umtausch', 'widerruf', 'retours', 'returns & refunds',
  'resi', 'reso', 'zwrot', 'tagastus',
  // de, en, nl, pt, es; sk, cs, ro, hu
  'retouren', 'retoure', 'exchanges', 'ruilen', 'trocas', 'cambios', 'vrátenie', 'vrácení', 'returnare', 'visszaküldés',
  // lv, lt
  'atgriešana', 'grąžinimas', 'grąžinimai',
] as const;

/** Path tokens of returns pages. */
export const RETURNS_PATH_TOKENS = [
  'returns', 'refund', 'refunds', 'palautus', 'palautukset', 'retur', 'returer', 'ruckgabe', 'rueckgabe', 'widerruf', 'widerrufsbelehrung', 'widerrufsrecht', 'angrerett', 'fortrydelsesret', 'retours',
  'retourneren', 'retouren', 'devoluciones', 'devolucion', 'resi', 'reso', 'devolucoes', 'devolucao', 'zwroty', 'zwrot', 'tagastamine', 'tagastus',
  // de, sk, cs, ro, hu
  'retoure', 'vratenie', 'vraceni', 'returnare', 'retururi', 'visszakuldes', 'elallas', 'odstupenie', 'odstoupeni',
  // lv, lt
  'atgriesana', 'grazinimas', 'grazinimai',
] as const;

/** Pricing: phrases of links to a price list or plans page. */
export const PRICING_LINK = [
  'hinnasto', 'hinnat ja paketit', 'hinnasto ja varaus', 'prislista', 'price list', 'plans & pricing', 'plans and pricing', 'pricing plans', 'our prices', 'see pricing', 'view pricing', 'our plans', 'see plans', 'view plans', 'compare plans',
  'preisliste', 'unsere preise', 'preise & leistungen', 'preise und leistungen', 'prisliste', 'nos prix', 'nos tarifs', 'grille tarifaire',
  'prijslijst', 'onze prijzen', 'tarieven', 'lista de precios', 'nuestros precios', 'listino prezzi', 'listino', 'i nostri prezzi', 'preçário', 'tabela de preços', 'os nossos preços',
  'cennik', 'hinnakiri', 'meie hinnad',
  // A publisher's media kit: its advertising prices.
  'mediatiedot', 'mediakortti', 'mediadaten', 'media kit', 'mediakit', 'mediekort', 'mediakort', 'mediedata', 'tarifs publicitaires', 'cennik reklam',
  // de; sk, cs, ro, hu
  'preisübersicht', 'cenník', 'ceník', 'naše ceny', 'listă de prețuri', 'lista de prețuri', 'prețurile noastre', 'árlista', 'áraink', 'díjszabás',
  'díjaink',
  // lv, lt
  'cenrādis', 'mūsu cenas', 'cenas un pakalpojumi', 'pakalpojumu cenas', 'kainoraštis', 'mūsų kainos', 'kainos ir paslaugos', 'paslaugų kainos',
] as const;

/** Pricing: words that lead to prices only as the whole label ("Hinnat", "Pricing"; not a headline "Oil prices rise"). */
export const PRICING_LABEL = ['hinnat', 'hinnoittelu', 'priser', 'pricing', 'prices', 'preise', 'tarifs', 'prix', 'prijzen', 'precios', 'tarifas', 'prezzi', 'tariffe', 'preços', 'ceny', 'hinnad',
  // A publisher's offer to advertisers, like its media kit: "Advertise", "Adverteren", "Werben", "Annonsera", "Mainosta".
  'advertise', 'advertise with us', 'adverteren', 'adverteer', 'werben', 'werben / advertise', 'annonsera', 'annonsinfo', 'annoncering', 'annonsere', 'mainosta', 'mainostajille',
  'publicité', 'annonceurs', 'anunciar', 'publicidad', 'pubblicità', 'publicidade', 'reklama',
  // de, ro, hu
  'tarife', 'prețuri', 'árak', 'árazás',
  // lt (not lv "cenas": Spanish dinners)
  'kainos',
] as const;

/** Path tokens of price-list pages ("/hinnasto", "/pricing", "/preise"). */
export const PRICING_PATH_TOKENS = [
  'pricing', 'prices', 'hinnasto', 'hinnat', 'priser', 'prislista', 'preise', 'preisliste', 'prisliste', 'tarifs',
  'prijzen', 'prijslijst', 'tarieven', 'precios', 'tarifas', 'prezzi', 'listino', 'tariffe', 'precos', 'precario', 'cennik', 'hinnakiri', 'hinnad',
  // sk, cs, ro, hu, de
  'cenik', 'ceny', 'preturi', 'tarife', 'arlista', 'arak', 'dijszabas',
  // lv, lt
  'cenradis', 'kainorastis', 'kainos',
] as const;

/** Whole-label links to the site's own buy page, which states the price ("Buy now" → /buy/). */
export const BUY_LINK = [
  'buy now', 'buy', 'buy online', 'osta', 'osta nyt', 'köp', 'köp nu', 'kaufen', 'jetzt kaufen', 'kjøp', 'kjøp nå', 'køb', 'køb nu', 'acheter', 'acheter maintenant',
  'kopen', 'nu kopen', 'koop nu', 'comprar', 'comprar ahora', 'comprar agora', 'acquista', 'acquista ora', 'kup', 'kup teraz', 'osta kohe',
  // sk, cs, ro, hu
  'kúpiť', 'kúpiť teraz', 'koupit', 'koupit nyní', 'koupit teď', 'cumpără', 'cumpără acum', 'megveszem', 'vásárolj most', 'vásároljon most',
  // lv, lt
  'pirkt', 'pirkt tagad', 'nopirkt', 'pirkti', 'pirkti dabar', 'nupirkti',
] as const;

/** Currency signs and codes written before an amount ("€12.90", "kr 199", "CHF 20.–"). */
export const CURRENCY_BEFORE = ['€', '$', '£', 'eur', 'usd', 'gbp', 'chf', 'sek', 'nok', 'dkk', 'kr', 'kr.', 'pln', 'czk', 'huf', 'ron', 'isk'] as const;

/** Currency signs and words written after an amount ("12,90 €", "120 CHF", "199:-", "45 euroa", "95Kč").
 *  Not Hungarian "Ft": in English it is feet. */
export const CURRENCY_AFTER = [
  '€', 'eur', 'euro', 'euros', 'euroa', 'usd', 'chf', 'sek', 'nok', 'dkk', 'kr', 'kr.', 'kronor', 'kroner', 'zł', 'pln', ':-', ',-', 'kč', 'czk', 'huf', 'lei', 'ron', 'isk',
  // lv, lt
  'eiro', 'eurų', 'eurai', 'euras',
] as const;

/** Words near an amount that make it the site's own price. */
/** The tax note shops print under a price ("inkl. MwSt.", "incl. VAT", "sis. alv 24 %", "TTC", "IVA incluido"): the
 *  amount above it is a price even when the shop's markup splits it into pieces without a currency ("349,<sup>06</sup>"). */
export const TAX_NOTE = [
  'inkl. mwst*', 'inkl mwst*', 'inkl. ust*', 'inkl. gesetzl*', 'zzgl. mwst*', 'exkl. mwst*', 'inklusive mwst*', 'incl. vat', 'inc. vat', 'including vat', 'excl. vat', 'ex. vat',
  'sis. alv', 'sisältää alv', 'alv 0 %', 'inkl. moms', 'ink. moms', 'inklusive moms', 'exkl. moms', 'inkl. mva', 'inkl. btw', 'incl. btw', 'excl. btw',
  'ttc', 'ht', 'iva incluido', 'iva incluída', 'iva inclusa', 'iva incl.', 'brutto', 'netto', 'z vat', 'zawiera vat', 'sis. km', 'koos km',
  // lv, lt
  'ar pvn', 'bez pvn', 'ieskaitot pvn', 'ar pvn.', 'su pvm', 'be pvm', 'įskaitant pvm', 'su pvm.',
] as const;

export const PRICE_CONTEXT = [
  'hinta', 'hinnat', 'alk.', 'alkaen', 'alv', 'pris', 'från', 'moms', 'price', 'prices', 'from', 'per', 'only', 'now', 'was', 'sale', 'retail', 'our price', 'vat',
  'preis', 'ab', 'statt', 'jetzt', 'inkl', 'inkl.', 'zzgl', 'zzgl.', 'mwst', 'ust', 'fra', 'prix', 'à partir de', 'seulement', 'dès', 'tarif',
  'prijs', 'vanaf', 'btw', 'precio', 'desde', 'iva', 'prezzo', 'a partire da', 'preço', 'a partir de', 'cena', 'od', 'brutto', 'hind', 'alates', 'käibemaks',
  'under', 'unter', 'onder', 'per person', 'pro person', 'par personne', 'por persona', 'a persona', 'por pessoa', 'za osobę', 'inimese kohta', 'henkilöltä',
  // sk, cs, ro, hu
  's dph', 'bez dph', 'vrátane dph', 'včetně dph', 'dph', 'preț', 'prețul', 'cu tva', 'fără tva', 'ár', 'ára', 'áfa', 'bruttó', 'nettó',
  // lv, lt
  'cenas', 'pvn', 'ar pvn', 'sākot no', 'kaina', 'kainos', 'nuo', 'pvm', 'su pvm',
] as const;

/** Words that make an amount nearby a price even in a long sentence ("Buffetlounaan hinta on 10,50 €"):
 *  the price nouns and "costs" verbs, not "from", which prose also uses ("raised from $1 million"). */
export const PRICE_NOUN = [
  'hinta', 'hintaan', 'hinnat', 'hinnaltaan', 'maksaa', 'pris', 'priset', 'priser', 'kostar', 'price', 'prices', 'priced at', 'costs', 'preis', 'preise', 'kostet',
  'prisen', 'koster', 'prix', 'tarif', 'coûte', 'prijs', 'kost', 'precio', 'cuesta', 'prezzo', 'costa', 'preço', 'cena', 'kosztuje', 'hind', 'hinnaga', 'maksab',
  // sk, cs, ro, hu
  'cenu', 'stojí', 'preț', 'prețul', 'costă', 'ára', 'árak',
  // lv, lt
  'cenā', 'maksā', 'izmaksā', 'kaina', 'kainą', 'kainuoja',
] as const;

/** A preposition just before the amount that makes it what something costs ("för 89 kr inklusive dryck",
 *  "für 6,10 €", "za 29 zł"): only right before it, so prose that merely contains "for" does not count. */
export const PRICE_FOR = ['för', 'for', 'für', 'pour', 'voor', 'por', 'per', 'za', 'hintaan', 'eest',
  // ro
  'pentru',
  // lt
  'už',
] as const;

/** "From" words before a lone amount ("ab 9,90 €", "vanaf € 12", "alates 15 €"). */
export const FROM_WORDS = ['from', 'ab', 'alk.', 'alk', 'alkaen', 'från', 'fra', 'dès', 'à partir de', 'vanaf', 'desde', 'da', 'a partire da', 'a partir de', 'od', 'alates',
  // ro
  'începând de la',
  // lv, lt
  'sākot no', 'nuo',
] as const;

/** A publisher's subscription offer: its price is the site's own, even on an article page ("Je m'abonne à partir de 1€"). */
export const SUBSCRIPTION = [
  'tilaa', 'tilaus', 'tilaajaksi', 'prenumerera', 'prenumeration', 'subscribe', 'subscription', 'abo', 'abonnieren', 'abonnement', "je m'abonne", 'je m’abonne', "m'abonner", 'm’abonner', 'abonnez-vous',
  'abonnér', 'abonner', 'abonneer', 'abonneren', 'suscríbete', 'suscripción', 'abbonati', 'abbonamento', 'assine', 'assinatura', 'subscreva', 'prenumerata', 'subskrypcja', 'telli', 'tellimus',
  'abonnements', 'abos', 'abonnementer', 'prenumerationer', 'assinaturas', 'abbonamenti', 'suscripciones', 'subscriptions',
  // sk, cs, ro, hu
  'predplatné', 'předplatné', 'predplatiť', 'předplatit', 'abonament', 'abonează-te', 'előfizetés', 'előfizetek',
  // lv, lt
  'abonements', 'abonēt', 'abonē', 'prenumeruoti', 'prenumeruok',
] as const;

/** A publisher's link to its subscription offer, as the whole label ("Assine", "Abonnieren"): the corpus counts it as a
 *  price link. Not bare "Subscribe" or "Tilaa", which also sign up for a newsletter. */
export const SUBSCRIBE_LABEL = [
  'tilaa lehti', 'tilaa digi', 'prenumerera', 'prenumerera nu', 'abonnieren', 'jetzt abonnieren', 'abo', 'abo abschließen', 'abonnement', 'abonnér', 'abonner', 'abonnez-vous', "je m'abonne", 'je m’abonne',
  "s'abonner", 's’abonner', 'abonneer', 'abonneren', 'word abonnee', 'suscríbete', 'suscribirse', 'abbonati', 'abbonamento', 'assine', 'assine já', 'assinatura', 'assinar', 'subscreva', 'prenumeruj', 'subscribe now',
  'subscribe today', 'become a subscriber', 'tellimine', 'get the magazine', 'subscribe to the magazine', 'magazine subscription', 'give a gift subscription', 'gift subscription',
  // sk, cs, ro, hu
  'predplatné', 'předplatné', 'predplatiť', 'předplatit', 'abonează-te', 'előfizetés', 'előfizetek', 'fizessen elő', 'fizess elő',
  // lv, lt (nouns only: "Abonēt" and "Prenumeruoti" also sign up for a newsletter)
  'abonements', 'digitālais abonements', 'prenumerata', 'skaitmeninė prenumerata',
] as const;

/** A free trial of a paid subscription ("1 Monat kostenlos testen" → /chefkoch-abo/): counted where the address says subscription. */
export const SUBSCRIPTION_TRIAL = [
  'kostenlos testen', 'gratis testen', 'jetzt testen', 'free trial', 'start free trial', 'start your free trial', 'try for free', 'try it free', 'kokeile ilmaiseksi', 'kokeile maksutta', 'testa gratis',
  'prova gratis', 'prøv gratis', 'essai gratuit', 'essayer gratuitement', 'probeer gratis', 'prueba gratis', 'experimente grátis', 'wypróbuj za darmo',
] as const;

/** A product test or roundup: there, a list of products with prices is the editor's, not the site's offer. */
export const PRODUCT_TEST = [
  'testivoittaja', 'testissä', 'testasimme', 'vertailussa', 'testvinnare', 'vi testade', 'testsieger', 'im test', 'getestet', 'testvinder', 'testvinner', 'vi testet',
  'test winner', 'we tested', 'best buy', 'our pick', 'our verdict', 'meilleur rapport qualité', 'nous avons testé', 'testwinnaar', 'getest',
  // sk, cs, ro, hu
  'víťaz testu', 'vítěz testu', 'testovali sme', 'testovali jsme', 'câștigătorul testului', 'am testat', 'tesztgyőztes', 'teszteltük',
] as const;

/** Amounts that are no offer of the site: promo credits, costs per recipe serving, donations. */
export const NOT_PRICE = [
  'per serving', 'a serving', 'per recipe', 'donate', 'donation', 'donations', 'newsletter', 'uutiskirje', 'nyhetsbrev', 'nyhedsbrev', 'gutschein', 'voucher', 'coupon', 'off your first',
  'lahjoita', 'lahjoitus*', 'donera', 'gåva', 'støt', 'donér', 'spende*', 'faire un don', 'doneer', 'donar', 'dona', 'doação', 'wesprzyj', 'annetus*', 'annetage',
  'palkka', 'lön', 'gehalt', 'salary', 'omsättning', 'liikevaihto', 'umsatz', 'revenue',
  // sk, cs, ro, hu
  'darovať', 'darovat', 'darujte', 'donează', 'donație', 'adományoz*', 'mzda', 'salariu',
  // lv, lt
  'ziedot', 'ziedojum*', 'alga', 'atalgojums', 'aukoti', 'paaukok', 'paaukokite', 'atlyginimas',
] as const;

/** Units after an amount that make it a price ("45 €/h", "9,90 €/kk", "$12/month", "3 € / kpl"). */
export const PRICE_UNITS = [
  'h', 'tunti', 'kk', 'kuukausi', 'vuosi', 'kpl', 'hlö', 'henkilö', 'st', 'stk', 'stück', 'mån', 'månad', 'år', 'md', 'måned', 'pcs', 'pc', 'hour', 'hr', 'month', 'mo', 'year', 'yr', 'person',
  'night', 'yö', 'natt', 'nacht', 'nuit', 'mois', 'an', 'kg', 'annos', 'portion', 'pers', 'persoon', 'stuk', 'uur', 'maand', 'jaar', 'persona', 'noche', 'mes', 'año', 'notte', 'mese', 'anno', 'ora',
  'pessoa', 'noite', 'mês', 'ano', 'osoba', 'osobę', 'os', 'szt', 'noc', 'godz', 'mies', 'inimene', 'tk', 'öö', 'kuu', 'aasta', 'tund',
  // sk, cs, ro, hu
  'ks', 'mesiac', 'měsíc', 'hod', 'rok', 'deň', 'lună', 'luna', 'noapte', 'persoană', 'buc', 'zi', 'hó', 'éj', 'fő', 'db', 'óra', 'hónap', 'év', 'nap',
  // lv, lt
  'gab', 'mēn', 'mēnesī', 'nakts', 'diena', 'vnt', 'mėn', 'naktis', 'asm', 'val', 'para',
] as const;

/** JSON-LD and Open Graph types of an editorial page, where prices may be those of tested third-party products. */
export const EDITORIAL_TYPES = ['Article', 'NewsArticle', 'BlogPosting', 'Review', 'TechArticle', 'Report'] as const;

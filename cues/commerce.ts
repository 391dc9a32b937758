export const ADD_TO_CART = [
  'lisää ostoskoriin', 'lisää koriin', 'osta nyt', 'add to cart', 'add to basket', 'add to bag', 'buy now',
  'lägg i varukorgen', 'lägg i kundvagnen', 'köp nu', 'in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen',
  'læg i kurven', 'læg i kurv', 'legg i handlekurven', 'kjøp nå', 'ajouter au panier',
] as const;

export const CART = [
  'ostoskori', 'kori', 'kassalle', 'kassa', 'cart', 'shopping cart', 'basket', 'shopping bag', 'checkout', 'varukorg', 'kundvagn',
  'warenkorb', 'einkaufswagen', 'zur kasse', 'kurv', 'indkøbskurv', 'handlekurv', 'panier',
] as const;

export const CART_PATHS = ['/cart', '/basket', '/checkout', '/ostoskori', '/kassa', '/warenkorb', '/varukorg', '/kurv', '/handlekurv', '/panier'] as const;

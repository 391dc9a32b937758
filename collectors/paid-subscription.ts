// A publisher's paid-subscription shop, known by its address: "subscriber.telegraph.co.uk",
// "abo.zeit.de", "boutique.lefigaro.fr/rayon/4-abonnement". A bare "Subscribe" is ambiguous (a
// newsletter is subscribed to as well); where it leads decides.

/** Host labels that name the subscription shop itself. */
const SHOP_HOST = /^(?:www\.)?(?:subscribe|subscriber|subscribers|subscription|subscriptions|abo|abos|aboshop|abonnement|abonnements|abonnes|abonne|abonnieren|prenumeration|prenumerera|tilaus|tilaa|assine|assinatura|assinaturas|abbonamenti|abbonamento|suscripcion|suscripciones)\./;
/** Path words of a paid subscription (not "subscribe", which newsletter pages use too). */
const SHOP_PATH = /(?:^|[/_-])(?:abo|abos|aboshop|abonnement|abonnements|abonnieren|abonner|prenumeration|prenumerera|prenumerationer|tilaus|tilaa-lehti|assine|assinatura|assinaturas|abbonamenti|abbonamento|suscripcion|suscripciones|digital-subscription|subscription-offers?)(?:[/._?-]|$)/;
/** An e-mail list's page wins over the words above ("/abo/newsletter"). */
const LIST_PATH = /newsletter|uutiskirje|nyhetsbrev|nyhedsbrev|infolettre|nieuwsbrief|mailing|e-?mail|alert/;

/** Whether a link leads to a paid-subscription shop rather than an e-mail list: by its path words or its host. */
export function isPaidSubscriptionUrl(url: URL): boolean {
  const path = url.pathname.toLowerCase();
  if (LIST_PATH.test(path) || LIST_PATH.test(url.hostname)) return false;
  return isPaidSubscriptionHost(url) || SHOP_PATH.test(path);
}

/** The stronger sign: a host of its own for the shop ("subscriber.", "abo."). */
export function isPaidSubscriptionHost(url: URL): boolean {
  return SHOP_HOST.test(url.hostname.toLowerCase()) && !LIST_PATH.test(url.pathname.toLowerCase());
}

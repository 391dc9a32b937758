// Texts of site kinds: names, why a kind was inferred (`kind/<signal>`), and the reason a check does
// not apply (`kind/notFor_<kind>`). Data only: i18n/translate.ts puts the messages in its catalog.
import type { SiteKindId } from '../engine/site-kind';
import type { Text } from '../engine/rule';

export const KIND_NAMES: Record<SiteKindId, Text> = {
  shop: { en: 'Online shop', fi: 'Verkkokauppa' },
  service: { en: 'Local service', fi: 'Paikallinen palvelu' },
  b2b: { en: 'B2B / SaaS', fi: 'B2B / SaaS' },
  publisher: { en: 'Publisher / content', fi: 'Julkaisija / sisältö' },
  nonprofit: { en: 'Nonprofit / public body', fi: 'Yhdistys / julkinen toimija' },
};

/** Why a kind was inferred: short noun phrases, listed after "because:". */
export const KIND_MESSAGES: Record<string, Text> = {
  ...Object.fromEntries(Object.entries(KIND_NAMES).map(([id, name]) => [`kind/name_${id}`, name])),
  'kind/cart': { en: 'shopping cart', fi: 'ostoskori' },
  'kind/cartLink': { en: 'link to a cart', fi: 'linkki ostoskoriin' },
  'kind/payment': { en: 'payment methods', fi: 'maksutavat' },
  'kind/deliveryReturns': { en: 'delivery and returns terms', fi: 'toimitus- ja palautusehdot' },
  'kind/booking': { en: 'online booking', fi: 'ajanvaraus' },
  'kind/addressPhone': { en: 'street address and phone', fi: 'katuosoite ja puhelin' },
  'kind/openingHours': { en: 'opening hours', fi: 'aukioloajat' },
  'kind/menu': { en: 'menu or lunch list', fi: 'ruoka- tai lounaslista' },
  'kind/localTrade': { en: 'words of a local trade', fi: 'paikallisen palvelualan sanasto' },
  'kind/demo': { en: 'demo request', fi: 'demopyyntö' },
  'kind/perSeat': { en: 'prices per user', fi: 'käyttäjäkohtaiset hinnat' },
  'kind/plans': { en: 'pricing plans', fi: 'hinnoittelupaketit' },
  'kind/caseStudies': { en: 'case studies', fi: 'asiakastarinat' },
  'kind/b2bWords': { en: 'solutions and integrations', fi: 'ratkaisut ja integraatiot' },
  'kind/freeTrial': { en: 'free trial', fi: 'ilmainen kokeilu' },
  'kind/subscription': { en: 'reader subscription', fi: 'lehden tilaus' },
  'kind/byline': { en: 'author bylines', fi: 'kirjoittajatiedot' },
  'kind/datedArticles': { en: '{count} dated articles', fi: '{count} päivättyä artikkelia' },
  'kind/articles': { en: 'articles on the page', fi: 'artikkeleita sivulla' },
  'kind/ogArticle': { en: 'the page is an article', fi: 'sivu on artikkeli' },
  'kind/donate': { en: 'donations', fi: 'lahjoitukset' },
  'kind/membership': { en: 'membership', fi: 'jäsenyys' },
  'kind/association': { en: 'association or foundation', fi: 'yhdistys tai säätiö' },
  'kind/schemaType': { en: 'page markup ({types})', fi: 'sivun merkintä ({types})' },
  'kind/default': { en: 'no clear signs; the default', fi: 'ei selviä merkkejä; oletus' },
  'kind/notFor_shop': { en: 'Does not apply to an online shop.', fi: 'Ei koske verkkokauppaa.' },
  'kind/notFor_service': { en: 'Does not apply to a local service.', fi: 'Ei koske paikallista palveluyritystä.' },
  'kind/notFor_b2b': { en: 'Does not apply to a B2B / SaaS company.', fi: 'Ei koske B2B- tai SaaS-yritystä.' },
  'kind/notFor_publisher': { en: 'Does not apply to a publisher.', fi: 'Ei koske julkaisijaa.' },
  'kind/notFor_nonprofit': { en: 'Does not apply to a nonprofit or public body.', fi: 'Ei koske yhdistystä tai julkista toimijaa.' },
};

export const KIND_UI = {
  siteKind: { en: 'Site kind', fi: 'Sivuston tyyppi' },
  because: { en: 'because: {reasons}', fi: 'koska: {reasons}' },
  chosen: { en: 'your choice; Polku inferred {kind}', fi: 'oma valintasi; Polku päätteli: {kind}' },
  changeKind: { en: 'Change the kind of site', fi: 'Vaihda sivuston tyyppi' },
  notApplicable: { en: 'does not apply', fi: 'ei koske' },
  kindLine: { en: 'Site kind: {kind} ({why})', fi: 'Sivuston tyyppi: {kind} ({why})' },
} satisfies Record<string, Text>;

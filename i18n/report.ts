// Texts of the report document (the extension's report page, the CLI's HTML, PDF and Markdown).
import type { Locale, MessageData, Text } from '../engine/rule';
import { format } from './translate';

export const REPORT_TEXTS = {
  title: { en: 'Purchase journey audit', fi: 'Ostopolun auditointi' },
  preparedBy: { en: 'Prepared by {name}', fi: 'Laatinut {name}' },
  auditedPage: { en: 'Audited page', fi: 'Auditoitu sivu' },
  scanned: { en: 'Date', fi: 'Päivämäärä' },
  device: { en: 'Viewed as', fi: 'Laite' },
  device_mobile: { en: 'mobile, {width} × {height} px', fi: 'mobiili, {width} × {height} px' },
  device_desktop: { en: 'desktop, {width} × {height} px', fi: 'tietokone, {width} × {height} px' },
  siteKind: { en: 'Kind of site', fi: 'Sivuston tyyppi' },
  screenshotAlt: { en: 'The audited page as it looked when the audit started', fi: 'Auditoitu sivu sellaisena kuin se näkyi auditoinnin alkaessa' },
  overall: { en: 'Overall score', fi: 'Kokonaispisteet' },
  stageScores: { en: 'Scores by stage', fi: 'Pisteet vaiheittain' },
  notAssessed: { en: 'not assessed', fi: 'ei arvioitu' },
  incomplete: { en: 'Incomplete audit: checks that could not run count as not met, so the scores are floors.', fi: 'Keskeneräinen auditointi: tarkistukset, joita ei voitu tehdä, lasketaan puutteiksi, joten pisteet ovat alarajoja.' },
  contents: { en: 'Contents', fi: 'Sisältö' },
  mapTitle: { en: 'The customer’s journey', fi: 'Asiakkaan polku' },
  mapHint: {
    en: 'What a visitor meets on the site at each stage of the purchase journey. Dashed boxes are touchpoints that were looked for and not found.',
    fi: 'Mitä kävijä kohtaa sivustolla ostopolun kussakin vaiheessa. Katkoviivalaatikot ovat kohtaamispisteitä, joita etsittiin mutta ei löytynyt.',
  },
  hole: { en: 'not found', fi: 'ei löytynyt' },
  notExpected: { en: 'Not expected of this kind of site: {names}', fi: 'Ei odoteta tämän tyyppiseltä sivustolta: {names}' },
  foundOn: { en: 'on {page}', fi: 'sivulla {page}' },
  painTitle: { en: 'Pain points, most costly first', fi: 'Kipupisteet, merkittävimmät ensin' },
  painHint: {
    en: 'The cost is what fixing the point would add to the overall score; the stage loses the points in brackets.',
    fi: 'Hinta kertoo, paljonko korjaus nostaisi kokonaispisteitä; suluissa vaiheen menettämät pisteet.',
  },
  noPainPoints: { en: 'No pain points were found.', fi: 'Kipupisteitä ei löytynyt.' },
  cost: { en: '−{cost} pts overall ({stage} −{stageCost})', fi: '−{cost} p kokonaisuudesta ({stage} −{stageCost})' },
  evidence: { en: 'Evidence', fi: 'Havainnot' },
  element: { en: 'element', fi: 'elementti' },
  fix: { en: 'Fix', fi: 'Korjaus' },
  outcome_pass: { en: 'Met', fi: 'Kunnossa' },
  outcome_fail: { en: 'Not met', fi: 'Puute' },
  outcome_review: { en: 'Check by hand', fi: 'Tarkista itse' },
  outcome_error: { en: 'Could not check', fi: 'Ei voitu tarkistaa' },
  outcome_na: { en: 'Not applicable', fi: 'Ei koske' },
  comparisonHint: {
    en: 'This site beside its competitors, stage by stage (★ the best), and the touchpoints the others have that this site lacks.',
    fi: 'Sivusto kilpailijoidensa rinnalla vaihe vaiheelta (★ paras) sekä kohtaamispisteet, jotka muilla on mutta tältä puuttuvat.',
  },
  foundationTitle: { en: 'Site foundation', fi: 'Sivuston perusta' },
  lighthouse: { en: 'Lighthouse {version}, lab test as {preset}', fi: 'Lighthouse {version}, laboratoriotesti: {preset}' },
  preset_mobile: { en: 'mobile', fi: 'mobiili' },
  preset_desktop: { en: 'desktop', fi: 'tietokone' },
  lighthouseFailed: { en: 'Lighthouse did not finish: {reason}', fi: 'Lighthouse ei valmistunut: {reason}' },
  lhPerformance: { en: 'Performance', fi: 'Suorituskyky' },
  lhAccessibility: { en: 'Accessibility', fi: 'Saavutettavuus' },
  lhBestPractices: { en: 'Best practices', fi: 'Hyvät käytännöt' },
  lhSeo: { en: 'SEO', fi: 'Hakukoneoptimointi' },
  pagesTitle: { en: 'Pages read', fi: 'Luetut sivut' },
  page: { en: 'Page', fi: 'Sivu' },
  role: { en: 'Role', fi: 'Rooli' },
  outcome: { en: 'Outcome', fi: 'Tulos' },
  colophon: { en: 'Made with Polku {version}. The audit ran on the auditor’s own machine; nothing it read was sent anywhere.', fi: 'Tehty Polulla (versio {version}). Auditointi tehtiin auditoijan omalla koneella; mitään luettua ei lähetetty minnekään.' },
  timings: { en: 'The audit took {seconds} s.', fi: 'Auditointi kesti {seconds} s.' },
  // The report page's own controls (never printed).
  print: { en: 'Print or save as PDF', fi: 'Tulosta tai tallenna PDF:ksi' },
  download: { en: 'Download', fi: 'Lataa' },
  reportMissing: { en: 'This report is no longer available: reports are kept only while the browser is open. Open Polku on the site again.', fi: 'Tämä raportti ei ole enää saatavilla: raportit säilyvät vain selaimen ollessa auki. Avaa Polku sivustolla uudelleen.' },
  reportLoading: { en: 'Preparing the report…', fi: 'Valmistellaan raporttia…' },
  openReport: { en: 'Open report', fi: 'Avaa raportti' },
  reportSettings: { en: 'Report settings (your agency’s name and logo)', fi: 'Raportin asetukset (toimiston nimi ja logo)' },
  openReportFailed: { en: 'The report could not be opened. Try again; if it fails again, rescan the page.', fi: 'Raporttia ei voitu avata. Yritä uudelleen; jos se ei vieläkään onnistu, skannaa sivu uudelleen.' },
  openReportHint: { en: 'The full report: journey map, evidence, print to PDF, exports', fi: 'Koko raportti: polkukartta, havainnot, tulostus PDF:ksi, viennit' },
} satisfies Record<string, Text>;

export type ReportTextKey = keyof typeof REPORT_TEXTS;

export function rt(locale: Locale, key: ReportTextKey, data?: MessageData): string {
  return format(REPORT_TEXTS[key][locale], data);
}

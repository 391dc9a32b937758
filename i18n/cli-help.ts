// `polku --help` in each language. Option names and kind ids stay as typed.
import type { Locale } from '../engine/rule';

export function cliHelp(locale: Locale, kinds: readonly string[], maxPages: number, defaultPages: number): string {
  const kindList = kinds.join(', ');
  if (locale === 'fi') {
    return `Käyttö: polku <osoite | tiedosto.html> [valitsimet]
       polku --batch <lista.txt> [--out kansio] [valitsimet]
       polku --compare <osoite> <kilpailija>… [valitsimet]

Auditoi verkkosivun asiakkaan ostopolun varrelta ja tulostaa pisteet,
tärkeysjärjestykseen asetetut kipupisteet korjauksineen sekä löydökset.

Valitsimet:
  --format <muoto>   text (oletus: yhteenveto), json (koko raportti, README:
                     "The JSON report"), html (tulostettava raportti), pdf,
                     md (Markdown) tai csv (rivi kutakin havaintoa kohden;
                     puolipiste ja desimaalipilkku, kun --lang fi)
  --out <tiedosto>   kirjoita raportti tiedostoon tulostuksen sijaan (pdf
                     ilman --out-valitsinta: polku-<palvelin>-<aika>.pdf)
  --json             sama kuin --format json
  --brand <json>     toimiston nimi, logo, korostusväri, yhteystiedot ja
                     johdanto raporttiin (README: "White label")
  --batch <lista>    auditoi listan sivustot (osoite riviä kohden, # aloittaa
                     kommentin); raportti kustakin ja yhteenveto kansioon,
                     jonka --out nimeää (oletus: polku-batch-<aika>)
  --concurrency <n>  montako sivustoa auditoidaan yhtä aikaa (oletus 2, enintään 8)
  --shard <i/n>      vain listan joka n:s sivusto alkaen i:nnestä, kun iso
                     erä jaetaan usealle koneelle (README: "Batches")
  --compare          vertaa ensimmäistä osoitetta 1–3 kilpailijaan: yksi
                     raportti, jossa vaiheittainen vertailu
  --fail-under <n>   paluukoodi 3, jos jonkin sivuston kokonaispisteet jäävät
                     alle n:n (CI:tä varten)
  --lang <fi|en>     tekstien kieli (oletus: LANG-muuttujasta, muuten englanti)
  --desktop          auditoi pöytäkoneen näkymässä (1280 × 900) puhelimen
                     (360 × 800, kosketus, Chrome Androidilla) sijaan
  --lighthouse       aja myös Lighthouse (suorituskyky, saavutettavuus, SEO,
                     hyvät käytännöt) samassa Chromiumissa; mobiilihidastus,
                     tai --desktop-valitsimella Lighthousen pöytäkoneasetukset
  --timeout <s>      keskeytä koko auditointi (käynnistys, lataus, asettuminen,
                     skannaus, Lighthouse) näin monen sekunnin jälkeen (oletus 30,
                     --lighthouse-valitsimella 90)
  --settle <ms>      odotusaika latauksen jälkeen myöhään ilmestyville osille,
                     kuten chatille (oletus 1500)
  --pages <n>        saman sivuston avainsivuja luettavaksi auditoidun lisäksi
                     (yhteystiedot, UKK, hinnat, toimitus, ehdot, …; oletus
                     ${defaultPages}, enintään ${maxPages}; 0 auditoi vain annetun sivun)
  --offline          älä ota yhteyttä muihin kuin auditoitavaan palvelimeen
                     (kolmansien osapuolten työkalut näkyvät silloin vain
                     tageistaan, eivät siitä mitä ne lataavat)
  --kind <laji>      arvioi sivusto tämän lajisena Polun päättelemän sijaan:
                     ${kindList}
                     (verkkokauppa, paikallinen palvelu, B2B / SaaS, julkaisija,
                     yleishyödyllinen tai julkinen toimija)
  -h, --help         näytä tämä ohje
  -v, --version      näytä versio

Paluukoodit: 0 auditoitu, 1 sivua ei voitu auditoida, 2 väärä käyttö tai asennus,
3 pisteet alle --fail-under-rajan.`;
  }
  return `Usage: polku <url | file.html> [options]
       polku --batch <list.txt> [--out folder] [options]
       polku --compare <url> <competitor>… [options]

Audits a web page along the customer's purchase journey and prints the scores,
the ranked pain points with fixes, and what was found.

Options:
  --format <format>  text (default: the summary), json (the full report, see
                     README: "The JSON report"), html (a printable report), pdf,
                     md (Markdown) or csv (one row per finding; semicolons and
                     decimal commas with --lang fi)
  --out <file>       write the report to this file instead of standard output
                     (pdf without --out: polku-<host>-<time>.pdf)
  --json             the same as --format json
  --brand <json>     the agency's name, logo, accent colour, contact line and
                     intro on the report (see README: "White label")
  --batch <list>     audit the sites of a list (one address a line, # starts a
                     comment); a report for each and a summary in the folder
                     --out names (default: polku-batch-<time>)
  --concurrency <n>  sites audited at once (default 2, max 8)
  --shard <i/n>      only every n-th site of the list, from the i-th, to split a
                     big batch across machines (see README: "Batches")
  --compare          compare the first address with 1 to 3 competitors: one
                     report with a stage-by-stage comparison
  --fail-under <n>   exit with 3 when a site's overall score is below n (for CI)
  --lang <fi|en>     language of the texts (default: from LANG, else English)
  --desktop          audit at a desktop viewport (1280 × 900) instead of a
                     phone's (360 × 800, touch, Chrome on Android)
  --lighthouse       also run Lighthouse (performance, accessibility, SEO,
                     best practices) in the same Chromium; mobile throttling,
                     or Lighthouse's desktop preset with --desktop
  --timeout <s>      give up on the whole audit (start, load, settle, scan,
                     Lighthouse) after this many seconds (default 30, or 90
                     with --lighthouse)
  --settle <ms>      wait after load for late widgets such as chat (default 1500)
  --pages <n>        key pages of the same site to read besides the audited one
                     (contact, FAQ, prices, delivery, terms, …; default ${defaultPages}, max ${maxPages};
                     0 audits the page alone)
  --offline          contact no host but the audited one (third-party tools are
                     then seen only by their tags, not by what they load)
  --kind <kind>      judge the site as this kind instead of the one Polku infers:
                     ${kindList}
                     (online shop, local service, B2B / SaaS, publisher,
                     nonprofit or public body)
  -h, --help         show this help
  -v, --version      print the version

Exit codes: 0 audited, 1 the page could not be audited, 2 wrong usage or setup,
3 a score below --fail-under.`;
}

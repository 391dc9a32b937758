// Tools that are not journey assets themselves but let rules compare what a site installed
// with what it shows (a mailing tool with no signup form on the page, a payment processor).
import { EMAIL_MARKETING_VENDORS } from '../cues/email-marketing';
import type { ToolFacts } from '../engine/facts';
import { Found } from './found';
import type { PageIndex } from './page-index';
import { scanVendors } from './vendor-scan';
import { addSightings } from './vendor-sightings';

export function collectTools(index: PageIndex): ToolFacts {
  const emailMarketing = new Found();
  scanVendors(index, EMAIL_MARKETING_VENDORS, emailMarketing);
  addSightings(index, 'email', emailMarketing);
  const payments = new Found();
  addSightings(index, 'payment', payments);
  return { emailMarketing: emailMarketing.result(), payments: payments.result() };
}

// Email marketing and marketing automation tools, by the hosts their scripts and forms load from.
import type { Vendor } from './vendors';

export const EMAIL_MARKETING_VENDORS: readonly Vendor[] = [
  { item: 'mailchimp', hosts: ['list-manage.com', 'chimpstatic.com', 'mailchimp.com', 'mcusercontent.com'], markers: ['mc-embedded-subscribe', 'mc_embed_signup'] },
  { item: 'klaviyo', hosts: ['klaviyo.com'], markers: ['klaviyo-form', '_learnq'] },
  { item: 'hubspot', hosts: ['hsforms.net', 'hsforms.com', 'hs-scripts.com', 'hs-analytics.net', 'hubspot.com'], markers: ['hbspt.forms'] },
  { item: 'activecampaign', hosts: ['activehosted.com', 'trackcmp.net', 'activecampaign.com'] },
  { item: 'mailerlite', hosts: ['mailerlite.com', 'mlcdn.com'], markers: ['ml-embedded', 'ml_webform'] },
  { item: 'brevo', hosts: ['sibforms.com', 'sendinblue.com', 'brevo.com', 'sibautomation.com'], markers: ['sib-form'] },
  { item: 'omnisend', hosts: ['omnisend.com', 'omnisrc.com'] },
  { item: 'apsis', hosts: ['apsis.one', 'apsis.com', 'anpdm.com'] },
  { item: 'voyado', hosts: ['voyado.com'] },
  { item: 'rule', hosts: ['rule.io', 'rule.se'] },
  { item: 'liana', hosts: ['lianamailer.com', 'lianatech.com', 'lianacms.com'] },
  { item: 'squalomail', hosts: ['squalomail.com'] },
  { item: 'getresponse', hosts: ['getresponse.com', 'gr-cdn.com'] },
  { item: 'convertkit', hosts: ['convertkit.com', 'ck.page'] },
  { item: 'campaignmonitor', hosts: ['createsend.com', 'createsend1.com', 'cmail19.com', 'cmail20.com'] },
  { item: 'mailjet', hosts: ['mailjet.com'] },
  { item: 'drip', hosts: ['getdrip.com'] },
  { item: 'emarsys', hosts: ['emarsys.net', 'scarabresearch.com'] },
  { item: 'salesforce-mc', hosts: ['exacttarget.com', 'marketingcloudapis.com'] },
  { item: 'marketo', hosts: ['marketo.com', 'mktoresp.com', 'marketo.net'], markers: ['mktoForm'] },
  { item: 'pardot', hosts: ['pardot.com'] },
  { item: 'keap', hosts: ['infusionsoft.com', 'infusionsoft.app', 'keap.app'] },
  { item: 'constantcontact', hosts: ['constantcontact.com', 'ctctcdn.com'] },
];

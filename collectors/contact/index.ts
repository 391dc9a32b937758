// Contact channels: phone, email, contact form and chat, one detector each.
import type { AssetCollector } from '../collector';
import { detectChat } from './chat';
import { detectEmail } from './email';
import { detectForm } from './form';
import { detectPhone } from './phone';

// One collector per channel, so that each is its own step of the scan (the page gets its turn in between).
export const contactCollectors: readonly AssetCollector[] = [
  { id: 'phone', assets: ['contact.phone'], collect: (index) => ({ 'contact.phone': detectPhone(index).result() }) },
  { id: 'email', assets: ['contact.email'], collect: (index) => ({ 'contact.email': detectEmail(index).result() }) },
  { id: 'contact-form', assets: ['contact.form'], collect: (index) => ({ 'contact.form': detectForm(index).result() }) },
  { id: 'chat', assets: ['contact.chat'], collect: (index) => ({ 'contact.chat': detectChat(index).result() }) },
];

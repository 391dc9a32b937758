// Contact channels: phone, email, contact form and chat, one detector each.
import type { AssetCollector } from '../collector';
import { detectChat } from './chat';
import { detectEmail } from './email';
import { detectForm } from './form';
import { detectPhone } from './phone';

export const contactCollector: AssetCollector = {
  id: 'contact',
  assets: ['contact.phone', 'contact.email', 'contact.form', 'contact.chat'],
  collect: (index) => ({
    'contact.phone': detectPhone(index).result(),
    'contact.email': detectEmail(index).result(),
    'contact.form': detectForm(index).result(),
    'contact.chat': detectChat(index).result(),
  }),
};

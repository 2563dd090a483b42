import contactJson from '../../data/press-contact.json';
import { pressContactSchema } from '../schemas/press-contact';

/** The press office's contact details from site configuration (validated before the build). */
export const PRESS_CONTACT = pressContactSchema.parse(contactJson);
export const PRESS_CONTACT_FILE = 'src/data/press-contact.json';

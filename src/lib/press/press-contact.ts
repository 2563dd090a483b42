import contactJson from '../../data/press-contact.json';
import { pressContactSchema, type PressContact } from '../schemas/press-contact';

/** The press office's contact details from site configuration (validated before the build). */
export const PRESS_CONTACT = pressContactSchema.parse(contactJson);
export const PRESS_CONTACT_FILE = 'src/data/press-contact.json';

/** The settings readers see, in the order they are shown. */
export const CONTACT_FIELDS = ['office', 'phone', 'email', 'address', 'hours'] as const satisfies readonly (keyof PressContact)[];

/** Settings still empty: the build warns about them; readers never see them. */
export const unconfiguredContactFields = (c: PressContact = PRESS_CONTACT) => CONTACT_FIELDS.filter((k) => c[k] === null);

/** Whether /press/ has a contact section at all: only when something is configured. */
export const hasPressContact = (c: PressContact = PRESS_CONTACT) => unconfiguredContactFields(c).length < CONTACT_FIELDS.length;

/**
 * Loads React and an island's component only when the reader first touches the island
 * (pointer, focus or key): until then the build-time HTML is read without running any
 * JavaScript, which keeps a phone's main thread free while the page loads (Lighthouse mobile
 * performance ≥ 95 on the quiz and calculator; see `npm run bench`).
 *
 * Nothing done while React loads is lost: what was typed into fields and which options were
 * chosen is replayed once the island is running, and so is a button pressed meanwhile.
 */
import { islandElement } from './island-element';

export function hydrateOnFirstUse(name: string, load: () => Promise<{ hydrate: () => void }>): void {
  const element = islandElement(name);
  if (!element) return;
  const triggers = ['pointerdown', 'focusin', 'keydown'] as const;
  let pressed: HTMLElement | undefined;
  const holdPress = (event: Event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    pressed = button;
    event.preventDefault();
  };
  const start = async () => {
    for (const type of triggers) element.removeEventListener(type, start, true);
    element.addEventListener('click', holdPress, true);
    const { hydrate } = await load();
    const before = fieldStates(element);
    element.addEventListener('island:mounted', () => {
      element.removeEventListener('click', holdPress, true);
      replay(before);
      // After React has re-rendered with the replayed choices (a task later), the pressed button.
      if (pressed) setTimeout(() => pressed!.click());
    }, { once: true });
    hydrate();
  };
  for (const type of triggers) element.addEventListener(type, start, { capture: true, passive: true });
}

interface FieldState {
  input: HTMLInputElement;
  value: string;
  checked: boolean;
}

const fieldStates = (root: HTMLElement): FieldState[] =>
  [...root.querySelectorAll('input')].map((input) => ({ input, value: input.value, checked: input.checked }));

/**
 * Gives React what the reader did before it took over, as if it were done now. React notices a
 * change only against the value it last saw, so each field is first set, through React's own
 * view of it, to something else; then the reader's value is put back and announced.
 */
function replay(before: FieldState[]) {
  const setDomValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  for (const { input, value, checked } of before) {
    if (!input.isConnected) continue;
    if (input.type === 'radio' || input.type === 'checkbox') {
      if (!checked) continue;
      input.checked = false;
      input.click();
    } else if (value !== input.defaultValue) {
      input.value = '';
      setDomValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

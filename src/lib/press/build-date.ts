/**
 * The day the site is built for (YYYY-MM-DD), which decides whether the home page carries an
 * event banner. It is Beijing's date, since the events are national Chinese ones. Setting
 * PORTAL_BUILD_DATE builds the site as of another day: tests use it to see the banner, and
 * staff can preview how the site will look during an event.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const injected = env.PORTAL_BUILD_DATE;
  if (injected !== undefined && injected !== '') {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(injected) && new Date(`${injected}T00:00:00Z`).toISOString().startsWith(injected);
    if (!valid) throw new Error(`PORTAL_BUILD_DATE must be a calendar date YYYY-MM-DD, got "${injected}"`);
    return injected;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

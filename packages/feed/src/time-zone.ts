
const validZones = new Map<string, boolean>();

/** True for a time zone the runtime knows (IANA names such as `Europe/Tirane`, and `UTC`); never a UTC offset. */
export function isTimeZone(name: string): boolean {
  // UTC needs no Intl object (the first one of a page costs about 10 ms).
  if (name === 'UTC' || name === 'Etc/UTC') return true;
  // An offset ('+01:00'), which newer browsers take as a zone and Node does not: a feed would then be read one way
  // in the page and another by `validate`, and `TZID=+01:00` breaks an .ics file. It is no zone with rules.
  if (/^[+\-\u2212]/.test(name)) return false;
  let ok = validZones.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    validZones.set(name, ok);
  }
  return ok;
}

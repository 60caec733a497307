
const validZones = new Map<string, boolean>();

/** True for a time zone the runtime knows (IANA names such as `Europe/Tirane`, and `UTC`). */
export function isTimeZone(name: string): boolean {
  // UTC needs no Intl object (the first one of a page costs about 10 ms).
  if (name === 'UTC' || name === 'Etc/UTC') return true;
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

/**
 * The first day of the week (0 = Sunday) where the page's language names a region (`en-US` starts on
 * Sunday, `en-GB` on Monday), from the browser's locale data; undefined without a region or that data.
 */
export function regionFirstDay(lang: string): number | undefined {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    if (!locale.region) return undefined;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    return info ? info.firstDay % 7 : undefined;
  } catch {
    return undefined;
  }
}

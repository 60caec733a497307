import { sl as dateLocale } from 'date-fns/locale/sl';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'sl',
  dates: { day: 'd.', dayMonth: 'd. MMMM', dayMonthYear: 'd. MMMM yyyy', time: 'HH:mm' },
  loading: 'Nalaganje dogodkov…',
  empty: 'Ni dogodkov za prikaz.',
  errorNetwork: 'Dogodkov ni bilo mogoče naložiti. Preverite internetno povezavo in poskusite znova pozneje.',
  errorTimeout: 'Nalaganje dogodkov je trajalo predolgo. Poskusite znova pozneje.',
  errorHttp: 'Dogodkov ni bilo mogoče naložiti (strežnik je vrnil kodo {status}).',
  errorInvalid: 'Datoteke z dogodki ni bilo mogoče prebrati. Za urednike spletnega mesta je v konzoli brskalnika izpisano sporočilo.',
  savedCopy: 'Prikazana je shranjena kopija z dne {date}: najnovejših dogodkov ni bilo mogoče naložiti.',
  eventNotFound: 'Tega dogodka ni bilo mogoče najti.',
  status: {
    scheduled: 'Načrtovano',
    cancelled: 'Odpovedano',
    postponed: 'Preloženo',
    rescheduled: 'Nov termin',
    'moved-online': 'Poteka na spletu',
  },
  allDay: 'Ves dan',
  timeZoneNote: 'Časovni pas: {zone}',
  online: 'Na spletu',
  organisedBy: 'Organizator',
  hostedBy: 'Gostitelj',
  fundedBy: 'Financira',
  participants: 'Udeleženci',
  networks: 'Mreže',
  chair: 'Predseduje',
  tags: 'Teme',
  moreInformation: 'Več informacij',
  moreInformationAbout: 'Več informacij o dogodku {title}',
  backToBack: 'Poteka neposredno ob',
  seriesOrdinal: '{ordinal} {name}',
  ordinal: { other: '{n}.' },
  relative: {
    now: 'V teku',
    ended: 'Končano',
  },
  footnoteLabel: 'Opomba',
  eventCount: { one: '{count} dogodek', two: '{count} dogodka', few: '{count} dogodki', other: '{count} dogodkov' },
  addToCalendar: 'Dodaj v koledar',
};

import { hr as dateLocale } from 'date-fns/locale/hr';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'hr',
  dates: { day: 'd.', dayMonth: 'd. MMMM', dayMonthYear: 'd. MMMM yyyy.', time: 'HH:mm' },
  loading: 'Učitavanje događaja…',
  empty: 'Nema događaja za prikaz.',
  errorNetwork: 'Događaje nije bilo moguće učitati. Provjerite internetsku vezu i pokušajte ponovno kasnije.',
  errorTimeout: 'Učitavanje događaja trajalo je predugo. Pokušajte ponovno kasnije.',
  errorHttp: 'Događaje nije bilo moguće učitati (poslužitelj je odgovorio kodom {status}).',
  errorInvalid: 'Datoteku s događajima nije bilo moguće pročitati. Za urednike mrežnih stranica ostavljena je poruka u konzoli preglednika.',
  savedCopy: 'Prikazuje se spremljena kopija od {date}: najnovije događaje nije bilo moguće učitati.',
  eventNotFound: 'Ovaj događaj nije pronađen.',
  status: {
    scheduled: 'Zakazano',
    cancelled: 'Otkazano',
    postponed: 'Odgođeno',
    rescheduled: 'Promijenjen termin',
    'moved-online': 'Održava se online',
  },
  allDay: 'Cijeli dan',
  timeZoneNote: 'Vremenska zona: {zone}',
  online: 'Online',
  organisedBy: 'Organizator',
  hostedBy: 'Domaćin',
  fundedBy: 'Financira',
  participants: 'Sudionici',
  networks: 'Mreže',
  chair: 'Predsjeda',
  tags: 'Teme',
  moreInformation: 'Više informacija',
  moreInformationAbout: 'Više informacija o događaju {title}',
  backToBack: 'Održava se neposredno uz',
  seriesOrdinal: '{ordinal} {name}',
  ordinal: { other: '{n}.' },
  relative: {
    now: 'U tijeku',
    ended: 'Završeno',
  },
  footnoteLabel: 'Napomena',
  eventCount: { one: '{count} događaj', few: '{count} događaja', other: '{count} događaja' },
  addToCalendar: 'Dodaj u kalendar',
};

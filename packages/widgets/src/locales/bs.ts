import { bs as dateLocale } from 'date-fns/locale/bs';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'bs',
  dates: { day: 'd.', dayMonth: 'd. MMMM', dayMonthYear: 'd. MMMM yyyy.', time: 'HH:mm' },
  loading: 'Učitavanje događaja…',
  empty: 'Nema događaja za prikaz.',
  errorNetwork: 'Nije bilo moguće učitati događaje. Provjerite internet vezu i pokušajte ponovo kasnije.',
  errorTimeout: 'Učitavanje događaja je trajalo predugo. Pokušajte ponovo kasnije.',
  errorHttp: 'Nije bilo moguće učitati događaje (server je odgovorio kodom {status}).',
  errorInvalid: 'Datoteku s događajima nije bilo moguće pročitati. Za urednike web-stranice ostavljena je poruka u konzoli preglednika.',
  savedCopy: 'Prikazuje se sačuvana kopija od {date}: najnovije događaje nije bilo moguće učitati.',
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
  fundedBy: 'Finansira',
  participants: 'Učesnici',
  networks: 'Mreže',
  chair: 'Predsjedava',
  tags: 'Teme',
  moreInformation: 'Više informacija',
  moreInformationAbout: 'Više informacija o događaju {title}',
  backToBack: 'Održava se neposredno uz',
  seriesOrdinal: '{ordinal} {name}',
  ordinal: { other: '{n}.' },
  relative: {
    now: 'U toku',
    ended: 'Završeno',
  },
  footnoteLabel: 'Napomena',
  eventCount: { one: '{count} događaj', few: '{count} događaja', other: '{count} događaja' },
  addToCalendar: 'Dodaj u kalendar',
};

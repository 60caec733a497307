import { srLatn as dateLocale } from 'date-fns/locale/sr-Latn';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'sr-Latn',
  dates: { day: 'd.', dayMonth: 'd. MMMM', dayMonthYear: 'd. MMMM yyyy.', time: 'HH:mm' },
  loading: 'Učitavanje događaja…',
  empty: 'Nema događaja za prikaz.',
  errorNetwork: 'Nije bilo moguće učitati događaje. Proverite internet vezu i pokušajte ponovo kasnije.',
  errorTimeout: 'Učitavanje događaja je trajalo predugo. Pokušajte ponovo kasnije.',
  errorHttp: 'Nije bilo moguće učitati događaje (server je odgovorio kodom {status}).',
  errorInvalid: 'Datoteku sa događajima nije bilo moguće pročitati. Za urednike sajta ostavljena je poruka u konzoli veb-pregledača.',
  savedCopy: 'Prikazuje se sačuvana kopija od {date}: najnovije događaje nije bilo moguće učitati.',
  eventNotFound: 'Ovaj događaj nije pronađen.',
  status: {
    scheduled: 'Zakazano',
    cancelled: 'Otkazano',
    postponed: 'Odloženo',
    rescheduled: 'Promenjen termin',
    'moved-online': 'Održava se onlajn',
  },
  allDay: 'Ceo dan',
  timeZoneNote: 'Vremenska zona: {zone}',
  online: 'Onlajn',
  organisedBy: 'Organizator',
  hostedBy: 'Domaćin',
  fundedBy: 'Finansira',
  participants: 'Učesnici',
  networks: 'Mreže',
  chair: 'Predsedava',
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

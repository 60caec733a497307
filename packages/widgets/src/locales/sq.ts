import { sq as dateLocale } from 'date-fns/locale/sq';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'sq',
  dates: { day: 'd', dayMonth: 'd MMMM', dayMonthYear: 'd MMMM yyyy', time: 'HH:mm' },
  loading: 'Po ngarkohen ngjarjet…',
  empty: 'Nuk ka ngjarje për t’u shfaqur.',
  errorNetwork: 'Ngjarjet nuk mund të ngarkoheshin. Kontrolloni lidhjen me internetin dhe provoni përsëri më vonë.',
  errorTimeout: 'Ngarkimi i ngjarjeve zgjati tepër. Provoni përsëri më vonë.',
  errorHttp: 'Ngjarjet nuk mund të ngarkoheshin (serveri u përgjigj me kodin {status}).',
  errorInvalid: 'Skedari i ngjarjeve nuk mund të lexohej. Redaktorët e faqes janë njoftuar në konsolën e shfletuesit.',
  savedCopy: 'Po shfaqet një kopje e ruajtur më {date}: ngjarjet më të fundit nuk mund të ngarkoheshin.',
  eventNotFound: 'Kjo ngjarje nuk u gjet.',
  status: {
    scheduled: 'Planifikuar',
    cancelled: 'Anuluar',
    postponed: 'Shtyrë',
    rescheduled: 'Riplanifikuar',
    'moved-online': 'Zhvillohet online',
  },
  allDay: 'Gjithë ditën',
  timeZoneNote: 'Zona kohore: {zone}',
  online: 'Online',
  organisedBy: 'Organizuar nga',
  hostedBy: 'Pritur nga',
  fundedBy: 'Financuar nga',
  participants: 'Pjesëmarrësit',
  networks: 'Rrjetet',
  chair: 'Kryeson',
  tags: 'Temat',
  moreInformation: 'Më shumë informacion',
  moreInformationAbout: 'Më shumë informacion për {title}',
  backToBack: 'Mbahet së bashku me',
  seriesOrdinal: '{ordinal} {name}',
  // Albanian ordinal rules give one / many / other; the numeric form is the same for all.
  ordinal: { one: '{n}.', many: '{n}.', other: '{n}.' },
  relative: {
    now: 'Në zhvillim',
    ended: 'Ka përfunduar',
  },
  footnoteLabel: 'Shënim',
  eventCount: { one: '{count} ngjarje', other: '{count} ngjarje' },
  addToCalendar: 'Shto në kalendar',
};

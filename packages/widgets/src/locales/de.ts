import { de as dateLocale } from 'date-fns/locale/de';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'de',
  dates: { day: 'd.', dayMonth: 'd. MMMM', dayMonthYear: 'd. MMMM yyyy', time: 'HH:mm' },
  loading: 'Veranstaltungen werden geladen…',
  empty: 'Keine Veranstaltungen vorhanden.',
  errorNetwork: 'Die Veranstaltungen konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es später erneut.',
  errorTimeout: 'Das Laden der Veranstaltungen hat zu lange gedauert. Bitte versuchen Sie es später erneut.',
  errorHttp: 'Die Veranstaltungen konnten nicht geladen werden (Antwort des Servers: {status}).',
  errorInvalid: 'Die Veranstaltungsdatei konnte nicht gelesen werden. Für die Redaktion der Website wurde ein Hinweis in der Browserkonsole ausgegeben.',
  savedCopy: 'Angezeigt wird eine gespeicherte Kopie vom {date}: Die aktuellen Veranstaltungen konnten nicht geladen werden.',
  eventNotFound: 'Diese Veranstaltung wurde nicht gefunden.',
  status: {
    scheduled: 'Geplant',
    cancelled: 'Abgesagt',
    postponed: 'Verschoben',
    rescheduled: 'Neu terminiert',
    'moved-online': 'Findet online statt',
  },
  allDay: 'Ganztägig',
  timeZoneNote: 'Zeitzone: {zone}',
  online: 'Online',
  organisedBy: 'Veranstaltet von',
  hostedBy: 'Ausgerichtet von',
  fundedBy: 'Finanziert von',
  participants: 'Teilnehmende',
  networks: 'Netzwerke',
  chair: 'Vorsitz',
  tags: 'Themen',
  moreInformation: 'Weitere Informationen',
  moreInformationAbout: 'Weitere Informationen zu {title}',
  backToBack: 'In Verbindung mit',
  seriesOrdinal: '{ordinal} {name}',
  ordinal: { other: '{n}.' },
  relative: {
    now: 'Findet gerade statt',
    ended: 'Beendet',
  },
  footnoteLabel: 'Anmerkung',
  eventCount: { one: '{count} Veranstaltung', other: '{count} Veranstaltungen' },
  addToCalendar: 'Zum Kalender hinzufügen',
};

import { sr as dateLocale } from 'date-fns/locale/sr';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'sr-Cyrl',
  dates: { day: 'd.', dayMonth: 'd. MMMM', dayMonthYear: 'd. MMMM yyyy.', time: 'HH:mm' },
  loading: 'Учитавање догађаја…',
  empty: 'Нема догађаја за приказ.',
  errorNetwork: 'Није било могуће учитати догађаје. Проверите интернет везу и покушајте поново касније.',
  errorTimeout: 'Учитавање догађаја је трајало предуго. Покушајте поново касније.',
  errorHttp: 'Није било могуће учитати догађаје (сервер је одговорио кодом {status}).',
  errorInvalid: 'Датотеку са догађајима није било могуће прочитати. За уреднике сајта остављена је порука у конзоли веб-прегледача.',
  savedCopy: 'Приказује се сачувана копија од {date}: најновије догађаје није било могуће учитати.',
  eventNotFound: 'Овај догађај није пронађен.',
  status: {
    scheduled: 'Заказано',
    cancelled: 'Отказано',
    postponed: 'Одложено',
    rescheduled: 'Промењен термин',
    'moved-online': 'Одржава се онлајн',
  },
  allDay: 'Цео дан',
  timeZoneNote: 'Временска зона: {zone}',
  online: 'Онлајн',
  organisedBy: 'Организатор',
  hostedBy: 'Домаћин',
  fundedBy: 'Финансира',
  participants: 'Учесници',
  networks: 'Мреже',
  chair: 'Председава',
  tags: 'Теме',
  moreInformation: 'Више информација',
  moreInformationAbout: 'Више информација о догађају {title}',
  backToBack: 'Одржава се непосредно уз',
  seriesOrdinal: '{ordinal} {name}',
  ordinal: { other: '{n}.' },
  relative: {
    now: 'У току',
    ended: 'Завршено',
  },
  footnoteLabel: 'Напомена',
  eventCount: { one: '{count} догађај', few: '{count} догађаја', other: '{count} догађаја' },
  addToCalendar: 'Додај у календар',
};

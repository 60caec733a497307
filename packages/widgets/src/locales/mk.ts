import { mk as dateLocale } from 'date-fns/locale/mk';
import type { Messages } from './messages.js';

export { dateLocale };

export const messages: Messages = {
  lang: 'mk',
  dates: { day: 'd', dayMonth: 'd MMMM', dayMonthYear: 'd MMMM yyyy', time: 'HH:mm' },
  loading: 'Се вчитуваат настаните…',
  empty: 'Нема настани за прикажување.',
  errorNetwork: 'Настаните не можеа да се вчитаат. Проверете ја интернет-врската и обидете се повторно подоцна.',
  errorTimeout: 'Вчитувањето на настаните траеше предолго. Обидете се повторно подоцна.',
  errorHttp: 'Настаните не можеа да се вчитаат (серверот одговори со код {status}).',
  errorInvalid: 'Датотеката со настани не можеше да се прочита. За уредниците на веб-страницата е испишана порака во конзолата на прелистувачот.',
  savedCopy: 'Се прикажува зачувана копија од {date}: најновите настани не можеа да се вчитаат.',
  eventNotFound: 'Овој настан не е пронајден.',
  status: {
    scheduled: 'Закажано',
    cancelled: 'Откажано',
    postponed: 'Одложено',
    rescheduled: 'Променет термин',
    'moved-online': 'Се одржува онлајн',
  },
  allDay: 'Цел ден',
  timeZoneNote: 'Временска зона: {zone}',
  online: 'Онлајн',
  organisedBy: 'Организирано од',
  hostedBy: 'Домаќин',
  fundedBy: 'Финансирано од',
  participants: 'Учесници',
  networks: 'Мрежи',
  chair: 'Претседава',
  tags: 'Теми',
  moreInformation: 'Повеќе информации',
  moreInformationAbout: 'Повеќе информации за настанот {title}',
  backToBack: 'Се одржува заедно со',
  seriesOrdinal: '{ordinal} {name}',
  // Macedonian ordinal rules give one / two / many / other; the numeric form is the same for all.
  ordinal: { one: '{n}.', two: '{n}.', many: '{n}.', other: '{n}.' },
  relative: {
    now: 'Во тек',
    ended: 'Завршено',
  },
  footnoteLabel: 'Забелешка',
  eventCount: { one: '{count} настан', other: '{count} настани' },
  addToCalendar: 'Додај во календар',
};

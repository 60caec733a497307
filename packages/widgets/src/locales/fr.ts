import { fr as dateLocale } from 'date-fns/locale/fr';
import type { Messages } from './messages.js';

export { dateLocale };

// French typography: a no-break space (\u00a0) goes before a colon.
export const messages: Messages = {
  lang: 'fr',
  dates: { day: 'd', dayMonth: 'd MMMM', dayMonthYear: 'd MMMM yyyy', time: 'HH:mm' },
  loading: 'Chargement des événements…',
  empty: 'Aucun événement à afficher.',
  errorNetwork: 'Les événements n’ont pas pu être chargés. Vérifiez votre connexion et réessayez plus tard.',
  errorTimeout: 'Le chargement des événements a pris trop de temps. Réessayez plus tard.',
  errorHttp: 'Les événements n’ont pas pu être chargés (réponse du serveur\u00a0: {status}).',
  errorInvalid: 'Le fichier des événements n’a pas pu être lu. Un message destiné aux rédacteurs du site a été affiché dans la console du navigateur.',
  savedCopy: 'Affichage d’une copie enregistrée le {date}\u00a0: les derniers événements n’ont pas pu être chargés.',
  eventNotFound: 'Cet événement est introuvable.',
  status: {
    scheduled: 'Prévu',
    cancelled: 'Annulé',
    postponed: 'Reporté',
    rescheduled: 'Reprogrammé',
    'moved-online': 'Désormais en ligne',
  },
  allDay: 'Toute la journée',
  timeZoneNote: 'Fuseau horaire\u00a0: {zone}',
  online: 'En ligne',
  organisedBy: 'Organisé par',
  hostedBy: 'Accueilli par',
  fundedBy: 'Financé par',
  participants: 'Participants',
  networks: 'Réseaux',
  chair: 'Présidence',
  tags: 'Thèmes',
  moreInformation: 'Plus d’informations',
  moreInformationAbout: 'Plus d’informations sur {title}',
  backToBack: 'Organisé en lien avec',
  seriesOrdinal: '{ordinal} {name}',
  ordinal: { one: '{n}er', other: '{n}e' },
  relative: {
    now: 'En cours',
    ended: 'Terminé',
  },
  footnoteLabel: 'Note',
  eventCount: { one: '{count} événement', many: '{count} d’événements', other: '{count} événements' },
  addToCalendar: 'Ajouter au calendrier',
};

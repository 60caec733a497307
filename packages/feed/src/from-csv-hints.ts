/**
 * What a spreadsheet's editor meant, where a cell or a header is not what the feed takes: a country's
 * three-letter code or name, a country code typed as a language (`title.al`), a time zone that IANA does not
 * have (`Europe/Pristina`), a column named otherwise (`Start Date`). Only for `from-csv`, where people type;
 * not part of the parser that every page loads.
 */
import { isLanguageTag } from './read-values.js';
import { shorten, suggest } from './problems.js';

/**
 * ISO 3166-1 alpha-3 → alpha-2, as Debian's iso-codes 4.15 lists them, and the codes people write for the
 * countries of the region that are not ISO's: Kosovo's (XKX, which the EU uses; RKS and KOS) and the
 * sports and car codes (SLO, CRO, GER, SUI, NMK, GRE), none of which is another country's alpha-3.
 */
const ALPHA3 = new Map<string, string>(
  (
    'ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT AZEAZ BDIBI ' +
    'BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN BTNBT ' +
    'BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU ' +
    'CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET ' +
    'FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR ' +
    'GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR ' +
    'IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB ' +
    'LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH ' +
    'MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE ' +
    'NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL ' +
    'PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ ' +
    'SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC ' +
    'TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY ' +
    'USAUS UZBUZ VATVA VCTVC VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW ' +
    'XKXXK RKSXK KOSXK SLOSI CROHR GERDE SUICH NMKMK GREGR'
  )
    .split(' ')
    .map((pair) => [pair.slice(0, 3), pair.slice(3)] as [string, string]),
);

/** The languages the widgets speak, for names and hints. */
const WIDGET_LANGUAGES = ['en', 'sq', 'sr', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr'];

/** Lower case, no accents (ë as e, đ as d), single spaces: a name as an editor may type it. */
const fold = (text: string) => text.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/\s+/g, ' ');

const namesByLanguage = new Map<string, Intl.DisplayNames | undefined>();

/** `Intl.DisplayNames` of `type` in `lang`, answering undefined for a code it has no name for; none in a runtime without names. */
function displayNames(lang: string, type: 'language' | 'region'): Intl.DisplayNames | undefined {
  const key = `${lang} ${type}`;
  if (!namesByLanguage.has(key)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type, fallback: 'none' });
      if (!names.of(type === 'language' ? 'sq' : 'AL')) names = undefined;
    } catch {
      names = undefined;
    }
    namesByLanguage.set(key, names);
  }
  return namesByLanguage.get(key);
}

let countryByName: Map<string, string> | undefined;

/** The code of a country written by name, in English or in one of the widgets' languages (`Serbia`, `Srbija`, `Kosova`). */
function countryOfName(name: string): string | undefined {
  if (!countryByName) {
    countryByName = new Map();
    for (const lang of WIDGET_LANGUAGES) {
      const names = displayNames(lang, 'region');
      if (!names) continue;
      for (const code of ALPHA3.values()) {
        const known = names.of(code);
        if (known && !countryByName.has(fold(known))) countryByName.set(fold(known), code);
      }
    }
    // What people call the countries of the region besides the runtime's names.
    for (const [known, code] of [['kosova', 'XK'], ['macedonia', 'MK'], ['bih', 'BA'], ['bosnia', 'BA'], ['shqiperia', 'AL'], ['crna gora', 'ME']]) countryByName.set(known, code);
  }
  return countryByName.get(fold(name));
}

/**
 * A country cell that is not two letters: `{ code, read: true }` for an ISO alpha-3 (or Kosovo's XKX) code, which is
 * read as its two-letter code; `{ code }` for a country's name, whose code the message names; `{}` for anything else.
 */
export function countryOfCell(cell: string): { code?: string; read?: boolean } {
  const upper = cell.trim().toUpperCase();
  const alpha3 = /^[A-Z]{3}$/.test(upper) ? ALPHA3.get(upper) : undefined;
  if (alpha3) return { code: alpha3, read: true };
  return { code: countryOfName(cell) };
}

/**
 * Codes written after a text column's name that are a country's (`al`, Albania) or another language's (`si`,
 * Sinhala; `slo`, Slovak) where the editor meant one of the widgets' languages: the language or languages meant.
 * Only those the region's editors type; `uk` (Ukrainian) and `se` (Northern Sami) stay what they are.
 */
const LANGUAGE_MEANT = new Map<string, readonly string[]>(Object.entries({
  al: ['sq'], shq: ['sq'],
  rs: ['sr-Latn', 'sr-Cyrl'], srb: ['sr-Latn', 'sr-Cyrl'],
  ba: ['bs'], bih: ['bs'],
  si: ['sl'], slo: ['sl'], svn: ['sl'],
  cro: ['hr'],
  me: ['cnr', 'sr-Latn'], mne: ['cnr', 'sr-Latn'],
  xk: ['sq', 'sr'], ks: ['sq', 'sr'], kos: ['sq', 'sr'], xkx: ['sq', 'sr'], rks: ['sq', 'sr'],
  at: ['de'], ge: ['de', 'ka'], ch: ['de', 'fr', 'it'],
  gr: ['el'], cz: ['cs'], dk: ['da'], ua: ['uk'], gb: ['en'], us: ['en'],
}));

/** A language's English name (`sr-Latn` → `Serbian (Latin)`), else its tag. */
function languageName(tag: string): string {
  return displayNames('en', 'language')?.of(tag) ?? tag;
}

/** The tag of a language written by name, in English or in itself (`Albanian`, `shqip`, `srpski`), if it is one of the widgets'. */
function tagOfLanguageName(name: string): string | undefined {
  const wanted = fold(name);
  for (const tag of WIDGET_LANGUAGES) {
    for (const lang of ['en', tag]) {
      const known = displayNames(lang, 'language')?.of(tag);
      if (known && (fold(known) === wanted || fold(known.replace(/ \(.*\)$/, '')) === wanted)) return tag;
    }
  }
  return undefined;
}

/**
 * Why a language tag written after a column's name (`title.al`) or given as the sheet's language is not one the
 * feed should carry, and what to write instead: `"al" is not a language code (Albanian is "sq")`. Undefined
 * for a tag of a language (`sq`, `sr-Latn`, `it`). `write(tag)` says how to write the one meant, where there
 * is one (`name the column "title.sq"`; nothing: ''); `quote` quotes codes as the message around it does.
 */
export function languageProblem(tag: string, write: (tag: string) => string, quote: (text: string) => string = JSON.stringify): string | undefined {
  const quoted = quote(shorten(tag)); // (a 100 KB header is named short, as every cell is)
  const then = (meant: string) => (write(meant) ? `: ${write(meant)}` : '');
  if (!isLanguageTag(tag)) {
    const meant = tagOfLanguageName(tag);
    return `${quoted} is not a language code${meant ? ` (${languageName(meant)} is ${quote(meant)}${then(meant)})` : ` such as ${quote('sq')}, ${quote('sr-Latn')} or ${quote('mk')}`}`;
  }
  const primary = tag.split('-')[0].toLowerCase();
  const names = displayNames('en', 'language');
  const known = names?.of(primary);
  const meant = LANGUAGE_MEANT.get(primary);
  // A tag with a region or script after a mistaken code (`al-AL`) is as mistaken; one after a language's own code is that language's.
  if (meant && (!known || tag.toLowerCase() === primary)) {
    const is = known ? `${quoted} is ${known}` : `${quoted} is not a language code`;
    if (meant.length === 1) return `${is} (${languageName(meant[0])} is ${quote(meant[0])}${then(meant[0])})`;
    return `${is} (write ${meant.map((t) => `${quote(t)} for ${languageName(t)}`).join(' or ')})`;
  }
  // A code no language has (`xy`), where the runtime knows the languages' names.
  if (names && !known) return `${quoted} is not a language code such as ${quote('sq')}, ${quote('sr-Latn')} or ${quote('mk')}`;
  return undefined;
}

/**
 * Zones people write for Kosovo, which IANA does not have (`Europe/Pristina`, `Europe/Prishtina`, `Europe/Kosovo`, `Priština`):
 * Kosovo's clocks are Belgrade's. (The spelling of other zones would take `Europe/Pristna` for Chisinau.)
 */
const KOSOVO_ZONE = /prish?t|kosov/;

let zones: string[] | undefined;
const zoneHints = new Map<string, string | undefined>();

/**
 * What to write for a time zone that is not one (`Europe/Pristina`, `Europe/Belgarde`, `Tirana`), for a message:
 * `Kosovo's zone is "Europe/Belgrade"` or `did you mean "Europe/Belgrade"?`; undefined when nothing is near.
 */
export function zoneHint(name: string, quote: (text: string) => string = JSON.stringify): string | undefined {
  if (KOSOVO_ZONE.test(fold(name))) return `Kosovo's zone is ${quote('Europe/Belgrade')}: write that`;
  // Each row of a sheet may give the same zone: it is compared with some 400 zones once.
  if (!zoneHints.has(name)) {
    if (zoneHints.size >= 1000) zoneHints.clear();
    zoneHints.set(name, nearestZone(name));
  }
  const near = zoneHints.get(name);
  return near ? `did you mean ${quote(near)}?` : undefined;
}

/** The zone nearest to `name` by its spelling: the whole name (`Europe/Belgarde`), else the city alone (`Tirana`). */
function nearestZone(name: string): string | undefined {
  if (!zones) {
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = [];
    }
  }
  const whole = suggest(name.trim(), zones);
  if (whole) return whole;
  const city = name.trim().split('/').pop()!.replace(/ /g, '_');
  const cities = zones.map((zone) => zone.split('/').pop()!);
  const near = suggest(city, cities);
  return near ? zones[cities.indexOf(near)] : undefined;
}

/** Column names people give for the template's (keys as `headerKey` makes them: lower case, no spaces, `-` or `_`). */
const COLUMN_MEANT = new Map<string, string>(Object.entries({
  startdate: 'start', datestart: 'start', date: 'start', begin: 'start', begins: 'start', from: 'start', startday: 'start',
  enddate: 'end', dateend: 'end', endday: 'end', to: 'end', until: 'end', finish: 'end', ends: 'end',
  time: 'startTime', starthour: 'startTime', endhour: 'endTime',
  originaldate: 'previousStart', originalstart: 'previousStart', previousdate: 'previousStart', olddate: 'previousStart',
  name: 'title', event: 'title', eventname: 'title', eventtitle: 'title',
  zone: 'timeZone', tz: 'timeZone',
  place: 'venue', location: 'venue', town: 'city',
  latitude: 'lat', longitude: 'lon', lng: 'lon', long: 'lon',
  link: 'url', website: 'url', web: 'url', page: 'url',
  organiser: 'organisers', organizer: 'organisers', host: 'hosts', funder: 'funders', donor: 'funders', donors: 'funders', supporter: 'supporters', participant: 'participants',
  network: 'networks', tag: 'tags', number: 'ordinal', no: 'ordinal', nr: 'ordinal', meetingnumber: 'ordinal',
}));

/** The column meant by a header that is none (`Start Date` → `start`), by the names above, else by spelling. */
export function columnHint(key: string, columns: readonly string[], keyOf: (column: string) => string): string | undefined {
  const meant = COLUMN_MEANT.get(key);
  if (meant) return meant;
  const near = suggest(key, columns.map(keyOf));
  return near ? columns.find((column) => keyOf(column) === near) : undefined;
}

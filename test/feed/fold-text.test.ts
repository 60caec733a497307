import { expect } from '@open-wc/testing';
import { foldText, matchesFilter, parseFeed } from '@iisg/feed';

describe('foldText', () => {
  it('drops case and the diacritics Unicode decomposes', () => {
    expect(foldText('Prishtinë')).to.equal('prishtine');
    expect(foldText('ÇARSHIA E MADHE')).to.equal('carshia e madhe');
    expect(foldText('Čačak, Ćuprija, Šabac, Žabljak')).to.equal('cacak, cuprija, sabac, zabljak');
    expect(foldText('Köln Mürzzuschlag')).to.equal('koln murzzuschlag');
    expect(foldText('Meeting 7 in Tirana')).to.equal('meeting 7 in tirana');
  });

  it('folds letters without a decomposition: đ as dj, and ł, ø, ß, æ, œ', () => {
    expect(foldText('Đakovica')).to.equal('djakovica');
    expect(foldText('ĐORĐE đorđe')).to.equal('djordje djordje');
    expect(foldText('Ðakovica')).to.equal('djakovica'); // Icelandic Ð, often typed for Đ
    expect(foldText('Łódź')).to.equal('lodz');
    expect(foldText('Øresund')).to.equal('oresund');
    expect(foldText('Straße STRAẞE')).to.equal('strasse strasse');
    expect(foldText('Ærø')).to.equal('aero');
    expect(foldText('Œuvre')).to.equal('oeuvre');
    expect(foldText('ǄEP ǅep ǉubav ǋegoš')).to.equal('dzep dzep ljubav njegos'); // one-character digraphs
  });

  it('folds the Latin and Cyrillic spellings of a Serbian word alike, digraphs included', () => {
    const pairs = [
      ['Београд', 'Beograd'],
      ['Састанак', 'Sastanak'],
      ['Љубљана', 'Ljubljana'],
      ['Његовађа', 'Njegovađa'],
      ['Џемат', 'Džemat'],
      ['Ђорђе Ђаковица', 'Đorđe Đakovica'],
      ['Ћуприја Чачак', 'Ćuprija Čačak'],
      ['Шабац Жабљак', 'Šabac Žabljak'],
      ['Одјек подјела', 'Odjek podjela'], // д + ј, two letters in both scripts
      ['Надживети', 'Nadživeti'], // д + ж, not џ
      ['Конјух', 'Konjuh'], // н + ј, not њ
      ['Министарство унутрашњих послова', 'Ministarstvo unutrašnjih poslova'],
    ];
    for (const [cyrillic, latin] of pairs) expect(foldText(cyrillic), cyrillic).to.equal(foldText(latin));
    expect(foldText('Ђаковица')).to.equal('djakovica');
    expect(foldText('Џеп')).to.equal('dzep');
  });

  it('folds Macedonian Cyrillic and Latin alike, ѓ and ќ as gj and kj', () => {
    expect(foldText('Ѓорче Петров')).to.equal('gjorce petrov');
    expect(foldText('Gjorče Petrov')).to.equal('gjorce petrov');
    expect(foldText('Ǵorče Petrov')).to.equal('gjorce petrov');
    expect(foldText('Ќерка')).to.equal('kjerka');
    expect(foldText('Ḱerka')).to.equal('kjerka');
    expect(foldText('Ѕвезда')).to.equal('dzvezda');
    expect(foldText('Состанок во Скопје')).to.equal('sostanok vo skopje');
    expect(foldText('Ѓ'.normalize('NFD'))).to.equal('gj'); // decomposed input too
  });

  it('folds other Cyrillic letters sensibly and keeps other scripts', () => {
    expect(foldText('София Щип')).to.equal('sofija shtip');
    expect(foldText('Ёлка Київ')).to.equal('elka kiiv');
    expect(foldText('Αθήνα')).to.equal('αθηνα');
    expect(foldText('ﬁnal Ｔｅｓｔ')).to.equal('final test');
  });

  it('is idempotent', () => {
    for (const text of ['Đakovica', 'Ѓорче Петров', 'Љубљана', 'Straße', 'Αθήνα', 'naïve 😀 café', 'ǅep']) {
      const folded = foldText(text);
      expect(foldText(folded), text).to.equal(folded);
    }
  });
});

describe('search across scripts', () => {
  const { feed } = parseFeed({
    version: 1,
    timeZone: 'Europe/Belgrade',
    organisations: [{ id: 'mup', name: { 'sr-Cyrl': 'Министарство унутрашњих послова' } }],
    events: [
      { id: 'cyrillic', title: { 'sr-Cyrl': 'Састанак у Београду' }, start: '2019-04-23' },
      { id: 'latin', title: { 'sr-Latn': 'Sastanak u Novom Sadu' }, start: '2019-04-24', organisers: ['mup'] },
      { id: 'dj', title: 'Konferencija', start: '2019-04-25', location: { city: { 'sr-Latn': 'Đakovica' }, country: 'XK' } },
      { id: 'dj-cyrillic', title: { 'sr-Cyrl': 'Радионица у Ђаковици' }, start: '2019-04-26' },
      { id: 'albanian', title: { sq: 'Takimi në Prishtinë' }, start: '2019-04-27' },
    ],
  });
  const found = (query: string) => feed!.events.filter((e) => matchesFilter(feed!, e, { query })).map((e) => e.id);

  it('finds Cyrillic titles by Latin words and Latin titles by Cyrillic words', () => {
    expect(found('beograd')).to.deep.equal(['cyrillic']);
    expect(found('Beogradu')).to.deep.equal(['cyrillic']);
    expect(found('састанак')).to.deep.equal(['cyrillic', 'latin']);
    expect(found('новом саду')).to.deep.equal(['latin']);
    expect(found('ministarstvo unutrasnjih')).to.deep.equal(['latin']);
    expect(found('prishtine')).to.deep.equal(['albanian']);
  });

  it('finds đ typed as đ, dj or d, in either script', () => {
    for (const query of ['Đakovica', 'djakovica', 'dakovica', 'Ђаковица', 'DJAKOVICA']) {
      expect(found(query), query).to.deep.equal(['dj']);
    }
    for (const query of ['djakovici', 'dakovici', 'ђаковици']) expect(found(query), query).to.deep.equal(['dj-cyrillic']);
    expect(found('djakov')).to.deep.equal(['dj', 'dj-cyrillic']);
    expect(found('dakovica beograd')).to.deep.equal([]);
  });
});

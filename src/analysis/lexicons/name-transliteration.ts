/**
 * How one name comes to be written several ways in the Latin alphabet: the letters that
 * romanisation systems (and journalists) write differently for the same sound, the vowel
 * qualities that stand for one vowel, and the titles and honorifics that stand before a name
 * without being part of it. Data only; `text/names.ts` and `variants/name-match.ts` apply it.
 *
 * Rules of writing, not a list of names: every entry is a correspondence between romanisation
 * systems, or a class of word, that the works below set out.
 *
 * - `alalc`: Library of Congress, ALA-LC Romanization Tables (Arabic 2012, Persian 2012, Russian
 *   2012, Ukrainian 2011, Belarusian 2011, Korean 2009), https://www.loc.gov/catdir/cpso/roman.html.
 * - `bgnpcgn`: US Board on Geographic Names and Permanent Committee on Geographical Names for
 *   British Official Use, Romanization Systems and Policies (Arabic 1956/2007, Russian 1947,
 *   Ukrainian 2019, Belarusian 1979), https://www.gov.uk/government/publications/romanisation-systems.
 * - `duden`: German transcription of Cyrillic (Duden, "Transkription des Russischen"), the source
 *   of sch, tsch, dsch and j for ш, ч, дж and й.
 * - `wiki-muhammad`: Wikipedia, "Muhammad (name)", section "Spelling variants" (Muhammad,
 *   Mohammed, Mohamed, Mehmet, Mouhamed...), for the vowel qualities a/e, u/o and the doubled m.
 * - `wiki-arabic-names`: Wikipedia, "Arabic name" (nasab, kunya, laqab; ibn/bin/ben; the article
 *   al- and its assimilation before sun letters; "Abd al-" compounds; honorifics such as Sheikh,
 *   Sayyid and Hajji).
 * - `wiki-slavic-names`: Wikipedia, "Eastern Slavic naming customs" (given name, patronymic in
 *   -ovich/-evich/-ovna, family name; the -sky/-skiy/-skyi/-ski endings).
 * - `wiki-latin-alphabets`: Wikipedia, "Turkish alphabet" (c for /dʒ/, the j of other spellings;
 *   final b, d written devoiced as p, t),
 *   "Uzbek alphabet" (1995 Latin script: x for х, elsewhere kh), "Somali alphabet" (1972 Latin
 *   orthography: x for ħ, elsewhere h; c for the ʿayn, elsewhere unwritten).
 * - `wiki-burmese-names`: Wikipedia, "Burmese names" (honorifics U, Daw; Maung abbreviated Mg),
 *   and the MLCTS / BGN romanisation of Burmese, where h before a consonant marks aspiration
 *   (Htin, Hla, Hmwe) that other spellings leave out.
 * - `wiki-east-slavic-forms`: Wikipedia, the articles on the given names Nikolai, Nikita, Anna,
 *   Nadezhda, Vladimir, Grigory, Konstantin and Artyom, which give each name's Ukrainian and
 *   Belarusian form (Mykola, Mikalai; Mykyta, Mikita; Hanna; Nadiya, Nadzeya; Volodymyr,
 *   Uladzimir; Hryhoriy, Ryhor; Kostiantyn, Kanstantsin; Artem, Arciom).
 * - `rr2000`: National Institute of the Korean Language, Revised Romanization of Korean (2000),
 *   against the McCune-Reischauer system it replaced in the South and the North still uses (the
 *   ALA-LC Korean table above): b, d, g, j for the unaspirated p, t, k, ch; eo, eu for ŏ, ŭ; and
 *   Wikipedia, "Korean name" (the family names Ri, Yi and Lee; Park and Pak; Choi and Choe).
 * - `wiki-wade-giles`: Wikipedia, "Wade-Giles", comparison with Hanyu Pinyin (p, t, k, ch for the
 *   b, d, g, j or zh of pinyin).
 * - `rtgs`: Royal Thai General System of Transcription (Royal Institute, 1999; Wikipedia, "Royal
 *   Thai General System of Transcription"): จ written ch, where common spellings write j
 *   (Chinda / Jinda), as Revised Romanization and pinyin write j for the ch of McCune-Reischauer
 *   and Wade-Giles (rr2000, wiki-wade-giles).
 * - `chicago`: The Chicago Manual of Style, 17th ed. (2017), 10.17-10.20 and 8.29-8.33: titles
 *   and honorifics (Mr., Dr., Sheikh), and Jr., Sr., II as part of a name but not of its spelling.
 */

/** Works the entries below cite; the full references are in the header. */
export type TransliterationSource =
  | "alalc"
  | "bgnpcgn"
  | "duden"
  | "wiki-muhammad"
  | "wiki-arabic-names"
  | "wiki-slavic-names"
  | "wiki-latin-alphabets"
  | "wiki-burmese-names"
  | "wiki-east-slavic-forms"
  | "rr2000"
  | "wiki-wade-giles"
  | "rtgs"
  | "chicago";

/** Several spellings of one consonant sound across romanisation systems. */
export interface LetterFamily {
  /** Lowercase letter groups, any of which a romanisation may write for the sound. */
  readonly written: readonly string[];
  /** The one letter the family is folded to. */
  readonly as: string;
  /** What sound, in which languages. */
  readonly sound: string;
  readonly basis: readonly TransliterationSource[];
}

/**
 * Consonant families, folded longest group first. Vowels are kept (see `vowelQualities`); the
 * letter h after another letter is dropped by the caller (it marks a digraph or a pharyngeal
 * that many systems leave unwritten: Ahmad / Ahmed / Achmad is handled by ch → k, Mohamed /
 * Muhammad by the dropped h).
 */
export const letterFamilies: readonly LetterFamily[] = [
  {
    written: ["shch", "sch", "sh", "s", "z"],
    as: "s",
    sound: "sibilants: Russian ш, щ; Arabic س, ش, ز, ص; Persian ژ written z or zh",
    basis: ["alalc", "bgnpcgn", "duden"],
  },
  {
    written: ["tsch", "tch", "tj", "ch", "kh", "gh", "ck", "q", "k", "g", "c"],
    as: "k",
    sound:
      "velars and uvulars: Arabic ق (q, k, g), ك, خ (kh, ch), غ (gh, g); Russian х (kh, ch), " +
      "ч (ch, tch, tsch, tj)",
    basis: ["alalc", "bgnpcgn", "duden", "wiki-arabic-names"],
  },
  {
    written: ["dsch", "dzh", "dj", "zh", "j"],
    as: "j",
    sound: "Arabic ج (j, dj, g); Russian ж, дж (zh, dzh, dsch)",
    basis: ["alalc", "bgnpcgn", "duden"],
  },
  {
    written: ["dh", "d"],
    as: "d",
    sound: "Arabic د, ذ (dh), ض (d, dh)",
    basis: ["alalc", "bgnpcgn"],
  },
  {
    written: ["th", "t"],
    as: "t",
    sound: "Arabic ت, ث (th), ط",
    basis: ["alalc", "bgnpcgn"],
  },
  { written: ["ph", "f"], as: "f", sound: "Arabic ف; Greek φ", basis: ["alalc"] },
  {
    written: ["w", "v"],
    as: "v",
    sound: "Arabic و (w, v in Persian); Russian в (v, w in German texts)",
    basis: ["alalc", "bgnpcgn", "duden"],
  },
  { written: ["x"], as: "ks", sound: "Russian кс (ks, x: Aleksei / Alexei)", basis: ["bgnpcgn"] },
];

/**
 * Letters one system reads one way and another system another, tried as a second reading when
 * the rest of a person's name already agrees (too ambiguous to fold always): French ch for the sh
 * of Arabic ش (Chérif / Sharif), Thai and Indic ph for an aspirated p (Somphon / Sompon),
 * Ukrainian and Belarusian h for the g of Russian г (Hryhoriy / Grigoriy). With `other`, one
 * of the two spellings must match it: the reading only explains a letter the other system writes.
 */
export const secondReadings: readonly {
  readonly pattern: RegExp;
  readonly as: string;
  readonly other?: RegExp;
  readonly sound: string;
  readonly basis: readonly TransliterationSource[];
}[] = [
  { pattern: /ch/g, as: "sh", sound: "French ch for ش, ш", basis: ["alalc", "wiki-arabic-names"] },
  {
    pattern: /ou(?=[aei])/g,
    as: "u",
    sound:
      "French ou for the vowel u before another vowel (Fouad / Fuad, Mouin / Muin), which " +
      "elsewhere writes w (Ouahbi / Wahbi)",
    basis: ["alalc", "wiki-arabic-names"],
  },
  {
    pattern: /(?<=[^aeiou])w(?=[aeiou])/g,
    as: "u",
    other: /u/,
    sound:
      "Arabic و after a consonant written w or u (Marwan / Maruan in Spanish and Italian spellings)",
    basis: ["alalc", "wiki-arabic-names"],
  },
  {
    pattern: /ph/g,
    as: "p",
    sound: "aspirated p in Thai and Indic romanisations",
    basis: ["alalc"],
  },
  {
    pattern: /^h|(?<=[aeiourvl])h(?=[aeiouy])/g,
    as: "g",
    // Not the q or gh of another Arabic name (Hadi / Qadi, Hassan / Ghassan): the other spelling
    // writes a plain g.
    other: /g(?!h)/,
    sound:
      "Ukrainian and Belarusian г as h (Hryhoriy / Grigoriy, Ihor / Igor, Serhiy / Sergey, " +
      "Olha / Olga, Yevhen / Yevgeny)",
    basis: ["bgnpcgn"],
  },
  {
    pattern: /(?<=[aeiou])u(?=[^aeiou]|$)/g,
    as: "v",
    sound: "Belarusian ў after a vowel written u where Russian has в (Piatrou / Petrov)",
    basis: ["bgnpcgn", "alalc"],
  },
  {
    pattern: /(?<=[oe])w$/,
    as: "v",
    sound: "German -ow, -ew for Russian -ов, -ев at the end of a name (Romanow / Romanov)",
    basis: ["duden"],
  },
  {
    pattern: /j/g,
    as: "y",
    sound: "German and Slavic j for й (Majakowski / Mayakovsky)",
    basis: ["duden"],
  },
  {
    pattern: /th/g,
    as: "dh",
    sound: "Arabic ذ written th, dh or d (Thakir / Dhakir)",
    basis: ["alalc", "bgnpcgn"],
  },
  {
    pattern: /dh/g,
    as: "z",
    sound: "Arabic ظ and ذ written dh or z (Nadhim / Nazim)",
    basis: ["alalc", "wiki-arabic-names"],
  },
  {
    pattern: /^g(?!h)/,
    as: "j",
    sound: "Egyptian Arabic g for ج (Gamal / Jamal)",
    basis: ["wiki-arabic-names"],
  },
  {
    pattern: /kh/g,
    as: "h",
    sound: "Russian х and Arabic ح/خ written h in some systems (Mikhail / Mihail)",
    basis: ["bgnpcgn", "alalc"],
  },
  {
    pattern: /c(?!h)/g,
    as: "j",
    other: /j/,
    sound: "Turkish c for the j of other spellings (Cemal / Jamal, Cemil / Jamil)",
    basis: ["wiki-latin-alphabets"],
  },
  {
    pattern: /d$/,
    as: "t",
    other: /t$/,
    sound: "Turkish writes a final d devoiced, as t (Cevat / Jawad, Murat / Murad)",
    basis: ["wiki-latin-alphabets"],
  },
  {
    pattern: /b$/,
    as: "p",
    other: /p$/,
    sound: "Turkish writes a final b devoiced, as p (Recep / Rajab, Yakup / Yaqub)",
    basis: ["wiki-latin-alphabets"],
  },
  {
    pattern: /x/g,
    as: "kh",
    other: /kh/,
    sound: "Uzbek x for х, kh in English spellings (Xoliqov / Kholiqov)",
    basis: ["wiki-latin-alphabets"],
  },
  {
    pattern: /x/g,
    as: "h",
    other: /h/,
    sound: "Somali x for ħ, h in English and Arabic spellings (Xuseen / Huseen)",
    basis: ["wiki-latin-alphabets"],
  },
  {
    pattern: /^c(?=[aeiou])/,
    as: "",
    sound: "Somali c for the ʿayn, unwritten in English spellings (Cismaan / Ismaan)",
    basis: ["wiki-latin-alphabets"],
  },
  {
    pattern: /^h(?=[b-df-hj-np-tv-z])/,
    as: "",
    sound: "Burmese h before a consonant for aspiration, left out by other spellings (Htin / Tin)",
    basis: ["wiki-burmese-names"],
  },
  {
    // Not between vowels, where the ch of French spellings is the sh of Arabic ش (Racha for
    // Rasha) and j is ج (Raja): another name.
    pattern: /(?<![aeiou])j/g,
    as: "ch",
    other: /ch/,
    sound:
      "the unaspirated affricate written j (Revised Romanization, pinyin, common Thai " +
      "spellings) or ch (McCune-Reischauer, Wade-Giles, RTGS), first or after a consonant: " +
      "Jinda / Chinda, Somjai / Somchai",
    basis: ["rtgs", "rr2000", "wiki-wade-giles"],
  },
  {
    pattern: /^[ae]l(?=\p{L}{3})/u,
    as: "",
    sound: "the article written onto a name that begins with a vowel (Elamrani / Amrani)",
    basis: ["wiki-arabic-names"],
  },
];

/**
 * A word that marks a name as East Slavic (Russian, Ukrainian or Belarusian, and the Russian
 * forms of Central Asian and Caucasian names): a patronymic (-ovich, -evich, Ukrainian -ovych,
 * Belarusian -avich, -auna; feminine -ovna, -ivna), a family name in -ov, -ev, -enko, -sky, -yn
 * or the adjectival -oy, -yy (wiki-slavic-names), Belarusian initial dz, or a Ukrainian or Belarusian form of a given name
 * (`eastSlavicReadings`). Only then are `eastSlavicReadings` tried.
 */
export const eastSlavicMarker =
  /(?:[vw][iy](?:tsch|tch|ch|tj|ts|tz|cz|c|s)|[vwu]na|[oe][vw]a?|enk[oa]|sk(?:[iy]|iy|yi|ij|aya|aja)|yn|yna|oy|yy)$|^(?:dz|uladz|m[iy]k[ao]l|m[iy]k[iy]t|volodym)/;

/**
 * How Ukrainian and Belarusian write the names Russian writes otherwise, and the spellings one
 * Cyrillic letter takes across systems, applied in order to both spellings of a word of an East
 * Slavic name (alalc, bgnpcgn, duden; Belarusian akanye and dzekanye, Ukrainian and Belarusian
 * h for г: "Belarusian language" and "Ukrainian language" phonology in Wikipedia). Each maps the
 * spellings of one sound to one, so two spellings that read alike afterwards are one name.
 */
export const eastSlavicReadings: readonly {
  readonly pattern: RegExp;
  readonly as: string;
  readonly sound: string;
  readonly basis: readonly TransliterationSource[];
}[] = [
  // One given name's Ukrainian and Belarusian forms, where they differ from the Russian by more
  // than spelling; read at the start of the word, so the patronymic follows (Mykolayovych).
  {
    pattern: /^m[iy]k[ao]l/,
    as: "nikol",
    sound: "Nikolai: Ukrainian Mykola, Belarusian Mikalai",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /^m[iy]k[iy]t/,
    as: "nikit",
    sound: "Nikita: Ukrainian Mykyta, Belarusian Mikita",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /^hann?a$/,
    as: "anna",
    sound: "Anna: Ukrainian and Belarusian Hanna",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /^nad(?:iy|ij|zey|zei)a$/,
    as: "nadezhda",
    sound: "Nadezhda: Ukrainian Nadiya, Belarusian Nadzeya",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /^volodym[iy]r/,
    as: "vladimir",
    sound: "Vladimir: Ukrainian Volodymyr (Belarusian Uladzimir is read below)",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /^ryhor/,
    as: "hryhor",
    sound: "Grigory: Belarusian Ryhor (Ukrainian Hryhoriy is read below)",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /^kost[iy]a?nt[iy]n/,
    as: "konstantin",
    sound: "Konstantin: Ukrainian Kostiantyn (Belarusian Kanstantsin is read below)",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /^arci?om/,
    as: "artem",
    sound: "Artyom: Belarusian Arciom, Ukrainian Artem",
    basis: ["wiki-east-slavic-forms"],
  },
  {
    pattern: /(?<=[aeiou])u(?=[^aeiou]|$)/g,
    as: "v",
    sound:
      "Belarusian ў after a vowel where Russian has в (Halavanau / Golovanov, -euski / -evsky)",
    basis: ["bgnpcgn", "alalc"],
  },
  {
    pattern: /(?:[iy]?[aeo]|[iy])[vw][iy](?:tsch|tch|ch|tj|ts|tz|cz|c)$/,
    as: "avich",
    sound:
      "the patronymic -ович, -евич (Russian -ovich, -yevich, Ukrainian -ovych, Belarusian -avich, " +
      "German -owitsch, Polish-style -owicz)",
    basis: ["alalc", "bgnpcgn", "duden", "wiki-slavic-names"],
  },
  {
    pattern: /(?:[iy]?[aeo]|[iy])[vwu]na$/,
    as: "avna",
    sound: "the feminine patronymic -овна, -евна (Ukrainian -ivna, Belarusian -auna)",
    basis: ["alalc", "bgnpcgn", "wiki-slavic-names"],
  },
  {
    pattern: /dz(?!h)/g,
    as: "d",
    sound: "Belarusian дз where Russian has д (Dzmitry / Dmitry, Uladzimir / Vladimir)",
    basis: ["bgnpcgn"],
  },
  {
    pattern: /^u(?=l)/,
    as: "v",
    sound: "Belarusian initial у where Russian has в (Uladzimir / Vladimir)",
    basis: ["bgnpcgn"],
  },
  {
    pattern: /^v(?=o)/,
    as: "",
    sound: "the в Ukrainian and Belarusian put before an initial о (Volha / Olga)",
    basis: ["bgnpcgn"],
  },
  {
    pattern: /c(?![hz])/g,
    as: "ts",
    sound: "ц written c in Belarusian Latin and Polish-style spellings (Tselikavec / Tselikovets)",
    basis: ["bgnpcgn", "alalc"],
  },
  {
    pattern: /(?<=[^aeiou])ia/g,
    as: "e",
    sound: "Belarusian я for the unstressed е of Russian (Aliaksandr / Aleksandr)",
    basis: ["bgnpcgn"],
  },
  {
    pattern: /[yij]o/g,
    as: "o",
    sound: "ё written yo, io, jo or e (Fyodor / Fiodar / Fedor)",
    basis: ["alalc", "bgnpcgn", "duden"],
  },
  {
    pattern: /(?<![kzsctg])h/g,
    as: "g",
    sound: "Ukrainian and Belarusian г written h, Russian g (Hryhoriy / Grigoriy, Aleh / Oleg)",
    basis: ["bgnpcgn"],
  },
  {
    pattern: /o/g,
    as: "a",
    sound:
      "Belarusian akanye: unstressed о written а (Darashenka / Doroshenko, Halavanau / Golovanov)",
    basis: ["bgnpcgn"],
  },
];

/**
 * A Korean or Chinese name: every word one syllable (Kim Sang Hun, Sang Hun Yi), at least three
 * of them on one side. Only then are `syllableReadings` tried: in names of other languages p and b
 * are two letters.
 */
export const oneSyllable = /^[^aeiouy]{0,3}[aeiouy]{1,3}[^aeiouy]{0,2}$/;

/**
 * What McCune-Reischauer and Revised Romanization (Korean), Wade-Giles and pinyin (Chinese) write
 * differently for one syllable, applied in order to both spellings of a word of such a name.
 */
export const syllableReadings: readonly {
  readonly pattern: RegExp;
  readonly as: string;
  readonly sound: string;
  readonly basis: readonly TransliterationSource[];
}[] = [
  {
    pattern: /^b/,
    as: "p",
    sound: "unaspirated p written p (McCune-Reischauer, Wade-Giles) or b (Revised, pinyin)",
    basis: ["alalc", "rr2000", "wiki-wade-giles"],
  },
  {
    pattern: /^d/,
    as: "t",
    sound: "unaspirated t written t or d",
    basis: ["alalc", "rr2000", "wiki-wade-giles"],
  },
  {
    pattern: /^g/,
    as: "k",
    sound: "unaspirated k written k or g",
    basis: ["alalc", "rr2000", "wiki-wade-giles"],
  },
  {
    pattern: /^j/,
    as: "ch",
    sound: "unaspirated ch written ch or j",
    basis: ["alalc", "rr2000", "wiki-wade-giles"],
  },
  {
    pattern: /eo/g,
    as: "o",
    sound: "Korean ŏ: o (o') in McCune-Reischauer, eo in Revised Romanization",
    basis: ["alalc", "rr2000"],
  },
  {
    pattern: /eu/g,
    as: "u",
    sound: "Korean ŭ: u (u') in McCune-Reischauer, eu in Revised Romanization",
    basis: ["alalc", "rr2000"],
  },
  {
    pattern: /oi$/,
    as: "oe",
    sound: "Korean oe, also written oi (Choi / Choe)",
    basis: ["rr2000"],
  },
  {
    pattern: /r(?=k$)/,
    as: "",
    sound: "an English r before a final k that the syllable does not have (Park / Pak)",
    basis: ["rr2000"],
  },
  {
    pattern: /^(?:rh|r|l)(?=i|ee)/,
    as: "",
    sound: "initial r of the North, dropped in the South (Ri, Rhee / Yi, Lee; Rim / Lim / Im)",
    basis: ["rr2000"],
  },
];

/**
 * Given names written short by convention (Malaysian and Singaporean Mohd, Muhd for Muhammad) and
 * the genitive form of the kunya Abu (Abi, as in "Ibn Abi ..."): read as the full word.
 */
export const givenNameShortForms: Readonly<Record<string, string>> = {
  mohd: "muhammad",
  muhd: "muhammad",
  mhd: "muhammad",
  abi: "abu",
  // Burmese Maung, written Mg (wiki-burmese-names)
  mg: "maung",
};

/**
 * The vowel qualities a Latin vowel letter may stand for in a romanised name: Arabic has three
 * vowels (a, i, u), written a/e, i/e/y and u/o/ou across systems (Muhammad / Mohamed, Husayn /
 * Hussein, Umar / Omar). French and Levantine spellings write an unstressed short vowel of any
 * quality as e (Mehsin / Muhsin, Hessa / Hussa), so e shares all three. Two spellings of one
 * vowel share a quality.
 */
export const vowelQualities: Readonly<Record<string, string>> = {
  a: "A",
  e: "AIU",
  i: "I",
  y: "I",
  o: "U",
  u: "U",
};

/**
 * Words that stand before (or after) a personal name without being part of it: courtesy titles,
 * religious and traditional honorifics, and generational suffixes (Chicago 10.17-10.20, 8.29-8.33;
 * "Arabic name"; Burmese U and Daw). Lowercase, without the dot. A name written with and without
 * one is the same person but not a spelling variant.
 */
export const nameHonorifics: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "dame",
  "jr",
  "sr",
  "ii",
  "iii",
  "sheikh",
  "sheik",
  "shaykh",
  "shaikh",
  "haji",
  "hajji",
  "hadji",
  "mullah",
  "mulla",
  "maulana",
  "mawlana",
  "sayyid",
  "sayyed",
  "sayed",
  "seyed",
  "seyyed",
  "syed",
  "u",
  "daw",
]);

/**
 * Titles of office that stand before a name in news prose ("Foreign Minister X", "President X"):
 * a run of capitalised words up to the last of these is the title, not the name (Chicago 8.21-8.32).
 */
export const officeTitles: ReadonlySet<string> = new Set([
  "president",
  "minister",
  "secretary",
  "chancellor",
  "premier",
  "governor",
  "mayor",
  "senator",
  "sen",
  "rep",
  "representative",
  "judge",
  "justice",
  "general",
  "gen",
  "colonel",
  "col",
  "captain",
  "capt",
  "lieutenant",
  "lt",
  "sergeant",
  "sgt",
  "major",
  "admiral",
  "commander",
  "chief",
  "chairman",
  "chairwoman",
  "director",
  "ambassador",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "king",
  "queen",
  "prince",
  "princess",
  "emir",
  "ayatollah",
  "imam",
  "pope",
  "bishop",
  "rev",
  "father",
]);

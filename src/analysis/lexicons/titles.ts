/**
 * Titles and honorifics written before a person's name ("Foreign Minister", "Sen.", "Mr."),
 * lower-case and without their final full stop. A name is told from its title by them: "Mr.
 * Okafor", "Senator Okafor" and "Amina Okafor" are one person, "Amina" is a given name and
 * "Senator" is not.
 *
 * Sources: courtesy titles and abbreviated titles before names, The Associated Press Stylebook
 * (2022–2024), entries "courtesy titles", "titles" and "military titles"; civil, professional and
 * religious titles, The Chicago Manual of Style, 17th ed. (2017), §§ 8.21–8.35.
 */
export const personTitles: ReadonlySet<string> = new Set([
  // Courtesy titles and honorifics (AP "courtesy titles"; CMOS 8.32).
  ..."mr mrs ms miss mx dr prof sir dame lord lady madam mme m herr frau".split(" "),
  // Government and politics (AP "titles"; CMOS 8.21–8.24).
  ..."president vice premier prime chancellor minister secretary senator sen representative rep congressman congresswoman governor gov lieutenant lt mayor ambassador envoy speaker leader chairman chairwoman chair commissioner attorney general deputy undersecretary spokesman spokeswoman spokesperson director chief councillor councilman councilwoman alderman delegate".split(
    " ",
  ),
  // Royalty and nobility (CMOS 8.32).
  ..."king queen prince princess emperor empress sultan emir sheikh crown duke duchess".split(" "),
  // Military and police ranks, with the AP abbreviations (AP "military titles").
  ..."gen col maj capt cpl sgt adm cmdr colonel major captain admiral commander corporal sergeant marshal brig private officer detective inspector constable".split(
    " ",
  ),
  // Judicial and religious titles (CMOS 8.25–8.31).
  ..."judge justice magistrate pope cardinal archbishop bishop rev reverend father sister brother rabbi imam ayatollah patriarch metropolitan".split(
    " ",
  ),
]);

/** Generational suffixes after a name ("Jr.", "III"): part of the name, not a surname. */
export const nameSuffixes: ReadonlySet<string> = new Set("jr sr ii iii iv v esq phd md".split(" "));

/**
 * One person, place or term written differently across sources: transliterations (Okafor /
 * Okaafor, Abdel-Malik al-Rouaished / Abdulmalik al-Ruwaishid), typos (Jonh / John),
 * spelling and separators (Okafor-Reyes / Okafor Reyes, Ó Faoláin / O'Faolain), acronyms and
 * their expansion. Found by string relation (names.ts) together with context, never from a list
 * of names:
 * - complementary use: each source writes only its own form (a source that writes both "Niger"
 *   and "Nigeria" means two places);
 * - same role: single words must occur in sentences the aligner paired and stand next to the
 *   same words (Amina Okafor / Amina Okaafor) or relate by a transliteration rule; whole names
 *   of two words or more are specific enough to need only the string relation.
 *
 * forms.ts collects each source's written forms; group.ts compares them across sources (the
 * candidates from blocking.ts, the string relation of relation.ts, the context tests of
 * same-role.ts) and groups those that are one name.
 */

export { findVariants } from "./group.ts";

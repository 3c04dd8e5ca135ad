/**
 * English stop words: closed-class function words (articles, determiners, pronouns,
 * prepositions, conjunctions, auxiliaries, negation and contractions) plus a few very common
 * adverbs, abbreviations and titles. Similarity and cleaning skip them when they compare content.
 *
 * Sources:
 * - Salton, Gerard (ed.) (1971). The SMART Retrieval System: Experiments in Automatic Document
 *   Processing. Englewood Cliffs, NJ: Prentice-Hall; the SMART stop list as published in
 *   Lewis, David D., Yiming Yang, Tony G. Rose & Fan Li (2004). "RCV1: A new benchmark collection
 *   for text categorization research." Journal of Machine Learning Research 5: 361-397, online
 *   appendix 11.
 * - The NLTK English stop-word corpus (Bird, Steven, Ewan Klein & Edward Loper (2009). Natural
 *   Language Processing with Python. O'Reilly), whose entries, including clitic fragments such as
 *   "s", "t" and "don", are all included here.
 * - Quirk, Randolph et al. (1985). A Comprehensive Grammar of the English Language. London:
 *   Longman. The closed word classes used to group the list.
 *
 * The list is assembled by word class rather than copied. Unlike SMART, it leaves out numbers,
 * content words ("according", "appreciate", "welcome") and stance adverbs ("apparently",
 * "clearly", "obviously", "perhaps", "probably", "unfortunately"): those carry framing and
 * belong to the framing lexicons. Lowercase, straight apostrophes, as `tokens.ts` normalises.
 */

export const stopwordList: readonly string[] = [
  // articles and determiners
  "a", "an", "the", "this", "that", "these", "those", "each", "every", "either", "neither", "some",
  "any", "no", "none", "all", "both", "half", "several", "many", "much", "more", "most", "few",
  "fewer", "less", "least", "little", "other", "others", "another", "such", "own", "same", "enough",
  // personal and reflexive pronouns
  "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
  "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
  "its", "itself", "they", "them", "their", "theirs", "themselves", "one", "oneself",
  // wh-words and relatives
  "who", "whom", "whose", "which", "what", "whatever", "whoever", "whomever", "whichever", "when",
  "whenever", "where", "wherever", "why", "how", "whether",
  // indefinite pronouns and adverbs
  "someone", "somebody", "something", "somewhere", "somehow", "sometime", "anyone", "anybody",
  "anything", "anywhere", "anyhow", "anyway", "everyone", "everybody", "everything", "everywhere",
  "nobody", "nothing", "nowhere",
  // prepositions
  "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst", "among",
  "amongst", "around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides",
  "between", "beyond", "by", "despite", "down", "during", "except", "for", "from", "in", "inside",
  "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per",
  "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
  "underneath", "unlike", "until", "up", "upon", "via", "with", "within", "without",
  // conjunctions and linking adverbs
  "and", "but", "or", "nor", "so", "yet", "if", "because", "although", "though", "while", "whilst",
  "whereas", "unless", "once", "then", "also", "too", "else", "however", "therefore", "thus",
  "hence", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise",
  "instead", "accordingly", "consequently",
  // primary and modal auxiliaries
  "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do",
  "does", "did", "doing", "done", "can", "could", "may", "might", "must", "shall", "should", "will",
  "would", "ought",
  // negative and contracted forms
  "not", "cannot", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't", "needn't",
  "shan't", "mightn't", "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "he'd",
  "he'll", "she'd", "she'll", "we're", "we've", "we'd", "we'll", "they're", "they've", "they'd",
  "they'll", "let's", "should've", "she's", "it's", "that'll",
  // clitic fragments (NLTK)
  "s", "t", "d", "ll", "m", "o", "re", "ve", "y", "ain", "aren", "couldn", "didn", "doesn", "don",
  "hadn", "hasn", "haven", "isn", "ma", "mightn", "mustn", "needn", "shan", "shouldn", "wasn",
  "weren", "won", "wouldn",
  // common adverbs of time, place and degree
  "again", "already", "always", "ever", "never", "here", "there", "now", "still", "just", "only",
  "even", "very", "quite", "rather", "almost", "soon", "often", "sometimes", "away", "further",
  "thereby", "therein", "thereafter", "hereby", "herein", "whereby", "wherein", "whereupon",
  "whence", "thence", "hither", "thither",
  // abbreviations and titles
  "etc", "eg", "ie", "viz", "vs", "mr", "mrs", "ms",
];

/** The stop words as a set, for membership tests on `Token.lower`. */
export const STOPWORDS: ReadonlySet<string> = new Set<string>(stopwordList);

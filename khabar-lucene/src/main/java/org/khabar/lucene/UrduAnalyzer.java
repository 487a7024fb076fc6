package org.khabar.lucene;

import org.apache.lucene.analysis.CharArraySet;
import org.khabar.lexicon.StopWords;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

/**
 * An {@code Analyzer} for Urdu news. It reads top-down:
 *
 * <ol>
 *   <li>{@link UrduTokenizer}: Khabar's normalization and tokens (كيا → کیا، ا + ٓ → آ، ﺅ → ؤ،
 *       5وکٹوں → 5 | وکٹوں), original offsets;
 *   <li>{@link LowerCaseFilter} for words in Latin script;
 *   <li>{@link UrduJoinedWordFilter}: کہاکہ → کہا | کہ, so joined and spaced spellings match;
 *   <li>{@link StopFilter} with the Urdu stop words ({@code کے} and {@code کی} both, never
 *       merged);
 *   <li>{@link SetKeywordMarkerFilter} for words not to stem, if given;
 *   <li>{@link UrduStemFilter}: کھلاڑیوں → کھلاڑی;
 *   <li>{@link UrduVowelFoldingFilter}: ٹوئنٹی، ٹوینٹی، ٹونٹی → ٹنٹ.
 * </ol>
 *
 * <p>The stop words are matched after normalization and joined-word splitting, so the list is
 * normalized. Which filters are on by default was chosen by {@code khabar eval counter
 * --ablation} (finding a reused report's source on COUNTER, the only data measured): the vowel
 * folding gains most, the stemmer a little; the joined-word splitting and the stop words change
 * the figures by less than their noise, and are kept because phrase queries need the one and a
 * smaller index comes from the other. {@link UrduSearchFoldingFilter} gained nothing beside the
 * vowel folding and is left out; it is there for chains of your own. {@link #normalize} folds
 * query terms (wildcards, prefixes) as the tokenizer would, but does not stem.
 */
public final class UrduAnalyzer extends StopwordAnalyzerBase {

  private final CharArraySet stemExclusionSet;

  /** The default stop words: khabar-core's list ({@link StopWords}), read once. */
  public static CharArraySet getDefaultStopSet() {
    return DefaultSetHolder.DEFAULT_STOP_SET;
  }

  private static final class DefaultSetHolder {
    static final CharArraySet DEFAULT_STOP_SET =
        CharArraySet.unmodifiableSet(new CharArraySet(StopWords.list().entries(), false));
  }

  /** An analyzer with the default stop words. */
  public UrduAnalyzer() {
    this(DefaultSetHolder.DEFAULT_STOP_SET);
  }

  /** An analyzer with the given stop words (normalized). */
  public UrduAnalyzer(CharArraySet stopwords) {
    this(stopwords, CharArraySet.EMPTY_SET);
  }

  /** An analyzer with the given stop words and words not to stem (both normalized). */
  public UrduAnalyzer(CharArraySet stopwords, CharArraySet stemExclusionSet) {
    super(stopwords);
    this.stemExclusionSet = CharArraySet.unmodifiableSet(CharArraySet.copy(stemExclusionSet));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new UrduTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new UrduJoinedWordFilter(result);
    result = new StopFilter(result, stopwords);
    if (!stemExclusionSet.isEmpty()) {
      result = new SetKeywordMarkerFilter(result, stemExclusionSet);
    }
    result = new UrduStemFilter(result);
    result = new UrduVowelFoldingFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new UrduNormalizationFilter(new LowerCaseFilter(in));
  }
}

package org.khabar.app.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.khabar.lucene.UrduAnalyzer;
import org.khabar.lucene.UrduJoinedWordFilter;
import org.khabar.lucene.UrduSearchFoldingFilter;
import org.khabar.lucene.UrduStemFilter;
import org.khabar.stem.UrduStemmer;
import org.khabar.stem.UrduStemmer.Rule;
import org.khabar.lucene.UrduTokenizer;
import org.khabar.lucene.UrduVowelFoldingFilter;

/** The analyzers that evaluations and benchmarks compare, by name. */
public final class AnalyzerVariants {

  private AnalyzerVariants() {}

  /** UrduAnalyzer and the stock analyzers it is compared with. */
  public static Map<String, Supplier<Analyzer>> main() {
    Map<String, Supplier<Analyzer>> analyzers = new LinkedHashMap<>();
    analyzers.put("urdu", UrduAnalyzer::new);
    analyzers.put("standard", StandardAnalyzer::new);
    analyzers.put("icu", AnalyzerVariants::icu);
    analyzers.put("persian", PersianAnalyzer::new);
    return analyzers;
  }

  /** ICUTokenizer with ICUFoldingFilter. */
  public static Analyzer icu() {
    return chain(ICUTokenizer::new, ICUFoldingFilter::new);
  }

  /**
   * UrduAnalyzer's parts: the tokenizer alone, each filter added to it alone, UrduAnalyzer less
   * one filter at a time, UrduAnalyzer with the search folding, and the stemmer's rules.
   */
  public static Map<String, Supplier<Analyzer>> ablation() {
    Map<String, Function<TokenStream, TokenStream>> parts = new LinkedHashMap<>();
    parts.put("joined", UrduJoinedWordFilter::new);
    parts.put("stop", in -> new StopFilter(in, UrduAnalyzer.getDefaultStopSet()));
    parts.put("stem", stem(UrduStemmer.DEFAULT_RULES));
    parts.put("vowels", UrduVowelFoldingFilter::new);
    Function<TokenStream, TokenStream> fold = UrduSearchFoldingFilter::new;
    Map<String, Supplier<Analyzer>> analyzers = new LinkedHashMap<>();
    analyzers.put("tokenizer only", () -> urdu(List.of()));
    for (Map.Entry<String, Function<TokenStream, TokenStream>> part : parts.entrySet()) {
      analyzers.put("tokenizer + " + part.getKey(), () -> urdu(List.of(part.getValue())));
    }
    analyzers.put("tokenizer + fold", () -> urdu(List.of(fold)));
    for (String left : parts.keySet()) {
      List<Function<TokenStream, TokenStream>> others = new ArrayList<>();
      parts.forEach((name, filter) -> {
        if (!name.equals(left)) {
          others.add(filter);
        }
      });
      analyzers.put("urdu less " + left, () -> urdu(others));
    }
    List<Function<TokenStream, TokenStream>> withFold = new ArrayList<>(parts.values());
    withFold.add(2, fold);
    analyzers.put("urdu + fold", () -> urdu(withFold));
    for (Rule rule : Rule.values()) {
      analyzers.put("tokenizer + stem " + rule.name().toLowerCase(Locale.ROOT),
          () -> urdu(List.of(stem(EnumSet.of(rule)))));
    }
    List<Function<TokenStream, TokenStream>> allRules = new ArrayList<>(parts.values());
    allRules.set(2, stem(EnumSet.allOf(Rule.class)));
    analyzers.put("urdu, all stem rules", () -> urdu(allRules));
    return analyzers;
  }

  /** UrduTokenizer, lower-casing, then {@code filters}. */
  private static Analyzer urdu(List<Function<TokenStream, TokenStream>> filters) {
    List<Function<TokenStream, TokenStream>> all = new ArrayList<>();
    all.add(LowerCaseFilter::new);
    all.addAll(filters);
    @SuppressWarnings("unchecked")
    Function<TokenStream, TokenStream>[] array = all.toArray(new Function[0]);
    return chain(UrduTokenizer::new, array);
  }

  private static Function<TokenStream, TokenStream> stem(Set<Rule> rules) {
    return in -> new UrduStemFilter(in, new UrduStemmer(rules));
  }

  /** An analyzer made of a tokenizer and filters applied in order. */
  @SafeVarargs
  public static Analyzer chain(
      Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream>... filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        TokenStream result = source;
        for (Function<TokenStream, TokenStream> filter : filters) {
          result = filter.apply(result);
        }
        return new TokenStreamComponents(source, result);
      }
    };
  }
}

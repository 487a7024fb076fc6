package org.khabar.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.UrduPipeline;
import org.khabar.sentence.Sentence;
import org.khabar.text.Document;
import org.khabar.text.Layer;

/** Runs every case of {@code cases.txt} through normalization, tokens and sentences. */
class TokenizerCasesTest {

  static Stream<TokenizerCases.Case> cases() {
    return TokenizerCases.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tokensNormsAndSentencesAreAsExpected(TokenizerCases.Case c) {
    Document document = UrduPipeline.tokens().apply(Document.of("case-" + c.number(), c.input()));
    Layer<Token> tokens = document.get(Token.LAYER);
    List<String> actualTokens = new ArrayList<>();
    List<String> actualNorms = new ArrayList<>();
    for (Token token : tokens) {
      actualTokens.add(document.textOf(token));
      actualNorms.add(token.norm());
    }
    List<String> actualSentences = new ArrayList<>();
    for (Sentence sentence : document.get(Sentence.LAYER)) {
      actualSentences.add(document.textOf(sentence));
    }
    List<String> problems = new ArrayList<>();
    if (!actualTokens.equals(c.tokens())) {
      problems.add("tokens\n  expected: " + show(c.tokens()) + "\n  actual:   " + show(actualTokens));
    }
    if (c.norms() != null && !actualNorms.equals(c.norms())) {
      problems.add("norms\n  expected: " + show(c.norms()) + "\n  actual:   " + show(actualNorms));
    }
    if (!actualSentences.equals(c.sentences())) {
      problems.add(
          "sentences\n  expected: " + showLines(c.sentences())
              + "\n  actual:   " + showLines(actualSentences));
    }
    if (!problems.isEmpty()) {
      fail("case " + c + ", input: " + TokenizerCases.escape(c.input()) + "\n"
          + String.join("\n", problems));
    }
  }

  @Test
  void theFixtureHasAtLeast150CasesWithDistinctNames() {
    List<TokenizerCases.Case> all = TokenizerCases.load();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    assertThat(all.stream().map(TokenizerCases.Case::name)).doesNotHaveDuplicates();
  }

  @Test
  void theFixtureCoversEveryTokenType() {
    Set<TokenType> seen = EnumSet.noneOf(TokenType.class);
    for (TokenizerCases.Case c : TokenizerCases.load()) {
      Document document = UrduPipeline.tokens().apply(Document.of("case", c.input()));
      document.get(Token.LAYER).forEach(token -> seen.add(token.type()));
    }
    assertThat(seen).containsExactlyInAnyOrder(TokenType.values());
  }

  @Test
  void escapesAreReadAsCharacters() {
    assertThat(TokenizerCases.unescape("a\\u200Cb\\nc\\\\d")).isEqualTo("a\u200Cb\nc\\d");
  }

  private static String show(List<String> items) {
    List<String> shown = items.stream().map(TokenizerCases::escape).toList();
    return String.join(" | ", shown);
  }

  private static String showLines(List<String> items) {
    return String.join("\n            ", items.stream().map(TokenizerCases::escape).toList());
  }
}

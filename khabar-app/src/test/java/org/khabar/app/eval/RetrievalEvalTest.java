package org.khabar.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.khabar.app.eval.RetrievalEval.QueryType;
import org.khabar.lucene.UrduAnalyzer;

class RetrievalEvalTest {

  private static CounterArticle source(String pair, String headline, String body) {
    return new CounterArticle(pair + "-s", pair, "source", "WD", "sports", "APP", headline, body);
  }

  private static CounterArticle derived(String pair, String reuse, String headline) {
    return new CounterArticle(pair + "-d", pair, "derived", reuse, "sports", "Paper", headline,
        headline + " کی خبر");
  }

  private static final List<CounterArticle> ARTICLES = List.of(
      source("0001", "پاکستان نے سری لنکا کو ہرا دیا", "کولمبو میں پاکستان کی جیت"),
      source("0002", "بارش سے لاہور میں سیلاب", "لاہور میں شدید بارش"),
      source("0003", "بارش سے لاہور میں سیلاب", "لاہور میں شدید بارش"),
      derived("0001", "WD", "پاکستان کی سری لنکا کے خلاف جیت"),
      derived("0002", "PD", "لاہور میں بارش اور سیلاب"),
      derived("0003", "WD", "لاہور میں بارش اور سیلاب"),
      derived("0004", "ND", "کراچی میں گرمی"));

  @Test
  void identicalSourcesTieAndTheLaterCopyRanksSecondUnlessMerged() throws Exception {
    try (Analyzer analyzer = new UrduAnalyzer()) {
      RetrievalEval separate = new RetrievalEval(ARTICLES, false);
      assertThat(separate.sourceCount()).isEqualTo(3);
      assertThat(separate.queryCount()).isEqualTo(3); // ND pairs ask for nothing
      Map<QueryType, double[]> ranks = separate.reciprocalRanks(analyzer);
      assertThat(ranks.get(QueryType.HEADLINE)).containsExactly(1.0, 1.0, 0.5);
      assertThat(RetrievalEval.mean(ranks.get(QueryType.HEADLINE))).isEqualTo(2.5 / 3);
      assertThat(RetrievalEval.precisionAt1(ranks.get(QueryType.HEADLINE))).isEqualTo(2.0 / 3);

      RetrievalEval merged = new RetrievalEval(ARTICLES, true);
      assertThat(merged.sourceCount()).isEqualTo(2);
      assertThat(merged.reciprocalRanks(analyzer).get(QueryType.HEADLINE))
          .containsExactly(1.0, 1.0, 1.0);
    }
  }

  @Test
  void missesNameTheQueryItsRankAndTheSourceRankedFirst() throws Exception {
    try (Analyzer analyzer = new UrduAnalyzer()) {
      List<String> misses =
          new RetrievalEval(ARTICLES, false).misses(analyzer).get(QueryType.HEADLINE);
      assertThat(misses).containsExactly("0003  rank 2 (first: 0002)  لاہور میں بارش اور سیلاب");
    }
  }
}

package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khabar.UrduPipeline;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;
import org.khabar.tokenize.Token;

/** Small annotated sentences written as «[PERSON حسن روحانی] نے [LOCATION تہران] میں کہا». */
final class TrainingFixtures {

  private static final Pattern SPAN = Pattern.compile("\\[([A-Z]+) ([^\\]]+)\\]");

  private TrainingFixtures() {}

  /** The plain text of a marked-up sentence. */
  static String text(String markup) {
    return SPAN.matcher(markup).replaceAll("$2");
  }

  /** A training sentence from markup, in a corpus that annotates {@code annotated}. */
  static TrainingSentence sentence(String markup, Set<EntityType> annotated) {
    StringBuilder text = new StringBuilder();
    List<int[]> offsets = new ArrayList<>();
    List<EntityType> types = new ArrayList<>();
    Matcher matcher = SPAN.matcher(markup);
    int last = 0;
    while (matcher.find()) {
      text.append(markup, last, matcher.start());
      int start = text.length();
      text.append(matcher.group(2));
      offsets.add(new int[] {start, text.length()});
      types.add(EntityType.valueOf(matcher.group(1)));
      last = matcher.end();
    }
    text.append(markup.substring(last));
    Document document = UrduPipeline.tokens().apply(Document.of("fixture", text.toString()));
    List<Token> tokens = document.get(Token.LAYER);
    PartialLabels labels = new PartialLabels(tokens.size(), annotated);
    for (int k = 0; k < offsets.size(); k++) {
      int first = -1;
      int end = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).start() == offsets.get(k)[0]) {
          first = i;
        }
        if (tokens.get(i).end() == offsets.get(k)[1]) {
          end = i + 1;
        }
      }
      labels.exact(first, end, types.get(k));
    }
    return new TrainingSentence(tokens, labels, 1f);
  }

  static final Set<EntityType> ALL = Set.of(EntityType.values());

  /** A handful of news-like sentences. */
  static List<TrainingSentence> news() {
    List<String> lines =
        List.of(
            "[DESIGNATION صدر] [PERSON حسن روحانی] نے [LOCATION تہران] میں کہا",
            "[DESIGNATION صدر] [PERSON ولادی میر پوتین] نے [LOCATION ماسکو] میں کہا",
            "[DESIGNATION وزیر دفاع] [PERSON سرگئی شوئیگو] نے [LOCATION روس] میں کہا",
            "[PERSON نواز شریف] نے [LOCATION لاہور] میں خطاب کیا",
            "[LOCATION شام] کے شہر [LOCATION حلب] میں لڑائی جاری ہے",
            "وہ شام کو گھر واپس آئے",
            "[ORGANIZATION داعش] نے [LOCATION عراق] میں حملہ کیا",
            "[ORGANIZATION اقوام متحدہ] نے [LOCATION ایران] سے بات کی",
            "[PERSON بشار الاسد] نے [LOCATION دمشق] میں کہا",
            "لوگ شام کو بازار جاتے ہیں");
    List<TrainingSentence> sentences = new ArrayList<>();
    for (String line : lines) {
      sentences.add(sentence(line, ALL));
    }
    return sentences;
  }
}

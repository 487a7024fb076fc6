package org.khabar.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.coref.NameKey;
import org.khabar.quote.Statement;
import org.khabar.text.Document;

/**
 * Scores statements against hand-annotated reports: a system statement matches a gold one when
 * their spans overlap (one to one, the pairs with the largest overlap relative to their union first); precision and recall of statements,
 * type agreement and speaker accuracy over the matched ones. A speaker is right when both are
 * none, or the system's cluster name and the gold name are the same by {@link NameKey#sameName}.
 */
public final class QuoteScore {

  /** One gold statement. */
  public record Gold(int start, int end, String type, String speaker) {}

  /** One annotated report. */
  public record Report(String id, String split, String text, List<Gold> statements) {}

  /** One error, for reading the dev set's mistakes. */
  public record Error(String report, String kind, String detail) {}

  /** The counts of a set of reports. */
  public static final class Counts {
    public int reports;
    public int gold;
    public int system;
    public int matched;
    public int typeRight;
    public int speakerRight;
    public final List<Error> errors = new ArrayList<>();

    public double precision() {
      return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double typeAccuracy() {
      return matched == 0 ? 0 : (double) typeRight / matched;
    }

    public double speakerAccuracy() {
      return matched == 0 ? 0 : (double) speakerRight / matched;
    }
  }

  private QuoteScore() {}

  /** Reads the annotated reports, one JSON object a line. */
  public static List<Report> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Report> reports = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        List<Gold> statements = new ArrayList<>();
        for (JsonNode s : node.path("statements")) {
          statements.add(new Gold(s.get("start").asInt(), s.get("end").asInt(),
              s.path("type").asText("indirect"),
              s.hasNonNull("speaker") ? s.get("speaker").asText() : null));
        }
        reports.add(new Report(node.get("id").asText(), node.path("split").asText("all"),
            node.get("text").asText(), statements));
      }
    }
    return reports;
  }

  /** Adds the score of one analysed report to {@code counts}. */
  public static void score(Report report, Document document, Counts counts) {
    List<Statement> system = document.get(Statement.LAYER);
    EntityClusters clusters = document.get(EntityClusters.KEY);
    counts.reports++;
    counts.gold += report.statements().size();
    counts.system += system.size();
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < report.statements().size(); g++) {
      Gold gold = report.statements().get(g);
      for (int s = 0; s < system.size(); s++) {
        Statement st = system.get(s);
        int overlap = Math.min(gold.end(), st.end()) - Math.max(gold.start(), st.start());
        if (overlap > 0) {
          int union = Math.max(gold.end(), st.end()) - Math.min(gold.start(), st.start());
          pairs.add(new int[] {g, s, (int) (1_000_000L * overlap / union)});
        }
      }
    }
    pairs.sort((a, b) -> b[2] - a[2]);
    boolean[] goldUsed = new boolean[report.statements().size()];
    boolean[] systemUsed = new boolean[system.size()];
    for (int[] pair : pairs) {
      if (goldUsed[pair[0]] || systemUsed[pair[1]]) {
        continue;
      }
      goldUsed[pair[0]] = true;
      systemUsed[pair[1]] = true;
      counts.matched++;
      Gold gold = report.statements().get(pair[0]);
      Statement st = system.get(pair[1]);
      if (gold.type().equalsIgnoreCase(st.type().name())) {
        counts.typeRight++;
      }
      String name = st.hasSpeaker() ? clusters.clusters().get(st.speaker()).name() : null;
      if (speakerRight(gold.speaker(), st.hasSpeaker() ? clusters.clusters().get(st.speaker()) : null)) {
        counts.speakerRight++;
      } else {
        String words = st.speakerStart() >= 0
            ? " (from «" + report.text().substring(st.speakerStart(), st.speakerEnd()) + "»)" : "";
        counts.errors.add(new Error(report.id(), "speaker",
            "gold " + gold.speaker() + ", system " + name + words + ": "
                + excerpt(report.text(), gold.start(), gold.end())));
      }
    }
    for (int g = 0; g < goldUsed.length; g++) {
      if (!goldUsed[g]) {
        Gold gold = report.statements().get(g);
        counts.errors.add(new Error(report.id(), "missed", excerpt(report.text(), gold.start(), gold.end())));
      }
    }
    for (int s = 0; s < systemUsed.length; s++) {
      if (!systemUsed[s]) {
        Statement st = system.get(s);
        counts.errors.add(new Error(report.id(), "spurious",
            st.verb() + ": " + excerpt(report.text(), st.start(), st.end())));
      }
    }
  }

  static boolean speakerRight(String gold, EntityCluster system) {
    if (gold == null || system == null) {
      return gold == null && system == null;
    }
    return NameKey.sameName(gold, system.name()) || NameKey.sameName(gold, system.display());
  }

  private static String excerpt(String text, int start, int end) {
    String s = text.substring(start, end).replace('\n', ' ');
    return s.length() > 70 ? s.substring(0, 70) + "…" : s;
  }
}

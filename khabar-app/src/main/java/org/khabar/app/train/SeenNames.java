package org.khabar.app.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.app.eval.NerGold;
import org.khabar.entity.EntityType;
import org.khabar.ner.Gazetteer;

/**
 * The names of the NER training annotations, by type, as a list the model keeps
 * ({@link org.khabar.ner.NerModel#seen}): «عمران خان» was a PERSON in training, so it probably
 * is one again. Only training files are read, never dev.
 *
 * <p>Jackknifed: the training lines are dealt into {@code folds} folds by their number in their
 * file, and a line of fold {@code k} sees only the names of the other folds ({@link #without}).
 * A list that held a sentence's own names would always be right in training and the model would
 * trust it blindly; a dev sentence meets the names of the articles around it, as a training line
 * meets those of its neighbours in the other folds.
 */
public final class SeenNames {

  /** The types listed, each a category of the list named by its lower-case name. */
  public static final Set<EntityType> TYPES =
      Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION,
          EntityType.DESIGNATION);

  private static final EntityType[] ORDER = {
    EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.DESIGNATION
  };

  private final int folds;
  private final boolean words;
  // names.get(fold) holds (type, text) pairs
  private final List<List<String[]>> names = new ArrayList<>();

  /**
   * @param folds the folds of the jackknife
   * @param words also list each word of a name by itself («شعیب» of «شعیب اختر» as a word of a
   *     person's name), for names not seen whole
   */
  public SeenNames(int folds, boolean words) {
    if (folds < 2) {
      throw new IllegalArgumentException("at least 2 folds");
    }
    this.folds = folds;
    this.words = words;
    for (int k = 0; k < folds; k++) {
      names.add(new ArrayList<>());
    }
  }

  /** The fold of the {@code index}-th line of a file. */
  public int foldOf(int index) {
    return index % folds;
  }

  /** Adds the names of a training file's lines. */
  public void addAll(List<NerGold.Sentence> lines) {
    for (int index = 0; index < lines.size(); index++) {
      NerGold.Sentence line = lines.get(index);
      for (NerGold.Span span : line.entities()) {
        String text = line.text().substring(span.start(), span.end());
        if (TYPES.contains(span.type()) && text.strip().length() >= 2) {
          names.get(foldOf(index)).add(new String[] {category(span.type()), text});
          if (words && span.type() != EntityType.DESIGNATION) {
            for (String word : text.split("\\s+")) {
              if (word.length() >= 2) {
                names.get(foldOf(index)).add(new String[] {category(span.type()) + "-word", word});
              }
            }
          }
        }
      }
    }
  }

  /** Every name. */
  public Gazetteer all() {
    return without(-1);
  }

  private final java.util.Map<Integer, Gazetteer> built = new java.util.HashMap<>();

  /** The list a training line sees: the names of every fold but its own. */
  public Gazetteer forLine(int index) {
    return built.computeIfAbsent(foldOf(index), this::without);
  }

  /** The names of every fold but {@code fold}. */
  public Gazetteer without(int fold) {
    Gazetteer.Builder builder = Gazetteer.builder();
    for (EntityType type : ORDER) {
      builder.add(category(type), "");
    }
    if (words) {
      for (EntityType type : ORDER) {
        if (type != EntityType.DESIGNATION) {
          builder.add(category(type) + "-word", "");
        }
      }
    }
    for (int k = 0; k < folds; k++) {
      if (k != fold) {
        for (String[] name : names.get(k)) {
          builder.add(name[0], name[1]);
        }
      }
    }
    return builder.build();
  }

  private static String category(EntityType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}

package org.khabar.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.coref.EntityCluster;
import org.khabar.coref.EntityClusters;
import org.khabar.coref.Mention;
import org.khabar.entity.EntityType;
import org.khabar.text.Document;

/** Places and organisations the name lists know by one name are one cluster in a report. */
class PlaceClustersTest {

  private static List<EntityCluster> places(Document doc) {
    return doc.get(EntityClusters.KEY).clusters().stream()
        .filter(c -> c.type() == EntityType.LOCATION).toList();
  }

  @Test
  void namesOfOnePlaceAreOneCluster() {
    // India three ways, New York joined and spaced
    Document doc = Analyzed.analyze("بھارت نے کہا کہ ہندوستان اور انڈیا ایک ہیں۔ "
            + "نیویارک میں اجلاس ہوا۔ نیو یارک کے میئر آئے۔",
        new Analyzed.Name("بھارت", EntityType.LOCATION),
        new Analyzed.Name("ہندوستان", EntityType.LOCATION),
        new Analyzed.Name("انڈیا", EntityType.LOCATION),
        new Analyzed.Name("نیو یارک", EntityType.LOCATION),
        new Analyzed.Name("نیویارک", EntityType.LOCATION));
    assertThat(places(doc)).extracting(EntityCluster::name).containsExactly("بھارت", "نیویارک");
    assertThat(places(doc).get(0).mentions())
        .filteredOn(m -> m.kind() == Mention.Kind.NAME).hasSize(3);
    assertThat(places(doc).get(1).latin()).isEqualTo("New York");
  }

  @Test
  void placesTheListDoesNotKnowStayApart() {
    Document doc = Analyzed.analyze("زرکلان اور مرگوٹ دو گاؤں ہیں۔",
        new Analyzed.Name("زرکلان", EntityType.LOCATION),
        new Analyzed.Name("مرگوٹ", EntityType.LOCATION));
    assertThat(places(doc)).hasSize(2);
  }

  @Test
  void namesOfOnePartyAreOneClusterButNeverAPlace() {
    Document doc = Analyzed.analyze("مسلم لیگ ن کا اجلاس ہوا اور مسلم لیگ نواز نے فیصلہ کیا۔",
        new Analyzed.Name("مسلم لیگ نواز", EntityType.ORGANIZATION),
        new Analyzed.Name("مسلم لیگ ن", EntityType.ORGANIZATION));
    assertThat(doc.get(EntityClusters.KEY).clusters())
        .filteredOn(c -> c.type() == EntityType.ORGANIZATION)
        .extracting(EntityCluster::latin).containsExactly("PML-N");
  }
}

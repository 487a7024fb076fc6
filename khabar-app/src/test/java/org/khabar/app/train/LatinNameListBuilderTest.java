package org.khabar.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatinNameListBuilderTest {

  @Test
  void cldrAddsTerritoriesAndCitiesTheWikidataListLacks(@TempDir Path dir) throws Exception {
    Path territories = dir.resolve("ur_territories.json");
    Files.writeString(territories, "{\"main\":{\"ur\":{\"localeDisplayNames\":{\"territories\":"
        + "{\"001\":\"دنیا\",\"SY\":\"شام\",\"IR\":\"ایران\",\"HK-alt-short\":\"ہانگ کانگ\"}}}}}",
        StandardCharsets.UTF_8);
    Path cities = dir.resolve("ur_exemplar_cities.tsv");
    Files.writeString(cities, "Asia/Damascus\tدمشق\nAmerica/Argentina/Buenos_Aires\tبیونس آئرس\n",
        StandardCharsets.UTF_8);
    Map<String, String> names = new TreeMap<>(Map.of("ایران", "Iran (Wikidata)"));

    LatinNameListBuilder.addCldr(names, territories, cities);

    assertThat(names).containsEntry("شام", "Syria")
        .containsEntry("ایران", "Iran (Wikidata)")
        .containsEntry("دمشق", "Damascus")
        .containsEntry("بیونس آئرس", "Buenos Aires")
        .doesNotContainKey("دنیا")
        .doesNotContainKey("ہانگ کانگ");
  }
}

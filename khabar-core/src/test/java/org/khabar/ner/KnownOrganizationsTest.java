package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.ner.TokenSpans.span;
import static org.khabar.ner.TokenSpans.tokens;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.khabar.entity.EntityType;

class KnownOrganizationsTest {

  private static final Predicate<String> NOTHING_SEEN = phrase -> false;

  @Test
  void aListedNameTheModelLeftOutIsAnOrganisation() {
    // «شام میں داعش اور ...»: Daesh in Syria
    assertThat(KnownOrganizations.apply(tokens("شام میں داعش اور"),
            List.of(span(0, 1, EntityType.LOCATION)), NOTHING_SEEN))
        .containsExactly(span(0, 1, EntityType.LOCATION), span(2, 3, EntityType.ORGANIZATION));
  }

  @Test
  void theLongestListedNameWins() {
    // «پاکستان تحریک انصاف» is listed, and so is «تحریک انصاف» inside it
    assertThat(KnownOrganizations.apply(tokens("کل پاکستان تحریک انصاف نے"), List.of(),
            NOTHING_SEEN))
        .containsExactly(span(1, 4, EntityType.ORGANIZATION));
  }

  @Test
  void aNameTheTrainingAnnotationsKnowIsLeftToTheModel() {
    Predicate<String> seen = Set.of("قومی اسمبلی")::contains;
    assertThat(KnownOrganizations.apply(tokens("قومی اسمبلی میں"), List.of(), seen)).isEmpty();
  }

  @Test
  void aNameInOrBesideASpanIsLeftAlone() {
    // «ایران حوثی باغیوں کو»: a place right before «حوثی» would be joined to it or cut from it
    List<TagSet.TokenSpan> beside = List.of(span(0, 1, EntityType.LOCATION));
    assertThat(KnownOrganizations.apply(tokens("ایران داعش کو"), beside, NOTHING_SEEN))
        .isEqualTo(beside);
    List<TagSet.TokenSpan> holding = List.of(span(0, 3, EntityType.ORGANIZATION));
    assertThat(KnownOrganizations.apply(tokens("شدت پسند داعش کو"), holding, NOTHING_SEEN))
        .isEqualTo(holding);
  }

  @Test
  void aPlaceTheModelReadInAListedNameIsTakenIn() {
    // «پاکستان | اسٹاک ایکسچینج»: the exchange, not the country
    assertThat(KnownOrganizations.apply(tokens("پاکستان اسٹاک ایکسچینج میں تیزی"),
            List.of(span(0, 1, EntityType.LOCATION)), NOTHING_SEEN))
        .containsExactly(span(0, 3, EntityType.ORGANIZATION));
    // a person or organisation inside the name is the model's reading and stays
    List<TagSet.TokenSpan> person = List.of(span(0, 1, EntityType.PERSON));
    assertThat(KnownOrganizations.apply(tokens("پاکستان اسٹاک ایکسچینج میں"), person,
            NOTHING_SEEN))
        .isEqualTo(person);
  }

  @Test
  void spellingVariantsMatchAfterNormalisation() {
    // «اقوامِ متحدہ» with its zer, and the list's «اقوام متحدہ» without
    assertThat(KnownOrganizations.isListed(Gazetteer.Builder.key("اقوامِ متحدہ"))).isTrue();
    assertThat(KnownOrganizations.isListed(Gazetteer.Builder.key("شام"))).isFalse();
  }

  @Test
  void aListedPartyWithItsFactionLetterInBrackets() {
    // «مسلم لیگ (ن) کی رہنما»: the listed «مسلم لیگ ن», though the training names «مسلم لیگ»
    Predicate<String> seen = Set.of("مسلم لیگ")::contains;
    assertThat(KnownOrganizations.apply(tokens("مسلم لیگ (ن) کی رہنما"), List.of(), seen))
        .containsExactly(span(0, 5, EntityType.ORGANIZATION));
  }

  @Test
  void anOrganisationAndAPlaceReadSideBySideInAListedNameAreIt() {
    // «تحریک طالبان | پاکستان»: the Pakistani Taliban, though the training names the phrase
    Predicate<String> seen = Set.of("تحریک طالبان پاکستان")::contains;
    assertThat(KnownOrganizations.apply(tokens("تحریک طالبان پاکستان نے ذمہ داری قبول"),
            List.of(span(0, 2, EntityType.ORGANIZATION), span(2, 3, EntityType.LOCATION)), seen))
        .containsExactly(span(0, 3, EntityType.ORGANIZATION));
    // an organisation alone over part of a listed name is the model's reading
    List<TagSet.TokenSpan> part = List.of(span(0, 2, EntityType.ORGANIZATION));
    assertThat(KnownOrganizations.apply(tokens("تحریک طالبان پاکستان نے"), part, NOTHING_SEEN))
        .isEqualTo(part);
  }
}

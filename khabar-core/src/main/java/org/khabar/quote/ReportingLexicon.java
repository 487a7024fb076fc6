package org.khabar.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.khabar.lexicon.WordList;

/**
 * The words the reporting rules look for. The open lists are resources ({@code reporting.txt},
 * {@code not-sources.txt}, {@code speaker-boundaries.txt}); the closed ones (verb forms,
 * auxiliaries, pronouns) are here.
 */
final class ReportingLexicon {

  static final WordList REPORTING_NOUNS = WordList.load("reporting");
  static final WordList NOT_SOURCES = WordList.load("not-sources");
  static final WordList BOUNDARIES = WordList.load("speaker-boundaries");

  /** Speech verbs whose subject takes نے: انہوں نے کہا، پولیس نے بتایا. */
  static final Set<String> AGENTIVE_VERBS = Set.of("کہا", "بتایا", "لکھا", "پوچھا", "کہی");

  /** Speech verbs whose subject stands bare: مبصرین کہتے ہیں کہ، وہ کہہ رہے تھے کہ. */
  static final Set<String> NOMINATIVE_VERBS =
      Set.of("کہتے", "کہتی", "کہتا", "کہہ", "بتاتے", "بتاتی", "بتاتا", "لکھتے", "لکھتی");

  /** Light verbs after a reporting noun: دعوی کیا، وضاحت کی، اطلاع دی، الزام لگایا، ریمارکس دیے. */
  static final Set<String> LIGHT_VERBS =
      Set.of("کیا", "کی", "دی", "دیا", "دیے", "دیئے", "دئیے", "لگایا", "اپنایا", "کرائی", "دلایا",
          "کرایا", "کرتے");

  /**
   * Reporting nouns that report with a genitive holder and a copula: X کا دعوی ہے کہ. «موقف»
   * (stance) is also written «مؤقف».
   */
  static final Set<String> HELD_NOUNS =
      Set.of("دعوی", "موقف", "مؤقف", "اصرار", "الزام", "اعتراض", "مطالبہ", "کہنا", "بیان");

  /** Auxiliaries after a verb: ہے، تھا، رہے، چکے، گا ... */
  static final Set<String> AUXILIARIES =
      Set.of("ہے", "ہیں", "تھا", "تھے", "تھی", "تھیں", "ہو", "رہے", "رہی", "رہا", "چکے", "چکی",
          "چکا", "گا", "گی", "گے", "ہوں", "جا");

  /** Passive auxiliaries: کہا گیا، کہا جا رہا، کہا جاتا. */
  static final Set<String> PASSIVE = Set.of("گیا", "گئی", "گئے", "جاتا", "جاتی", "جاتے", "جا");

  /** Pronouns that name a speaker given before: انہوں نے، ان کا کہنا، وہ کہتے ہیں. */
  static final Set<String> PRONOUNS =
      Set.of("انہوں", "انھوں", "ان", "انہو", "وہ", "اس", "انہیں", "انھیں");

  /** Genitive and dative markers before a held noun: کا کہنا، کی رائے، کو اعتراض. */
  static final Set<String> GENITIVES = Set.of("کا", "کی", "کے", "کو");

  /** Words that mark a negated report: نہیں بتایا کہ. */
  static final Set<String> NEGATIONS = Set.of("نہیں", "نہ", "نا");

  /** Documents in which something is said: رپورٹ میں کہا گیا (see {@link Documents}). */
  static final Set<String> DOCUMENTS = Documents.NOUNS;

  /** Conjunctions at which an indirect statement ends if a new subject follows: تاہم انہوں نے. */
  static final Set<String> CLAUSE_BREAKS = Set.of("تاہم", "لیکن", "مگر", "جبکہ", "البتہ");

  private ReportingLexicon() {}

  /**
   * A joined verb and کہ, as typists write them: کہاکہ → کہا, بتایاکہ → بتایا, کہاہےکہ → کہاہے
   * (a verb joined to its auxiliaries, see {@link #joinedVerb}), کاکہناتھاکہ → کاکہناتھا; else
   * null.
   */
  static String stemOfJoinedKe(String word) {
    if (word.length() > 3 && word.endsWith("کہ")) {
      String stem = word.substring(0, word.length() - 2);
      if (isVerb(stem) || AUXILIARIES.contains(stem) || joinedVerb(stem) != null
          || joinedKaKahna(stem) != null) {
        return stem;
      }
    }
    return null;
  }

  private static boolean isVerb(String word) {
    return AGENTIVE_VERBS.contains(word) || LIGHT_VERBS.contains(word)
        || NOMINATIVE_VERBS.contains(word);
  }

  /**
   * A speech verb written joined after its ergative نے, as typists often do: نےکہاکہ → کہاکہ،
   * نےکہا → کہا، نےبتایاہے → بتایاہے. Only verbs that take نے (کہا، بتایا، لکھا، پوچھا), alone
   * or with joined auxiliaries and کہ; null for anything else («نےکیا» has no reporting noun
   * before its light verb).
   */
  static String afterJoinedErgative(String word) {
    if (word.length() <= 4 || !word.startsWith("نے")) {
      return null;
    }
    String rest = word.substring(2);
    String stem = stemOfJoinedKe(rest);
    String verb = stem != null ? stem : rest;
    JoinedVerb joined = joinedVerb(verb);
    if (joined != null) {
      verb = joined.verb();
    }
    return AGENTIVE_VERBS.contains(verb) ? rest : null;
  }

  /** «کا کہنا» written joined. */
  private static final String KA_KAHNA = "کاکہنا";

  /**
   * «کا کہنا» written joined, with its auxiliaries: کاکہناتھا، کاکہناہے → کاکہنا; null for
   * anything else.
   */
  static String joinedKaKahna(String word) {
    String rest = word;
    String auxiliary;
    while (!rest.equals(KA_KAHNA) && (auxiliary = trailingAuxiliary(rest)) != null) {
      rest = rest.substring(0, rest.length() - auxiliary.length());
    }
    return rest.equals(KA_KAHNA) ? KA_KAHNA : null;
  }

  /** A reporting verb and whether a passive auxiliary followed it. */
  record JoinedVerb(String verb, boolean passive) {}

  /**
   * A reporting verb written joined to its auxiliaries, as typists often do: کہاہے → کہا،
   * کہاتھا → کہا، بتایاہے → بتایا، کیاہے → کیا (دعوی کیاہے)، کہاگیاہے → کہا, passive. The
   * auxiliaries are taken off the end one by one; what is left must be a verb of the closed
   * lists, so a word that merely ends like an auxiliary (رہے، ہوگی) is none. Null if it is none.
   */
  static JoinedVerb joinedVerb(String word) {
    String rest = word;
    boolean passive = false;
    boolean stripped = true;
    boolean any = false;
    while (stripped && !isVerb(rest)) {
      String auxiliary = trailingAuxiliary(rest);
      stripped = auxiliary != null;
      if (stripped) {
        passive |= PASSIVE.contains(auxiliary);
        rest = rest.substring(0, rest.length() - auxiliary.length());
        any = true;
      }
    }
    return any && isVerb(rest) ? new JoinedVerb(rest, passive) : null;
  }

  /** The longest auxiliary {@code word} ends with, leaving two letters or more; else null. */
  private static String trailingAuxiliary(String word) {
    for (String auxiliary : JOINABLE_AUXILIARIES) {
      if (word.length() > auxiliary.length() + 1 && word.endsWith(auxiliary)) {
        return auxiliary;
      }
    }
    return null;
  }

  /** The auxiliaries that may be written joined to a verb, longest first. */
  private static final List<String> JOINABLE_AUXILIARIES = joinableAuxiliaries();

  private static List<String> joinableAuxiliaries() {
    List<String> all = new ArrayList<>(AUXILIARIES);
    all.addAll(PASSIVE);
    all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(a -> a));
    return List.copyOf(new LinkedHashSet<>(all));
  }
}

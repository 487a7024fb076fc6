package org.khabar.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits number words written without spaces, as news text often has them: دوہزارچھ → دو ہزار چھ,
 * سواڑسٹھ → سو اڑسٹھ, چاربجے → چار بجے. A split counts only if it has at least two parts and one
 * of them is a multiplier, a prefix or بجے: a short word that happens to be two number words
 * (دودھ is not دو + دھ, and neither is a word) is left alone.
 */
final class GluedWords {

  /** A node of a character trie over the number words. */
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    String word;
  }

  private final Node root = new Node();
  private final Map<String, WordInfo> info;
  private final List<String> keyParts = new ArrayList<>();

  GluedWords(List<String> parts, Map<String, WordInfo> info) {
    this.info = info;
    for (String part : parts) {
      Node node = root;
      for (int i = 0; i < part.length(); i++) {
        node = node.next.computeIfAbsent(part.charAt(i), c -> new Node());
      }
      node.word = part;
      if (isKeyPart(info.get(part))) {
        keyParts.add(part);
      }
    }
  }

  private static boolean isKeyPart(WordInfo partInfo) {
    return partInfo.has(Role.MULTIPLIER) || partInfo.has(Role.PREFIX) || partInfo.has(Role.OCLOCK);
  }

  /** The parts of {@code word}, or null if it is not glued number words. */
  String[] split(String word) {
    if (word.length() < 4 || !root.next.containsKey(word.charAt(0)) || !mayHaveAKeyPart(word)) {
      return null;
    }
    List<String> parts = new ArrayList<>(4);
    if (!splitFrom(word, 0, parts) || parts.size() < 2) {
      return null;
    }
    for (String part : parts) {
      if (isKeyPart(info.get(part))) {
        return parts.toArray(new String[0]);
      }
    }
    return null;
  }

  /** A cheap test before splitting: the word contains a multiplier, a prefix or بجے. */
  private boolean mayHaveAKeyPart(String word) {
    for (String part : keyParts) {
      if (word.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Depth-first, longest part first: a handful of steps for a real word. */
  private boolean splitFrom(String word, int start, List<String> parts) {
    if (start == word.length()) {
      return true;
    }
    List<String> candidates = new ArrayList<>(3);
    Node node = root;
    for (int i = start; i < word.length(); i++) {
      node = node.next.get(word.charAt(i));
      if (node == null) {
        break;
      }
      if (node.word != null) {
        candidates.add(node.word);
      }
    }
    for (int k = candidates.size() - 1; k >= 0; k--) {
      String candidate = candidates.get(k);
      parts.add(candidate);
      if (splitFrom(word, start + candidate.length(), parts)) {
        return true;
      }
      parts.remove(parts.size() - 1);
    }
    return false;
  }
}

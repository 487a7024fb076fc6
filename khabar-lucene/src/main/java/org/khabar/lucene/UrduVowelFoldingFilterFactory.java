package org.khabar.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link UrduVowelFoldingFilter} (ٹوئنٹی، ٹوینٹی، ٹونٹی → ٹنٹ).
 *
 * <pre class="prettyprint">
 * &lt;filter name="urduVowelFolding"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class UrduVowelFoldingFilterFactory extends TokenFilterFactory {

  /** SPI name */
  public static final String NAME = "urduVowelFolding";

  public UrduVowelFoldingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public UrduVowelFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new UrduVowelFoldingFilter(input);
  }
}

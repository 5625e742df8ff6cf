package org.counterpart.core.pki;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A participant of the regional network, as named in its certificate: the hub or one country's
 * node.
 *
 * <p>The name travels in the certificate as a URI subject alternative name ({@code
 * urn:counterpart:node:RS}), so a certificate proves which party holds it.
 */
public sealed interface Party {

  Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  String uri();

  /** The regional hub. */
  record Hub() implements Party {
    @Override
    public String uri() {
      return "urn:counterpart:hub";
    }

    @Override
    public String toString() {
      return "hub";
    }
  }

  /** A country's node, named by ISO 3166 alpha-2 code (XK for Kosovo). */
  record Node(String country) implements Party {
    public Node {
      if (!COUNTRY.matcher(country).matches()) {
        throw new IllegalArgumentException(
            "country must be two capital letters (ISO 3166 alpha-2): " + country);
      }
    }

    @Override
    public String uri() {
      return "urn:counterpart:node:" + country;
    }

    @Override
    public String toString() {
      return "node " + country;
    }
  }

  static Party hub() {
    return new Hub();
  }

  static Party node(String country) {
    return new Node(country.toUpperCase(Locale.ROOT));
  }

  static Optional<Party> fromUri(String uri) {
    if ("urn:counterpart:hub".equals(uri)) {
      return Optional.of(new Hub());
    }
    String prefix = "urn:counterpart:node:";
    if (uri.startsWith(prefix) && COUNTRY.matcher(uri.substring(prefix.length())).matches()) {
      return Optional.of(new Node(uri.substring(prefix.length())));
    }
    return Optional.empty();
  }
}

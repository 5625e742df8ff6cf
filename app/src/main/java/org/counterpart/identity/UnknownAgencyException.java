package org.counterpart.identity;

import org.jspecify.annotations.Nullable;

/** The agency code names no agency of this node. */
public final class UnknownAgencyException extends RuntimeException {
  UnknownAgencyException(@Nullable String code) {
    super("unknown agency: " + code);
  }
}

package org.counterpart.cli;

import picocli.CommandLine;

/** Reports the version written into the jar's manifest by the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"counterpart " + (version == null ? "development build" : version)};
  }
}

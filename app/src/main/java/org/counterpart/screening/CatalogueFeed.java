package org.counterpart.screening;

import org.counterpart.system.HubOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What nodes pull over mutual TLS: the latest catalogue version, whole, when it is newer than the
 * one the node has.
 */
@RestController
@HubOnly
class CatalogueFeed {

  private final CatalogueVersions versions;

  CatalogueFeed(CatalogueVersions versions) {
    this.versions = versions;
  }

  /** The version a node already holds. */
  record Have(int version) {}

  /** The latest version; the files only when the node does not have it yet. */
  record Latest(int version, @Nullable String indicatorsCsv, @Nullable String questionsCsv) {}

  @PostMapping("/federation/v1/catalogue")
  Latest latest(@RequestBody Have have) {
    var latest = versions.latest();
    return latest.version() > have.version()
        ? new Latest(latest.version(), latest.indicatorsCsv(), latest.questionsCsv())
        : new Latest(latest.version(), null, null);
  }
}

package org.counterpart.system;

/** Runs in a child JVM: starts the embedded server on a folder, prints its port, then waits. */
public final class StartEmbeddedDatabase {

  private StartEmbeddedDatabase() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedDatabase database = EmbeddedDatabase.start(java.nio.file.Path.of(args[0]));
    System.out.println("PORT " + database.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}

package org.counterpart.system;

/** One thing wrong with a request: which field, and what, in the user's language. */
public record FieldProblem(String field, String message) {}

package org.counterpart.core.demo;

import org.jspecify.annotations.Nullable;

/** A person in a case with their role; suspects also carry their role in the process. */
public record CasePerson(
    SyntheticPerson person, PersonRole role, @Nullable PerpetratorRole perpetratorRole) {}

package com.clicknback.shared.errors;

import java.util.Optional;
import java.util.function.Predicate;

/** Looks through a failure and its causes, outermost first: the one walk of a cause chain. */
public final class Causes {

  private Causes() {}

  /** The first throwable in the chain that passes the test; empty for a null failure. */
  public static Optional<Throwable> find(Throwable failure, Predicate<Throwable> test) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (test.test(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** True when some throwable in the chain passes the test. */
  public static boolean any(Throwable failure, Predicate<Throwable> test) {
    return find(failure, test).isPresent();
  }
}

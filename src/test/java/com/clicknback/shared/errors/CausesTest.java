package com.clicknback.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class CausesTest {

  @Test
  void find_returnsOutermostMatch_onNestedCauses() {
    // Arrange
    IOException inner = new IOException("inner");
    IOException middle = new IOException("middle", inner);
    RuntimeException outer = new RuntimeException(middle);

    // Act
    var found = Causes.find(outer, IOException.class::isInstance);

    // Assert
    assertThat(found).containsSame(middle);
  }

  @Test
  void any_isFalse_onNoMatchOrNullFailure() {
    // Arrange
    RuntimeException failure = new UncheckedIOException(new IOException("x"));

    // Act
    boolean onChain = Causes.any(failure, IllegalStateException.class::isInstance);
    boolean onNull = Causes.any(null, t -> true);

    // Assert
    assertThat(onChain).isFalse();
    assertThat(onNull).isFalse();
  }
}

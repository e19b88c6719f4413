package com.clicknback.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  @Test
  void success_keepsNullDetailsInOrder_onDetailsWithNulls() {
    // Arrange
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", "k");
    details.put("scope_id", null);
    details.put("previous_enabled", null);

    // Act
    AuditEntry entry =
        AuditEntry.success(
            Actor.admin(UUID.randomUUID()),
            AuditAction.FEATURE_FLAG_SET,
            "feature_flag",
            1,
            details);
    details.put("later", "ignored");

    // Assert
    assertThat(entry.details().keySet()).containsExactly("key", "scope_id", "previous_enabled");
    assertThat(entry.details()).containsEntry("scope_id", null).doesNotContainKey("later");
    assertThat(entry.resourceId()).isEqualTo("1");
    assertThatThrownBy(() -> entry.details().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

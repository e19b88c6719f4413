package com.clicknback.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clicknback.shared.errors.ApiException;
import com.clicknback.shared.errors.ErrorCode;
import com.clicknback.shared.errors.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutListQueryTest {

  private static final UUID USER = UUID.randomUUID();

  @SuppressWarnings("unchecked")
  private static List<Violation> violations(ApiException e) {
    return (List<Violation>) e.details().get("violations");
  }

  @Test
  void ownFilter_appliesDefaults_onEmptyQuery() {
    // Arrange
    PayoutListQuery query = new PayoutListQuery(null, null, null);

    // Act
    PayoutListQuery.Resolved resolved = query.ownFilter(USER);

    // Assert
    assertThat(resolved.limit()).isEqualTo(10);
    assertThat(resolved.offset()).isZero();
    assertThat(resolved.filter()).isEqualTo(PayoutFilter.ofUser(USER, Optional.empty()));
  }

  @Test
  void ownFilter_readsPageAndStatus_onValidQuery() {
    // Arrange
    PayoutListQuery query = new PayoutListQuery("100", "5", "processing");

    // Act
    PayoutListQuery.Resolved resolved = query.ownFilter(USER);

    // Assert
    assertThat(resolved.limit()).isEqualTo(100);
    assertThat(resolved.offset()).isEqualTo(5);
    assertThat(resolved.filter().status()).contains("processing");
  }

  @Test
  void ownFilter_throws400WithEveryViolation_onBadQuery() {
    // Arrange
    PayoutListQuery query = new PayoutListQuery("0", "x", "pending");

    // Act & Assert
    assertThatThrownBy(() -> query.ownFilter(USER))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.BUSINESS_VALIDATION_ERROR);
              assertThat(e.getMessage()).isEqualTo("Invalid query parameters.");
              assertThat(violations(e))
                  .containsExactly(
                      new Violation("limit", PayoutListQuery.LIMIT_INVALID),
                      new Violation("offset", PayoutListQuery.OFFSET_INVALID),
                      new Violation("status", PayoutListQuery.STATUS_INVALID));
            });
  }

  @Test
  void adminFilter_readsUserAndDays_onValidQuery() {
    // Arrange
    PayoutListQuery query = new PayoutListQuery(null, null, "requested");

    // Act
    PayoutListQuery.Resolved resolved =
        query.adminFilter(USER.toString(), "2026-05-01", "2026-05-31");

    // Assert
    assertThat(resolved.filter())
        .isEqualTo(
            new PayoutFilter(
                Optional.of("requested"),
                Optional.of(USER),
                Optional.of(LocalDate.of(2026, 5, 1)),
                Optional.of(LocalDate.of(2026, 5, 31))));
  }

  @Test
  void adminFilter_throws400_onBadUserIdAndDate() {
    // Arrange
    PayoutListQuery query = new PayoutListQuery(null, null, null);

    // Act & Assert
    assertThatThrownBy(() -> query.adminFilter("nope", null, "31/05/2026"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(violations(e))
                    .extracting(Violation::field)
                    .containsExactly("user_id", "end_date"));
  }
}

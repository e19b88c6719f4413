package com.clicknback.payouts;

import com.clicknback.shared.paging.Page;
import com.clicknback.shared.time.Timestamps;
import com.clicknback.shared.web.Money;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the payout endpoints (spec 09); money as 2-decimal strings. */
public final class PayoutResponses {

  private PayoutResponses() {}

  /** PY1 201: the new payout, with its details masked. */
  @Schema(name = "PayoutCreated")
  @JsonbPropertyOrder({"id", "status", "amount", "method", "details", "requestedAt"})
  public record CreatedOut(
      UUID id,
      @Schema(enumeration = {"requested"}) String status,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "20.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal amount,
      @Schema(enumeration = {"bank_transfer", "card"}) String method,
      @Schema(
              type = SchemaType.OBJECT,
              example = "{\"iban\": \"ES91 **** **** **** **** 1332\"}",
              description = "Masked: iban, or card as **** **** **** 1234")
          Map<String, String> details,
      @Schema(example = "2026-11-24T21:56:30.690601Z") String requestedAt) {

    static CreatedOut of(Payout payout, PayoutDetails details) {
      return new CreatedOut(
          payout.id(),
          payout.status(),
          payout.amount(),
          payout.method(),
          details.masked(),
          Timestamps.utc(payout.requestedAt()));
    }
  }

  /** One payout of the caller (PY2). */
  @Schema(name = "Payout")
  @JsonbPropertyOrder({"id", "status", "amount", "method", "requestedAt", "processedAt"})
  public record PayoutOut(
      UUID id,
      @Schema(enumeration = {"requested", "processing", "completed", "failed"}) String status,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "20.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal amount,
      @Schema(enumeration = {"bank_transfer", "card"}) String method,
      @Schema(example = "2026-11-24T21:56:30.690601Z") String requestedAt,
      @Schema(example = "2026-11-25T09:00:00Z", description = "null until completed or failed")
          String processedAt) {

    static PayoutOut of(Payout payout) {
      return new PayoutOut(
          payout.id(),
          payout.status(),
          payout.amount(),
          payout.method(),
          Timestamps.utc(payout.requestedAt()),
          Timestamps.utc(payout.processedAt()));
    }
  }

  /** One payout of any user (PY3). */
  @Schema(name = "AdminPayout")
  @JsonbPropertyOrder({"id", "userId", "amount", "status", "method", "requestedAt", "processedAt"})
  public record AdminPayoutOut(
      UUID id,
      UUID userId,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "20.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal amount,
      @Schema(enumeration = {"requested", "processing", "completed", "failed"}) String status,
      @Schema(enumeration = {"bank_transfer", "card"}) String method,
      @Schema(example = "2026-11-24T21:56:30.690601Z") String requestedAt,
      @Schema(example = "2026-11-25T09:00:00Z", description = "null until completed or failed")
          String processedAt) {

    static AdminPayoutOut of(Payout payout) {
      return new AdminPayoutOut(
          payout.id(),
          payout.userId(),
          payout.amount(),
          payout.status(),
          payout.method(),
          Timestamps.utc(payout.requestedAt()),
          Timestamps.utc(payout.processedAt()));
    }
  }

  /** The list envelope of the payout contracts (spec 09 §5 DECISION): {@code {payouts, total}}. */
  @Schema(name = "PayoutList")
  @JsonbPropertyOrder({"payouts", "total"})
  public record ListOut<T>(List<T> payouts, long total) {
    static <T> ListOut<T> of(Page<Payout> page, Function<Payout, T> item) {
      return new ListOut<>(page.data().stream().map(item).toList(), page.pagination().total());
    }
  }

  /** PY4 200. */
  @Schema(name = "PayoutProcessed")
  @JsonbPropertyOrder({"id", "status"})
  public record ProcessedOut(
      UUID id, @Schema(enumeration = {"completed", "failed"}) String status) {

    static ProcessedOut of(Payout payout) {
      return new ProcessedOut(payout.id(), payout.status());
    }
  }
}

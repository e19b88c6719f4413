package com.clicknback.wallets;

import com.clicknback.cashback.CashbackTransaction;
import com.clicknback.shared.web.Money;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the wallet endpoints (spec 08 §4, §5); money as 2-decimal strings. */
public final class WalletResponses {

  private WalletResponses() {}

  /** The caller's three balances. */
  @Schema(name = "WalletSummary")
  @JsonbPropertyOrder({"pendingBalance", "availableBalance", "paidBalance"})
  public record WalletOut(
      @Schema(type = SchemaType.STRING, format = "decimal", example = "19.05")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal pendingBalance,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "15.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal availableBalance,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "50.00")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal paidBalance) {

    static WalletOut of(Wallet wallet) {
      return new WalletOut(
          wallet.pendingBalance(), wallet.availableBalance(), wallet.paidBalance());
    }
  }

  /** One cashback transaction of the caller. */
  @Schema(name = "WalletTransaction")
  @JsonbPropertyOrder({"id", "type", "amount", "status", "relatedPurchaseId"})
  public record WalletTransactionOut(
      UUID id,
      @Schema(enumeration = {"cashback_credit"}) String type,
      @Schema(
              type = SchemaType.STRING,
              format = "decimal",
              example = "3.75",
              description = "As recorded at ingestion; not zeroed by a reversal")
          @JsonbTypeSerializer(Money.Serializer.class)
          BigDecimal amount,
      @Schema(enumeration = {"pending", "available", "reversed"}) String status,
      UUID relatedPurchaseId) {

    static final String CASHBACK_CREDIT = "cashback_credit";

    static WalletTransactionOut of(CashbackTransaction transaction) {
      return new WalletTransactionOut(
          transaction.id(),
          CASHBACK_CREDIT,
          transaction.amount(),
          transaction.status(),
          transaction.purchaseId());
    }
  }
}

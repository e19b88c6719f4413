package com.clicknback.purchases;

import java.math.BigDecimal;
import java.util.UUID;

/** A validated ingestion request: the amount at scale 2, the currency as sent. */
public record IngestCommand(
    String externalId, UUID userId, UUID merchantId, BigDecimal amount, String currency) {}

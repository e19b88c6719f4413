package com.clicknback.purchases.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseVerificationJobTest {

  private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  private static final LocalDateTime LOCAL_NOW = LocalDateTime.of(2026, 5, 1, 12, 0);

  private PurchaseVerificationJob job;
  private PurchaseVerificationWorker worker;

  @BeforeEach
  void setUp() {
    job = new PurchaseVerificationJob();
    worker = mock(PurchaseVerificationWorker.class);
    ManagedExecutorService direct = mock(ManagedExecutorService.class);
    doAnswer(
            call -> {
              ((Runnable) call.getArgument(0)).run();
              return null;
            })
        .when(direct)
        .execute(any());
    job.worker = worker;
    job.workers = direct;
    job.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Test
  void tick_verifiesEveryDuePurchaseOnceAndFreesSlots_onDuePurchases() {
    // Arrange
    List<UUID> due = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    when(worker.dueIds(LOCAL_NOW, PurchaseVerificationJob.BATCH)).thenReturn(due);

    // Act
    job.tick();
    job.tick();

    // Assert
    for (UUID id : due) {
      verify(worker, org.mockito.Mockito.times(2)).verify(id, LOCAL_NOW);
    }
    assertThat(job.inFlightCount()).isZero();
  }

  @Test
  void tick_goesOnWithOtherPurchases_onOneAttemptFailing() {
    // Arrange
    UUID failing = UUID.randomUUID();
    UUID next = UUID.randomUUID();
    when(worker.dueIds(any(), anyInt())).thenReturn(List.of(failing, next));
    doThrow(new IllegalStateException("boom")).when(worker).verify(failing, LOCAL_NOW);

    // Act
    job.tick();

    // Assert
    verify(worker).verify(next, LOCAL_NOW);
    assertThat(job.inFlightCount()).isZero();
  }

  @Test
  void tick_neverThrows_onDatabaseFailure() {
    // Arrange
    when(worker.dueIds(any(), anyInt())).thenThrow(new IllegalStateException("database down"));

    // Act & Assert
    assertThatCode(job::tick).doesNotThrowAnyException();
  }

  @Test
  void tick_startsNothing_afterStop() {
    // Arrange
    when(worker.dueIds(any(), anyInt())).thenReturn(List.of(UUID.randomUUID()));
    job.stop();

    // Act
    job.tick();

    // Assert
    verify(worker, never()).dueIds(any(), anyInt());
    verify(worker, never()).verify(any(), any());
  }
}

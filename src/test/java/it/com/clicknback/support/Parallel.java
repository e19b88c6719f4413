package it.com.clicknback.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Race tests: calls released at the same moment, each on its own thread. */
public final class Parallel {

  private Parallel() {}

  /** Runs every call at once; the results in the calls' order. */
  public static <T> List<T> run(List<? extends Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the same call {@code times} times at once. */
  public static <T> List<T> times(int times, Callable<T> call) throws Exception {
    return run(Collections.nCopies(times, call));
  }
}

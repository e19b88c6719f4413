package com.clicknback.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A slice of a list and where it sits: {@code {"data": [...], "pagination": {"offset", "limit",
 * "total"}}} (spec 00 §6), {@code total} counting every matching row.
 */
public record Page<T>(List<T> data, Pagination pagination) {

  /** The position of a page in the whole list. */
  public record Pagination(int offset, int limit, long total) {}

  public static <T> Page<T> of(List<T> data, PageRequest request, long total) {
    return new Page<>(List.copyOf(data), new Pagination(request.offset(), request.limit(), total));
  }

  /** The same page with every item mapped, e.g. from entities to response records. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(data.stream().<R>map(mapper).toList(), pagination);
  }
}

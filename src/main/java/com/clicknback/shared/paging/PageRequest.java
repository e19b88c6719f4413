package com.clicknback.shared.paging;

/** Which slice of a list a client asked for (spec 00 §6). */
public record PageRequest(int offset, int limit) {}

package com.clicknback.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Requests the JAX-RS runtime cannot even parse are answered 400 with the envelope (through the
 * error page) before they reach it: a Content-Type or Accept header that is not a media type, an
 * Accept quality that is not a number between 0 and 1, a path whose percent-escapes are not UTF-8.
 * The runtime would answer the first and the last with the same 400, but only after logging a stack
 * trace for each, and a bad quality value with a 500.
 */
public class UnreadableRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isReadable(request)) {
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private static boolean isReadable(HttpServletRequest request) {
    String contentType = request.getHeader("Content-Type");
    if (!isUtf8Path(request.getRequestURI())
        || (contentType != null && !isMediaType(contentType))) {
      return false;
    }
    var accepts = request.getHeaders("Accept");
    while (accepts != null && accepts.hasMoreElements()) {
      if (!isAcceptable(accepts.nextElement())) {
        return false;
      }
    }
    return true;
  }

  /** One media type, as a Content-Type header holds it; an empty header counts as none. */
  static boolean isMediaType(String header) {
    if (header.isBlank()) {
      return true;
    }
    try {
      MediaType.valueOf(header.strip());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** An Accept header: media ranges separated by commas, each with an optional quality 0 to 1. */
  static boolean isAcceptable(String header) {
    for (String range : header.split(",")) {
      if (range.isBlank()) {
        continue;
      }
      MediaType type;
      try {
        type = MediaType.valueOf(range.strip());
      } catch (IllegalArgumentException e) {
        return false;
      }
      if (!isQuality(type.getParameters())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuality(Map<String, String> parameters) {
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (parameter.getKey().toLowerCase(Locale.ROOT).equals("q")) {
        try {
          float q = Float.parseFloat(parameter.getValue());
          return q >= 0 && q <= 1;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when every percent-escape of the path is well-formed and the bytes are UTF-8. */
  static boolean isUtf8Path(String uri) {
    if (uri == null || uri.indexOf('%') < 0) {
      return true;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= uri.length()) {
        return false;
      }
      int high = Character.digit(uri.charAt(i + 1), 16);
      int low = Character.digit(uri.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return false;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}

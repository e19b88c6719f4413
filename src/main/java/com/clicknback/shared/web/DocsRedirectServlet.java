package com.clicknback.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /docs} → 302 to the OpenAPI UI (spec 99 D2). */
@WebServlet("/docs")
public class DocsRedirectServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String UI_PATH = "/openapi/ui";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", UI_PATH);
  }
}

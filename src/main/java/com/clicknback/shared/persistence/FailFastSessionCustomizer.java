package com.clicknback.shared.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Turns off EclipseLink's own retry of a read that failed on a communication error (persistence.xml
 * names this class). By default EclipseLink retries such a read outside a transaction up to 3
 * times, 5 s apart, so with the database down a request hung about 10 s before its 500, past a
 * client's timeout (found by issue #11's outage drill). Liberty's connection pool already detects a
 * dead database and purges its connections, so the next request after recovery gets a fresh one;
 * retrying inside the request adds nothing but delay.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setConnectionHealthValidatedOnError(false);
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}

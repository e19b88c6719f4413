package it.com.clicknback.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A packaged server instance of {@code scripts/server.sh} (the one launcher): started, stopped,
 * killed with {@code kill -9} and restarted from a test. It runs against the database named by the
 * test's DB_* variables, on its own ports, with the test's environment plus {@code settings}.
 */
public final class ServerInstance {

  private final String name;
  private final int httpPort;
  private final int httpsPort;
  private final Map<String, String> settings;

  public ServerInstance(String name, int httpPort, int httpsPort, Map<String, String> settings) {
    this.name = name;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
    this.settings = Map.copyOf(settings);
  }

  /** An integer from the environment, or {@code fallback} when it is unset. */
  public static int port(String variable, int fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  public String name() {
    return name;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** Starts the instance and waits until it is ready (server.sh fails after 120 s). */
  public void start() throws IOException, InterruptedException {
    run("start");
  }

  /** Graceful stop; nothing when it is not running. */
  public void stop() throws IOException, InterruptedException {
    run("stop");
  }

  /** {@code kill -9} of the server's JVM; returns once the process is gone. */
  public void kill() throws IOException, InterruptedException {
    run("kill");
  }

  /** Stops it and deletes its directory. */
  public void destroy() throws IOException, InterruptedException {
    run("destroy");
  }

  /** The process id of its JVM. */
  public long pid() throws IOException, InterruptedException {
    Process process = command("pid").redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("instance " + name + " is not running");
    }
    return Long.parseLong(out.trim());
  }

  /** The instance's messages.log (for drills that look at what it logged). */
  public Path messagesLog() {
    return TestDatabase.projectRoot()
        .resolve(".local/servers")
        .resolve(name)
        .resolve("servers/clicknback/logs/messages.log");
  }

  private void run(String action) throws IOException, InterruptedException {
    int exit = command(action).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("scripts/server.sh " + action + " " + name + " -> " + exit);
    }
  }

  private ProcessBuilder command(String action) {
    List<String> command =
        new ArrayList<>(
            List.of(
                TestDatabase.projectRoot().resolve("scripts/server.sh").toString(), action, name));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(TestDatabase.projectRoot().toFile());
    Map<String, String> env = new HashMap<>(settings);
    env.put("HTTP_PORT", Integer.toString(httpPort));
    env.put("HTTPS_PORT", Integer.toString(httpsPort));
    builder.environment().putAll(env);
    return builder;
  }
}

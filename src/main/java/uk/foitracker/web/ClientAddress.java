package uk.foitracker.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The caller's address, to count wrong tries by. It comes from the connection. Only when the
 * deployment sets {@code quarkus.http.proxy.proxy-address-forwarding=true} (behind a trusted proxy;
 * see also {@code quarkus.http.proxy.allow-x-forwarded} and {@code trusted-proxies}) does Quarkus
 * replace it with the {@code Forwarded} / {@code X-Forwarded-For} address; by default those headers
 * are ignored, so a caller cannot pick a fresh address for each try.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServerRequest request) {
    SocketAddress remote = request == null ? null : request.remoteAddress();
    if (remote == null) {
      return "unknown";
    }
    String host = remote.hostAddress();
    return host == null ? remote.toString() : host;
  }
}

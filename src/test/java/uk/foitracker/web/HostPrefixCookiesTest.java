package uk.foitracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** F12: the production sign-in cookies carry the __Host- prefix and its conditions. */
class HostPrefixCookiesTest {
  @Test
  void outgoingSignInCookiesGetThePrefixSecureAndPathAndLoseTheDomain() {
    assertThat(
            HostPrefixCookies.outgoing(
                "q_session=abc; Max-Age=1800; Path=/officer; Domain=example.gov.uk; HTTPOnly;"
                    + " SameSite=Lax"))
        .isEqualTo("__Host-q_session=abc; Max-Age=1800; HTTPOnly; SameSite=Lax; Path=/; Secure");
    assertThat(HostPrefixCookies.outgoing("q_auth_x=1; Secure; Path=/"))
        .isEqualTo("__Host-q_auth_x=1; Secure; Path=/");
    assertThat(HostPrefixCookies.outgoing("__Host-csrf-token=t; Path=/; Secure"))
        .isEqualTo("__Host-csrf-token=t; Path=/; Secure");
  }

  @Test
  void incomingCookiesLoseThePrefixAndUnprefixedSignInCookiesAreDropped() {
    assertThat(HostPrefixCookies.incoming("__Host-q_session=abc; __Host-csrf-token=t"))
        .isEqualTo("q_session=abc; __Host-csrf-token=t");
    assertThat(HostPrefixCookies.incoming("q_session=planted; other=1")).isEqualTo("other=1");
  }
}

package uk.foitracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** F11: only the configured public host is answered in production. */
class PublicBaseUrlTest {
  @Test
  void onlyThePublicHostMatches() {
    PublicBaseUrl url = new PublicBaseUrl("https://foi.example.gov.uk", true);
    assertThat(url.base()).isEqualTo("https://foi.example.gov.uk/");
    assertThat(url.isPublicHost("foi.example.gov.uk")).isTrue();
    assertThat(url.isPublicHost("FOI.example.gov.uk:443")).isTrue();
    assertThat(url.isPublicHost("evil.example")).isFalse();
    assertThat(url.isPublicHost("foi.example.gov.uk.evil.example")).isFalse();
    assertThat(url.isPublicHost("foi.example.gov.uk:8443")).isFalse();
  }

  @Test
  void aRelativeBaseStopsStartUp() {
    assertThatThrownBy(() -> new PublicBaseUrl("foi.example.gov.uk", true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FOI_PUBLIC_BASE_URL");
  }
}

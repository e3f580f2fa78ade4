package org.courrier.routes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

    @Test
    void anAddressOtherMachinesReachNeedsAUserFirst() {
        for (String open : new String[] {"0.0.0.0", "192.168.1.20", "::", "courrier.example.org"}) {
            assertThatThrownBy(() -> SecuritySettings.checkBinding(open, false))
                    .as(open)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("courrier.http.host is " + open)
                    .hasMessageContaining("./courrier user add NAME --role admin");
            assertThatCode(() -> SecuritySettings.checkBinding(open, true)).doesNotThrowAnyException();
        }
        for (String loopback : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"}) {
            assertThatCode(() -> SecuritySettings.checkBinding(loopback, false))
                    .as(loopback)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void settingsAreReadAndAShortTokenIsRefused() {
        Properties p = new Properties();
        p.setProperty("courrier.http.token", "");
        p.setProperty("courrier.http.secure-cookies", "true");
        p.setProperty("courrier.http.session-idle", "PT10M");
        p.setProperty("courrier.http.session-lifetime", "PT8H");
        SecuritySettings s = SecuritySettings.from(p);
        assertThat(s.token()).isEmpty();
        assertThat(s.secureCookies()).isTrue();
        assertThat(s.sessionIdle()).isEqualTo(Duration.ofMinutes(10));

        p.setProperty("courrier.http.token", "too-short");
        assertThatThrownBy(() -> SecuritySettings.from(p)).hasMessageContaining("courrier.http.token");
        p.setProperty("courrier.http.session-idle", "soon");
        assertThatThrownBy(() -> SecuritySettings.from(p)).hasMessageContaining("courrier.http.session-idle");
    }
}
